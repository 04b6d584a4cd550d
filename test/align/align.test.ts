import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/index.js';
import type { AgreementTable, Article, Row } from '../../src/model.js';
import { article, attribution, qty, quote, shuffled } from './factory.js';
import { story } from './story.js';

/** The row holding a given claim text of a given source. */
function rowOf(t: AgreementTable, source: string, text: string): Row {
  const r = t.rows.find((x) => x.claims.some((c) => c.source === source && c.text === text));
  if (!r) throw new Error(`no row with ${source}: ${text}`);
  return r;
}

const sourcesOf = (r: Row) => r.claims.map((c) => c.source);

describe('grouping and status', () => {
  const t = align(story());

  it('groups one fact phrased differently and agrees on overlapping intervals (less precise)', () => {
    const r = rowOf(t, 'nyt', 'more than 130 applications');
    expect(r.kind).toBe('count');
    expect(sourcesOf(r)).toEqual(['cnbc', 'gadgets', 'nyt', 'silicon']);
    expect(r.status).toBe('agree');
    expect(r.notes).toEqual(['less precise']);
    expect(r.label).toBe('count · application: Commerce Department has received … from companies for licenses to sell');
  });

  it('normalizes duration units: 15-month and more than a year agree', () => {
    const r = rowOf(t, 'gadgets', '15-month');
    expect(sourcesOf(r)).toEqual(['gadgets', 'wire']);
    expect(r.status).toBe('agree');
  });

  it('keeps unrelated numbers of one source apart and marks them single', () => {
    const r = rowOf(t, 'gadgets', '28 Chinese entities');
    expect(r.status).toBe('single');
    expect(r.claims).toHaveLength(1);
    expect(rowOf(t, 'cnbc', '90 days')).not.toBe(rowOf(t, 'gadgets', '15-month'));
  });

  it('compares dates at the coarser granularity', () => {
    const r = rowOf(t, 'nyt', 'May');
    expect(sourcesOf(r)).toEqual(['nyt', 'silicon']);
    expect(r.status).toBe('agree');
  });

  it('ranks conflicts, then facts by independent sources, then attributions, then singles by source', () => {
    expect(t.rows.map((r) => `${r.status}:${r.kind}`)).toEqual([
      'conflict:quote',
      'agree:date',
      'agree:duration',
      'agree:count',
      'cited:attribution',
      'single:attribution',
      'single:duration',
      'single:date',
      'single:count',
      'single:attribution',
      'single:count',
    ]);
    expect(t.rows.filter((r) => r.status === 'single').map((r) => r.claims[0].source)).toEqual(['cnbc', 'cnbc', 'cnbc', 'gadgets', 'nyt', 'wire']);
  });

  it('sorts sources by id and claims by source', () => {
    expect(t.sources.map((s) => s.id)).toEqual(['cnbc', 'gadgets', 'nyt', 'silicon', 'wire']);
    for (const r of t.rows) expect(sourcesOf(r)).toEqual([...sourcesOf(r)].sort());
  });

  it('never puts two claims of one source in a row', () => {
    for (const r of t.rows) expect(new Set(sourcesOf(r)).size).toBe(r.claims.length);
  });

  it('every claim keeps its sentence text', () => {
    for (const r of t.rows) for (const c of r.claims) expect(c.sentenceText).toContain(c.text);
  });
});

describe('conflicts, synonyms and unrelated numbers', () => {
  const a = article({
    id: 'a',
    published: '2024-03-01',
    sentences: [
      { text: 'Five people were killed when the bridge collapsed in Baltimore on Tuesday.', claims: [{ kind: 'count', text: 'Five people', value: qty(5, 5, 'person') }] },
      { text: 'The port handles 40 ships a week from Asian ports.', claims: [{ kind: 'count', text: '40 ships', value: qty(40, 40, 'ship') }] },
      { text: 'The city received 300 applications for emergency housing grants.', claims: [{ kind: 'count', text: '300 applications', value: qty(300, 300, 'application') }] },
    ],
  });
  const b = article({
    id: 'b',
    published: '2024-03-01',
    sentences: [
      { text: 'At least 24 dead after the Baltimore bridge collapsed on Tuesday.', claims: [{ kind: 'count', text: '24 dead', value: qty(24, 24, 'dead', 'at-least') }] },
      { text: 'A separate shipyard in Norfolk repaired 12 ships of the navy fleet last winter.', claims: [{ kind: 'count', text: '12 ships', value: qty(12, 12, 'ship') }] },
      { text: 'Officials said 300 requests for emergency housing grants were received by the city.', claims: [{ kind: 'count', text: '300 requests', value: qty(300, 300, 'request') }] },
    ],
  });
  const t = align([a, b]);

  it('"five people were killed" and "24 dead" are one fact, and they conflict', () => {
    const r = rowOf(t, 'a', 'Five people');
    expect(sourcesOf(r)).toEqual(['a', 'b']);
    expect(r.status).toBe('conflict');
    expect(r.notes ?? []).toEqual([]); // same publication date: no "changed over time"
  });

  it('application and request are synonyms', () => {
    const r = rowOf(t, 'a', '300 applications');
    expect(sourcesOf(r)).toEqual(['a', 'b']);
    expect(r.status).toBe('agree');
    expect(r.notes).toBeUndefined();
  });

  it('two unrelated ship counts do not share a row although the unit matches', () => {
    expect(rowOf(t, 'a', '40 ships')).not.toBe(rowOf(t, 'b', '12 ships'));
    expect(rowOf(t, 'a', '40 ships').status).toBe('single');
  });

  it('ranks conflicts first, then agreement, then singles', () => {
    expect(t.rows.map((r) => r.status)).toEqual(['conflict', 'agree', 'single', 'single']);
  });
});

describe('changed over time', () => {
  const day = (id: string, published: string, n: number) =>
    article({
      id,
      published,
      sentences: [{ text: `The death toll from the earthquake in Turkey rose to ${n} people killed, officials said.`, claims: [{ kind: 'count', text: `${n} people`, value: qty(n, n, 'person') }] }],
    });

  it('keeps conflict but notes the dates when values differ by publication date', () => {
    const t = align([day('x', '2023-02-06', 1500), day('y', '2023-02-07', 5000), day('z', '2023-02-07', 5000)]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].status).toBe('conflict');
    expect(t.rows[0].notes).toEqual(['changed over time: 2023-02-06 → 2023-02-07']);
  });

  it('does not note time when outlets disagree on the same day', () => {
    const t = align([day('x', '2023-02-06', 1500), day('y', '2023-02-07', 5000), day('z', '2023-02-07', 4000)]);
    expect(t.rows[0].status).toBe('conflict');
    expect(t.rows[0].notes).toBeUndefined();
  });
});

describe('quotes', () => {
  const q = (id: string, sentence: string, text: string, speaker: string | null = 'Gina Raimondo') =>
    article({ id, published: '2024-01-01', sentences: [{ text: sentence, claims: [{ kind: 'quote', text: `"${text}"`, value: quote(text, speaker) }] }] });

  it('the same quote in several outlets agrees; a substring agrees as an excerpt', () => {
    const t = align([
      q('a', 'Raimondo said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.'),
      q('b', 'The secretary told reporters: "We will not let our guard down on export controls at all"', 'We will not let our guard down on export controls at all'),
      q('c', 'She said it was clear that "we will not let our guard down" this year.', 'we will not let our guard down'),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].status).toBe('agree');
    expect(t.rows[0].notes).toEqual(['quote excerpt']);
    expect(t.rows[0].label).toBe('quote · Gina Raimondo: “we will not let our guard…”');
  });

  it('altered words are a conflict with a quote drift note', () => {
    const t = align([
      q('a', 'Raimondo said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.'),
      q('b', 'Raimondo said "we will never let our guard down on export controls."', 'we will never let our guard down on export controls.'),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].status).toBe('conflict');
    expect(t.rows[0].notes).toEqual(['quote drift']);
  });

  it('notes a quote given to different speakers', () => {
    const t = align([
      q('a', 'Raimondo said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.', 'Gina Raimondo'),
      q('b', 'A spokesman for Raimondo said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.', 'a spokesman for Raimondo'),
      q('c', 'Blinken said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.', 'Antony Blinken'),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].status).toBe('agree');
    expect(t.rows[0].notes).toEqual(['speaker differs']);
  });

  it('unrelated quotes of one speaker stay apart', () => {
    const t = align([
      q('a', 'Raimondo said "we will not let our guard down on export controls at all."', 'we will not let our guard down on export controls at all.'),
      q('b', 'Raimondo said "the chips act is the most important investment in manufacturing in decades."', 'the chips act is the most important investment in manufacturing in decades.'),
    ]);
    expect(t.rows.map((r) => r.status)).toEqual(['single', 'single']);
  });
});

describe('independence (via)', () => {
  const original = article({
    id: 'nyt',
    publisher: 'The New York Times',
    url: 'https://www.nytimes.com/2019/10/09/us/politics/huawei.html',
    published: '2019-10-09',
    sentences: [{ text: 'President Trump approved the sale of goods to Huawei by 12 American companies.', claims: [{ kind: 'count', text: '12 American companies', value: qty(12, 12, 'company', 'exact', ['american']) }] }],
  });
  const cites = (id: string, name: string) =>
    article({
      id,
      published: '2019-10-10',
      sentences: [
        {
          text: `Trump approved sales to Huawei by 12 American firms, ${name} reported.`,
          claims: [
            { kind: 'count', text: '12 American firms', value: qty(12, 12, 'firm', 'exact', ['american']) },
            { kind: 'attribution', text: name, value: attribution(name) },
          ],
        },
      ],
    });
  const copy = article({
    id: 'copycat',
    published: '2019-10-11',
    sentences: [{ text: 'President Trump approved the sale of goods to Huawei by 12 American companies, sources said.', claims: [{ kind: 'count', text: '12 American companies', value: qty(12, 12, 'company', 'exact', ['american']) }] }],
  });
  const own = article({
    id: 'own',
    published: '2019-10-10',
    sentences: [{ text: 'Commerce officials confirmed 12 U.S. companies may now sell parts to Huawei.', claims: [{ kind: 'count', text: '12 U.S. companies', value: qty(12, 12, 'company') }] }],
  });

  it.each(['the New York Times', 'the Times', 'NYT', 'the NY Times', "The New York Times'"])('resolves %s to the nyt source', (name) => {
    const t = align([original, cites('other', name), own]);
    const r = rowOf(t, 'nyt', '12 American companies');
    expect(r.claims.find((c) => c.source === 'other')?.via).toBe('nyt');
    expect(r.claims.find((c) => c.source === 'nyt')?.via).toBeUndefined();
    expect(r.independentSources).toBe(2);
  });

  it('marks a near-copied sentence as via the earlier source', () => {
    const t = align([original, copy, own]);
    const r = rowOf(t, 'nyt', '12 American companies');
    expect(sourcesOf(r)).toEqual(['copycat', 'nyt', 'own']);
    expect(r.claims.find((c) => c.source === 'copycat')?.via).toBe('nyt');
    expect(r.independentSources).toBe(2);
  });

  it('an outlet citing itself or an outlet outside the set gets no via', () => {
    const t = align([original, cites('other', 'Reuters')]);
    const r = rowOf(t, 'nyt', '12 American companies');
    expect(r.claims.every((c) => c.via === undefined)).toBe(true);
    expect(r.independentSources).toBe(2);
  });

  it('an article that credits an outlet anywhere repeats it on every shared fact', () => {
    const wire = article({
      id: 'allied-newswire',
      published: '2025-06-19',
      sentences: [{ text: 'Corvane Air grounded 14 of its regional jets on Thursday for engine checks.', claims: [{ kind: 'count', text: '14 of its regional jets', value: qty(14, 14, 'jet') }] }],
    });
    const credit = (id: string, published: string, lead: string) =>
      article({
        id,
        published,
        sentences: [lead, { text: 'The carrier grounded 14 of its regional jets on Thursday for engine inspections.', claims: [{ kind: 'count', text: '14 of its regional jets', value: qty(14, 14, 'jet') }] }],
      });
    const t = align([
      wire,
      credit('lakeshore', '2025-06-19', 'VELMAR (AN) — Flights were canceled across the region.'),
      credit('register', '2025-06-20', 'Airline officials told the Allied Newswire team that checks continue.'),
      credit('later', '2025-06-18', 'Allied Newswire will follow the story, the editors said.'), // published before the wire
    ]);
    const r = rowOf(t, 'allied-newswire', '14 of its regional jets');
    expect(Object.fromEntries(r.claims.map((c) => [c.source, c.via]))).toEqual({
      'allied-newswire': undefined,
      lakeshore: 'allied-newswire',
      later: undefined,
      register: 'allied-newswire',
    });
  });

  it('a figure that differs from the credited outlet is not a repeat of it (the difference stays visible)', () => {
    const fund = { kind: 'money' as const, text: '$2 million', value: qty(2e6, 2e6, 'USD') };
    const wire = article({
      id: 'register',
      publisher: 'The Marlow County Register',
      published: '2024-06-03',
      sentences: [
        { text: 'The county has received more than 130 applications for flood grants.', claims: [{ kind: 'count', text: 'more than 130 applications', value: qty(130, null, 'application', 'more-than') }] },
        { text: 'The flood grant fund holds $2 million for repairs.', claims: [fund] },
      ],
    });
    const later = article({
      id: 'observer',
      published: '2024-06-06',
      sentences: [
        'The program was first reported by the Marlow County Register last week.',
        { text: 'The county has received about 210 applications for flood grants.', claims: [{ kind: 'count', text: 'about 210 applications', value: qty(189, 231, 'application', 'about') }] },
        { text: 'The flood grant fund holds $2 million for home repairs.', claims: [fund] },
      ],
    });
    const t = align([wire, later]);
    const of = (text: string) => rowOf(t, 'observer', text).claims.find((c) => c.source === 'observer');
    expect(rowOf(t, 'observer', 'about 210 applications')).toBe(rowOf(t, 'register', 'more than 130 applications'));
    expect(of('about 210 applications')?.via).toBeUndefined();
    expect(of('$2 million')?.via).toBe('register');
  });

  it('two outlets citing each other are not both copies', () => {
    const a = cites('a', 'the Tribune');
    const b = cites('b', 'the Herald');
    a.source.publisher = 'The Herald';
    b.source.publisher = 'The Tribune';
    const r = align([a, b]).rows.find((x) => x.kind === 'count')!;
    expect(r.claims.filter((c) => c.via).length).toBe(1);
    expect(r.independentSources).toBe(1);
  });

  it('ranks agreement by independent sources', () => {
    const solo = (id: string, n: number) =>
      article({ id, published: '2019-10-10', sentences: [{ text: `Ericsson shipped ${n} base stations to Sweden this quarter.`, claims: [{ kind: 'count', text: `${n} base stations`, value: qty(n, n, 'station') }] }] });
    const t = align([original, cites('other', 'NYT'), solo('s1', 40), solo('s2', 40), solo('s3', 40)]);
    expect(t.rows[0].claims.map((c) => c.source)).toEqual(['s1', 's2', 's3']);
    expect(t.rows[1].independentSources).toBe(1);
  });
});

describe('determinism', () => {
  const rename = (arts: Article[], prefix: string): Article[] =>
    arts.map((a) => {
      const id = prefix + a.source.id;
      return { ...a, source: { ...a.source, id, path: `${id}.txt` }, claims: a.claims.map((c) => ({ ...c, id: c.id.replace(a.source.id, id) })) };
    });
  const shape = (t: AgreementTable) => t.rows.map((r) => ({ id: r.id, status: r.status, label: r.label, claims: r.claims.map((c) => c.text).sort() }));

  it('gives the same table for any input order', () => {
    const base = align(story());
    for (const seed of [1, 7, 42, 1234]) {
      expect(align(shuffled(story(), seed))).toEqual(base);
    }
  });

  it('row ids and grouping do not depend on file names', () => {
    const base = shape(align(story()));
    const renamed = shape(align(rename(story(), 'zz-')));
    expect(renamed.map((r) => r.id).sort()).toEqual(base.map((r) => r.id).sort());
    expect(new Set(renamed.map((r) => JSON.stringify(r)))).toEqual(new Set(base.map((r) => JSON.stringify(r))));
  });

  it('ids are unique', () => {
    const t = align(story());
    expect(new Set(t.rows.map((r) => r.id)).size).toBe(t.rows.length);
    for (const r of t.rows) expect(r.id).toMatch(/^r[0-9a-f]{12}(-\d+)?$/);
  });

  it('leaves vague amounts out, keeps bounds such as "over a hundred"', () => {
    const a = article({
      id: 'a',
      sentences: [
        { text: 'The storm damaged dozens of homes in the valley.', claims: [{ kind: 'count', text: 'dozens of homes', value: qty(24, null, 'home', 'at-least') }] },
        { text: 'Over a hundred volunteers came to help.', claims: [{ kind: 'count', text: 'Over a hundred volunteers', value: qty(100, null, 'volunteer', 'more-than') }] },
      ],
    });
    expect(align([a]).rows.map((r) => r.claims[0].text)).toEqual(['Over a hundred volunteers']);
  });

  it('a death toll restated later in one article is one claim', () => {
    const a = article({
      id: 'a',
      sentences: [
        { text: 'The quake struck early Sunday, killing five people in Halvik.', claims: [{ kind: 'count', text: 'five people', value: qty(5, 5, 'person') }] },
        { text: 'The five dead included two children, officials said.', claims: [{ kind: 'count', text: 'five dead', value: qty(5, 5, 'dead') }] },
      ],
    });
    expect(align([a]).rows.map((r) => r.claims.map((c) => c.text))).toEqual([['five people']]);
  });

  it('skips claims without a value and passes errors through', () => {
    const a = article({ id: 'a', sentences: [{ text: 'It happened on Wednesday.', claims: [{ kind: 'date', text: 'Wednesday', value: null }] }] });
    const t = align([a], { errors: [{ path: 'x.html', message: 'unreadable' }] });
    expect(t.rows).toEqual([]);
    expect(t.errors).toEqual([{ path: 'x.html', message: 'unreadable' }]);
    expect(t.schemaVersion).toBe('2.0.0');
  });
});
