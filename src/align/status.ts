/**
 * Row status and notes: agree / conflict / single / cited, 'less precise', 'quote drift', and
 * 'changed over time'.
 *
 * Attribution rows ("Huawei said", "according to the Commerce Department") say who is cited, not
 * a value: outlets citing the same source may report different statements from it ("Huawei said"
 * it spent $11 billion, "Huawei has denied" wrongdoing). Such a row is 'cited'; it is 'agree' only
 * when the attributed sentences are the same statement (near-copies, or one contained in the other).
 *
 * Time (a deliberate choice): when values differ between sources published on different dates,
 * the row stays 'conflict' — the reader must see that outlets disagree — but gets a note
 * 'changed over time: <first date> → <last date>' when every group of sources published on the
 * same day is consistent on its own, so the disagreement lines up with publication dates (a toll
 * that rose, a count that was updated) rather than with outlets contradicting each other on the
 * same day. The lead documents this in docs/.
 */
import type { Claim, DateValue, Quantity, QuoteValue, RowStatus } from '../model.js';
import { datesConsistent, datesIdentical, intersectAll, quantityInterval, sameInterval, type Interval } from './compare.js';
import type { Item } from './features.js';
import { quoteWords, quotesConsistent, speakersDiffer, speakerWords } from './quotes.js';
import { contentWords } from '../tag/refiners/subject.js';

export const NOTE_LESS_PRECISE = 'less precise';
export const NOTE_QUOTE_DRIFT = 'quote drift';
export const NOTE_QUOTE_EXCERPT = 'quote excerpt';
export const NOTE_CHANGED_OVER_TIME = 'changed over time';
export const NOTE_SPEAKER_DIFFERS = 'speaker differs';

/** Distinct speakers compared pairwise at most (a quote rarely has more variants). */
const MAX_SPEAKERS = 32;
/**
 * Two attributed sentences state the same thing when this share of the content words of the
 * shorter one is in the other (a wire copy, a trimmed or lightly reworded rewrite); another
 * statement from the same source shares far less.
 */
const SAME_STATEMENT_SHARE = 0.7;
/** Fewer content words than this (the attribution's own left out) say too little to compare. */
const MIN_STATEMENT_WORDS = 3;
/** Sentences of an attribution row compared pairwise at most; beyond, each with the first. */
const MAX_STATEMENT_PAIRS = 64;

/** Share of the words of the shorter sentence found in the other (0 when either has none). */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / small.size;
}

/**
 * Whether the sentences of an attribution row report the same statement of the source. The
 * attribution's own words ("according to people familiar with the matter") and the names of the
 * row's outlets are left out: they say who is cited and who relays it.
 */
function sameStatements(items: readonly Item[]): boolean {
  // the outlets of the row named in a sentence ("the Harbor Times reported") say who relays it, not what
  const outletWords = new Set(items.flatMap((it) => contentWords(it.source.publisher ?? '').map((w) => w.lemma)));
  const sets = items.map((it) => new Set(contentWords(it.sentenceText.replace(it.claim.text, ' ')).map((w) => w.lemma).filter((l) => !outletWords.has(l))));
  if (sets.some((s) => s.size < MIN_STATEMENT_WORDS)) return false;
  const pairs = items.length <= MAX_STATEMENT_PAIRS;
  for (let i = 1; i < sets.length; i++) {
    for (let j = 0; j < (pairs ? i : 1); j++) if (containment(sets[i], sets[j]) < SAME_STATEMENT_SHARE) return false;
  }
  return true;
}

/** 'speaker differs' when one quote is given to people who share no name word. */
function speakerNotes(items: readonly Item[]): string[] {
  if (items[0].claim.kind !== 'quote') return [];
  const distinct = new Map<string, string>();
  for (const it of items) {
    const sp = (it.claim.value as QuoteValue).speaker;
    if (sp) distinct.set([...speakerWords(sp)].sort().join(' '), sp);
  }
  const speakers = [...distinct.values()].slice(0, MAX_SPEAKERS);
  for (let i = 1; i < speakers.length; i++) {
    for (let j = 0; j < i; j++) if (speakersDiffer(speakers[i], speakers[j])) return [NOTE_SPEAKER_DIFFERS];
  }
  return [];
}

/** Whether the values of items agree, and whether they are all stated identically. */
function consistency(items: readonly Item[]): { consistent: boolean; identical: boolean } {
  const kind = items[0].claim.kind;
  if (kind === 'attribution') return { consistent: true, identical: true };
  if (kind === 'quote') {
    const texts = items.map((it) => (it.claim.value as QuoteValue).text);
    const identical = items.every((it) => it.quote!.join(' ') === items[0].quote!.join(' '));
    return { consistent: quotesConsistent(texts).consistent, identical };
  }
  if (kind === 'date') {
    const dates = items.map((it) => it.claim.value as DateValue);
    return { consistent: datesConsistent(dates), identical: datesIdentical(dates) };
  }
  const intervals = items
    .map((it) => quantityInterval(it.claim.value as Quantity, it.claim.text))
    .filter((i): i is Interval => i !== null);
  if (intervals.length < 2) return { consistent: true, identical: true };
  return {
    consistent: intersectAll(intervals) !== null,
    identical: intervals.every((i) => sameInterval(i, intervals[0])),
  };
}

/** Whether the values of claims (of one row's kind) agree with each other. */
export function claimsConsistent(claims: readonly Claim[]): boolean {
  if (claims.length < 2) return true;
  const items = claims.map((claim) => ({ claim, quote: claim.kind === 'quote' ? quoteWords((claim.value as QuoteValue).text) : undefined }) as Item);
  return consistency(items).consistent;
}

/**
 * Whether b states what a states: the same value (or, for quotes, the same words or an excerpt of
 * them). Repetition ("via") needs this; a figure that differs is the reader's to see, not a copy.
 */
export function sameStatement(a: Item, b: Item): boolean {
  const { consistent, identical } = consistency([a, b]);
  return identical || (consistent && a.claim.kind === 'quote');
}

/**
 * A figure that moved one way as reports came in, whatever early reports said among themselves:
 * the latest day agrees on one value, and no later report states less (or, for a falling figure,
 * more) than an earlier one allows ("five dead" and "at least 14" on Sunday, 24 on Monday and
 * Tuesday). Quantities only.
 */
function updatedFigure(byDate: Map<string, Item[]>, kind: string): boolean {
  const days = [...byDate.keys()].sort();
  if (days.length < 2 || kind === 'date') return false;
  if (!consistency(byDate.get(days[days.length - 1])!).consistent) return false;
  const spans = days.map((d) => {
    const ivs = byDate.get(d)!.map((it) => quantityInterval(it.claim.value as Quantity, it.claim.text)).filter((i): i is Interval => i !== null);
    return { maxLo: Math.max(...ivs.map((i) => i.lo)), minLo: Math.min(...ivs.map((i) => i.lo)), maxHi: Math.max(...ivs.map((i) => i.hi)), minHi: Math.min(...ivs.map((i) => i.hi)) };
  });
  let rising = true;
  let falling = true;
  let seenMaxLo = -Infinity;
  let seenMinHi = Infinity;
  for (const s of spans) {
    if (!Number.isFinite(s.maxLo) && !Number.isFinite(s.minHi)) return false; // no interval that day
    if (s.minHi < seenMaxLo) rising = false;
    if (s.maxLo > seenMinHi) falling = false;
    seenMaxLo = Math.max(seenMaxLo, s.maxLo);
    seenMinHi = Math.min(seenMinHi, s.minHi);
  }
  return rising || falling;
}

/** Status and notes of a row whose items come from distinct sources. */
export function rowStatus(items: readonly Item[]): { status: RowStatus; notes: string[] } {
  if (items.length < 2) return { status: 'single', notes: [] };
  const kind = items[0].claim.kind;
  if (kind === 'attribution') return { status: sameStatements(items) ? 'agree' : 'cited', notes: [] };
  const { consistent, identical } = consistency(items);
  const speaker = speakerNotes(items);
  if (consistent) {
    if (identical) return { status: 'agree', notes: speaker };
    return { status: 'agree', notes: [kind === 'quote' ? NOTE_QUOTE_EXCERPT : NOTE_LESS_PRECISE, ...speaker] };
  }
  if (kind === 'quote') return { status: 'conflict', notes: [NOTE_QUOTE_DRIFT, ...speaker] };
  const notes: string[] = [];
  const byDate = new Map<string, Item[]>();
  for (const it of items) {
    if (!it.published) continue;
    const g = byDate.get(it.published) ?? [];
    g.push(it);
    byDate.set(it.published, g);
  }
  if (byDate.size >= 2 && ([...byDate.values()].every((g) => consistency(g).consistent) || updatedFigure(byDate, kind))) {
    const dates = [...byDate.keys()].sort();
    notes.push(`${NOTE_CHANGED_OVER_TIME}: ${dates[0]} → ${dates[dates.length - 1]}`);
  }
  return { status: 'conflict', notes };
}
