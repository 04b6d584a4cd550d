/**
 * The map/reduce seam (docs/scale.md): `extract --ndjson` over shards in parallel processes,
 * merged with `table --from-ndjson`, gives the rows a single `table` run gives.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementTable } from '../src/model.js';

const ROOT = path.resolve(__dirname, '..');
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));
const STORIES = path.join(ROOT, 'fixtures/stories');

describe.skipIf(!BUILT)('sharded extract + table --from-ndjson', () => {
  it('equals the single-process table', () => {
    const single = spawnSync(process.execPath, [path.join(ROOT, 'bin/crosscheck.js'), 'table', '--json', '--quiet', STORIES], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(single.status).toBe(0);
    const sharded = spawnSync('bash', [path.join(ROOT, 'examples/shard.sh'), STORIES, '3', '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(sharded.stderr).toBe('');
    expect(sharded.status).toBe(0);
    const a = JSON.parse(single.stdout) as AgreementTable;
    const b = JSON.parse(sharded.stdout) as AgreementTable;
    expect(a.rows.length).toBeGreaterThan(20);
    expect(b.sources.map((s) => s.id)).toEqual(a.sources.map((s) => s.id));
    expect(b.rows).toEqual(a.rows);
  }, 120_000);
});
