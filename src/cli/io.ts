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

/** Characters written at a time: a large output (a table's JSON) is not encoded into one huge buffer. */
const WRITE_SLICE = 1 << 20;

/**
 * Write and wait for the stream to drain, so huge outputs stream with bounded memory. A long
 * string goes out in slices (never between the two halves of a surrogate pair): the same bytes,
 * without a UTF-8 copy of the whole string.
 */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk.length <= WRITE_SLICE) return writeOne(stream, chunk);
  for (let at = 0; at < chunk.length; ) {
    let end = Math.min(chunk.length, at + WRITE_SLICE);
    const last = chunk.charCodeAt(end - 1);
    if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end++;
    await writeOne(stream, chunk.slice(at, end));
    at = end;
  }
}

function writeOne(stream: Writable, chunk: string): Promise<void> {
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

/**
 * Whether what the CLI writes on stderr is on the same screen as stdout (both are a terminal):
 * then a terminal report need not list the input errors again.
 */
export function errorsOnScreen(io: Io): boolean {
  return Boolean(io.stdout.isTTY && io.stderr.isTTY);
}

export function terminalWidth(io: Io): number {
  const cols = io.stdout.columns ?? Number(io.env.COLUMNS);
  return Number.isFinite(cols) && cols >= 40 ? Math.min(cols, 240) : 100;
}
