/** A progress line on stderr (pages done / total, pages/s, ETA), only on a TTY and only for many inputs. */
import type { Io } from './io.js';

/** Below this many inputs a run is too short for a progress line to help. */
const MIN_INPUTS = 5;
/** Redraw at most this often (ms), so the bar costs nothing measurable. */
const REDRAW_MS = 100;
const BAR = 24;

export interface Progress {
  tick(): void;
  done(): void;
}

const silent: Progress = { tick() {}, done() {} };

export function progress(io: Io, total: number, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY || total < MIN_INPUTS || io.env.CI) return silent;
  const t0 = Date.now();
  let n = 0;
  let last = 0;
  const draw = () => {
    const secs = (Date.now() - t0) / 1000;
    const rate = secs > 0 ? n / secs : 0;
    const eta = rate > 0 ? Math.max(0, (total - n) / rate) : 0;
    const filled = Math.min(BAR, Math.round((n / Math.max(1, total)) * BAR));
    const mmss = `${Math.floor(eta / 60)}:${String(Math.round(eta % 60)).padStart(2, '0')}`;
    io.stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${n}/${total} pages · ${rate.toFixed(1)} pages/s · ETA ${mmss}`);
  };
  return {
    tick() {
      n++;
      const now = Date.now();
      if (now - last >= REDRAW_MS || n === total) {
        last = now;
        draw();
      }
    },
    done() {
      io.stderr.write('\r\u001b[2K');
    },
  };
}
