import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/pipeline.js';

/**
 * Quantity classes the first tables missed: scores are not ranges, numbered names ("19th
 * Amendment") are not ordinals, hyphenated percents and rate moves in points are percents,
 * "290-something" is a range, Indian digit grouping, the earlier value of a change ("up from
 * nine"), and a superlative after a rank ("12th lowest").
 */
const KINDS = new Set(['count', 'money', 'percent', 'ordinal']);
const VALID: [string, [string, string, Record<string, unknown>][]][] = [
  ["She won her 23rd Grand Slam title.", [["ordinal", "23rd Grand Slam title", {"low": 23, "high": 23, "unit": "title", "approx": "exact", "modifiers": ["grand", "slam"]}]]],
  ["Wages rose a modest two-percent last year.", [["percent", "two-percent", {"low": 2, "high": 2, "unit": "percent", "approx": "exact"}]]],
  ["The central bank has raised interest rates by 1.1 points since January.", [["percent", "1.1 points", {"low": 1.1, "high": 1.1, "unit": "percentage-point", "approx": "exact"}]]],
  ["The Dow fell 300 points as bond yields rose.", [["count", "300 points", {"low": 300, "high": 300, "unit": "point", "approx": "exact"}]]],
  ["Ross said there had been 290-something requests for licenses.", [["count", "290-something requests", {"low": 290, "high": 299, "unit": "request", "approx": "range"}]]],
  ["India reported 4,14,188 new cases on Thursday.", [["count", "4,14,188 new cases", {"low": 414188, "high": 414188, "unit": "case", "approx": "exact", "modifiers": ["new"]}]]],
  ["The chain now has 14 stores, up from nine a year ago.", [["count", "14 stores", {"low": 14, "high": 14, "unit": "store", "approx": "exact"}], ["count", "nine", {"low": 9, "high": 9, "unit": "", "approx": "exact"}]]],
  ["The state had the 12th lowest turnout in the country.", [["ordinal", "12th lowest turnout", {"low": 12, "high": 12, "unit": "turnout", "approx": "exact", "modifiers": ["lowest"]}]]],
  ["The county ranks 12th lowest in the state for broadband access.", [["ordinal", "12th lowest", {"low": 12, "high": 12, "unit": "", "approx": "exact", "modifiers": ["lowest"]}]]],
  ["Officials expect 20-25 arrests.", [["count", "20-25 arrests", {"low": 20, "high": 25, "unit": "arrest", "approx": "range"}]]],
];
const NEGATIVE: string[] = [
  "Alcaraz won the final 3-6, 6-3, 7-5 on Sunday.",
  "The 19th Amendment gave women the right to vote.",
  "The museum is on 42nd Street.",
  "Sinner beat Medvedev 6-4 in the deciding set.",
  "The Fifth Avenue store reopened.",
];

function quantities(text: string) {
  const article = extractText(text, { id: 't', format: 'text' }, { raw: true, published: { all: '2024-03-12' } });
  return article.claims.filter((c) => KINDS.has(c.kind)).map((c) => [c.kind, c.text, c.value]);
}

describe('quantity classes: scores, names, points, groupings, comparisons, ranks', () => {
  it.each(VALID)('%s', (text, expected) => {
    expect(quantities(text)).toEqual(expected);
  });
  it.each(NEGATIVE)('no quantity: %s', (text) => {
    expect(quantities(text)).toEqual([]);
  });
});
