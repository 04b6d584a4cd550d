/** The CLI's view of the process, injectable so tests run main() in-process. */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, env: process.env });

/** Thrown when stdout is closed (`| head`): the run stops quietly with exit code 0. */
export class OutputClosed extends Error {}

/** Write and wait for the stream to drain, so huge outputs stream with bounded memory. */
export function write(stream: Writable, chunk: string): Promise<void> {
  if (!chunk) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if ((stream as Writable & { destroyed?: boolean }).destroyed) return reject(new OutputClosed());
    const ok = stream.write(chunk, (err) => {
      if (err) reject((err as NodeJS.ErrnoException).code === 'EPIPE' ? new OutputClosed() : err);
      else if (ok) resolve();
    });
    if (!ok) stream.once('drain', resolve);
  });
}

/** Colour on stdout only on a TTY; NO_COLOR turns it off, FORCE_COLOR on; --no-color wins. */
export function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}

export function terminalWidth(io: Io): number {
  const cols = io.stdout.columns ?? Number(io.env.COLUMNS);
  return Number.isFinite(cols) && cols >= 40 ? Math.min(cols, 240) : 100;
}
