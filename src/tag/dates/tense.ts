/**
 * Which way an underspecified date points ("Thursday", "in November", "Dec. 15"): news speaks of
 * the past, so the default is the past; a future cue near the expression ("will meet on Thursday",
 * "is scheduled for Jan. 20") turns it forward. We read the words before the expression in its
 * clause (comma-separated relative clauses skipped), nearest first, and the first cue found decides;
 * a regular "-ed" form is a weak cue (it may be a participle: "data released Monday is expected ...").
 */

export type Direction = 'past' | 'future' | null;

/** How many words before the expression may hold its governing verb. */
const WINDOW_WORDS = 16;

/** A clause boundary stops the scan: the verb of another clause says nothing about this date. */
const CLAUSE_BREAK = /[;:!?—–()"“”]|\s-\s/;

/** Words that point forward. Modal verbs count: "a decision could come on Friday" is ahead. */
const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'wo', "won't", 'gonna', 'would', 'could', 'might', 'should', 'must',
  'expect', 'expects', 'expected', 'schedule', 'scheduled', 'slated', 'upcoming', 'ahead', 'deadline', 'await',
  'awaits',
  // present simple of schedule verbs: "the fiscal year ends in June", "the summit opens Monday"
  'ends', 'begins', 'starts', 'expires', 'opens', 'closes', 'runs', 'resumes', 'meets', 'convenes', 'kicks',
  'launches', 'debuts', 'arrives', 'lands', 'takes', 'goes',
]);

/** Words that point forward only before an infinitive: "set to hit", "vowed to leave", "due to rise"
 * (but "due to the storm", "growth forecast to 3.2%", "rose to a record" do not). */
const FUTURE_BEFORE_INFINITIVE: ReadonlySet<string> = new Set([
  'set', 'due', 'forecast', 'forecasts', 'projected', 'poised', 'likely', 'going', 'about', 'plan', 'plans',
  'planned', 'planning', 'aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'ready', 'prepared', 'preparing',
  'prepares', 'vowed', 'pledged', 'promised', 'threatened', 'agreed', 'decided', 'voted', 'sought', 'seeks',
  'seek', 'wants', 'wanted', 'trying', 'tried', 'moved', 'asked', 'urged', 'ordered', 'called', 'intended',
]);

/** Prepositions of an extent's end ("until April 30", "starting Sept. 16"): forward only when no verb says otherwise. */
const WEAK_FUTURE: ReadonlySet<string> = new Set(['until', 'till', 'through', 'thru', 'starting', 'effective']);

/** Words that point back (besides regular "-ed" past forms, matched below). */
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'says', 'told', 'ago', 'since', 'earlier', 'previously', 'already',
  'began', 'came', 'went', 'met', 'took', 'gave', 'made', 'held', 'struck', 'fell', 'rose', 'saw', 'won',
  'lost', 'left', 'sent', 'sold', 'became', 'brought', 'bought', 'built', 'spoke', 'wrote', 'ran', 'led',
  'paid', 'grew', 'shrank', 'knew', 'thought', 'found', 'got', 'kept', 'spent', 'stood',
  'announced', 'reported', 'has', 'have', 'been',
]);

/** Regular past tense / participle: "granted", "extended" (but not "need", "speed", "hundred"). */
const REGULAR_PAST = /^[a-z]{2,}[^e]ed$|^[a-z]{3,}ied$|^[a-z]{2,}eed$/;
const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'speed', 'hundred', 'feed', 'seed', 'bed', 'red', 'indeed', 'proceed', 'exceed', 'succeed',
  // participles that work as adjectives ("leave rates unchanged", "a limited deal")
  'unchanged', 'limited', 'unexpected', 'unprecedented', 'based', 'related', 'detailed', 'advanced', 'armed',
  'united', 'unnamed', 'undisclosed', 'unspecified', 'embattled', 'beleaguered', 'so-called', 'called',
  'interested', 'concerned', 'experienced', 'skilled', 'talented', 'dedicated', 'heated', 'crowded',
]);

/** Verbs that make "effect" point one way or the other ("take effect" vs "took effect"). */
const EFFECT_FUTURE: ReadonlySet<string> = new Set(['take', 'takes', 'go', 'goes', 'come', 'comes']);

/** Verbs that move an event; followed by "to"/"until" they point at the new, later date. */
const RESCHEDULE: ReadonlySet<string> = new Set(['postponed', 'delayed', 'pushed', 'moved', 'rescheduled', 'extended', 'adjourned', 'deferred', 'back', 'put', 'off']);
const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'until', 'till']);

const WORD = /[A-Za-z']+|\d[\d.,%]*/g;

/** A comma-separated relative clause ("…, which will publish on Tuesday, …") is not the date's clause. */
const RELATIVE_CLAUSE = /^\s*(?:which|who|whose|whom|where)\b/i;

/** Words that point forward before "for": "set for Jan. 20", "planned for Friday". */
const FUTURE_BEFORE_FOR: ReadonlySet<string> = new Set(['set', 'planned', 'slated', 'pencilled', 'penciled', 'earmarked', 'booked']);

/** Words after "to" that make it a preposition, not an infinitive ("to a record", "to 3.2%"). */
const NOT_VERB_AFTER_TO = /^(?:the|a|an|its|his|her|their|this|that|these|those|some|about|around|more|less|[A-Z\d].*)$/;

/** Strong future markers right after a date that only a participle marked as past
 * ("data released on Monday is expected to show"). */
const FUTURE_AFTER = /^\s*(?:will|is expected|are expected|is due|are due|is scheduled|are scheduled|is set to|are set to)\b/;

interface Token {
  word: string;
  /** The word as written, to tell "to take" (a verb) from "to Paris". */
  raw: string;
  /** In the date's own comma segment (a weak cue from an earlier segment is ignored). */
  own: boolean;
}

/** The words that may govern the date, nearest last: its own comma segment and the ones before it,
 * minus relative clauses and anything before a hard clause break. */
function governingWords(sentence: string, offset: number): Token[] {
  let head = sentence.slice(0, offset);
  const breaks = [...head.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))];
  if (breaks.length > 0) {
    const last = breaks[breaks.length - 1];
    head = head.slice((last.index ?? 0) + last[0].length);
  }
  const segments = head.split(',');
  const last = segments.length - 1;
  return segments.flatMap((seg, i) =>
    i === last || !RELATIVE_CLAUSE.test(seg)
      ? (seg.match(WORD) ?? []).map((raw) => ({ word: raw.toLowerCase(), raw, own: i === last }))
      : [],
  );
}

type Cue = { dir: Direction; strong: boolean };

function cueAt(tokens: Token[], i: number): Cue | null {
  const w = tokens[i].word;
  const prev = i > 0 ? tokens[i - 1].word : '';
  const next = tokens[i + 1];
  const infinitive = next?.word === 'to' && tokens[i + 2] !== undefined && !NOT_VERB_AFTER_TO.test(tokens[i + 2].raw);
  if (w === 'effect' && i > 0) {
    // "take effect on", "with effect from": the date lies ahead
    return EFFECT_FUTURE.has(prev) || prev === 'with' ? { dir: 'future', strong: true } : null;
  }
  if (FUTURE_BEFORE_FOR.has(w) && next?.word === 'for') return { dir: 'future', strong: true }; // "planned for Friday"
  if (w === 'due' && next?.word !== 'to') return { dir: 'future', strong: true }; // "due on Friday"
  if (FUTURE_BEFORE_INFINITIVE.has(w)) return infinitive ? { dir: 'future', strong: true } : null;
  // "postponed to Nov. 30", "extended until March": the new date lies ahead
  if (RESCHEDULE.has(w) && TARGET_PREPOSITIONS.has(next?.word ?? '')) return { dir: 'future', strong: true };
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return { dir: 'future', strong: true };
  // a participle after "be" is passive, an infinitive after "to" is tenseless: "will be held", "to hit"
  if (prev === 'be' || prev === 'being' || prev === 'to') return null;
  if (PAST_WORDS.has(w)) return { dir: 'past', strong: true };
  if (!NOT_PAST_ED.has(w) && REGULAR_PAST.test(w)) return { dir: 'past', strong: false };
  return null;
}

/** The direction the words around `offset` in `sentence` give an underspecified date. */
export function directionBefore(sentence: string, offset: number, end = offset): Direction {
  const tokens = governingWords(sentence, offset);
  const stop = Math.max(0, tokens.length - WINDOW_WORDS);
  let weak: Direction = null;
  for (let i = tokens.length - 1; i >= stop; i--) {
    if (WEAK_FUTURE.has(tokens[i].word)) {
      weak ??= 'future';
      continue;
    }
    const cue = cueAt(tokens, i);
    if (!cue || (!cue.strong && !tokens[i].own)) continue;
    if (cue.dir === 'past' && !cue.strong && FUTURE_AFTER.test(sentence.slice(end))) return 'future';
    return cue.dir;
  }
  return weak;
}
