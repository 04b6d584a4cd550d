import { describe, expect, it } from 'vitest';
import type { AttributionValue, QuoteValue } from '../../src/model.js';
import { run } from './speech-helpers.js';
import { invalidCases, validCases, type Expected } from './quantity/harness.js';

/**
 * Failure classes found by the tagger evaluation, one table each (invented sentences):
 * organizations read as people, multi-word plural sources, data and figures as sources, two
 * titles of one person, fractions of a comparison, and vote tallies read as two counts.
 */

/** A two-word name with no title and no known first name is a company when the text says so. */
const ORGANIZATIONS: [string, [string, AttributionValue][]][] = [
  // a descriptor before the name elsewhere in the text
  ["Cybersecurity firm Check Point found the flaw on Monday. The bug is serious, Check Point said.", [["Check Point said", { source: "Check Point", kind: "organization", cue: "said" }]]],
  // an appositive description after it
  ["Check Point, a cybersecurity company, found the flaw. Users should update now, Check Point said.", [["Check Point said", { source: "Check Point", kind: "organization", cue: "said" }]]],
  // people of the body ("analysts at X", "X researchers")
  ["Analysts at Morgan Stanley cut their forecast. Rates will fall twice this year, Morgan Stanley said in a note.", [["Morgan Stanley said", { source: "Morgan Stanley", kind: "organization", cue: "said" }]]],
  ["Silver Lake researchers published the study. The results were clear, Silver Lake said.", [["Silver Lake said", { source: "Silver Lake", kind: "organization", cue: "said" }]]],
  // a company's possessions ("X's shares", "X's chief executive")
  ["Shares in Harbor Point rose. Demand was strong, Harbor Point said.", [["Harbor Point said", { source: "Harbor Point", kind: "organization", cue: "said" }]]],
  ["Blue Heron's chief executive resigned on Friday. The board will meet next week, Blue Heron said.", [["Blue Heron said", { source: "Blue Heron", kind: "organization", cue: "said" }]]],
  // a body's verb and "its"; a later "the retailer" that stands for the name
  ["Morgan Stanley cut its forecast. Two cuts are likely, Morgan Stanley said in a note.", [["Morgan Stanley said", { source: "Morgan Stanley", kind: "organization", cue: "said" }]]],
  ["Harbor Freight Tools said sales rose. The retailer said it would hire more staff.", [["Harbor Freight Tools said", { source: "Harbor Freight Tools", kind: "organization", cue: "said" }], ["The retailer said", { source: "Harbor Freight Tools", kind: "organization", cue: "said" }]]],
  ["Amara Osei criticized its record. The council failed, Amara Osei said.", [["Amara Osei said", { source: "Amara Osei", kind: "named-person", cue: "said" }]]],
  // "Royal Mail" is not the Daily Mail
  ["Royal Mail said deliveries would resume on Monday.", [["Royal Mail said", { source: "Royal Mail", kind: "organization", cue: "said" }]]],
  // people stay people
  ["The bug is serious, Dana Whitfield said.", [["Dana Whitfield said", { source: "Dana Whitfield", kind: "named-person", cue: "said" }]]],
  ["Keir Starmer's chief of staff resigned. The party is united, Keir Starmer said.", [["Keir Starmer said", { source: "Keir Starmer", kind: "named-person", cue: "said" }]]],
  ["Supporters of Amara Osei gathered outside. We will win, Amara Osei said.", [["Amara Osei said", { source: "Amara Osei", kind: "named-person", cue: "said" }]]],
  ["A lawyer at Baker Holt represented the family. The case is strong, Baker Holt said.", [["Baker Holt said", { source: "Baker Holt", kind: "organization", cue: "said" }]]],
  ["Priya Misra, a strategist at TD Securities, said it was too early to tell.", [["Priya Misra, a strategist at TD Securities, said", { source: "Priya Misra", kind: "named-person", cue: "said" }]]],
];

const ORGANIZATION_QUOTES: [string, [string, QuoteValue][]][] = [
  ["Cybersecurity firm Check Point found the flaw. “Users should update now,” Check Point said.", [["“Users should update now,”", { text: "Users should update now", speaker: "Check Point" }]]],
];

/** Lower-case nouns before a plural source stay in its span ("bond traders", "oil analysts"). */
const PLURAL_SOURCES: [string, [string, AttributionValue][]][] = [
  ["Prices will rise, bond traders said.", [["bond traders said", { source: "bond traders", kind: "anonymous", cue: "said" }]]],
  ["Output will fall next year, oil analysts said.", [["oil analysts said", { source: "oil analysts", kind: "anonymous", cue: "said" }]]],
  ["Lending has slowed, senior bank executives said.", [["senior bank executives said", { source: "senior bank executives", kind: "anonymous", cue: "said" }]]],
  ["Bank executives said lending had slowed.", [["Bank executives said", { source: "Bank executives", kind: "anonymous", cue: "said" }]]],
  ["Oil analysts expect prices to fall, and oil analysts said supply was ample.", [["oil analysts said", { source: "oil analysts", kind: "anonymous", cue: "said" }]]],
  ["Supply is tight, according to energy analysts.", [["according to energy analysts", { source: "energy analysts", kind: "anonymous", cue: "according to" }]]],
  ["Yields will rise, bond strategists said.", [["bond strategists said", { source: "bond strategists", kind: "anonymous", cue: "said" }]]],
  ["Prices will fall, said oil analysts.", [["said oil analysts", { source: "oil analysts", kind: "anonymous", cue: "said" }]]],
  ["Rates will rise, according to bond traders.", [["according to bond traders", { source: "bond traders", kind: "anonymous", cue: "according to" }]]],
  // unchanged: a bare plural, a named owner, a verb before the group
  ["Prices will rise, analysts said.", [["analysts said", { source: "analysts", kind: "anonymous", cue: "said" }]]],
  ["Rates will fall, Goldman Sachs economists said.", [["Goldman Sachs economists said", { source: "Goldman Sachs economists", kind: "organization", cue: "said" }]]],
];

/** Data nouns with a described (lower-case) owner are attributions to that body. */
const DATA_SOURCES: [string, [string, AttributionValue][]][] = [
  ["Unemployment rose to 5%, data from the statistics office showed.", [["data from the statistics office showed", { source: "statistics office", kind: "organization", cue: "showed" }]]],
  ["Exports fell 3% in May, figures released by the customs agency show.", [["figures released by the customs agency show", { source: "customs agency", kind: "organization", cue: "show" }]]],
  ["Figures from the national statistics bureau showed prices fell.", [["Figures from the national statistics bureau showed", { source: "national statistics bureau", kind: "organization", cue: "showed" }]]],
  ["The Office for National Statistics published new estimates. Data from the office showed wages rose.", [["Data from the office showed", { source: "Office for National Statistics", kind: "organization", cue: "showed" }]]],
  // the data's adjectives open the span; findings are data too
  ["Preliminary figures from the Maritime Safety Agency showed the ferry was overloaded.", [["Preliminary figures from the Maritime Safety Agency showed", { source: "Maritime Safety Agency", kind: "organization", cue: "showed" }]]],
  ["The pilot had slept four hours, initial findings by the Transport Safety Board show.", [["initial findings by the Transport Safety Board show", { source: "Transport Safety Board", kind: "organization", cue: "show" }]]],
];

/** Not data attributions: no owner, or the owner is not a body. */
const DATA_NEGATIVE: string[] = [
  "Data from the last decade showed a steady rise.",
  "Figures from the first quarter show growth slowed.",
];

/** A person named with one title is the referent of another title of the same office. */
const TWO_TITLES: [string, [string, QuoteValue][]][] = [
  [
    "Chancellor Rachel Reeves spoke on Monday. “We will not raise taxes,” the chancellor said. “Growth is the priority,” the minister added.",
    [["“We will not raise taxes,”", { text: "We will not raise taxes", speaker: "Rachel Reeves" }], ["“Growth is the priority,”", { text: "Growth is the priority", speaker: "Rachel Reeves" }]],
  ],
  [
    "Premier Doug Lane visited the flooded towns on Tuesday. “Help is on the way,” the minister said.",
    [["“Help is on the way,”", { text: "Help is on the way", speaker: "Doug Lane" }]],
  ],
];

const TWO_TITLE_ATTRIBUTIONS: [string, [string, AttributionValue][]][] = [
  ["Rachel Reeves, the chancellor, visited a factory in Leeds. Growth is the priority, the minister said.", [["the minister said", { source: "Rachel Reeves", kind: "named-person", cue: "said" }]]],
  ["Finance Minister Jan Olsen spoke on Friday. The budget is balanced, the chancellor said.", [["the chancellor said", { source: "Jan Olsen", kind: "named-person", cue: "said" }]]],
  // the latest person of that office wins
  ["Chancellor Rachel Reeves met Health Minister Wes Streeting. Waiting lists will fall, the minister said.", [["the minister said", { source: "Wes Streeting", kind: "named-person", cue: "said" }]]],
  ["Chancellor Rachel Reeves spoke on Monday. Growth is the priority, the minister said.", [["the minister said", { source: "Rachel Reeves", kind: "named-person", cue: "said" }]]],
];

/** "a third less cod": a fraction compared with a whole is a percentage. */
const FRACTIONS: (readonly [string, ...Expected[]])[] = [
  ['Fishermen landed a third less cod this year.', ['a third', 33.33, 33.33, 'percent', 'exact']],
  ['The new engine uses a quarter less fuel.', ['a quarter', 25, 25, 'percent', 'exact']],
  ['Shoppers paid a fifth more for bread than a year earlier.', ['a fifth', 20, 20, 'percent', 'exact']],
  ['Prices were roughly a third higher than in 2019.', ['roughly a third', 29.997, 36.663, 'percent', 'about']],
  // the span stops before "of", like "5%" in "5% of voters"
  ['A third of voters backed the plan.', ['A third', 33.33, 33.33, 'percent', 'exact']],
];

const NOT_FRACTIONS: string[] = [
  'A third less-known candidate entered the race.',
  'He won a third straight title.',
];

/** A contest's result written with "to" is a score like "3-1", not two counts. */
const SCORES: string[] = [
  'The home side won 3 to 1.',
  'The final score was 24 to 17.',
  'The Tigers beat the Lions 21 to 14 on Saturday.',
];

/** A vote tally stays two counts (the gold's "by a vote of 68 to 31"); a "to" range stays a range. */
const TALLY_COUNTS: (readonly [string, ...Expected[]])[] = [
  ['The court voted 7 to 2 to uphold the law.', ['7', 7, 7, '', 'exact'], ['2', 2, 2, '', 'exact']],
  ['The board voted to cut 7 to 10 jobs.', ['7 to 10 jobs', 7, 10, 'job', 'range']],
  ['Staff numbers were cut from 12 to 9 workers.', ['12', 12, 12, 'worker', 'exact'], ['9 workers', 9, 9, 'worker', 'exact']],
  ['The senate voted on 12 bills.', ['12 bills', 12, 12, 'bill', 'exact']],
];

/** "the two countries" right after "the United States and China" refers back; it is not a claim. */
const REFERENCES: string[] = [
  'Talks between the United States and China resumed on Monday. The two countries are close to a deal.',
  'Intel, AMD and Nvidia reported results on Tuesday. The three companies beat forecasts.',
  'Tom Reyes and Carl Holm were arrested. Police said the two men were released on bail.',
];

const NOT_REFERENCES: (readonly [string, ...Expected[]])[] = [
  // no names before it: the gold's convention for a lone sentence
  ['The two countries are meeting in Washington.', ['two countries', 2, 2, 'country', 'exact']],
  // a noun that is not one of the parties named
  ['Britain and France sent the two warships.', ['two warships', 2, 2, 'warship', 'exact']],
  // other counts after the names stay
  ['The United States and China met. The two countries signed 12 agreements.', ['12 agreements', 12, 12, 'agreement', 'exact']],
  ['Britain and France met. The two countries of the alliance agreed.', ['two countries', 2, 2, 'country', 'exact']],
];

function claimsOfKind(text: string, kind: 'quote' | 'attribution') {
  const { ctx, claims } = run(text);
  const out = claims.filter((c) => c.kind === kind);
  for (const c of out) expect(ctx.text.slice(c.span.start, c.span.end)).toBe(c.text);
  return out.map((c) => [c.text, c.value]);
}

describe('organizations are not read as people', () => {
  it.each(ORGANIZATIONS)('%s', (text, expected) => expect(claimsOfKind(text, 'attribution')).toEqual(expected));
  it.each(ORGANIZATION_QUOTES)('%s', (text, expected) => expect(claimsOfKind(text, 'quote')).toEqual(expected));
});

describe('multi-word plural sources keep their nouns', () => {
  it.each(PLURAL_SOURCES)('%s', (text, expected) => expect(claimsOfKind(text, 'attribution')).toEqual(expected));
});

describe('data from a described body', () => {
  it.each(DATA_SOURCES)('%s', (text, expected) => expect(claimsOfKind(text, 'attribution')).toEqual(expected));
  it.each(DATA_NEGATIVE)('no attribution: %s', (text) => expect(claimsOfKind(text, 'attribution')).toEqual([]));
});

describe('two titles of one person', () => {
  it.each(TWO_TITLES)('%s', (text, expected) => expect(claimsOfKind(text, 'quote')).toEqual(expected));
  it.each(TWO_TITLE_ATTRIBUTIONS)('%s', (text, expected) => expect(claimsOfKind(text, 'attribution')).toEqual(expected));
});

describe('fractions of a comparison', () => {
  describe('valid', () => validCases('percent', FRACTIONS));
  describe('invalid', () => invalidCases('percent', NOT_FRACTIONS));
});

describe('results and tallies', () => {
  describe('scores are not counts', () => invalidCases('count', SCORES));
  describe('vote tallies and ranges are counts', () => validCases('count', TALLY_COUNTS));
});

describe('definite references to names just given', () => {
  describe('not counts', () => invalidCases('count', REFERENCES));
  describe('still counts', () => validCases('count', NOT_REFERENCES));
});
