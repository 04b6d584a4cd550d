/**
 * Attribution rows: outlets citing the same source are 'cited' (who is cited, not agreement on a
 * fact), and 'agree' only when the attributed sentences are the same statement.
 */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import type { Row } from '../../src/model.js';
import { article, attribution } from './factory.js';

const huawei = attribution('Huawei', 'organization', 'said');

function attributionRow(sentences: Record<string, string>, publishers: Record<string, string> = {}): Row {
  const articles = Object.entries(sentences).map(([id, text]) =>
    article({
      id,
      publisher: publishers[id],
      published: '2019-11-20',
      sentences: [{ text, claims: [{ kind: 'attribution', text: text.match(/Huawei(?: has \w+)?(?: \w+)?/)![0], value: huawei }] }],
    }),
  );
  const rows = align(articles).rows.filter((r) => r.kind === 'attribution');
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe('attribution row status', () => {
  it('is cited when outlets cite the same source for different statements', () => {
    const row = attributionRow({
      a: 'Huawei said it spent $11 billion on U.S. semiconductors and software in 2018, before the trade ban.',
      b: 'Huawei has persistently denied any accusations of wrongdoing, and the company says its equipment is safe.',
    });
    expect(row.status).toBe('cited');
    expect(row.claims).toHaveLength(2);
  });

  it('is agree when the sentences state the same thing (a trimmed copy)', () => {
    const row = attributionRow({
      a: 'Huawei said it spent $11 billion on U.S. semiconductors and software in 2018, before the trade ban.',
      b: 'Huawei said it spent $11 billion on American semiconductors and software last year.',
    });
    expect(row.status).toBe('agree');
  });

  it('does not count the name of a relaying outlet as part of the statement', () => {
    const same = {
      a: 'Huawei said it spent $11 billion on U.S. semiconductors and software in 2018, before the trade ban.',
      b: 'Huawei said it spent $11 billion on semiconductors and software, the Harbor Times reported.',
    };
    expect(attributionRow(same, { a: 'The Harbor Times' }).status).toBe('agree');
    // the same words naming some other paper are part of what the sentence says
    expect(attributionRow(same, { a: 'The Valley Ledger' }).status).toBe('cited');
  });

  it('is cited when a sentence says too little to compare', () => {
    const row = attributionRow({
      a: 'Huawei said it spent $11 billion on U.S. semiconductors and software in 2018, before the trade ban.',
      b: 'Huawei said so.',
    });
    expect(row.status).toBe('cited');
  });
});
