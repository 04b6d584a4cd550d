/**
 * Word lists of the align stage: unit synonym classes (the blocking key), event classes that
 * give a generic unit ("people") its meaning, time units, and outlet name hints.
 * Every entry is a lemma as produced by `lemma()` of the subject refiner.
 */
import type { Granularity } from '../model.js';

/** Units that name the same thing; the first word is the class name shown in labels. */
const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ['application', 'request', 'applicant', 'filing'],
  ['license', 'licence', 'permit', 'authorization', 'authorisation', 'approval'],
  ['death', 'dead', 'kill', 'die', 'fatality', 'life', 'body'],
  ['injury', 'injured', 'injure', 'wound', 'hurt', 'casualty'],
  ['company', 'firm', 'business', 'corporation', 'enterprise'],
  ['entity', 'organization', 'organisation'],
  ['worker', 'employee', 'staff', 'staffer', 'job'],
  ['child', 'kid', 'minor'],
  ['home', 'house', 'residence', 'dwelling', 'household'],
  ['soldier', 'troop', 'servicemember'],
  ['vehicle', 'car', 'truck'],
  ['arrest', 'arrested', 'detainee', 'detention'],
  ['vote', 'ballot'],
  ['case', 'infection'],
  ['protester', 'demonstrator', 'protestor'],
  ['refugee', 'migrant', 'asylum-seeker'],
  ['country', 'nation'],
  ['ton', 'tonne'],
  ['kilometer', 'kilometre', 'km'],
  ['mile', 'mi'],
  ['meter', 'metre', 'm'],
  ['foot', 'feet', 'ft'],
  ['kilogram', 'kilo', 'kg'],
  ['pound', 'lb'],
  ['hectare', 'ha'],
  ['gallon', 'gal'],
  ['barrel', 'bbl'],
];

/** Units that only count people: the event verb near the number says which fact it is. */
export const GENERIC_HUMAN_UNITS: ReadonlySet<string> = new Set([
  'person', 'people', 'individual', 'resident', 'civilian', 'victim', 'man', 'woman', '',
]);

/** Unit classes that count people in an event ("24 dead", "112 injured"): one block with people counts. */
export const HUMAN_EVENT_UNITS: ReadonlySet<string> = new Set(['death', 'injury', 'arrest', 'missing']);

/** Event words that turn a generic unit into a specific fact ("24 people were killed" → death). */
export const EVENT_CLASS: ReadonlyMap<string, string> = new Map([
  ['kill', 'death'], ['dead', 'death'], ['die', 'death'], ['death', 'death'], ['fatality', 'death'],
  ['injure', 'injury'], ['injured', 'injury'], ['wound', 'injury'], ['hurt', 'injury'], ['injury', 'injury'],
  ['toll', 'death'], ['fatal', 'death'],
  ['arrest', 'arrest'], ['detain', 'arrest'],
  ['evacuate', 'evacuation'], ['displace', 'evacuation'], ['displaced', 'evacuation'], ['homeless', 'evacuation'],
  ['miss', 'missing'], ['missing', 'missing'],
  ['rescue', 'rescue'],
  ['hospitalize', 'hospitalization'], ['hospitalise', 'hospitalization'],
]);

const UNIT_CLASS: ReadonlyMap<string, string> = new Map(
  UNIT_SYNONYMS.flatMap((words) => words.map((w) => [w, words[0]] as const)),
);

/** The synonym class of a unit lemma (itself when it has none). */
export function unitClass(unit: string): string {
  return UNIT_CLASS.get(unit) ?? unit;
}

/** Length of a time unit in days, for comparing durations stated in different units. */
export const TIME_UNIT_DAYS: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 86400], ['minute', 1 / 1440], ['hour', 1 / 24], ['day', 1], ['night', 1], ['week', 7],
  ['fortnight', 14], ['month', 30.436875], ['quarter', 91.310625], ['year', 365.2425], ['decade', 3652.425],
  ['century', 36524.25],
]);

/** Granularities from finest to coarsest; dates compare at the coarser of two. */
export const GRANULARITY_ORDER: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'year'];

/** Leading words dropped from outlet names ("the New York Times" = "New York Times"). */
export const OUTLET_LEADING_WORDS: ReadonlySet<string> = new Set(['the']);

/** Outlet name suffixes that are not part of the name ("nytimes.com", "Reuters News"). */
export const OUTLET_SUFFIXES: readonly string[] = ['.com', '.co.uk', '.org', '.net', ' online', ' news agency', ' newspaper'];

/** One-word aliases that are too generic to identify an outlet on their own. */
export const GENERIC_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news', 'media', 'daily', 'network', 'press', 'online', 'group', 'magazine', 'report', 'tech', 'world', 'today',
]);

/** Words skipped when forming an outlet acronym ("The Wall Street Journal" → WSJ). */
export const ACRONYM_SKIP: ReadonlySet<string> = new Set(['the', 'of', 'and', 'a', 'for', 'in', 'on', '&']);
