import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/model.js';
import { durationTagger } from '../../src/tag/taggers/duration.js';
import { readGold, run, score } from './time-eval.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const GOLD = path.resolve(here, '../../fixtures/eval/tags/durations.jsonl');

/** [sentence, claim text, low, high, unit, approx] */
type Row = [string, string, Quantity['low'], Quantity['high'], string, Quantity['approx']];

const VALID: Row[] = [
  ['Those companies will have 20 days to appeal.', '20 days', 20, 20, 'day', 'exact'],
  ['The rule did not change a temporary 90-day reprieve.', '90-day', 90, 90, 'day', 'exact'],
  ['The reprieve was extended for another 90 days on August 19.', '90 days', 90, 90, 'day', 'exact'],
  ['The talks aim to end their 15-month trade war.', '15-month', 15, 15, 'month', 'exact'],
  ['The trade war has dragged on for more than a year.', 'more than a year', 1, null, 'year', 'more-than'],
  ['The negotiations could take two weeks.', 'two weeks', 2, 2, 'week', 'exact'],
  ['The firm has been under investigation for nearly three years.', 'nearly three years', 2.7, 3, 'year', 'about'],
  ['Prices rose for a decade.', 'a decade', 1, 1, 'decade', 'exact'],
  ['The talks stalled for several months.', 'several months', 3, 7, 'month', 'range'],
  ['The trading halt lasted a few minutes.', 'a few minutes', 2, 4, 'minute', 'range'],
  ['The factory was shut for 24 hours.', '24 hours', 24, 24, 'hour', 'exact'],
  ['Traders had only 15 minutes to react.', '15 minutes', 15, 15, 'minute', 'exact'],
  ['The 10-year Treasury yield fell.', '10-year', 10, 10, 'year', 'exact'],
  ['Officials will decide within 30 days.', '30 days', 30, 30, 'day', 'exact'],
  ['The deal expires in 18 months.', '18 months', 18, 18, 'month', 'exact'],
  ['The suspect faces up to 20 years in prison.', 'up to 20 years', null, 20, 'year', 'at-most'],
  ['Workers have gone without pay for at least two months.', 'at least two months', 2, null, 'month', 'at-least'],
  ['The ceasefire held for less than a week.', 'less than a week', null, 1, 'week', 'less-than'],
  ['The drought has lasted two to three years.', 'two to three years', 2, 3, 'year', 'range'],
  ['The plant will be offline for three to six months.', 'three to six months', 3, 6, 'month', 'range'],
  ['Repairs take 10-15 days.', '10-15 days', 10, 15, 'day', 'range'],
  ['Recovery could take a year and a half.', 'a year and a half', 1.5, 1.5, 'year', 'exact'],
  ['Talks have dragged on for two and a half years.', 'two and a half years', 2.5, 2.5, 'year', 'exact'],
  ['It took the minister half an hour to respond.', 'half an hour', 0.5, 0.5, 'hour', 'exact'],
  ['Crews worked for about 36 hours.', 'about 36 hours', 32.4, 39.6, 'hour', 'about'],
  ['The outage lasted about an hour.', 'about an hour', 0.9, 1.1, 'hour', 'about'],
  ['Flights were grounded for nearly a week.', 'nearly a week', 0.9, 1, 'week', 'about'],
  ['Talks dragged on for more than 18 months.', 'more than 18 months', 18, null, 'month', 'more-than'],
  ['The embargo has been in place for more than five decades.', 'more than five decades', 5, null, 'decade', 'more-than'],
  ['Turnout was the highest in more than a century.', 'more than a century', 1, null, 'century', 'more-than'],
  ['The party has ruled for decades.', 'decades', 2, null, 'decade', 'at-least'],
  ['Power may not be restored for months.', 'months', 2, null, 'month', 'at-least'],
  ['A 15-minute trading halt followed.', '15-minute', 15, 15, 'minute', 'exact'],
  ['The government agreed to a two-week extension.', 'two-week', 2, 2, 'week', 'exact'],
  ['A four-day workweek is being tested.', 'four-day', 4, 4, 'day', 'exact'],
  ['He won a five-year term.', 'five-year', 5, 5, 'year', 'exact'],
  ['The year-long investigation ended.', 'year-long', 1, 1, 'year', 'exact'],
  ['Prices have doubled over the past five years.', 'the past five years', 5, 5, 'year', 'exact'],
  ['Shares are up over the last 12 months.', 'the last 12 months', 12, 12, 'month', 'exact'],
  ['The firm will cut jobs over the next three years.', 'the next three years', 3, 3, 'year', 'exact'],
  ['Sales rose over the past year.', 'the past year', 1, 1, 'year', 'exact'],
  ['Home prices rose in the 12 months through September.', 'the 12 months', 12, 12, 'month', 'exact'],
  ['Hong Kong has been rocked by four months of protests.', 'four months', 4, 4, 'month', 'exact'],
  ['Sales rose 12% from a year earlier.', 'a year', 1, 1, 'year', 'exact'],
  ['Wages have barely risen in a decade and a half.', 'a decade and a half', 1.5, 1.5, 'decade', 'exact'],
  ['Bush was married for 73 years.', '73 years', 73, 73, 'year', 'exact'],
  ['The talks took place over two days.', 'two days', 2, 2, 'day', 'exact'],
  ['Each session lasts 90 minutes.', '90 minutes', 90, 90, 'minute', 'exact'],
  ['The transition period lasts 1,000 days.', '1,000 days', 1000, 1000, 'day', 'exact'],
  ['He served twenty-five years in the Senate.', 'twenty-five years', 25, 25, 'year', 'exact'],
  ['He was sentenced to 2 1/2 years in prison.', '2 1/2 years', 2.5, 2.5, 'year', 'exact'],
  ['Police ended an hours-long standoff.', 'hours-long', 2, null, 'hour', 'at-least'],
  ['The outage lasted a couple of days.', 'a couple of days', 2, 2, 'day', 'range'],
  ['Rates fell over the past few days.', 'the past few days', 2, 4, 'day', 'range'],
  ['The ECB raised rates ten times over 14 months.', '14 months', 14, 14, 'month', 'exact'],
  ['He has been in office for over a decade.', 'over a decade', 1, null, 'decade', 'more-than'],
  ['Output rose for the first time in 12 months.', '12 months', 12, 12, 'month', 'exact'],
  ['The permit process takes a year, officials said.', 'a year', 1, 1, 'year', 'exact'],
  ['Gas prices have fallen for 86 straight days.', '86 straight days', 86, 86, 'day', 'exact'],
  ['The deal gives them two more years.', 'two more years', 2, 2, 'year', 'exact'],
  ['Markets have been volatile for the past fortnight.', 'the past fortnight', 2, 2, 'week', 'exact'],
  // approximators follow the counts' convention: about N = N ± 10%, nearly/almost N = [0.9N, N]
  ['The standoff went on for almost eight hours.', 'almost eight hours', 7.2, 8, 'hour', 'about'],
  ['Passengers waited roughly 40 minutes on the tarmac.', 'roughly 40 minutes', 36, 44, 'minute', 'about'],
  ['Voting will take around 12 days in total.', 'around 12 days', 10.8, 13.2, 'day', 'about'],
  ['The refit took close to two years.', 'close to two years', 1.8, 2, 'year', 'about'],
  ['The repairs should take about three to four weeks.', 'about three to four weeks', 3, 4, 'week', 'about'],
  // a rate's unit is not a length, but a plain length next to one still is
  ['She rested for three days before flying home.', 'three days', 3, 3, 'day', 'exact'],
  ['The pilot flew six hours a day for a month.', 'a month', 1, 1, 'month', 'exact'],
];

const NEGATIVE: string[] = [
  'The 6-year-old boy was rescued.',
  'The 45-year-old driver was arrested.',
  'The girl is nine years old.',
  'Two weeks ago, the president visited the site.',
  'Investors were worried for a second time this week.',
  'The board meets once a year.',
  'The company earns about $3 billion a year.',
  'It was his first day on the job.',
  'The strike, now in its sixth week, halted production.',
  'Trading volume in the first nine months of the year rose 30%.',
  'The 2019 budget passed with 2,000 amendments.',
  'He was sentenced to two life terms.',
  'Elections are held every four years.',
  'One day, he said, the factory would reopen.',
  'He spent his final years in Houston.',
  'Investigators spent weeks combing the wreckage.',
  'Polls are open from 7 a.m. to 10 p.m. on Thursday.',
  'The day was the worst of his career.',
  'Sales rose 20 percent in 2019.',
  'Output grew on a year-on-year basis and 5% year-over-year.',
  'The bridge carried 11 million vehicles a year.',
  // rates and frequencies: "N units a/per <time unit>"
  'The striker is paid roughly £250,000 a week.',
  'Users send 40 messages a day on average.',
  'Nurses work four days a week and rest three.',
  'The pilot flew six hours a day.',
  'Volunteers patrol the beach three nights per week.',
  // idioms of timing
  'The ban will be lifted when the virus is contained and not one day sooner.',
  'The rescue came not a minute too soon.',
];

describe('durationTagger: valid cases', () => {
  it.each(VALID)('%s', (sentence, text, low, high, unit, approx) => {
    const claims = run(durationTagger, sentence, '2019-10-09');
    const claim = claims.find((c) => c.text === text);
    expect(claim, `claims: ${claims.map((c) => c.text).join(' | ')}`).toBeDefined();
    const start = sentence.indexOf(text);
    expect(claim!.span).toEqual({ start, end: start + text.length });
    expect(claim!.kind).toBe('duration');
    expect(claim!.value).toEqual({ low, high, unit, approx });
  });

  it('has at least 40 valid cases', () => expect(VALID.length).toBeGreaterThanOrEqual(40));
});

describe('durationTagger: negative cases', () => {
  it.each(NEGATIVE)('%s', (sentence) => {
    expect(run(durationTagger, sentence, '2019-10-09').map((c) => c.text)).toEqual([]);
  });

  it('has at least 15 negative cases', () => expect(NEGATIVE.length).toBeGreaterThanOrEqual(15));
});

describe('durationTagger: context', () => {
  it('needs no publication date', () => {
    const [c] = run(durationTagger, 'Those companies will have 20 days to appeal.');
    expect(c.value).toEqual({ low: 20, high: 20, unit: 'day', approx: 'exact' });
  });

  it('offsets point into the whole text and the text equals the slice', () => {
    const text = 'A 90-day reprieve.\nNo duration here.\nIt lasted two weeks and 3 days.';
    const claims = run(durationTagger, text);
    expect(claims.map((c) => [c.text, c.sentence])).toEqual([
      ['90-day', 0],
      ['two weeks', 2],
      ['3 days', 2],
    ]);
    for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('is fast on long text (no catastrophic backtracking)', () => {
    const long = `${'more than 1,000,000,000 the past the past two and a half '.repeat(500)} ${'1'.repeat(5000)}`;
    const t0 = performance.now();
    run(durationTagger, long);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe.skipIf(!fs.existsSync(GOLD))('durationTagger: gold file', () => {
  it('meets the floors on fixtures/eval/tags/durations.jsonl', () => {
    const s = score(durationTagger, readGold(GOLD));
    expect(s.gold).toBeGreaterThanOrEqual(25);
    expect(s.relaxed, s.misses.join('\n')).toBeGreaterThanOrEqual(0.92);
    expect(s.strict, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(s.value, s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
