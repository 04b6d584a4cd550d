/**
 * The worker pool (docs/scale.md, "Memory"): workers run under heap limits, and an input whose
 * worker reaches its limit is processed again in the calling thread, so the output of `--jobs 2`
 * is the output of `--jobs 1` whatever the limit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerResourceLimits } from '../src/pipeline.js';
import { page } from '../scripts/bench-pages.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/crosscheck.js');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

describe('workerResourceLimits', () => {
  it('bounds both generations by default and takes the old-generation limit from the environment', () => {
    expect(workerResourceLimits({})).toEqual({ maxOldGenerationSizeMb: 1536, maxYoungGenerationSizeMb: 24 });
    expect(workerResourceLimits({ CROSSCHECK_WORKER_HEAP_MB: '512' }).maxOldGenerationSizeMb).toBe(512);
    expect(workerResourceLimits({ CROSSCHECK_WORKER_HEAP_MB: 'lots' }).maxOldGenerationSizeMb).toBe(1536);
    expect(workerResourceLimits({ CROSSCHECK_WORKER_HEAP_MB: '-1' }).maxOldGenerationSizeMb).toBe(1536);
  });
});

describe.skipIf(!BUILT)('a worker out of memory', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-pool-'));
    // enough inputs for the pool to start (it is skipped below 8)
    for (let i = 1; i <= 9; i++) writeFileSync(path.join(dir, `page-${i}.html`), page(i));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (jobs: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, 'extract', '--ndjson', '--quiet', '--jobs', jobs, dir], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });

  it('loses no input: each is processed again in the main thread', () => {
    const one = run('1');
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(50);
    // an 8 MB old generation cannot hold one of these pages: every worker runs out of memory
    const starved = run('2', { CROSSCHECK_WORKER_HEAP_MB: '8' });
    expect(starved.stderr).toBe('');
    expect(starved.status).toBe(0);
    expect(starved.stdout).toBe(one.stdout);
  }, 120_000);
});
