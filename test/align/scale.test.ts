import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { syntheticCorpus } from './synthetic.js';

describe('scale', () => {
  it('aligns 1,000 articles (13,000 claims) quickly and groups each story fact across its outlets', () => {
    const corpus = syntheticCorpus(1000);
    const cpu0 = process.cpuUsage();
    const table = align(corpus);
    const cpu = process.cpuUsage(cpu0);
    // CPU time, not wall time, so a loaded machine does not fail the test; about 2 s here; a bound that catches quadratic blow-ups (10,000 articles: ~9 s CPU)
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(20_000);
    const claims = table.rows.reduce((n, r) => n + r.claims.length, 0);
    expect(claims).toBe(13_000);
    // every fact is told by the 4 outlets of its story: rows of 4 dominate
    const full = table.rows.filter((r) => r.claims.length === 4).length;
    expect(full / table.rows.length).toBeGreaterThan(0.9);
    // no row mixes stories
    for (const r of table.rows) expect(new Set(r.claims.map((c) => c.source.split('-')[0])).size).toBe(1);
  }, 60_000);
});
