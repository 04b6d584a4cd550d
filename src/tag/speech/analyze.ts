/**
 * One pass over the article shared by the quote and attribution taggers (cached per context):
 *   1. tokens (tokens.ts) and quotations (quote-spans.ts); words inside speech are blocked;
 *   2. cues outside quotations (cues.ts: phrase.ts finds the source phrase, classify.ts types it);
 *   3. mentions of people and organizations (mentions.ts), then each cue's source resolved in
 *      text order, every resolved source becoming a mention for the next pronoun;
 *   4. quote speakers: a cue right after the quote, else the last cue before it in its
 *      sentence, else a colon introduction, else a sibling quote of the same sentence, else the
 *      speaker of the previous quote of the same sentence, else the last speaker of this or the
 *      previous paragraph for a quote that opens a sentence. A cue after the quote wins only when
 *      it follows the quote directly or no cue precedes it in the sentence.
 */
import type { AttributionKind, Span } from '../../model.js';
import type { TagContext } from '../types.js';
import { findCues, type Cue } from './cues.js';
import { addMention, resolve, scanMentions, toMention, type Mention, type Resolved } from './mentions.js';
import { phraseAfter } from './phrase.js';
import { classify } from './classify.js';
import { findQuoteSpans, paragraphSpans, quotedText, type QuoteSpan } from './quote-spans.js';
import { tokenAt, tokenize, type Token } from './tokens.js';
import { timesOutlet } from '../vocab/speech.js';

export interface QuoteInfo extends Span {
  quote: QuoteSpan;
  /** Quoted words without marks. */
  text: string;
  /** One or two words: a scare quote or a quoted fragment, not a full statement. */
  partial: boolean;
  speaker: Resolved | null;
  /** How the speaker was found: 'after' | 'before' | 'colon' | 'sibling' | 'carry' | undefined. */
  via?: string;
}

export interface ResolvedCue extends Cue {
  source: Resolved | null;
  /** Inside a quotation (not an attribution of the article's own). */
  quoted: boolean;
}

export interface Analysis {
  tokens: Token[];
  quotes: QuoteInfo[];
  cues: ResolvedCue[];
}

/** Words in a quote up to which it counts as a fragment (scare quote / quoted term). */
const PARTIAL_MAX_WORDS = 2;
/** How far back (characters) a colon introduction ("Ross said:") may sit before its quote. */
const COLON_REACH = 400;
/** Cue lemmas that may introduce a standalone quote paragraph that follows them. */
const CARRY_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'state', 'explain', 'note', 'argue', 'insist', 'warn', 'continue', 'tweet', 'testify', 'declare', 'reply', 'respond', 'remark', 'recall', 'emphasize', 'claim']);
/** A paragraph that opens with a name and a colon before the quote ("Trump: ‘We will win’"). */
const HEADLINE_LABEL = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}.'’-]*):\s*$/u;
/** How many earlier mentions to look through for a name's gender and role. */
const INHERIT_REACH = 400;
/** How far (characters) a later quote of the same sentence may sit from the previous one. */
const SAME_SENTENCE_REACH = 200;
/** Text between two quotes that ends a sentence or starts a new clause with its own subject. */
const SENTENCE_BREAK = /[.!?;]\s|\n|\b(?:while|whereas|although|though)\b/;
/** Sentence-ending punctuation. */
const END_PUNCT = new Set(['.', '!', '?']);
/** Closing marks that may follow sentence-end punctuation. */
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

const cache = new WeakMap<TagContext, Analysis>();

export function analyze(ctx: TagContext): Analysis {
  let a = cache.get(ctx);
  if (!a) {
    a = run(ctx);
    cache.set(ctx, a);
  }
  return a;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function run(ctx: TagContext): Analysis {
  const { text } = ctx;
  const tokens = tokenize(text);
  const paras = paragraphSpans(text, ctx.paragraphs);
  const paraOf = (offset: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < paras[mid].start) hi = mid - 1;
      else if (offset >= paras[mid].end) lo = mid + 1;
      else return mid;
    }
    return lo;
  };
  const spans = findQuoteSpans(text, paras);
  const quotes: QuoteInfo[] = spans.map((q) => {
    const t = quotedText(text, q);
    // a short complete utterance (“Ten.”, “We won’t.”) is speech, not a fragment
    const raw = text.slice(q.pieces[0].start, q.pieces[q.pieces.length - 1].end).trim();
    const utterance = /^\p{Lu}/u.test(raw) && /[.!?]$/.test(raw);
    return { start: q.start, end: q.end, quote: q, text: t, partial: wordCount(t) <= PARTIAL_MAX_WORDS && !utterance, speaker: null };
  });

  // tokens inside speech quotations are not the article's own words
  const blocked: boolean[] = new Array<boolean>(tokens.length).fill(false);
  for (const q of quotes) {
    if (q.partial) continue;
    for (let k = tokenAt(tokens, q.start); k < tokens.length && tokens[k].start < q.end; k++) blocked[k] = true;
  }
  const rawCues = findCues(tokens, blocked);

  // resolve sources in text order, adding each named speaker to the mentions
  const mentions: Mention[] = scanMentions(tokens);
  const cues: ResolvedCue[] = [];
  for (const c of rawCues) {
    let source = resolve(c.speaker, c.start, mentions, paras[paraOf(c.start)]?.start ?? 0);
    // "Goldman Sachs economists expect cuts. “…,” they wrote": an unresolved "they" is the plural subject of the sentence before
    if (!source && c.speaker.type === 'pronoun' && c.speaker.pronoun === 'plural') source = pluralSubjectBefore(tokens, blocked, c.start);
    // a bare "the Times": which paper is read from the article ("The Times of London" named before, a British story)
    if (source?.kind === 'publication' && source.name === 'The Times') source = { ...source, name: timesOutlet(text, c.start) };
    if (source) {
      const sp = c.speaker.type === 'named' ? c.speaker : undefined;
      const m = toMention({ type: 'named', kind: source.kind, name: source.name, heads: sp?.heads ?? [], ...(sp?.plural ? { plural: true } : {}) }, c.srcStart, true);
      if (sp?.role) m.role = sp.role;
      if (sp?.gender) m.gender = sp.gender;
      // inherit what an earlier mention of the same name knows ("Ross" after "Commerce Secretary Wilbur Ross")
      for (let k = mentions.length - 1, seen = 0; k >= 0 && seen < INHERIT_REACH && (!m.gender || !m.role); k--, seen++) {
        const x = mentions[k];
        if (x.at >= c.start || x.name !== source.name) continue;
        if (x.gender && !m.gender) m.gender = x.gender;
        if (x.role && !m.role) m.role = x.role;
      }
      addMention(mentions, m);
    }
    cues.push({ ...c, source, quoted: false });
  }
  // "Harbor Freight Tools said … The retailer said": a name that "the retailer" or "the company"
  // stands for is a body, so its other cues are too (a person has no title, role or gender here)
  const bodies = new Set(cues.filter((c) => c.speaker.type === 'org-anaphor' && c.source?.kind === 'organization').map((c) => c.source!.name));
  for (const c of cues) {
    const sp = c.speaker;
    if (c.source?.kind === 'named-person' && bodies.has(c.source.name) && sp.type === 'named' && !sp.role && !sp.gender && !sp.single) c.source = { ...c.source, kind: 'organization' };
  }

  assignSpeakers(text, tokens, blocked, quotes, cues, paraOf, paras, mentions);
  return { tokens, quotes, cues };
}

/** Tokens looked back for the sentence before a "they" cue. */
const PLURAL_SUBJECT_REACH = 80;

/** The subject of the sentence before `offset` when it is a group ("Researchers at Stanford", "The Democrats", "Goldman Sachs economists"). */
function pluralSubjectBefore(tokens: readonly Token[], blocked: readonly boolean[], offset: number): Resolved | null {
  const at = tokenAt(tokens, offset);
  let k = at - 1;
  const floor = Math.max(0, at - PLURAL_SUBJECT_REACH);
  // back over this sentence (quotations included) to the end of the one before
  while (k >= floor && (blocked[k] || !endsSentence(tokens, k))) k--;
  if (k < floor) return null;
  const end = k;
  k--;
  while (k >= floor && !tokens[k + 1].nl && (blocked[k] || !endsSentence(tokens, k))) k--;
  const start = k + 1;
  if (blocked[start]) return null;
  const np = phraseAfter(tokens, start, end);
  if (!np) return null;
  const sp = classify(tokens.slice(np[0], np[1]));
  if (sp?.type !== 'named') return null;
  const plural = (w: string | undefined) => !!w && /[a-z]s$/.test(w) && !/ss$/.test(w);
  // "The Democrats": a capitalized plural with "the" is a group, not a surname
  if (sp.kind === 'named-person') return sp.single && tokens[np[0]].lower === 'the' && plural(sp.name.toLowerCase()) ? { name: sp.name, kind: 'organization' } : null;
  // two named together ("Apple and Google agreed …")
  if (sp.plural) return { name: sp.name, kind: sp.kind };
  // a group: a plural head ("economists") or an organization's people ("Stanford University researchers")
  if (!plural(tokens[np[1] - 1].lower) && !plural(sp.role) && !plural(sp.heads[0])) return null;
  return { name: sp.name, kind: sp.kind };
}

/** Max tokens between a clause subject and the colon before a quotation ("agreed with the plan:"). */
const COLON_PREDICATE = 8;
/** Verbs of stance that may introduce a quotation with a colon besides the cue verbs. */
const STANCE_VERB = /^(?:\w+ed|put|was|were|is|are|had|has|says|adds|agrees|counters|replies|insists|warns|notes|writes|wrote|spoke|took|kept|got|made)$/;

/** "Sen. Todd Young agreed: “…”": the subject phrase of the clause that ends with the colon before `offset`. */
function colonSubject(tokens: readonly Token[], blocked: readonly boolean[], offset: number): { speaker: NonNullable<ReturnType<typeof classify>>; at: number } | null {
  const q = tokenAt(tokens, offset);
  const colon = q - 1;
  if (colon < 1 || tokens[colon].text !== ':') return null;
  let k = colon - 1;
  while (k >= 0 && !blocked[k] && !endsSentence(tokens, k) && !tokens[k + 1].nl && colon - k < 40) k--;
  const start = k + 1;
  if (start >= colon || blocked[start]) return null;
  const np = phraseAfter(tokens, start, colon);
  if (!np || colon - np[1] > COLON_PREDICATE || np[1] >= colon) return null;
  const verb = tokens[np[1]];
  if (!verb.word || verb.cap || !STANCE_VERB.test(verb.lower)) return null;
  const sp = classify(tokens.slice(np[0], np[1]));
  return sp ? { speaker: sp, at: tokens[np[0]].start } : null;
}

/** Is token k the end of a sentence (outside quotations)? */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!END_PUNCT.has(t.text)) return false;
  let n = k + 1;
  while (n < tokens.length && CLOSERS.has(tokens[n].text) && tokens[n].start === tokens[n - 1].end) n++;
  const next = tokens[n];
  if (next && next.start === tokens[n - 1].end) return false; // "D-N.Y.", "U.S.-China"
  return !next || next.cap || next.text === '“' || next.text === '"' || next.text === '‘';
}

function assignSpeakers(
  text: string,
  tokens: readonly Token[],
  blocked: readonly boolean[],
  quotes: QuoteInfo[],
  cues: readonly ResolvedCue[],
  paraOf: (o: number) => number,
  paras: readonly Span[],
  mentions: readonly Mention[] = [],
) {
  // adverbs ("reportedly") attribute a claim, never a quotation
  const usable = cues.filter((c) => c.source && c.srcStart !== c.verbStart && !c.document).sort((x, y) => x.verbStart - y.verbStart);
  /** Index of the first usable cue whose verb starts at or after `offset`. */
  const from = (offset: number) => {
    let lo = 0;
    let hi = usable.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (usable[mid].verbStart < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The last usable cue before `offset` (by verb) that passes `ok`, not before `floor`. */
  const lastBefore = (offset: number, floor: number, ok: (c: ResolvedCue) => boolean) => {
    for (let k = from(offset) - 1; k >= 0 && usable[k].verbStart >= floor; k--) if (ok(usable[k])) return usable[k];
    return undefined;
  };
  const speechy = (c: ResolvedCue) => c.lemma !== 'according to' && c.lemma !== 'cite';
  const regionBefore: number[] = [];
  const regionAfter: number[] = [];
  for (const q of quotes) {
    // before: back to the sentence start, the paragraph start or the previous quotation
    const p = paraOf(q.start);
    let k = tokenAt(tokens, q.start) - 1;
    while (k >= 0 && !blocked[k] && paraOf(tokens[k].start) === p && !endsSentence(tokens, k)) k--;
    const bStart = Math.max(k >= 0 ? tokens[k].end : 0, paras[p]?.start ?? 0);
    regionBefore.push(bStart);
    // after: to the sentence end, the paragraph end or the next quotation
    let aEnd = q.end;
    const endsWithStop = /[.]\s*$/.test(text.slice(q.quote.pieces[q.quote.pieces.length - 1].start, q.end - 1));
    if (!endsWithStop) {
      let n = tokenAt(tokens, q.end);
      while (n < tokens.length && !blocked[n] && paraOf(tokens[n].start) === paraOf(q.end - 1) && !endsSentence(tokens, n)) n++;
      aEnd = n < tokens.length ? tokens[n].start : text.length;
    }
    regionAfter.push(aEnd);
  }

  quotes.forEach((q, i) => {
    const soCalled = /so-called\s*$/i.test(text.slice(Math.max(0, q.start - 12), q.start));
    if (soCalled) return;
    let after: ResolvedCue | undefined;
    for (let k = from(q.end); k < usable.length && usable[k].verbStart < regionAfter[i] && !after; k++) if (usable[k].start >= q.end) after = usable[k];
    const before = lastBefore(q.start, regionBefore[i], (c) => c.end <= q.start && (!q.partial || speechy(c)));
    // a cue later in the sentence that is not right after the quote belongs to another clause
    // ("X said it was “unfair” while Y called it …"): the cue before the quote governs it
    const adjacent = after && /^[\s,;:—–-]*$/.test(text.slice(q.end, after.start));
    if (after && (adjacent || !before)) {
      q.speaker = after.source;
      q.via = 'after';
      return;
    }
    if (before) {
      q.speaker = before.source;
      q.via = 'before';
      return;
    }
    // headline style: "Trump: ‘We will win’"
    const label = HEADLINE_LABEL.exec(text.slice(paras[paraOf(q.start)]?.start ?? 0, q.start));
    if (label) {
      q.speaker = { name: label[1], kind: 'named-person' };
      q.via = 'label';
      return;
    }
    if (/:\s*$/.test(text.slice(Math.max(0, q.start - 6), q.start))) {
      const colon = lastBefore(q.start, q.start - COLON_REACH - 200, (c) => c.end <= q.start && q.start - c.end <= COLON_REACH);
      if (colon) {
        q.speaker = colon.source;
        q.via = 'colon';
      } else {
        // "Sen. Todd Young agreed: “…”", "She countered: “…”": the subject of the clause the colon ends
        const subj = colonSubject(tokens, blocked, q.start);
        const source = subj && resolve(subj.speaker, subj.at, mentions, paras[paraOf(q.start)]?.start ?? 0);
        // a lone capitalized word ("Quantities are intervals:") speaks only when it is a person named in full before
        const lone = subj?.speaker.type === 'named' && subj.speaker.single && source?.name === subj.speaker.name;
        if (source && !lone && !(subj?.speaker.type === 'named' && subj.speaker.kind === 'anonymous')) {
          q.speaker = source;
          q.via = 'colon';
        }
      }
    }
  });

  // siblings in one sentence: “A” and “B,” he said.
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || q.partial) continue;
    const next = quotes[i + 1];
    if (next?.speaker && !next.partial && regionBefore[i + 1] === q.end) {
      q.speaker = next.speaker;
      q.via = 'sibling';
    }
  }
  // a later quotation of the same sentence keeps its speaker: … was “reckless” but that it would “work out.”
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const prev = quotes[i - 1];
    if (q.speaker || !prev.speaker || prev.via === 'label') continue;
    if (/so-called\s*$/i.test(text.slice(Math.max(0, q.start - 12), q.start))) continue;
    const between = text.slice(prev.end, q.start);
    if (paraOf(prev.start) !== paraOf(q.start) || between.length > SAME_SENTENCE_REACH || SENTENCE_BREAK.test(between) || /[.!?]\s*$/.test(text.slice(prev.start, prev.end - 1))) continue;
    q.speaker = prev.speaker;
    q.via = 'sentence';
  }
  // a quotation that opens a sentence with no cue carries the last speaker of this or the previous paragraph
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.speaker || q.partial) continue;
    if (/so-called\s*$/i.test(text.slice(Math.max(0, q.start - 12), q.start))) continue;
    const startsSentence = text.slice(regionBefore[i], q.start).trim() === '';
    if (!startsSentence) continue;
    const p = paraOf(q.start);
    let prev: QuoteInfo | undefined;
    for (let k = i - 1; k >= 0; k--) if (!quotes[k].partial) { prev = quotes[k]; break; }
    const prevOk = prev && prev.speaker && paraOf(prev.start) >= p - 1 ? prev : undefined;
    const floor = paras[Math.max(0, p - 1)]?.start ?? 0;
    const cue = lastBefore(q.start, floor, (c) => c.end <= q.start && CARRY_LEMMAS.has(c.lemma));
    if (cue && (!prevOk || cue.start > prevOk.end)) {
      q.speaker = cue.source;
      q.via = 'carry';
    } else if (prevOk) {
      q.speaker = prevOk.speaker;
      q.via = 'carry';
    } else {
      // "Council member Tim Ortiz was unconvinced.¶“She is not listening.”": a person introduced as
      // the subject of the previous paragraph (or of this one, before the quotation) says it
      const last = prev ? prev.end : 0;
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k];
        if (m.at >= q.start) continue;
        if (m.at < floor || m.at < last) break;
        if (m.kind === 'named-person' && m.subject && !m.weak && !m.candidate) {
          q.speaker = { name: m.name, kind: 'named-person' };
          q.via = 'carry';
          break;
        }
      }
    }
  }
}

export type { AttributionKind };
