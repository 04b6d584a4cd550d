import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the CLI in-process with captured output (no TTY, no colour unless env says so; `tty` makes
 * stdout and stderr pose as one terminal).
 */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}, tty = false): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true, columns: 100 } : {});
  const stderr = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const io: Io = { stdout, stderr, env };
  const code = await main(['node', 'crosscheck', ...args], io);
  return { code, stdout: out, stderr: err };
}
