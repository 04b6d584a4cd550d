import { describe, expect, it } from 'vitest';
import { diff } from '../../src/align/index.js';
import { article, qty, quote } from './factory.js';

const counts = (id: string, published: string, tanks: number, extra?: string) =>
  article({
    id,
    published,
    sentences: [
      { text: `The army moved ${tanks} tanks to the northern border near Kessel overnight.`, claims: [{ kind: 'count', text: `${tanks} tanks`, value: qty(tanks, tanks, 'tank') }] },
      { text: 'The defence ministry said 3,000 soldiers took part in the winter exercise.', claims: [{ kind: 'count', text: '3,000 soldiers', value: qty(3000, 3000, 'soldier') }] },
      {
        text: 'General Ortiz said "we are ready for anything that comes across that line."',
        claims: [{ kind: 'quote', text: '"we are ready for anything that comes across that line."', value: quote(extra ?? 'we are ready for anything that comes across that line.', 'General Ortiz') }],
      },
    ],
  });

describe('diff', () => {
  it('finds conflicts, quote drift, and facts only one side states', () => {
    const a = counts('a', '2024-01-01', 40);
    const b = counts('b', '2024-01-01', 60, 'we are prepared for anything that comes across that line.');
    const onlyB = article({
      id: 'b2',
      published: '2024-01-01',
      sentences: [{ text: 'Fuel prices in the capital rose by 14 cents a litre this week.', claims: [{ kind: 'count', text: '14 cents', value: qty(14, 14, 'cent') }] }],
    });
    const d = diff([a], [b, onlyB]);
    expect(d.findings.map((f) => [f.type, f.row.claims.map((c) => c.text)])).toEqual([
      ['conflict', ['40 tanks', '60 tanks']],
      ['drift', ['"we are ready for anything that comes across that line."', '"we are ready for anything that comes across that line."']],
      ['only-b', ['14 cents']],
    ]);
    expect(d.agreed).toBe(1);
    expect(d.a.map((s) => s.id)).toEqual(['a']);
    expect(d.b.map((s) => s.id)).toEqual(['b', 'b2']);
    expect(d.schemaVersion).toBe('2.0.0');
  });

  it('a draft published later than its sources conflicts with them: no "changed over time" note', () => {
    const d = diff([counts('draft', '2024-01-03', 40)], [counts('b', '2024-01-01', 60)]);
    const f = d.findings.find((x) => x.type === 'conflict')!;
    expect(f.row.claims.map((c) => c.text).sort()).toEqual(['40 tanks', '60 tanks']);
    expect((f.row.notes ?? []).some((n) => n.startsWith('changed over time'))).toBe(false);
  });

  it('a draft that repeats one of two disagreeing sources is not in conflict with them', () => {
    const d = diff([counts('draft', '2024-01-03', 40)], [counts('b1', '2024-01-01', 40), counts('b2', '2024-01-02', 60)]);
    expect(d.findings.filter((x) => x.type === 'conflict')).toEqual([]);
    const wrong = diff([counts('draft', '2024-01-03', 50)], [counts('b1', '2024-01-01', 40), counts('b2', '2024-01-02', 60)]);
    expect(wrong.findings.filter((x) => x.type === 'conflict').map((x) => x.row.claims.length)).toEqual([3]);
  });

  it('reports nothing for identical sides', () => {
    const d = diff([counts('a', '2024-01-01', 40)], [counts('b', '2024-01-02', 40)]);
    expect(d.findings).toEqual([]);
    expect(d.agreed).toBe(3);
  });

  it('facts only in A', () => {
    const d = diff([counts('a', '2024-01-01', 40)], []);
    expect(d.findings.map((f) => f.type)).toEqual(['only-a', 'only-a', 'only-a']);
    expect(d.agreed).toBe(0);
  });
});
