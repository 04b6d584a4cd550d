/**
 * Grouping rules for dates and updated figures: one exact day joins across outlets, report days
 * of different news cycles never conflict, and a superseded "from X" figure stays out.
 */
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import type { AgreementTable, DateValue, Row } from '../../src/model.js';
import { article, qty } from './factory.js';

function rowOf(t: AgreementTable, source: string, text: string): Row | undefined {
  return t.rows.find((x) => x.claims.some((c) => c.source === source && c.text === text));
}
const sourcesOf = (r: Row | undefined) => r?.claims.map((c) => c.source);
/** A weekday resolved against the publication date (its day was inferred). */
const weekday = (iso: string): DateValue => ({ start: iso, end: iso, granularity: 'day', relative: true, inferred: ['year', 'month', 'day'] });

describe('one exact day', () => {
  const plan = (id: string, published: string, text: string, claim: string, iso = '2024-02-06') =>
    article({ id, published, sentences: [{ text, claims: [{ kind: 'date', text: claim, value: weekday(iso) }] }] });
  const riverbend = plan('riverbend', '2024-02-07', 'Ashgrove Unified unveiled a plan Tuesday night to close two elementary schools.', 'Tuesday night');
  const lantern = plan('lantern', '2024-02-07', 'Ashgrove Unified told a crowd on Tuesday it will close two elementary schools.', 'Tuesday');
  const civic = plan('civic', '2024-02-08', 'At Tuesday’s board meeting, Ferrell tried to reassure staff.', 'Tuesday');

  it('a lone mention joins the row where two outlets agree on that day', () => {
    const r = rowOf(align([riverbend, lantern, civic]), 'civic', 'Tuesday');
    expect(sourcesOf(r)).toEqual(['civic', 'lantern', 'riverbend']);
    expect(r!.status).toBe('agree');
  });

  it('two lone mentions of one day do not join each other', () => {
    const t = align([riverbend, civic]);
    expect(t.rows.map((r) => r.status)).toEqual(['single', 'single']);
  });

  it('a source with two lone mentions of that day joins with neither', () => {
    const twice = article({
      id: 'civic',
      published: '2024-02-08',
      sentences: [
        { text: 'At Tuesday’s board meeting, Ferrell tried to reassure staff.', claims: [{ kind: 'date', text: 'Tuesday', value: weekday('2024-02-06') }] },
        { text: 'Parents began a petition drive on Tuesday afternoon.', claims: [{ kind: 'date', text: 'Tuesday afternoon', value: weekday('2024-02-06') }] },
      ],
    });
    const t = align([riverbend, lantern, twice]);
    expect(sourcesOf(rowOf(t, 'riverbend', 'Tuesday night'))).toEqual(['lantern', 'riverbend']);
  });

  it('a lone mention of another day stays alone', () => {
    const other = plan('civic', '2024-02-08', 'At Wednesday’s board meeting, Ferrell tried to reassure staff.', 'Wednesday', '2024-02-07');
    expect(sourcesOf(rowOf(align([riverbend, lantern, other]), 'riverbend', 'Tuesday night'))).toEqual(['lantern', 'riverbend']);
  });

  it('two years alike in value but not in context stay apart', () => {
    const year = (s: string): DateValue => ({ start: `${s}-01-01`, end: `${s}-12-31`, granularity: 'year', relative: false });
    const a = article({ id: 'a', sentences: [{ text: 'The mill opened in 1953 beside the river.', claims: [{ kind: 'date', text: '1953', value: year('1953') }] }] });
    const b = article({ id: 'b', sentences: [{ text: 'Voters approved a school levy in 1953, records show.', claims: [{ kind: 'date', text: '1953', value: year('1953') }] }] });
    expect(align([a, b]).rows.map((r) => r.status)).toEqual(['single', 'single']);
  });
});

describe('report days of different news cycles', () => {
  const monday = article({
    id: 'register',
    published: '2024-06-03',
    sentences: [{ text: 'Marlow County has received more than 130 applications for flood grants, county officials said on Monday.', claims: [{ kind: 'date', text: 'Monday', value: weekday('2024-06-03') }] }],
  });
  const thursday = article({
    id: 'observer',
    published: '2024-06-06',
    sentences: [
      { text: 'About 210 applications have now been filed for Marlow County flood grants, officials said Thursday.', claims: [{ kind: 'date', text: 'Thursday', value: weekday('2024-06-06') }] },
      { text: 'Marlow County officials told the Register on Monday that more than 130 applications had come in.', claims: [{ kind: 'date', text: 'Monday', value: weekday('2024-06-03') }] },
    ],
  });

  it('"said on Monday" in Monday’s paper and "said Thursday" in Thursday’s are not one fact', () => {
    const t = align([monday, thursday]);
    expect(rowOf(t, 'observer', 'Thursday')?.status).toBe('single');
    expect(t.rows.some((r) => r.status === 'conflict')).toBe(false);
  });

  it('the same Monday told from two publication dates agrees', () => {
    const r = rowOf(align([monday, thursday]), 'register', 'Monday');
    expect(sourcesOf(r)).toEqual(['observer', 'register']);
    expect(r!.status).toBe('agree');
  });

  it('different stated days of one news cycle still conflict', () => {
    const a = article({ id: 'a', published: '2024-06-06', sentences: [{ text: 'The levee near Kettering Falls failed on Wednesday, flooding the downtown.', claims: [{ kind: 'date', text: 'Wednesday', value: weekday('2024-06-05') }] }] });
    const b = article({ id: 'b', published: '2024-06-06', sentences: [{ text: 'The levee near Kettering Falls failed Thursday, flooding the downtown.', claims: [{ kind: 'date', text: 'Thursday', value: weekday('2024-06-06') }] }] });
    const r = rowOf(align([a, b]), 'a', 'Wednesday');
    expect(sourcesOf(r)).toEqual(['a', 'b']);
    expect(r!.status).toBe('conflict');
  });
});

describe('deictic dates and datelines', () => {
  const deictic = (start: string, end: string, granularity: DateValue['granularity']): DateValue => ({ start, end, granularity, relative: true });
  const one = (id: string, text: string, claim: string, value: DateValue) =>
    article({ id, published: '2024-02-07', sentences: [{ text, claims: [{ kind: 'date', text: claim, value }] }] });

  it('"next year" and "last year" of one contract are two facts, not a conflict', () => {
    const t = align([
      one('a', 'Teachers would still get a 3% raise under the contract next year.', 'next year', deictic('2025-01-01', '2025-12-31', 'year')),
      one('b', 'Teachers got a 3% raise under the contract last year.', 'last year', deictic('2023-01-01', '2023-12-31', 'year')),
    ]);
    expect(t.rows.map((r) => r.status)).toEqual(['single', 'single']);
  });

  it('"this year" does not take in "next week" as a less precise date', () => {
    const t = align([
      one('a', 'It is the second plant closure in Ardell County this year.', 'this year', deictic('2024-01-01', '2024-12-31', 'year')),
      one('b', 'The state office will send staff to the Ardell County plant next week.', 'next week', deictic('2024-02-12', '2024-02-18', 'week')),
    ]);
    expect(t.rows.map((r) => r.status)).toEqual(['single', 'single']);
  });

  it('the same deictic period still agrees', () => {
    const y = deictic('2024-01-01', '2024-12-31', 'year');
    const t = align([
      one('a', 'It is the second plant closure in Ardell County this year.', 'this year', y),
      one('b', 'It was the second closure of a plant in Ardell County this year.', 'this year', y),
    ]);
    expect(t.rows.map((r) => [r.status, sourcesOf(r)])).toEqual([['agree', ['a', 'b']]]);
  });

  it.each([
    ['VELMAR, June 19 (Allied Newswire) - Corvane Air grounded 14 jets.', false],
    ['HALVIK, Tesmara, May 14 — A magnitude 6.3 earthquake struck.', false],
    ['Corvane Air grounded 14 jets on June 19 - the second grounding.', true],
    ['In Velmar, June 19 was the busiest day of the year.', true],
  ])('%s → date compared: %s', (text, kept) => {
    const d: DateValue = { start: '2025-06-19', end: '2025-06-19', granularity: 'day', relative: true, inferred: ['year'] };
    expect(align([one('a', text, text.includes('June') ? 'June 19' : 'May 14', d)]).rows.length).toBe(kept ? 1 : 0);
  });
});

describe('durations compare in days', () => {
  it('"three years" and "more than three decades" share no number', () => {
    const t = align([
      article({ id: 'a', published: '2023-05-15', sentences: [{ text: 'It is the second deadly earthquake in Tesmara in three years.', claims: [{ kind: 'duration', text: 'three years', value: qty(3, 3, 'year') }] }] }),
      article({ id: 'b', published: '2023-05-14', sentences: [{ text: 'Seismologists said the quake was the strongest to hit Tesmara in more than three decades.', claims: [{ kind: 'duration', text: 'more than three decades', value: qty(3, null, 'decade', 'more-than') }] }] }),
    ]);
    expect(t.rows.map((r) => r.status)).toEqual(['single', 'single']);
  });
});

describe('the number an approximation states', () => {
  it('"about 90 days" and "a 90-day closure" state the same number and agree', () => {
    const t = align([
      article({ id: 'a', published: '2025-03-11', sentences: [{ text: 'Officials said they were planning for a 90-day closure while crews replace the damaged cables.', claims: [{ kind: 'duration', text: '90-day', value: qty(90, 90, 'day'), subject: [] }] }] }),
      article({ id: 'b', published: '2025-03-11', sentences: [{ text: 'City officials said the bridge closure would last about 90 days, without a reopening date.', claims: [{ kind: 'duration', text: 'about 90 days', value: qty(81, 99, 'day', 'about'), subject: [] }] }] }),
    ]);
    expect(t.rows.map((r) => [r.status, sourcesOf(r)])).toEqual([['agree', ['a', 'b']]]);
  });
});

describe('superseded figures', () => {
  const toll = (id: string, published: string, text: string, claims: [string, number][]) =>
    article({ id, published, sentences: [{ text, claims: claims.map(([t, n]) => ({ kind: 'count' as const, text: t, value: qty(n, n, 'person') })) }] });

  it('"raising the toll from 14" leaves the row to the current figure', () => {
    const t = align([
      toll('early', '2023-05-14', 'The earthquake in Tesmara killed 14 people by evening, officials said.', [['14 people', 14]]),
      toll('later', '2023-05-15', 'The earthquake in Tesmara has killed 24 people, officials said, raising the toll from 14 late on Sunday.', [['24 people', 24], ['14', 14]]),
    ]);
    const r = rowOf(t, 'early', '14 people');
    expect(sourcesOf(r)).toEqual(['early', 'later']);
    expect(r!.claims.find((c) => c.source === 'later')?.text).toBe('24 people');
    expect(r!.status).toBe('conflict');
    expect(r!.notes).toEqual(['changed over time: 2023-05-14 → 2023-05-15']);
    expect(rowOf(t, 'later', '14')).toBeUndefined();
  });

  it.each([
    ['The death toll rose to 30 people, up from 12 people on Monday.', '12 people', false],
    ['The agency revised its count of evacuees from 900 people to 1,200.', '900 people', false],
    ['Flights carried 900 people from 12 countries.', '12 countries', true],
    ['Volunteers from 12 villages helped 900 people.', '12 villages', true],
  ])('%s → "%s" compared: %s', (text, claim, kept) => {
    const n = Number(/\d+/.exec(claim)![0]);
    const t = align([toll('a', '2023-05-15', text, [[claim, n]])]);
    expect(t.rows.length).toBe(kept ? 1 : 0);
  });
});

describe('claims of one sentence', () => {
  const thisYear: DateValue = { start: '2025-01-01', end: '2025-12-31', granularity: 'year', relative: true };
  const february: DateValue = { start: '2025-02-01', end: '2025-02-28', granularity: 'month', relative: true, inferred: ['year'] };
  const apart = (id: string) =>
    article({
      id,
      published: '2025-06-19',
      sentences: [
        { text: 'It is the second grounding at the airline this year.', claims: [{ kind: 'date', text: 'this year', value: thisYear, subject: [] }] },
        { text: 'In February, Corvane pulled six turboprops from service to fix a faulty fuel sensor.', claims: [{ kind: 'date', text: 'February', value: february, subject: [] }] },
      ],
    });
  const together = article({
    id: 'c',
    published: '2025-06-20',
    sentences: [{
      text: 'It is the second grounding at the airline this year, after Corvane pulled six turboprops from service in February to fix a faulty fuel sensor.',
      claims: [{ kind: 'date', text: 'this year', value: thisYear, subject: [] }, { kind: 'date', text: 'February', value: february, subject: [] }],
    }],
  });

  it('two dates of one sentence each go to the row of their own value', () => {
    const t = align([apart('a'), apart('b'), together]);
    for (const text of ['this year', 'February']) {
      const r = rowOf(t, 'a', text)!;
      expect(r.claims.map((c) => `${c.source}:${c.text}`)).toEqual([`a:${text}`, `b:${text}`, `c:${text}`]);
    }
  });
});

describe('a figure updated as reports came in', () => {
  const toll = (id: string, published: string, text: string, low: number, approx: 'exact' | 'at-least' = 'exact') =>
    article({
      id,
      published,
      sentences: [{ text: `The earthquake in Tesmara killed ${text}, officials said.`, claims: [{ kind: 'count', text, value: qty(low, approx === 'exact' ? low : null, 'person', approx) }] }],
    });
  const noteOf = (t: AgreementTable) => {
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].status).toBe('conflict');
    return t.rows[0].notes;
  };

  it('early reports that differ among themselves, then one agreed later figure: changed over time', () => {
    const t = align([
      toll('wire', '2023-05-14', 'five people', 5),
      toll('tribune', '2023-05-14', 'at least 14 people', 14, 'at-least'),
      toll('meridian', '2023-05-15', '24 people', 24),
      toll('relief', '2023-05-16', '24 people', 24),
    ]);
    expect(noteOf(t)).toEqual(['changed over time: 2023-05-14 → 2023-05-16']);
  });

  it('a falling figure counts too', () => {
    const u = align([toll('a', '2023-05-14', '30 people', 30), toll('b', '2023-05-14', '40 people', 40), toll('c', '2023-05-15', '12 people', 12)]);
    expect(noteOf(u)).toEqual(['changed over time: 2023-05-14 → 2023-05-15']);
  });

  it('no note when the latest reports disagree', () => {
    const t = align([toll('a', '2023-05-14', '5 people', 5), toll('b', '2023-05-15', '24 people', 24), toll('c', '2023-05-15', '20 people', 20)]);
    expect(noteOf(t)).toBeUndefined();
  });

  it('no note when the figure goes up and down', () => {
    const t = align([toll('a', '2023-05-14', '5 people', 5), toll('b', '2023-05-14', '9 people', 9), toll('c', '2023-05-15', '24 people', 24), toll('d', '2023-05-16', '7 people', 7)]);
    expect(noteOf(t)).toBeUndefined();
  });
});

describe('labels', () => {
  const hearings = (id: string) =>
    article({ id, sentences: [{ text: 'The board will hold two public hearings before the vote in March.', claims: [{ kind: 'count', text: 'two public hearings', value: qty(2, 2, 'hearing') }] }] });

  it('a noun in -ing stays a noun ("hearing", not "hear") and is not repeated as context', () => {
    const label = align([hearings('a'), hearings('b')]).rows[0].label;
    expect(label).toBe('count · hearing: board will hold … before the vote');
    expect(label).not.toMatch(/\bhear\b/);
  });

  it('a percentage is not labelled "percent · percent"', () => {
    const pct = (id: string) => article({ id, sentences: [{ text: 'Teachers will get a 3 percent raise next year.', claims: [{ kind: 'percent', text: '3 percent', value: qty(3, 3, 'percent') }] }] });
    expect(align([pct('a'), pct('b')]).rows[0].label).toBe('percent: Teachers … raise');
  });
});

describe('a report day and a date weeks away', () => {
  const month = (start: string, end: string): DateValue => ({ start, end, granularity: 'month', relative: false });
  const received = (id: string, published: string, text: string, claim: string, value: DateValue) =>
    article({ id, published, sentences: [{ text, claims: [{ kind: 'date', text: claim, value }] }] });
  const nov = received('wire', '2019-11-20', 'Some companies began receiving the licenses from the Commerce Department Wednesday morning.', 'Wednesday morning', weekday('2019-11-20'));
  const aug1 = received('daily', '2019-10-10', 'The Commerce Department had received the license applications from companies in August.', 'August', month('2019-08-01', '2019-08-31'));
  const aug2 = received('gazette', '2019-10-09', 'Companies sent the Commerce Department license applications in August, officials said.', 'August', month('2019-08-01', '2019-08-31'));

  it('are two events: no row joins them (that would be a false conflict)', () => {
    const t = align([nov, aug1, aug2]);
    expect(sourcesOf(rowOf(t, 'wire', 'Wednesday morning'))).toEqual(['wire']);
    expect(t.rows.some((r) => r.status === 'conflict')).toBe(false);
  });

  it('nor does a chain through a date in between ("Wednesday" ~ "last month" ~ "August")', () => {
    // each neighbouring pair is within two weeks, or neither is a news-cycle date; the ends are not
    const sept = received('post', '2019-10-20', 'Last month the Commerce Department said companies had sent license applications, and some began receiving licenses.', 'Last month', { ...month('2019-09-01', '2019-09-30'), relative: true });
    const oct = received('wire', '2019-10-09', 'Some companies began receiving the licenses from the Commerce Department Wednesday morning.', 'Wednesday morning', weekday('2019-10-09'));
    const t = align([oct, sept, aug1]);
    const row = rowOf(t, 'wire', 'Wednesday morning');
    expect(sourcesOf(row)).not.toContain('daily');
    expect(t.rows.some((r) => r.claims.some((c) => c.source === 'wire') && r.claims.some((c) => c.source === 'daily'))).toBe(false);
  });

  it('a wrong day a few days off is still a conflict', () => {
    const off = received('daily', '2019-11-21', 'Some companies began receiving the licenses from the Commerce Department on Monday.', 'Monday', weekday('2019-11-18'));
    const r = rowOf(align([nov, off]), 'wire', 'Wednesday morning');
    expect(sourcesOf(r)).toEqual(['daily', 'wire']);
    expect(r!.status).toBe('conflict');
  });
});
