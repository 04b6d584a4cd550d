import { describe, expect, it } from 'vitest';
import { datesConsistent, intersectAll, quantitiesAgree, quantityInterval } from '../../src/align/compare.js';
import type { Quantity } from '../../src/model.js';
import { date, qty } from './factory.js';

describe('quantity intervals', () => {
  const cases: [string, Quantity, string, Quantity, string, boolean][] = [
    ['over a hundred vs more than 130', qty(100, null, 'application', 'more-than'), 'over a hundred', qty(130, null, 'application', 'more-than'), 'more than 130', true],
    ['five vs 24 dead', qty(5, 5, 'dead'), 'five', qty(24, 24, 'dead'), '24', false],
    ['24 vs 24', qty(24, 24, 'person'), '24', qty(24, 24, 'person'), '24', true],
    ['more than 130 vs exactly 130 (exclusive bound)', qty(130, null, 'x', 'more-than'), 'more than 130', qty(130, 130, 'x'), '130', false],
    ['at least 130 vs exactly 130 (inclusive bound)', qty(130, null, 'x', 'at-least'), 'at least 130', qty(130, 130, 'x'), '130', true],
    ['less than 10 vs 10', qty(null, 10, 'x', 'less-than'), 'less than 10', qty(10, 10, 'x'), '10', false],
    ['at most 10 vs 10', qty(null, 10, 'x', 'at-most'), 'at most 10', qty(10, 10, 'x'), '10', true],
    ['about 100 vs 95', qty(100, 100, 'x', 'about'), 'about 100', qty(95, 95, 'x'), '95', true],
    ['about 100 vs 80', qty(100, 100, 'x', 'about'), 'about 100', qty(80, 80, 'x'), '80', false],
    ['290-something vs 295', qty(290, 299, 'x', 'range'), '290-something', qty(295, 295, 'x'), '295', true],
    ['290-something vs 310', qty(290, 299, 'x', 'range'), '290-something', qty(310, 310, 'x'), '310', false],
    ['15-month vs more than a year', qty(15, 15, 'month'), '15-month', qty(1, null, 'year', 'more-than'), 'more than a year', true],
    ['11 months vs more than a year', qty(11, 11, 'month'), '11 months', qty(1, null, 'year', 'more-than'), 'more than a year', false],
    ['two weeks vs 14 days', qty(2, 2, 'week'), 'two weeks', qty(14, 14, 'day'), '14 days', true],
    ['$11 billion vs $11.2 billion (stated precision)', qty(11e9, 11e9, 'USD'), '$11 billion', qty(11.2e9, 11.2e9, 'USD'), '$11.2 billion', true],
    ['$11 billion vs $12 billion', qty(11e9, 11e9, 'USD'), '$11 billion', qty(12e9, 12e9, 'USD'), '$12 billion', false],
    ['$11.2 billion vs $11.3 billion', qty(11.2e9, 11.2e9, 'USD'), '$11.2 billion', qty(11.3e9, 11.3e9, 'USD'), '$11.3 billion', false],
  ];
  it.each(cases)('%s', (_name, a, ta, b, tb, agree) => {
    expect(quantitiesAgree(a, b, ta, tb)).toBe(agree);
    expect(quantitiesAgree(b, a, tb, ta)).toBe(agree);
  });

  it('makes an open interval for more-than', () => {
    expect(quantityInterval(qty(130, null, 'x', 'more-than'))).toEqual({ lo: 130, hi: Infinity, loOpen: true, hiOpen: false });
  });

  it('returns null for a quantity with no bound', () => {
    expect(quantityInterval(qty(null, null, 'x'))).toBeNull();
  });

  it('intersects many intervals in one pass', () => {
    const iv = (lo: number, hi: number) => ({ lo, hi, loOpen: false, hiOpen: false });
    expect(intersectAll([iv(0, 10), iv(5, 20), iv(8, 9)])).toEqual(iv(8, 9));
    expect(intersectAll([iv(0, 10), iv(5, 20), iv(11, 12)])).toBeNull();
    expect(intersectAll([iv(0, 10), { lo: 10, hi: 12, loOpen: true, hiOpen: false }])).toBeNull();
  });
});

describe('dates compare at the coarser granularity', () => {
  const cases: [string, ReturnType<typeof date>[], boolean][] = [
    ['May vs May 15', [date('2019-05-01', '2019-05-31', 'month'), date('2019-05-15', '2019-05-15')], true],
    ['May vs June 2', [date('2019-05-01', '2019-05-31', 'month'), date('2019-06-02', '2019-06-02')], false],
    ['Aug 19 vs Aug 20', [date('2019-08-19', '2019-08-19'), date('2019-08-20', '2019-08-20')], false],
    ['2019 vs Oct 9 2019', [date('2019-01-01', '2019-12-31', 'year'), date('2019-10-09', '2019-10-09')], true],
    ['week of Oct 7 vs Oct 9 (Wednesday)', [date('2019-10-07', '2019-10-13', 'week'), date('2019-10-09', '2019-10-09')], true],
    ['Q3 vs Aug 19', [date('2019-07-01', '2019-09-30', 'quarter'), date('2019-08-19', '2019-08-19')], true],
    ['Q3 vs Oct 1', [date('2019-07-01', '2019-09-30', 'quarter'), date('2019-10-01', '2019-10-01')], false],
    // the year-level date agrees with both, but the two days still conflict with each other
    ['2019 with two different days', [date('2019-01-01', '2019-12-31', 'year'), date('2019-10-09', '2019-10-09'), date('2019-10-10', '2019-10-10')], false],
  ];
  it.each(cases)('%s', (_name, dates, ok) => {
    expect(datesConsistent(dates)).toBe(ok);
  });
});
