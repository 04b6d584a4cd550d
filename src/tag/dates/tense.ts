/**
 * Which way an underspecified date points ("Thursday", "in November", "Dec. 15"): news speaks of
 * the past, so the default is the past; a future cue near the expression ("will meet on Thursday",
 * "is scheduled for Jan. 20") turns it forward. We read the words before the expression in its
 * clause (comma-separated relative clauses skipped), nearest first, and the first cue found decides;
 * a regular "-ed" form is a weak cue (it may be a participle: "data released Monday is expected ...").
 * Cues from other clauses are skipped: a fronted "After/Although ..." clause, everything before ", and <subject>",
 * a comma-less relative clause whose main verb follows ("retailers that saw weak sales pin their hopes on
 * January"), and a past verb before "a noun for <date>" ("announced a holiday for April 24"). A future participle
 * in a parenthetical ("The summit, scheduled to end on Friday, ran ...") is outvoted by a past main verb after it.
 */

export type Direction = 'past' | 'future' | null;

/** How many words before the expression may hold its governing verb. */
const WINDOW_WORDS = 16;

/** A weak "-ed" cue further back than this usually belongs to a subject's relative clause
 * ("retailers that struggled all year pin their hopes on January"), whose verb we cannot see. */
const WEAK_WINDOW_WORDS = 6;

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

/** Plural present forms of fixture verbs ("England play Scotland on Friday", "the leaders meet Monday"): forward
 * unless a determiner makes them nouns ("the play") or an auxiliary makes them infinitives ("did not meet"). */
const PLURAL_SCHEDULE_VERBS: ReadonlySet<string> = new Set(['play', 'face', 'host', 'meet', 'visit', 'travel', 'resume', 'reconvene']);
/** Present-tense verbs of a scheduled change or event ("the minimum wage rises on Thursday", "the sale opens Friday"). */
const SINGULAR_SCHEDULE_VERBS: ReadonlySet<string> = new Set(['rises', 'increases', 'opens', 'closes', 'starts', 'begins', 'ends', 'expires', 'lapses', 'launches', 'returns', 'resumes', 'reopens', 'kicks', 'plays', 'faces', 'hosts', 'meets', 'visits', 'travels', 'arrives', 'departs', 'premieres', 'debuts', 'airs']);
/** Prepositions of a deadline: "have until Friday", "finish by Saturday afternoon", "till May 24". */
const DEADLINE_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'by', 'through']);
/** Times of day that may sit between a deadline preposition and the date ("until midnight Friday", "until 5 p.m. on"). */
const DEADLINE_FILLERS = /^(?:midnight|noon|on|\d[\d.:]*|a|p|m|am|pm)$/;
const NOT_PRESENT_BEFORE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'to', 'did', 'didn\'t', 'not', 'never', 'could', 'would',
  'can', 'cannot', 'might', 'must', 'should', 'will', 'may', 'fair', 'first', 'second',
]);

/** Words that point forward only before an infinitive: "set to hit", "vowed to leave", "due to rise"
 * (but "due to the storm", "growth forecast to 3.2%", "rose to a record" do not). */
const FUTURE_BEFORE_INFINITIVE: ReadonlySet<string> = new Set([
  'set', 'due', 'forecast', 'forecasts', 'projected', 'poised', 'likely', 'going', 'about', 'plan', 'plans',
  'planned', 'planning', 'aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'ready', 'prepared', 'preparing',
  'prepares', 'vowed', 'pledged', 'promised', 'threatened', 'agreed', 'decided', 'voted', 'seeks',
  'seek', 'wants', 'wanted', 'trying', 'asked', 'urged', 'ordered', 'called', 'intended',
]);
// not here: "tried / sought / moved / attempted to X on March 9" dates the attempt itself, which is past

/** Prepositions of an extent's end ("until April 30", "starting Sept. 16"): forward only when no verb says otherwise. */
const WEAK_FUTURE: ReadonlySet<string> = new Set(['until', 'till', 'through', 'thru', 'starting', 'effective']);

/** Words that point back (besides regular "-ed" past forms, matched below). */
const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'says', 'told', 'ago', 'since', 'earlier', 'previously', 'already',
  'began', 'came', 'went', 'met', 'took', 'gave', 'made', 'held', 'struck', 'fell', 'rose', 'saw', 'won',
  'lost', 'left', 'sent', 'sold', 'became', 'brought', 'bought', 'built', 'spoke', 'wrote', 'ran', 'led',
  'paid', 'grew', 'shrank', 'knew', 'thought', 'found', 'got', 'kept', 'spent', 'stood',
  'announced', 'reported', 'has', 'have', 'been', 'tried', 'sought', 'attempted',
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

/** ", and retailers pin …", ", but sales …": a new main clause; the verbs before it do not govern the date
 * (", and again on Friday", ", and Hong Kong" continue the same clause). */
const COORDINATED_CLAUSE =
  /^\s*(?:and|but|while|whereas|yet)\s+(?!(?:again|also|then|later|earlier|still|in|on|at|by|from|until|till|through|during|before|after|since|to|for|with|as|of)\b)[a-z]/;

/** "After a year that was dismal, retailers …": a fronted subordinate clause does not govern the main clause's date. */
const FRONTED_CLAUSE = /^[\s"“‘'(]*(?:After|Although|Though|While|Because|Since|When|As|Despite|Following|Having|Once|Whereas|Unlike|Like|With|Amid)\b/;

/** Relative pronouns that open a clause without a comma ("retailers that saw weak sales pin their hopes ..."). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Words a determiner may follow without being a verb ("in the", "for their"). */
const NOT_VERB_BEFORE_DETERMINER: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'about', 'over', 'under', 'after', 'before', 'since',
  'until', 'through', 'during', 'into', 'onto', 'against', 'between', 'among', 'than', 'as', 'like', 'per', 'via',
  'and', 'or', 'but', 'all', 'both', 'half', 'that', 'which', 'who', 'across', 'around', 'near', 'off', 'out',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'some']);

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
  let segments = head.split(',');
  if (segments.length > 1 && FRONTED_CLAUSE.test(segments[0])) segments = segments.slice(1);
  let first = 0;
  segments.forEach((seg, i) => {
    if (i > 0 && COORDINATED_CLAUSE.test(seg)) first = i;
  });
  segments = segments.slice(first);
  const last = segments.length - 1;
  return segments.flatMap((seg, i) =>
    i === last || !RELATIVE_CLAUSE.test(seg)
      ? (seg.match(WORD) ?? []).map((raw) => ({ word: raw.toLowerCase(), raw, own: i === last }))
      : [],
  );
}

/** A cue inside a comma-less relative clause whose main verb comes later ("retailers that saw weak sales pin
 * their hopes on January"): a lowercase word before a determiner between the cue and the date is that verb. */
function inEarlierRelativeClause(tokens: Token[], i: number): boolean {
  const opener = [tokens[i - 1], tokens[i - 2]].some((t) => t !== undefined && RELATIVE_PRONOUNS.has(t.word));
  if (!opener) return false;
  // the clause's own verb group comes first ("which will publish its outlook"); the main verb needs an object before it
  for (let j = i + 3; j < tokens.length - 1; j++) {
    const t = tokens[j];
    const prev = tokens[j - 1].word;
    if (prev === 'to' || AUXILIARIES.has(prev) || FUTURE_WORDS.has(prev) || PAST_WORDS.has(prev)) continue;
    if (/^[a-z]+$/.test(t.raw) && !NOT_VERB_BEFORE_DETERMINER.has(t.word) && !t.word.endsWith('ly') && DETERMINERS.has(tokens[j + 1].word)) {
      return true;
    }
  }
  return false;
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
  // (the preposition right before the date: "moved to London on Friday" is a past move)
  if (RESCHEDULE.has(w) && TARGET_PREPOSITIONS.has(next?.word ?? '') && !infinitive && i + 1 === tokens.length - 1) return { dir: 'future', strong: true };
  if (FUTURE_WORDS.has(w) || w.endsWith("'ll")) return { dir: 'future', strong: true };
  if (PLURAL_SCHEDULE_VERBS.has(w) && i > 0 && !NOT_PRESENT_BEFORE.has(prev)) return { dir: 'future', strong: true };
  if (SINGULAR_SCHEDULE_VERBS.has(w) && i > 0 && !NOT_PRESENT_BEFORE.has(prev)) return { dir: 'future', strong: true };
  // a participle after "be" is passive, an infinitive after "to" is tenseless: "will be held", "to hit"
  if (prev === 'be' || prev === 'being' || prev === 'to') return null;
  if (PAST_WORDS.has(w)) return { dir: 'past', strong: true };
  if (!NOT_PAST_ED.has(w) && REGULAR_PAST.test(w)) return { dir: 'past', strong: false };
  return null;
}

/** Participles and adjectives that point forward without a finite verb ("the summit, scheduled to end Friday, ran ..."). */
const NON_FINITE_FUTURE: ReadonlySet<string> = new Set(['scheduled', 'expected', 'slated', 'set', 'due', 'planned', 'poised', 'likely', 'upcoming']);

/** Words before such a participle that make it part of a finite verb ("is scheduled to", "was due"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'has', 'have', 'had', 'will', 'would', 'remains', 'seems', 'looks']);

/** How many words after a parenthetical's closing comma may hold the sentence's main verb. */
const MAIN_VERB_WORDS = 4;

/** Main verbs that call a planned event off: its planned date may still lie ahead ("scheduled for Friday, was cancelled"). */
const CALL_OFF = /^(?:cancell?ed|postponed|delayed|scrapped|suspended|shelved|abandoned|axed|dropped|called|put|pushed|moved|rescheduled|deferred|adjourned|halted|blocked|vetoed)$/;

/** The main verb right after a parenthetical holding the date is past and not a calling-off: ", ran 30 hours over". */
function pastMainVerbAfter(sentence: string, end: number): boolean {
  const m = /^[^,;:()"“”]{0,12},\s*([^,;:()"“”]*)/.exec(sentence.slice(end, end + 120));
  if (!m) return false;
  const words = (m[1].match(WORD) ?? []).slice(0, MAIN_VERB_WORDS).map((w) => w.toLowerCase());
  if (words.some((w) => CALL_OFF.test(w))) return false;
  for (const w of words) {
    if (FUTURE_WORDS.has(w) || w === 'is' || w === 'are') return false;
    if (PAST_WORDS.has(w) || (!NOT_PAST_ED.has(w) && REGULAR_PAST.test(w))) return true;
  }
  return false;
}

/** A future cue from a participle inside a comma-opened clause ("The summit, scheduled to end on ...")
 * that a past main verb after the clause overrides. */
function parentheticalFuture(tokens: Token[], i: number, sentence: string, offset: number, end: number): boolean {
  if (!NON_FINITE_FUTURE.has(tokens[i].word) || !tokens[i].own) return false;
  if (i > 0 && AUXILIARIES.has(tokens[i - 1].word)) return false;
  if (!/,[^,]*$/.test(sentence.slice(0, offset))) return false;
  return pastMainVerbAfter(sentence, end);
}

/** The direction the words around `offset` in `sentence` give an underspecified date. */
export function directionBefore(sentence: string, offset: number, end = offset): Direction {
  // "until at least March": the hedge says nothing about direction, the words before it do
  const hedge = /\s+at\s+(?:least|most|the\s+(?:latest|earliest))\s+$/i.exec(sentence.slice(Math.max(0, offset - 30), offset));
  if (hedge) offset -= hedge[0].length - 1;
  const tokens = governingWords(sentence, offset);
  const stop = Math.max(0, tokens.length - WINDOW_WORDS);
  // "a holiday for April 24", "the deadline for March 1": a target date of a noun, whose tense a
  // verb further back ("announced") does not set
  const last = tokens.length - 1;
  const target = last >= 1 && tokens[last].word === 'for' && !FUTURE_BEFORE_FOR.has(tokens[last - 1].word);
  let weak: Direction = null;
  // "postponed the launch until Friday", "moved the vote to Monday": a verb that moves an event, its
  // object, then the new date's preposition right before the date
  const newDate = last >= 2 && TARGET_PREPOSITIONS.has(tokens[last].word);
  // a deadline: "have until Friday", "until 5 p.m. on Oct. 27", "to finish by Saturday afternoon"
  let dl = last;
  while (dl > 0 && last - dl < 5 && DEADLINE_FILLERS.test(tokens[dl].word)) dl--;
  const deadline = dl >= 0 && DEADLINE_PREPOSITIONS.has(tokens[dl]?.word ?? '');
  for (let i = last; i >= stop; i--) {
    if (newDate && i < last - 1 && RESCHEDULE.has(tokens[i].word) && tokens[i].own && !['back', 'off', 'put'].includes(tokens[i].word)) return 'future';
    if (WEAK_FUTURE.has(tokens[i].word)) {
      weak ??= 'future';
      continue;
    }
    const cue = cueAt(tokens, i);
    if (!cue || (!cue.strong && (!tokens[i].own || last - i >= WEAK_WINDOW_WORDS))) continue;
    if (inEarlierRelativeClause(tokens, i)) continue;
    if (cue.dir === 'past' && target && i < last - 1) continue;
    // "urged negotiators to finish by Saturday", "extended the lockdown till May 24": the deadline
    // belongs to an infinitive or to a changed limit, not to the past verb before it
    if (deadline && cue.dir === 'past' && i < dl && (tokens.slice(i + 1, dl).some((t, k, a) => t.word === 'to' && k + 1 < a.length) || EXTENDING.test(tokens[i].word))) continue;
    // "have until Friday", "has until midnight Friday": time left, not a perfect tense
    if (deadline && i + 1 === dl && (tokens[i].word === 'have' || tokens[i].word === 'has')) continue;
    // "had until 5 p.m. on Oct. 27", "lasted until Friday": a past verb does not push a limit a year
    // back; the date takes its default reading (a weekday the last one, a month-day the nearest)
    if (deadline && cue.dir === 'past') return null;
    if (cue.dir === 'past' && !cue.strong && FUTURE_AFTER.test(sentence.slice(end))) return 'future';
    // the future cue is outvoted, not reversed: a weekday then points back, a month-day to the nearest year
    if (cue.dir === 'future' && parentheticalFuture(tokens, i, sentence, offset, end)) return null;
    return cue.dir;
  }
  if (weak || !deadline) return weak;
  // "By Wednesday night it had 400 signatures": a past verb after the date makes it a past limit
  const after = (sentence.slice(end).match(WORD) ?? []).slice(0, DEADLINE_AFTER_WORDS).map((w) => w.toLowerCase());
  if (after.some((w) => PAST_WORDS.has(w) || (!NOT_PAST_ED.has(w) && REGULAR_PAST.test(w)))) return null;
  const lim = tokens[dl].word;
  if (lim === 'until' || lim === 'till') return 'future';
  // "by": a deadline only for what is still to be done ("urged … to finish by Saturday", "must be done by Friday")
  return lim === 'by' && tokens.slice(0, dl).some((t) => t.word === 'to' || FUTURE_WORDS.has(t.word) || /^(?:must|should|need|needs)$/.test(t.word)) ? 'future' : null;
}

/** Words after a deadline's date that are looked at for a past verb. */
const DEADLINE_AFTER_WORDS = 6;

/** Verbs that set a new limit ("extended the lockdown till May 24"). */
const EXTENDING = /^(?:extended|prolonged|renewed|lengthened|stretched|pushed|moved|postponed|delayed|deferred)$/;
