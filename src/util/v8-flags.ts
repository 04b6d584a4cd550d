/**
 * V8 tuning for a command-line run, applied by bin/crosscheck.js before any work (and by the
 * benchmark child, so it measures the same thing).
 *
 * A run compiles hundreds of large regular expressions (long alternations of words) and runs most
 * of them once per sentence or line. By default V8 interprets a regex first and compiles it to
 * machine code only on a later run; for these patterns the interpreted first runs cost more than
 * compiling straight away: about 40 ms of a one-page `extract` (docs/scale.md). Matching is the
 * same either way, so output never changes. Flags are process-wide: worker threads share them.
 */
import v8 from 'node:v8';

export function tuneV8ForCli(execArgv: readonly string[] = process.execArgv): void {
  // a flag given on the command line (`node --regexp-tier-up …`) wins
  if (execArgv.some((a) => a.includes('regexp-tier-up'))) return;
  try {
    v8.setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // a V8 without this flag: keep its default
  }
}
