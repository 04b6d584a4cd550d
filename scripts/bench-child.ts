/** Runs one crosscheck command in this process and reports wall time and peak RSS on stderr. */
import { Writable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { tuneV8ForCli } from '../src/util/v8-flags.js';

tuneV8ForCli(); // as bin/crosscheck.js does

const sink = new Writable({ write: (_c, _e, cb) => cb() });
const t0 = performance.now();
const code = await main(['node', 'crosscheck', ...process.argv.slice(2)], { stdout: sink, stderr: process.stderr, env: process.env });
const ms = performance.now() - t0;
process.stderr.write(`BENCH ${JSON.stringify({ code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
