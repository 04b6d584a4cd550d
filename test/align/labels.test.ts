/** Row labels: words of the claim's own clause, in sentence order, the same whatever the input order. */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import { article, date, qty } from './factory.js';
import { story } from './story.js';
import { shuffled } from './factory.js';

const one = (text: string, claimText: string, kind: 'date' | 'count' = 'date') =>
  align([
    article({
      id: 'a',
      published: '2019-10-09',
      sentences: [{ text, claims: [{ kind, text: claimText, value: kind === 'date' ? date('2019-05-01', '2019-05-31', 'month') : qty(28, 28, 'entity') }] }],
    }),
  ]).rows[0].label;

describe('row labels', () => {
  it('take the words of the claim’s clause in sentence order, not words of other clauses', () => {
    expect(one('Mr. Trump threatened to raise tariffs on Chinese goods in May and to impose another slew of tariffs later.', 'May')).toBe(
      'date: Trump threatened to raise tariffs on Chinese goods',
    );
  });

  it('borrow from the rest of the sentence when the clause is only the claim ("In May, …")', () => {
    expect(one('In May, the Commerce Department placed Huawei on its entity list.', 'May')).toBe('date: Commerce Department placed Huawei on its entity list');
  });

  it('mark where the claim sits when it stands between label words, and keep a name whole', () => {
    expect(one('The United States added 28 Chinese entities to its blacklist on Monday.', '28 Chinese entities', 'count')).toBe(
      'count · entity: United States … to its blacklist',
    );
  });

  it('reach past a relative clause to what it describes', () => {
    const label = align([
      article({
        id: 'a',
        sentences: [{ text: 'The bridge, which links downtown Port Calder with the Northside, carries 38,000 vehicles a day.', claims: [{ kind: 'count', text: '38,000 vehicles', value: qty(38000, 38000, 'vehicle') }] }],
      }),
    ]).rows[0].label;
    expect(label).toBe('count · vehicle: bridge carries');
  });

  it('are the same whatever the order of the inputs', () => {
    const labels = (seed: number) => align(shuffled(story(), seed)).rows.map((r) => `${r.id} ${r.label}`).sort();
    const first = labels(1);
    expect(first.length).toBeGreaterThan(5);
    for (const seed of [2, 3, 7, 11]) expect(labels(seed)).toEqual(first);
  });
});

describe('a part of a month', () => {
  const month = (id: string, text: string, claim: string, start: string, end: string) =>
    article({ id, published: '2019-10-09', sentences: [{ text, claims: [{ kind: 'date', text: claim, value: date(start, end, 'month') }] }] });

  it('"mid May" and "May" of one event share a row (less precise)', () => {
    const rows = align([
      month('a', 'The rule would let some suppliers sell parts to carmakers such as Kessel Motors, which has been on the export blacklist since mid May.', 'mid May', '2019-05-11', '2019-05-20'),
      month('b', 'In May, the trade ministry put Kessel Motors and dozens of its affiliates on the blacklist, citing security concerns.', 'May', '2019-05-01', '2019-05-31'),
    ]).rows.filter((r) => r.kind === 'date');
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('agree');
    expect(rows[0].notes).toEqual(['less precise']);
  });

  it('"mid May" and "June" stay apart', () => {
    const rows = align([
      month('a', 'The rule would let some suppliers sell parts to carmakers such as Kessel Motors, which has been on the export blacklist since mid May.', 'mid May', '2019-05-11', '2019-05-20'),
      month('b', 'In June, the trade ministry put Kessel Motors and dozens of its affiliates on the blacklist, citing security concerns.', 'June', '2019-06-01', '2019-06-30'),
    ]).rows.filter((r) => r.kind === 'date');
    expect(rows).toHaveLength(2);
  });
});
