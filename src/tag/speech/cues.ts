/**
 * Speech and attribution cues: "X said", "said X", "according to X", "citing X", "X told the
 * Times", "reportedly". Each cue carries its source phrase (unresolved) and the claim span.
 */
import {
  ANONYMOUS_ADVERBS,
  AUX_WORDS,
  CUE_VERBS,
  DATA_NOUNS,
  FINDING_HEADS,
  INSPECTING_ROLES,
  INVERTIBLE,
  NON_NAME_CAPS,
  OBJECT_CUES,
  ORG_ANAPHORS,
  RESTRICTED_CUES,
  ROLE_NOUNS,
  TITLES,
} from '../vocab/speech.js';
import { classify, type Speaker } from './classify.js';
import { phraseAfter, phraseBefore } from './phrase.js';
import { isPossessive, tokenAt, type Token } from './tokens.js';

export interface Cue {
  /** Lemma of the cue: 'say', 'according to', 'cite', 'reportedly', ... */
  lemma: string;
  /** The cue word(s) as written, lower-case ("said", "according to", "citing"). */
  cue: string;
  /** Offsets of the cue verb. */
  verbStart: number;
  verbEnd: number;
  /** Offsets of the source phrase (equal to the verb for "reportedly"). */
  srcStart: number;
  srcEnd: number;
  /** Claim span: source phrase and cue together ("X told", without the listener). */
  start: number;
  end: number;
  speaker: Speaker;
  /** Source phrase comes after the verb ("said Ross", "according to X"). */
  inverted: boolean;
  /** The source is a document with no named author ("according to a court filing"): not a quote speaker. */
  document?: boolean;
}

/** Words that may follow the source of an inverted cue ("said Ana Ruiz as crews battled"). */
const AFTER_INVERTED_SOURCE = /^(?:in|on|at|during|who|whose|which|after|before|when|while|as|last|this|adding|earlier|later|of|to|from|by|with|about|outside|inside|near|shortly|recently|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|told|because|but|and)$/;
/** Words before a document noun that point back to one named before ("the complaint", "its website"). */
const DETERMINERS_OR_POSSESSIVES = new Set(['the', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
/** Participles between a document and its author ("data released by Pfizer"). */
const DOCUMENT_VERBS = new Set(['released', 'published', 'compiled', 'provided', 'obtained', 'seen', 'filed', 'issued', 'posted', 'prepared', 'commissioned', 'reviewed', 'viewed', 'shared', 'sent', 'submitted', 'conducted', 'carried']);
/** Objects that make "said" mean "said nothing" ("has said little about"). */
const EMPTY_OBJECTS = new Set(['little', 'nothing']);
/** Passive or adjectival uses ("was told", "the reported deal") are not cues. */
const NOT_CUE_BEFORE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'the', 'a', 'an', 'to', 'widely', 'previously', 'not', 'as', 'so', 'his', 'her', 'its', 'their', 'this', 'that']);
/** Punctuation after which a cue verb takes its subject after it ("“…,” said Ross"). */
const INVERSION_AFTER = new Set([',', '”', '"', '’', "'", '—', '–']);
/** Speech verbs after ", which" that make the organization before it a source ("the FAA, which said"). */
const WHICH_CUES = new Set(['say', 'tell', 'report', 'add', 'announce', 'confirm', 'state', 'note', 'warn', 'write']);
/** Relative pronouns that open an appositive clause between subject and verb. */
const RELATIVES = new Set(['who', 'which', 'whose', 'where', 'that']);
/** Nouns after "according to a/the" that name a document; its author follows "by/from/in/of". */
const DOCUMENTS = new Set(['report', 'reports', 'statement', 'filing', 'document', 'documents', 'data', 'figures', 'survey', 'study', 'memo', 'letter', 'email', 'transcript', 'analysis', 'estimates', 'estimate', 'article', 'story', 'release', 'records', 'tally', 'count', 'poll', 'note', 'post', 'interview', 'research', 'readout', 'website', 'tweet', 'assessment', 'indictment', 'complaint', 'lawsuit', 'ruling', 'forecast', 'documentation', 'filings', 'papers', 'emails', 'messages', 'minutes', 'testimony', 'affidavit', 'warrant', 'audit', 'inventory', 'projections', 'results', 'polling', 'polls', 'surveys', 'studies', 'memos', 'letters', 'statements', 'disclosures', 'disclosure', 'notice', 'order', 'decision', 'judgment', 'charging']);
/** Time words that can sit between a subject and its verb ("Ross on Tuesday said"). */
const TIME_CAPS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Verb forms that are also plural nouns ("media reports"). */
const NOUN_LOOKALIKES = new Set(['reports', 'report', 'claims', 'notes', 'states', 'estimates', 'quotes', 'posts', 'comments', 'remarks', 'replies', 'tweets', 'statements']);
/** Punctuation allowed inside an appositive ("D-N.Y.", "(R)"). */
const APPOSITIVE_PUNCT = new Set(['-', '’', "'", '&', '.', '(', ')']);
/** How many words into a phrase its role noun may sit ("the company's chief executive"). */
const ROLE_HEAD_REACH = 5;
/** Comma-separated appositive chunks to look through before the verb. */
const MAX_CHUNKS = 3;
/** Max tokens between two commas for an appositive ("Sanjay Mehrotra, chief executive of Micron, said"). */
const MAX_APPOSITIVE = 16;

/** Words before a number after "added" that make it "increased by" ("Employers added 272,000 jobs"), not speech. */
const QUANTITY_START = /^(?:another|nearly|almost|about|around|roughly|some|over|more|fewer|less|than|just|an|a|only|up|to|at|least|estimated)$/;
/** Max tokens of a capitalized data owner before a data noun ("Office for National Statistics figures"). */
const MAX_DATA_OWNER = 6;

const isAdverb = (t: Token) => !t.cap && t.word && /ly$/.test(t.lower) && t.lower.length > 4 && t.lower !== 'only';

/** Find every cue of the article; `blocked[i]` is true for tokens inside a (speech) quotation. */
export function findCues(tokens: readonly Token[], blocked: readonly boolean[]): Cue[] {
  const out: Cue[] = [];
  // nearest blocked token on each side, so phrase scans stop in O(1)
  const n = tokens.length;
  const next = new Int32Array(n + 1).fill(n);
  const prev = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k--) next[k] = blocked[k] ? k : next[k + 1];
  for (let k = 1; k <= n; k++) prev[k] = blocked[k - 1] ? k : prev[k - 1];
  edges.set(blocked, { next, prev });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || blocked[i]) continue;
    const cue = cueAt(tokens, blocked, i);
    if (cue) out.push(withOwner(tokens, blocked, cue));
  }
  return out;
}

/** "Labour's Rachel Reeves said", "Microsoft's Brad Smith said": the owner before a full name opens the claim span (not the source). */
function withOwner(tokens: readonly Token[], blocked: readonly boolean[], cue: Cue): Cue {
  const sp = cue.speaker;
  if (cue.inverted || cue.start !== cue.srcStart || sp.type !== 'named' || sp.kind !== 'named-person' || sp.single) return cue;
  const k = tokenAt(tokens, cue.srcStart);
  const owner = tokens[k - 1];
  if (!owner || blocked[k - 1] || tokens[k].nl || !owner.cap || !isPossessive(owner)) return cue;
  return { ...cue, start: owner.start };
}

/** Per blocked-map: nearest blocked token after / start of the free run before each index. */
const edges = new WeakMap<readonly boolean[], { next: Int32Array; prev: Int32Array }>();

/** First blocked token at or after `start` (or n). */
function ceilFrom(blocked: readonly boolean[], start: number, n: number): number {
  const e = edges.get(blocked);
  return e ? Math.min(e.next[Math.min(start, n)], n) : n;
}

/** Start of the unblocked run that ends at `end`. */
function floorFrom(blocked: readonly boolean[], end: number): number {
  return edges.get(blocked)?.prev[end] ?? 0;
}

function make(tokens: readonly Token[], lemma: string, verb: [number, number], src: [number, number], inverted: boolean, speaker: Speaker, extraEnd?: number): Cue {
  const cue = tokens.slice(verb[0], verb[1]).map((t) => t.lower).join(' ');
  const first = Math.min(verb[0], src[0]);
  const last = Math.max(verb[1], src[1], extraEnd ?? 0) - 1;
  return {
    lemma,
    cue,
    verbStart: tokens[verb[0]].start,
    verbEnd: tokens[verb[1] - 1].end,
    srcStart: tokens[src[0]].start,
    srcEnd: tokens[src[1] - 1].end,
    start: tokens[first].start,
    end: tokens[last].end,
    speaker,
    inverted,
  };
}

function cueAt(tokens: readonly Token[], blocked: readonly boolean[], i: number): Cue | null {
  const t = tokens[i];
  const n = tokens.length;
  // "according to X", "according to a report by X"
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    let s = i + 2;
    // "according to an internal memo seen by …": a determiner and up to two adjectives before the document
    if (['a', 'an', 'the'].includes(tokens[s]?.lower ?? '')) {
      for (let k = s + 1; k <= s + 3 && tokens[k] && tokens[k].word && !tokens[k].cap; k++) {
        if (DOCUMENTS.has(tokens[k].lower)) {
          s = k;
          break;
        }
      }
    }
    // "according to internal documentation", "according to court records": adjectives without a determiner
    if (!DOCUMENTS.has(tokens[s]?.lower ?? '')) {
      for (let k = s; k <= s + 2 && tokens[k] && tokens[k].word && !tokens[k].cap && !blocked[k]; k++) {
        if (DOCUMENTS.has(tokens[k].lower)) {
          s = k;
          break;
        }
      }
    }
    let inPrint = false;
    if (DOCUMENTS.has(tokens[s]?.lower ?? '')) {
      // "according to (a report | data released) by X": the author follows the document
      let k = s + 1;
      const verb = DOCUMENT_VERBS.has(tokens[k]?.lower ?? '') ? tokens[k].lower : '';
      if (verb) k++;
      const link = tokens[k]?.lower ?? '';
      const author = ['by', 'from', 'in', 'of'].includes(link) ? phraseAfter(tokens, k + 1, ceilFrom(blocked, k + 1, n)) : null;
      const asp = author && classify(tokens.slice(author[0], author[1]));
      if (!author || !asp) {
        // "according to a court filing", "according to internal documentation": the document itself
        // is the (unnamed) source; a bare back-reference ("the complaint", "its website") is not
        let d = i + 2;
        const definite = !['a', 'an'].includes(tokens[d].lower) && !(d === s && !DETERMINERS_OR_POSSESSIVES.has(tokens[d].lower));
        if (['a', 'an', 'the'].includes(tokens[d].lower) || DETERMINERS_OR_POSSESSIVES.has(tokens[d].lower)) d++;
        if (blocked[s] || (definite && d === s)) return null;
        const docSp: Speaker = { type: 'named', kind: 'anonymous', name: tokens.slice(d, s + 1).map((t) => t.text).join(' '), heads: [tokens[s].lower] };
        return { ...make(tokens, 'according to', [i, i + 2], [d, s + 1], true, docSp), document: true };
      }
      // "a study published in The Lancet": what publishes is a publication
      inPrint = link === 'in' && (verb === 'published' || verb === '');
      s = k + 1;
    }
    const np = phraseAfter(tokens, s, ceilFrom(blocked, s, n));
    let sp = np && classify(tokens.slice(np[0], np[1]));
    if (!np || !sp) return null;
    if (inPrint && sp.type === 'named' && sp.kind !== 'anonymous') sp = { ...sp, kind: 'publication', heads: ['outlet'] };
    // "according to CME Group data": the document noun after the source stays in the span
    const tail = tokens[np[1]] && DOCUMENTS.has(tokens[np[1]].lower) && !blocked[np[1]] ? np[1] + 1 : undefined;
    return make(tokens, 'according to', [i, i + 2], np, true, sp, tail);
  }
  // "reportedly"
  const adverbSource = ANONYMOUS_ADVERBS.get(t.lower);
  if (adverbSource) {
    const sp: Speaker = { type: 'named', kind: 'anonymous', name: adverbSource, heads: [] };
    return make(tokens, t.lower, [i, i + 1], [i, i + 1], false, sp);
  }
  const lemma = t.cap ? undefined : CUE_VERBS.get(t.lower);
  if (!lemma) return null;
  // "Employers added 272,000 jobs": growth, not speech
  if (lemma === 'add' && addsQuantity(tokens, i)) return null;
  // "the office added two staff members", "whether the state declares a disaster": a noun-phrase
  // object, not reported speech ("added that …", "declared: …", "added the plan would fail")
  if (OBJECT_TAKING.has(lemma) && !INVERSION_AFTER.has(tokens[i - 1]?.text ?? '') && takesNounObject(tokens, i)) return null;
  // "NHS figures show", "figures from the ONS showed": data cues need a data noun as subject
  if (lemma === 'show') return dataCue(tokens, blocked, i);
  const prev = tokens[i - 1];
  // passive with its agent: "was first reported by Axios"
  let be = i - 1;
  while (be > 0 && (isAdverb(tokens[be]) || ['first', 'also', 'later', 'previously', 'earlier', 'initially', 'since'].includes(tokens[be].lower))) be--;
  const passive = be >= 0 && ['was', 'were', 'been', 'is', 'are', 'being'].includes(tokens[be]?.lower ?? '');
  if (passive && tokens[i + 1]?.lower === 'by' && /ed$/.test(t.lower)) {
    const np = phraseAfter(tokens, i + 2, ceilFrom(blocked, i + 2, n));
    const sp = np && classify(tokens.slice(np[0], np[1]));
    if (np && sp?.type === 'named') return make(tokens, lemma, [i, i + 1], np, true, sp);
  }
  if (prev && NOT_CUE_BEFORE.has(prev.lower)) return null;
  // object cues: "citing unnamed sources", "which cited people familiar with the matter"
  if (OBJECT_CUES.has(lemma)) {
    const np = phraseAfter(tokens, i + 1, ceilFrom(blocked, i + 1, n));
    const sp = np && classify(tokens.slice(np[0], np[1]));
    if (!sp || sp.type !== 'named') return null;
    return make(tokens, lemma, [i, i + 1], np!, true, sp);
  }
  const participle = /ing$/.test(t.lower);
  if (EMPTY_OBJECTS.has(tokens[i + 1]?.lower ?? '')) return null;
  // inverted: "“…,” said the group"
  if (!participle && INVERTIBLE.has(lemma) && prev && INVERSION_AFTER.has(prev.text)) {
    const np = phraseAfter(tokens, i + 1, ceilFrom(blocked, i + 1, n));
    const sp = np && classify(tokens.slice(np[0], np[1]));
    if (np && tokens[np[1]]?.text === ',' && !(sp?.type === 'named' && sp.kind === 'named-person' && !sp.single)) {
      // "said the player's agent, Scott Boras": the name after the comma
      const named = nameAfterComma(tokens, i + 1, ceilFrom(blocked, i + 1, n));
      if (named) return make(tokens, lemma, [i, i + 1], named[0], true, named[1]);
    }
    if (np && sp && (sp.type !== 'pronoun' || sp.pronoun !== 'org')) {
      const after = tokens[np[1]];
      if (!after || !after.word || AFTER_INVERTED_SOURCE.test(after.lower))
        return make(tokens, lemma, [i, i + 1], np, true, sp);
    }
    // "said the player's agent, Scott Boras": a name after the first comma
    const named = nameAfterComma(tokens, i + 1, ceilFrom(blocked, i + 1, n));
    if (named) return make(tokens, lemma, [i, i + 1], named[0], true, named[1]);
  }
  // ", writing that …", ", adding: …": the participle shares the sentence subject
  if (participle && prev?.text === ',') {
    const co = coordinatedSubject(tokens, blocked, i - 1);
    if (!co) return null;
    return { ...make(tokens, lemma, [i, i + 1], co[0], false, co[1]), start: t.start, end: t.end };
  }
  // subject before the verb, skipping auxiliaries and adverbs ("has also said", "originally said")
  let j = i;
  while (j > 0 && !blocked[j - 1] && (AUX_WORDS.has(tokens[j - 1].lower) || isAdverb(tokens[j - 1]))) j--;
  // "Ross on Tuesday said"
  if (j > 1 && TIME_CAPS.test(tokens[j - 1].lower) && ['on', 'in'].includes(tokens[j - 2].lower)) j -= 2;
  // "Rep. Alexandria Ocasio-Cortez (D-N.Y.) said": skip a parenthesis before the verb
  if (j > 0 && tokens[j - 1].text === ')') {
    let k = j - 2;
    while (k >= 0 && j - k < 10 && tokens[k].text !== '(' && !blocked[k]) k--;
    if (k >= 0 && tokens[k].text === '(') j = k;
  }
  if (j === 0 || blocked[j - 1]) return null;
  let subject: [number, number] | null = null;
  let sp: Speaker | null = null;
  if (tokens[j - 1].lower === 'which' && tokens[j - 2]?.text === ',' && !blocked[j - 2]) {
    // "…, the FAA, which said …": the relative pronoun stands for the organization before the comma
    const ante = phraseBefore(tokens, j - 2, floorFrom(blocked, j - 2));
    const asp = ante && classify(tokens.slice(ante[0], ante[1]));
    if (!ante || !asp || participle || !WHICH_CUES.has(lemma)) return null;
    if (!((asp.type === 'named' && asp.kind !== 'named-person' && asp.kind !== 'anonymous' && !asp.heads.includes('place')) || asp.type === 'org-anaphor')) return null;
    return { ...make(tokens, lemma, [i, i + 1], ante, false, asp), start: tokens[j - 1].start };
  }
  if (tokens[j - 1].lower === 'who' && tokens[j - 2]?.text === ',' && !blocked[j - 2]) {
    // "Tim Cook, who called the market …": the relative pronoun stands for the phrase before the comma
    const ante = phraseBefore(tokens, j - 2, floorFrom(blocked, j - 2));
    const asp = ante && classify(tokens.slice(ante[0], ante[1]));
    if (!ante || !asp) return null;
    // "Mark Diaz, a lawyer for the family, who called …": the role is an appositive of the name before it
    if (!(asp.type === 'named' && asp.kind === 'named-person') && ante[0] > 1 && tokens[ante[0] - 1].text === ',' && !blocked[ante[0] - 1]) {
      const name = phraseBefore(tokens, ante[0] - 1, floorFrom(blocked, ante[0] - 1));
      const nsp = name && classify(tokens.slice(name[0], name[1]));
      if (name && nsp?.type === 'named' && nsp.kind === 'named-person' && !nsp.single) return make(tokens, lemma, [i, i + 1], name, false, nsp);
    }
    return make(tokens, lemma, [i, i + 1], ante, false, asp);
  }
  if ((tokens[j - 1].lower === 'and' || tokens[j - 1].lower === 'but') && !participle) {
    // coordinated verbs: "A spokeswoman … declined to comment but said …" — the clause subject
    const co = coordinatedSubject(tokens, blocked, j - 1);
    if (!co) return null;
    return { ...make(tokens, lemma, [i, i + 1], co[0], false, co[1]), start: t.start, end: t.end };
  } else if (tokens[j - 1].text === ',' && !participle) {
    [subject, sp] = appositive(tokens, blocked, j - 1);
  } else if (tokens[j - 1].word) {
    subject = phraseBefore(tokens, j, floorFrom(blocked, j));
    sp = subject && classify(tokens.slice(subject[0], subject[1]));
    // participles take only a bare name or pronoun right before them ("despite Trump saying")
    if (participle && sp?.type === 'named' && sp.kind === 'anonymous') sp = null;
  }
  if (!subject || !sp) return null;
  if (RESTRICTED_CUES.has(lemma) && !restrictedOk(lemma, sp)) return null;
  // "media reports", "the claims": plural-noun look-alikes need a named, non-anonymous subject
  if (NOUN_LOOKALIKES.has(t.lower) && (sp.type !== 'named' || sp.kind === 'anonymous')) return null;
  // "Schiff’s report": a possessive before a noun look-alike is a noun phrase, not "Moody’s said"
  if (NOUN_LOOKALIKES.has(t.lower) && isPossessive(tokens[subject[1] - 1])) return null;
  // what the subject starts with must not be a bare sentence opener
  if (NON_NAME_CAPS.has(tokens[subject[0]].lower) && !['the', 'a', 'an', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'one', 'two', 'three', 'some', 'many', 'several', 'other', 'another', 'four'].includes(tokens[subject[0]].lower)) return null;
  if (lemma === 'tell') {
    // "told employees to work from home" is an order, not an attribution
    for (let k = i + 1; k < Math.min(n, i + 6); k++) {
      const w = tokens[k];
      if (!w.word || w.lower === 'that') break;
      if (w.lower === 'to' && tokens[k + 1] && !tokens[k + 1].cap) return null;
    }
    // "told the Times", "told Reuters": the listener is not part of the claim span ("X told")
  }
  return make(tokens, lemma, [i, i + 1], subject, false, sp);
}

/** Cue verbs that are also ordinary transitive verbs ("added staff", "declared an emergency"). */
const OBJECT_TAKING = new Set(['add', 'declare']);
/** Words that open a noun-phrase object. */
const OBJECT_START = /^(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|more|new|its|his|her|their|our|another|extra|further)$/;
/** Finite verbs and auxiliaries: after an object-like phrase they make it the subject of a reported clause. */
const FINITE = /^(?:is|was|are|were|will|would|could|should|can|may|might|must|had|has|have|did|does|do|needs|needed|remains|remained|seems|seemed)$/;

/**
 * Does the verb at `i` take a noun-phrase object ("added two temporary staff members", "declares a
 * disaster")? Not when the words after it open a clause with its own verb ("added the plan would fail").
 */
function takesNounObject(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i + 1];
  if (!first || !first.word || !OBJECT_START.test(first.lower)) return false;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    const w = tokens[k];
    if (!w.word) return true;
    if (w.lower === 'that' || FINITE.test(w.lower) || CUE_VERBS.has(w.lower)) return false;
    // "added the crews worked overnight": a past tense after the subject noun
    if (k > i + 2 && /ed$/.test(w.lower) && !OBJECT_START.test(tokens[k - 1].lower)) return false;
  }
  return true;
}

/** Is the word after "added" (or the one after it) the start of a quantity? */
function addsQuantity(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (/^[\d$£€¥]/.test(tokens[k].text)) return true;
    if (!QUANTITY_START.test(tokens[k].lower)) return false;
  }
  return false;
}

/** "understands" needs an outlet or organization; "found" an inspecting body, a study or an outlet. */
function restrictedOk(lemma: string, sp: Speaker): boolean {
  if (sp.type !== 'named' || sp.kind === 'anonymous' || sp.kind === 'named-person') return false;
  if (lemma === 'understand') return true;
  if (lemma === 'find') return sp.kind === 'publication' || (sp.role !== undefined && INSPECTING_ROLES.has(sp.role)) || sp.heads.some((h) => FINDING_HEADS.has(h));
  return false;
}

/** Data cues: "<Org> figures show", "figures (published) by/from <Org> showed". */
function dataCue(tokens: readonly Token[], blocked: readonly boolean[], i: number): Cue | null {
  let j = i;
  while (j > 0 && !blocked[j - 1] && AUX_WORDS.has(tokens[j - 1].lower)) j--;
  // "… on Wednesday show"
  if (j > 1 && TIME_CAPS.test(tokens[j - 1].lower) && ['on', 'in'].includes(tokens[j - 2].lower)) j -= 2;
  const floor = floorFrom(blocked, j);
  // "figures from the Office for National Statistics show"
  for (let k = j - 1; k > floor && j - k <= MAX_NP_OWNER_REACH; k--) {
    const w = tokens[k];
    if (!w.word) break;
    if (!['from', 'by', 'of'].includes(w.lower)) continue;
    let d = k - 1;
    if (d > floor && DOCUMENT_VERBS.has(tokens[d].lower)) d--;
    if (d < floor || !DATA_NOUNS.has(tokens[d].lower)) continue;
    const body = describedBody(tokens.slice(k + 1, j));
    const np: [number, number] | null = body ? [k + 1, j] : phraseAfter(tokens, k + 1, j);
    if (!np || np[1] !== j) continue;
    const sp = body ?? classify(tokens.slice(np[0], np[1]));
    if (sp?.type === 'org-anaphor') {
      // "data from the statistics office", "figures released by the agency": a body described or named before
    } else if (sp?.type !== 'named' || sp.kind === 'anonymous' || sp.kind === 'named-person') return null;
    let st = d;
    // "the latest figures from", "preliminary results from": the data's adjectives open the span
    for (let n = 0; n < 2 && st > floor && DATA_ADJECTIVES.has(tokens[st - 1].lower); n++) st--;
    if (st > floor && ['the', 'a', 'an'].includes(tokens[st - 1].lower)) st--;
    if (st > floor && tokens[st - 1].lower === 'the') st--;
    return { ...make(tokens, 'show', [i, i + 1], np, false, sp), start: tokens[st].start };
  }
  // "NHS figures show", "the latest Office for National Statistics data showed"
  const noun = j - 1;
  if (noun <= floor || !DATA_NOUNS.has(tokens[noun].lower) || tokens[noun].cap) return null;
  let s = noun;
  while (s > floor && noun - s < MAX_DATA_OWNER && (tokens[s - 1].cap || (['of', 'for', '&'].includes(tokens[s - 1].lower) && tokens[s - 2]?.cap))) s--;
  // "Latest Home Office figures": a capitalized opener adjective is not part of the owner
  while (s < noun && DATA_ADJECTIVES.has(tokens[s].lower)) s++;
  if (s === noun) return null;
  const owner = tokens.slice(s, noun);
  const initial = s === 0 || tokens[s].nl || ['.', '!', '?', '“', '"'].includes(tokens[s - 1].text);
  // a lone capitalized word opening the sentence is an adjective ("Official figures"), unless an acronym
  if (owner.length === 1 && initial && !/^\p{Lu}{2,}$/u.test(owner[0].text)) return null;
  const sp = classify(owner.map((t) => (isPossessive(t) ? { ...t, text: t.text.replace(/['’]s$/, ''), lower: t.lower.replace(/'s$/, '') } : t)));
  if (sp?.type !== 'named' || sp.kind === 'anonymous') return null;
  const named: Speaker = sp.kind === 'named-person' ? { ...sp, kind: 'organization' } : sp;
  const st = s > floor && tokens[s - 1].lower === 'the' ? s - 1 : s;
  return { ...make(tokens, 'show', [i, i + 1], [s, noun], false, named), start: tokens[st].start };
}

/**
 * "the statistics office", "the customs agency": a lower-case description of a body with words
 * before its head. It stands for a body named before when that body's name has one of those words
 * (see resolve in mentions.ts), else for the body as described.
 */
function describedBody(ts: readonly Token[]): Speaker | null {
  if (ts.length < 3 || ts[0].lower !== 'the' || !ts.slice(1).every((t) => t.word && !t.cap && /^[a-z-]+$/.test(t.lower))) return null;
  const head = ts[ts.length - 1].lower;
  if (!ORG_ANAPHORS.has(head) || ts.length > 4) return null;
  return { type: 'org-anaphor', noun: head, text: ts.slice(1).map((t) => t.text).join(' ') };
}

/** Adjectives before a data owner ("Latest NHS figures"); left out of the source and the span. */
const DATA_ADJECTIVES = new Set(['latest', 'new', 'official', 'provisional', 'preliminary', 'initial', 'early', 'recent', 'annual', 'quarterly', 'monthly', 'weekly', 'fresh', 'final', 'revised', 'separate']);

/** How far back (tokens) from a data cue its "from <Org>" may start. */
const MAX_NP_OWNER_REACH = 12;

/** What may follow a clause subject: a past tense, an auxiliary, an adverb or a time phrase. */
const VERBISH = /^(?:\w+ed|has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do|on|in|last|this|also|later|then|\w+ly|said|says|told|wrote|made|took|gave|went|came|saw|met|left|led|sent|spoke|struck|won|lost|signed|set|cut|put|hit|shut|read|held|kept|sold|bought|paid|began|broke|chose|drew|drove|fell|flew|forgot|got|grew|knew|ran|rose|sought|stood|swore|thought|threw|withdrew)$/;
/** Tokens that end the clause a coordinated verb looks back through (a dateline dash too). */
const CLAUSE_EDGES = new Set(['.', '!', '?', ';', '“', '”', '"', '—', '–']);
/** Max tokens back to the start of a clause for a coordinated verb. */
const MAX_CLAUSE = 40;

/** Max tokens from an inverted verb to the comma before a name. */
const MAX_BEFORE_NAME = 8;

/** "said the player's agent, Scott Boras" → the name after the comma, with the span from `start`. */
function nameAfterComma(tokens: readonly Token[], start: number, ceil: number): [[number, number], Speaker] | null {
  let k = start;
  while (k < ceil && k - start < MAX_BEFORE_NAME && tokens[k].text !== ',' && (tokens[k].word || tokens[k].text === '’' || tokens[k].text === "'")) k++;
  if (tokens[k]?.text !== ',' || k === start) return null;
  const np = phraseAfter(tokens, k + 1, ceil);
  if (!np) return null;
  const sp = classify(tokens.slice(np[0], np[1]));
  const after = tokens[np[1]];
  if (sp?.type !== 'named' || sp.kind !== 'named-person' || sp.single || (after && after.word)) return null;
  return [[start, np[1]], sp];
}

/** The subject at the start of the sentence (or after its first comma) that `and said` shares. */
function coordinatedSubject(tokens: readonly Token[], blocked: readonly boolean[], conj: number): [[number, number], Speaker] | null {
  let k = conj - 1;
  while (k >= 0 && conj - k < MAX_CLAUSE && !blocked[k] && !CLAUSE_EDGES.has(tokens[k].text) && !tokens[k + 1].nl) k--;
  if (k >= 0 && conj - k >= MAX_CLAUSE) return null;
  const starts = [k + 1];
  for (let x = k + 1; x < conj; x++) {
    if (tokens[x].text === ',') {
      starts.push(x + 1);
      break;
    }
  }
  for (const st of starts) {
    const np = phraseAfter(tokens, st, conj);
    if (!np) continue;
    const next = tokens[np[1]];
    // the subject must be followed by its verb ("declined", "has", "on Monday urged"), not by more noun ("Tech companies")
    if (!next || !next.word || next.cap || !VERBISH.test(next.lower)) continue;
    const sp = classify(tokens.slice(np[0], np[1]));
    if (sp && (sp.type !== 'named' || sp.kind !== 'anonymous' || /^(?:officials|people|sources)/.test(sp.name))) return [np, sp];
  }
  return null;
}

/** A full stop that ends a sentence: a space, then a capital ("fleet. The carrier's"), unlike "D-N.Y." or "U.S.". */
function sentenceStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return ['.', '!', '?'].includes(t.text) && next !== undefined && next.start > t.end && next.cap;
}

/** Subject before ", <appositive>," — prefer a person's name on either side of the commas. */
function appositive(tokens: readonly Token[], blocked: readonly boolean[], comma: number): [[number, number] | null, Speaker | null] {
  // walk back over up to MAX_CHUNKS comma-separated chunks ("Alice Jones, 45, a teacher in Dayton, said")
  const chunks: [number, number][] = [];
  let end = comma;
  let k = comma - 1;
  for (let c = 0; c < MAX_CHUNKS; c++) {
    while (k >= 0 && end - k <= MAX_APPOSITIVE && !blocked[k] && tokens[k].text !== ',' && !tokens[k + 1]?.nl && (tokens[k].word || (APPOSITIVE_PUNCT.has(tokens[k].text) && !sentenceStop(tokens, k)))) k--;
    if (k < 0 || tokens[k].text !== ',' || blocked[k] || k + 1 >= end) break;
    chunks.push([k + 1, end]);
    if (RELATIVES.has(tokens[k + 1].lower) || /ing$/.test(tokens[k + 1].lower)) break;
    end = k;
    k--;
  }
  if (!chunks.length) return [null, null];
  const first = chunks[chunks.length - 1];
  let before = phraseBefore(tokens, first[0] - 1, floorFrom(blocked, first[0] - 1));
  // "Emma Hart, 41, who …, said": skip an age between the name and the clause
  const age = first[0] - 2;
  if (!before && age > 1 && /^\d{1,3}$/.test(tokens[age].text) && tokens[age - 1].text === ',' && !blocked[age - 1]) before = phraseBefore(tokens, age - 1, floorFrom(blocked, age - 1));
  const beforeSp = before && classify(tokens.slice(before[0], before[1]));
  const opener = tokens[chunks[0][0]].lower;
  if (RELATIVES.has(opener) || /ing$/.test(opener)) return beforeSp ? [before, beforeSp] : [null, null];
  // a person named in a chunk: "A Google spokesman, Jose Castaneda, said", "the chief executive of Micron, Sanjay Mehrotra, said"
  for (let ci = 0; ci < chunks.length; ci++) {
    const ch = chunks[ci];
    const sp = classify(tokens.slice(ch[0], ch[1]));
    if (sp?.type !== 'named' || sp.kind !== 'named-person' || sp.single) continue;
    // the role before the name opens the source phrase, with its possessor ("Trump's spokesman, Hogan Gidley")
    const prevPart = ci + 1 < chunks.length ? chunks[ci + 1] : before;
    const role = prevPart && roleIn(tokens, prevPart);
    if (prevPart && role) {
      let st = prevPart[0];
      // "A lawyer for the defendant, Marcus Lee, said": the name is in apposition to the person
      // noun right before it, so the speaker is that person's lawyer, not the person
      const [obj, det, link] = [tokens[prevPart[1] - 1], tokens[prevPart[1] - 2], tokens[prevPart[1] - 3]];
      if (prevPart[1] - 3 > prevPart[0] && !obj.cap && (TITLES.has(obj.lower) || PERSON_OBJECTS.has(obj.lower)) && det.lower === 'the' && (link.lower === 'for' || link.lower === 'of')) {
        const roleWords = tokens.slice(prevPart[0], prevPart[1] - 3).filter((t) => !['a', 'an', 'the', 'one'].includes(t.lower)).map((t) => t.text);
        if (roleWords.length) return [[st, ch[1]], { type: 'named', kind: 'anonymous', name: `${roleWords.join(' ')} for ${sp.name}`, heads: [] }];
      }
      const pos = tokens[st - 1];
      if (pos && pos.cap && /'s$/.test(pos.lower) && !blocked[st - 1]) st--;
      // "Its president, Maria Lopez, said": the possessive pronoun opens the phrase
      else if (pos && ['its', 'his', 'her', 'their', 'our'].includes(pos.lower) && !blocked[st - 1]) st--;
      return [[st, ch[1]], { ...sp, role: sp.role ?? role }];
    }
    return [ch, sp];
  }
  if (beforeSp && beforeSp.type !== 'pronoun') {
    if (beforeSp.type !== 'named' || beforeSp.kind !== 'anonymous' || chunks.length > 1) return [before, beforeSp];
  }
  return [null, null];
}

/** Person nouns that a name in apposition may belong to ("a lawyer for the defendant, Marcus Lee,"). */
const PERSON_OBJECTS = new Set(['defendant', 'plaintiff', 'victim', 'suspect', 'accused', 'claimant', 'petitioner', 'deceased', 'player', 'singer', 'actor', 'actress', 'star', 'man', 'woman', 'boy', 'girl', 'patient', 'driver', 'pilot']);

/** The role or title word heading a phrase ("the chief executive of Micron" → executive), if any. */
function roleIn(tokens: readonly Token[], [s, e]: [number, number]): string | undefined {
  // the head noun last, after a long capitalized owner ("The National Transportation Safety Board chair")
  const head = tokens[e - 1];
  if (head && !head.cap && e - s > ROLE_HEAD_REACH && tokens.slice(s, e - 1).every((t) => t.cap || t.lower === 'the' || t.lower === 'of' || t.lower === '&' || t.lower === 'and') && (ROLE_NOUNS.has(head.lower) || TITLES.has(head.lower))) return head.lower;
  for (let k = s; k < Math.min(e, s + ROLE_HEAD_REACH); k++) {
    const l = tokens[k].lower;
    if (['of', 'at', 'for', 'from', 'with', 'in'].includes(l)) break;
    if (ROLE_NOUNS.has(l) || (TITLES.has(l) && !['former', 'acting', 'senior', 'deputy', 'chief', 'vice', 'under', 'assistant'].includes(l))) return l;
  }
  return undefined;
}
