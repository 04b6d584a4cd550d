/**
 * Who has been mentioned so far: people and organizations in text order, so that "he",
 * "Ross", "the group" or "the spokesman" resolve to the most recent compatible mention.
 */
import type { AttributionKind } from '../../model.js';
import {
  FIRST_NAMES,
  GOVERNMENT_HEADS,
  HONORIFICS,
  NAME_PARTICLES,
  NAMED_INSTITUTIONS,
  NON_NAME_CAPS,
  ORG_ANAPHORS,
  ORG_HEADS,
  PLACES,
  PREFERRED_HEADS,
  ROLE_CLASSES,
  ROLE_NOUNS,
  TITLES,
  canonicalOutlet,
} from '../vocab/speech.js';
import { classify, type Gender, type Speaker } from './classify.js';
import { isPossessive, monthSurname, type Token } from './tokens.js';

export interface Mention {
  at: number;
  name: string;
  kind: AttributionKind;
  gender?: Gender;
  heads: string[];
  role?: string;
  /** Subject of a speech cue (preferred antecedent for "he said"). */
  speaker: boolean;
  /** Lower-case words of the name (for head matching). */
  words: string[];
  /** Opens its sentence (a subject), from the text scan. */
  subject?: boolean;
  /** Offset of the sentence the mention stands in (text scan only). */
  sentence?: number;
  /** Follows "by" (the agent of a passive: "was criticized by X"), so not the sentence's topic. */
  agent?: boolean;
  /** A bare two- or three-word capitalized run: only used to expand a surname ("Thunberg"). */
  weak?: boolean;
  /** A lone capitalized word that may be a company ("EasyJet"): only a last resort for "the airline". */
  candidate?: boolean;
  /** Two sources together ("Warren and Sanders"): "they", never "he" or "she". */
  plural?: boolean;
}

export interface Resolved {
  name: string;
  kind: AttributionKind;
}

/** A speaker mention this close (characters) beats a nearer non-speaker for "he"/"she". */
const SPEAKER_WINDOW = 700;
/** Roles that speak for somebody else (unresolved → anonymous). */
const SPOKES_ROLE_RE = /^(?:spokes|official|representative|aide|source|executive)/;
/** Pronouns and anaphors look at most this far back (characters). */
const LOOKBACK = 8000;
/** A sentence subject this close before a he/she (characters) takes over from the last speaker across a paragraph break. */
const NEAR_SUBJECT_REACH = 160;
/** "they"/"it" only look this far back (characters). */
const PLURAL_WINDOW = 900;
/** A lone capitalized word is an antecedent for "the company" only this close (characters). */
const CANDIDATE_WINDOW = 600;
/** Descriptions of an outlet ("the newspaper", "the broadcaster"): resolve to a publication. */
const MEDIA_ANAPHORS = new Set(['newspaper', 'paper', 'outlet', 'broadcaster', 'tabloid', 'magazine', 'website']);
/** Company descriptions ("the company", "the airline"), as opposed to bodies ("the agency"). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'carrier', 'automaker', 'retailer', 'chipmaker', 'manufacturer', 'lender', 'startup', 'carmaker', 'maker', 'provider', 'operator', 'developer', 'chain', 'brand', 'supplier', 'conglomerate', 'utility', 'giant', 'insurer', 'airline', 'platform']);

/** Words that can continue a capitalized run ("Department of Commerce", "Barnes & Noble"). */
const RUN_JOINERS = new Set(['of', '&']);

/** Does the name at token i open its sentence, titles included ("Labour leader Keir Starmer was …")? */
function opensSentence(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k > 0 && !tokens[k].nl && (tokens[k - 1].cap || TITLES.has(tokens[k - 1].lower))) k--;
  if (k === 0 || tokens[k].nl || ['.', '!', '?', '“', '"'].includes(tokens[k - 1].text)) return true;
  // "A tearful Federer was …", "The Swiss star, Federer, was …": a determiner and a description open the sentence
  let d = k;
  while (d > 0 && k - d < SUBJECT_PREFIX && !tokens[d].nl && (tokens[d - 1].text === ',' || (tokens[d - 1].word && !tokens[d - 1].cap && !SUBJECT_PREFIX_STOP.has(tokens[d - 1].lower) && !/ed$/.test(tokens[d - 1].lower)) || NATIONALITY_WORD.test(tokens[d - 1].text) || /^(?:a|an|the)$/i.test(tokens[d - 1].text))) d--;
  if (d === k || !/^(?:a|an|the)$/i.test(tokens[d].text)) return false;
  return d === 0 || tokens[d].nl || ['.', '!', '?', '“', '"'].includes(tokens[d - 1].text);
}
/** Max tokens of a description before a sentence subject ("The veteran Swiss star,"). */
const SUBJECT_PREFIX = 6;
/** Prepositions and verbs that make the name an object, not the subject ("A win over Federer"). */
const SUBJECT_PREFIX_STOP = new Set(['of', 'for', 'to', 'by', 'with', 'from', 'in', 'on', 'at', 'over', 'against', 'than', 'and', 'or', 'but', 'beat', 'beats', 'defeat', 'win', 'loss', 'about', 'after', 'before', 'like', 'as', 'into', 'between', 'said', 'says', 'told']);

/** May token e extend a capitalized run? (not across lines, not a possessive) */
function continuesRun(tokens: readonly Token[], e: number): boolean {
  const t = tokens[e];
  if (t.nl || /'s$/.test(t.lower)) return false;
  if (t.cap) return !NON_NAME_CAPS.has(t.lower) || monthSurname(tokens, e, (l) => FIRST_NAMES.has(l));
  const next = tokens[e + 1];
  if (!next?.cap || NON_NAME_CAPS.has(next.lower)) return false;
  // "Office for National Statistics", "Competition and Markets Authority" (checked after the run)
  const prev = tokens[e - 1];
  if (t.lower === 'for') return ORG_HEADS.has(prev.lower) || TITLES.has(prev.lower);
  if (t.lower === 'and') return true;
  return RUN_JOINERS.has(t.lower) || NAME_PARTICLES.has(t.lower);
}

/** A run joined by "and" is one name only when it ends in an organization head; else it ends before "and". */
function cutAtAnd(tokens: readonly Token[], i: number, e: number): number {
  if (ORG_HEADS.has(tokens[e - 1].lower)) return e;
  for (let k = i + 1; k < e; k++) if (tokens[k].lower === 'and') return k;
  return e;
}

/** Nationality adjectives are not names ("Chinese"). */
const NATIONALITY_WORD = /^\p{Lu}\p{Ll}+(?:ese|ian|ish|can|ean)$|^(?:American|European|African|Asian|Arab|Israeli|Iraqi|Saudi|Pakistani|Afghan|Thai|Swiss|Dutch|French|Greek|Democratic|Republican)$/u;
/** Verbs after a single name that suggest a company ("Netflix declined to comment"). */
const ORG_VERBS = new Set(['declined', 'announced', 'reported', 'posted', 'shares', 'stock', 'plans', 'unveiled', 'launched', 'acquired', 'said', 'says', 'confirmed', 'denied', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words after a sentence-opening single word that say it is not a company acting ("Power was restored"). */
const CANDIDATE_STOP = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'as']);
/** A single capitalized word seen this often mid-sentence is taken as an organization ("Huawei"). */
const FREQUENT_SINGLE = 2;

/** Max tokens of an appositive after a name in which its role may stand ("Jo Ray, Acme's chief executive,"). */
const APPOSITIVE_ROLE_REACH = 7;
/** Words that end an appositive role search. */
const APPOSITIVE_STOP = new Set([',', '.', ';', '(', ')', '“', '”', '"', 'said', 'says', 'told', 'who', 'which']);

/** The role named in an appositive after a person ("Hein Schumacher, Unilever's chief executive,"). */
function appositiveRole(tokens: readonly Token[], e: number): string | undefined {
  const t0 = tokens[e];
  // "Name, Acme's chief executive," / "named Name chief executive" / "Name as manager"
  const direct = !!t0 && !t0.cap && (TITLES.has(t0.lower) || ROLE_CLASSES.has(t0.lower));
  if (t0?.text !== ',' && t0?.lower !== 'as' && !direct) return undefined;
  let role: string | undefined;
  for (let k = direct ? e : e + 1; k < tokens.length && k - e <= APPOSITIVE_ROLE_REACH; k++) {
    const t = tokens[k];
    if (APPOSITIVE_STOP.has(t.lower) || ['of', 'at', 'for', 'in'].includes(t.lower)) break;
    if ((!t.cap || t.lower === 'ceo') && (ROLE_CLASSES.has(t.lower) || (TITLES.has(t.lower) && !['former', 'acting', 'senior', 'deputy', 'vice', 'assistant'].includes(t.lower)))) role = t.lower;
  }
  return role;
}

/** Max tokens of an appositive description after a name ("Unison, the UK's largest union,"). */
const DESCRIPTION_REACH = 8;

/** The organization noun of an appositive after a name ("X, the chipmaker," → "chipmaker"), if any. */
function describedAs(tokens: readonly Token[], e: number): string | undefined {
  if (tokens[e]?.text !== ',' || !['the', 'a', 'an'].includes(tokens[e + 1]?.lower ?? '')) return undefined;
  let k = e + 2;
  const apostrophe = (t: Token) => (t.text === "'" || t.text === '’') && t.start === tokens[k - 1].end;
  while (k < tokens.length && k - e <= DESCRIPTION_REACH && (tokens[k].word || apostrophe(tokens[k])) && !tokens[k].nl) k++;
  if (k === e + 2 || ![',', '.', ';', ')'].includes(tokens[k]?.text ?? '')) return undefined;
  const last = tokens[k - 1];
  return !last.cap && ORG_ANAPHORS.has(last.lower) ? last.lower : undefined;
}

/** The organization noun before a name in apposition ("The union, Unite, …" → "union"), if any. */
function describedBefore(tokens: readonly Token[], i: number, e: number): string | undefined {
  if (tokens[i - 1]?.text !== ',' || ![',', '.', ';', ')'].includes(tokens[e]?.text ?? '')) return undefined;
  const noun = tokens[i - 2];
  if (!noun || noun.cap || !ORG_ANAPHORS.has(noun.lower)) return undefined;
  // "the union", "Britain's biggest union", "the rail union": a determiner or possessive a few words back
  for (let k = i - 3; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k];
    if (['the', 'its', 'their', 'his', 'her'].includes(t.lower) || /'s$/.test(t.lower)) return noun.lower;
    if (!t.word || (t.cap && k !== 0)) break;
  }
  return undefined;
}

/** Staff and stock of a body after its name ("Check Point researchers", "Morgan Stanley analysts"). */
const ORG_MEMBERS = /^(?:researchers|analysts|executives|employees|engineers|economists|strategists|shares|stock|shareholders|customers|subscribers|subsidiary|headquarters)$/;
/** What a body owns after its possessive name ("Blue Heron's chief executive", "X's shares"). */
const ORG_POSSESSIONS = /^(?:shares|stock|ceo|chairman|chairwoman|board|headquarters|researchers|analysts|executives|subsidiary|subsidiaries|profits?|revenues?|shareholders|stores|factories|plants?)$/;
/** "X's chief executive" (a company's), not "X's chief of staff" (a politician's). */
const CHIEF_OF_BODY = /^(?:executive|financial|operating|technology|economist)$/;
/** Nouns whose holder is a body: "shares in X", "a stake in X". */
const HOLDINGS = new Set(['shares', 'stock', 'stake', 'stakes']);

/**
 * Does the text treat the capitalized run [i, e) as an organization at this occurrence? A
 * descriptor before it ("cybersecurity firm Check Point"), an appositive description ("X, a
 * cybersecurity company,"), "X, which", its staff or stock after it ("X researchers"), people
 * at it ("analysts at X"), or a holding in it ("shares in X"). A person's name has none of these.
 */
function orgEvidence(tokens: readonly Token[], i: number, e: number): boolean {
  const b = tokens[i - 1];
  const bb = tokens[i - 2];
  const a = tokens[e];
  if (b && b.word && !b.cap && !b.nl && ORG_ANAPHORS.has(b.lower) && !ROLE_NOUNS.has(b.lower)) return true;
  // "analysts at X", "employees of X" (not "the wife of X", "a lawyer of X")
  if (b && bb && !b.nl && (b.lower === 'at' || (b.lower === 'of' && !HUMAN_TIES.has(bb.lower))) && bb.word && ROLE_NOUNS.has(bb.lower) && !FAMILY.has(bb.lower)) return true;
  if (b && bb && (b.lower === 'in' || b.lower === 'of') && HOLDINGS.has(bb.lower)) return true;
  if (describedAs(tokens, e)) return true;
  if (a?.text === ',' && tokens[e + 1]?.lower === 'which') return true;
  // "Morgan Stanley cut its forecast": a body's verb, then "its" ("X said its …" may mean anything)
  if (a && a.word && !a.cap && !a.nl && OWNER_VERBS.has(a.lower) && tokens[e + 1]?.lower === 'its') return true;
  return !!a && a.word && !a.cap && !a.nl && ORG_MEMBERS.test(a.lower);
}
/** Verbs of a body acting on its own things ("Morgan Stanley cut its forecast", "X posted its first loss"). */
const OWNER_VERBS = new Set(['cut', 'raised', 'lowered', 'reported', 'posted', 'increased', 'expanded', 'closed', 'shut', 'moved', 'opened', 'launched', 'updated', 'revised', 'upgraded', 'downgraded', 'issued', 'released', 'reduced', 'trimmed', 'lifted', 'boosted', 'doubled', 'halved', 'slashed', 'suspended', 'resumed', 'recalled', 'listed', 'delisted', 'relocated', 'restructured', 'rebranded']);
/** Family words: "the son at X" is not staff. */
const FAMILY = new Set(['wife', 'husband', 'daughter', 'son', 'brother', 'sister', 'mother', 'father', 'parent', 'parents', 'family']);
/** Role nouns that tie one person to another ("the wife of X", "a friend of X"). */
const HUMAN_TIES = new Set(['wife', 'husband', 'daughter', 'son', 'brother', 'sister', 'mother', 'father', 'parent', 'parents', 'family', 'friend', 'teammate', 'counterpart', 'colleague', 'rival', 'ally', 'lawyer', 'lawyers', 'attorney', 'agent', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman', 'spokesperson', 'publicist', 'supporters', 'critics', 'fans', 'fan']);

/** A capitalized run with no title, honorific or known first name (a company as much as a person). */
const untitledName = (run: readonly Token[]) =>
  run.length > 0 && run.every((r) => r.cap) && !FIRST_NAMES.has(run[0].lower) && !run.some((r) => TITLES.has(r.lower) || HONORIFICS.has(r.lower));

/** "Blue Heron's chief executive": the run [i, e) and the possessive at e name a body that owns something. */
function orgPossessive(tokens: readonly Token[], e: number): string | undefined {
  const p = tokens[e];
  if (!p?.cap || !isPossessive(p) || p.nl) return undefined;
  const n = tokens[e + 1];
  const owned = n && n.word && !n.cap && (ORG_POSSESSIONS.test(n.lower) || (n.lower === 'chief' && CHIEF_OF_BODY.test(tokens[e + 2]?.lower ?? '')));
  return owned ? p.text.replace(/['’]s$/, '') : undefined;
}

/** Abbreviated titles and the role word an anaphor uses ("Gov. Greg Abbott" … "the governor"). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'], ['gov', 'governor'], ['sen.', 'senator'], ['sen', 'senator'], ['rep.', 'representative'], ['rep', 'representative'],
  ['gen.', 'general'], ['gen', 'general'], ['lt.', 'lieutenant'], ['capt.', 'captain'], ['col.', 'colonel'], ['sgt', 'sergeant'], ['sgt.', 'sergeant'],
  ['adm.', 'admiral'], ['cmdr.', 'commander'], ['maj.', 'major'], ['det', 'detective'], ['det.', 'detective'], ['insp', 'inspector'], ['insp.', 'inspector'],
  ['supt', 'superintendent'], ['supt.', 'superintendent'], ['cllr', 'councillor'], ['cllr.', 'councillor'], ['prof.', 'professor'], ['pres.', 'president'],
]);

/** Do two role words belong to one class ("CEO" / "chief executive" / "boss")? */
export function sameRole(a: string, b: string): boolean {
  a = TITLE_ABBREVIATIONS.get(a) ?? a;
  b = TITLE_ABBREVIATIONS.get(b) ?? b;
  if (a === b) return true;
  const ca = ROLE_CLASSES.get(a);
  const cb = ROLE_CLASSES.get(b);
  return !!ca && !!cb && ca.some((c) => cb.includes(c));
}

/** An all-capital word opening a paragraph before a comma, bracket or dash is a dateline place. */
function dateline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (i === 0 || t.nl) && /^\p{Lu}{2,}$/u.test(t.text) && [',', '(', '—', '–', '-'].includes(tokens[i + 1]?.text ?? '');
}

/** Scan capitalized runs of the whole text for people and organizations named outright. */
/** Start offset of the sentence of each token (a line break or . ! ? before it, closing quotes skipped). */
function sentenceStarts(tokens: readonly Token[]): number[] {
  const out = new Array<number>(tokens.length);
  let current = 0;
  for (let k = 0; k < tokens.length; k++) {
    let p = k - 1;
    while (p >= 0 && (tokens[p].text === '”' || tokens[p].text === '"' || tokens[p].text === '’' || tokens[p].text === ')')) p--;
    if (k === 0 || tokens[k].nl || (p >= 0 && ['.', '!', '?'].includes(tokens[p].text) && tokens[k].cap)) current = tokens[k].start;
    out[k] = current;
  }
  return out;
}

export function scanMentions(tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  const sentenceOf = sentenceStarts(tokens);
  /** Where a person mention at token i stands: its sentence, and whether it is a passive's agent. */
  const place = (m: Mention, i: number) => {
    m.sentence = sentenceOf[i];
    if (tokens[i - 1]?.lower === 'by') m.agent = true;
  };
  const singles: Token[] = [];
  /** Sentence-opening single words that look like brand names ("EasyJet", "IBM"). */
  const candidates: Token[] = [];
  /** Words written in lower case somewhere: a capitalized one of them opening a sentence is not a name. */
  const lowerWords = new Set(tokens.filter((x) => x.word && !x.cap).map((x) => x.lower));
  const orgLike = new Set<string>();
  /** Multi-word names the text treats as bodies somewhere (lower case). */
  const orgNames = new Set<string>();
  const allSingles: Token[] = [];
  const tokenIndex = new Map<Token, number>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.cap || (NON_NAME_CAPS.has(t.lower) && !HONORIFICS.has(t.lower))) {
      i++;
      continue;
    }
    if (/'s$/.test(t.lower)) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < tokens.length && continuesRun(tokens, e)) e++;
    e = cutAtAnd(tokens, i, e);
    const run = tokens.slice(i, e);
    const next = tokens[e];
    // "Blue Heron's chief executive": a name without a title or a first name that owns a body's things
    const owner = untitledName(run) ? orgPossessive(tokens, e) : undefined;
    if (owner) {
      const name = [...run.map((r) => r.text), owner].join(' ');
      orgNames.add(name.toLowerCase());
      out.push({ at: t.start, name, kind: 'organization', heads: [], speaker: false, words: name.toLowerCase().split(' ') });
      i = e + 1;
      continue;
    }
    const sp = classify(next && !next.cap && ['administration', 'government', 'campaign'].includes(next.lower) ? [...run, next] : run);
    if (run.length === 1 && sp?.type === 'named' && sp.kind === 'named-person' && sp.single && !run.some((r) => TITLES.has(r.lower) || HONORIFICS.has(r.lower))) {
      // "Unison, the UK's largest union,": an appositive description makes it an organization
      const described = describedAs(tokens, e) ?? describedBefore(tokens, i, e);
      if (described) {
        out.push({ at: t.start, name: t.text, kind: 'organization', heads: [described], speaker: false, words: [t.lower] });
        i = e;
        continue;
      }
      // a bare single word: decided after the scan (person surname, or organization if frequent or acting like one)
      const initial = i === 0 || t.nl || ['.', '!', '?'].includes(tokens[i - 1].text);
      allSingles.push(t);
      tokenIndex.set(t, i);
      if (!initial || ORG_VERBS.has(next?.lower ?? '')) singles.push(t);
      else if (dateline(tokens, i)) {
        // "VELMAR, June 19 (Allied Newswire) -": a place, not a company
      } else if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.text) || /^\p{Lu}{2,}$/u.test(t.text)) candidates.push(t);
      else if (next?.word && !next.cap && !CANDIDATE_STOP.has(next.lower) && !lowerWords.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !ORG_ANAPHORS.has(t.lower) && !/s$/.test(t.lower)) candidates.push(t);
      if (ORG_VERBS.has(next?.lower ?? '')) orgLike.add(t.lower);
      i = e;
      continue;
    }
    if (sp?.type === 'named') {
      // a lower-case title before the run counts too ("Labour leader Keir Starmer")
      const before = tokens[i - 1];
      const titled = run.some((r) => TITLES.has(r.lower) || HONORIFICS.has(r.lower)) || (!!before && !before.cap && TITLES.has(before.lower));
      // "Name, a …" / "Name, who …", or a role phrase then the name: "The mayor of Kyiv, Vitali Klitschko,"
      const appositive =
        (next?.text === ',' && ['a', 'an', 'who'].includes(tokens[e + 1]?.lower ?? '')) ||
        (before?.text === ',' && tokens.slice(Math.max(0, i - 7), i - 1).some((x) => !x.cap && (TITLES.has(x.lower) || ROLE_NOUNS.has(x.lower))));
      if (sp.kind === 'named-person') {
        const nameTokens = sp.name.split(' ');
        const role = appositiveRole(tokens, e) ?? (before && !before.cap && TITLES.has(before.lower) ? before.lower : before?.lower === 'ceo' ? 'ceo' : undefined);
        const plausible = titled || appositive || !!role || (nameTokens.length > 1 && FIRST_NAMES.has(nameTokens[0].toLowerCase()));
        // "cybersecurity firm Check Point", "analysts at Morgan Stanley": a body, not a person
        if (!titled && !role && nameTokens.length > 1 && !FIRST_NAMES.has(nameTokens[0].toLowerCase()) && run.length === nameTokens.length && orgEvidence(tokens, i, e)) {
          orgNames.add(sp.name.toLowerCase());
          out.push({ at: t.start, name: sp.name, kind: 'organization', heads: [], speaker: false, words: sp.name.toLowerCase().split(' ') });
          i = e;
          continue;
        }
        const m = toMention(sp, t.start, false);
        if (opensSentence(tokens, i)) m.subject = true;
        place(m, i);
        // "Chelsea manager Marco Rossi", "Marco Rossi, Chelsea's manager,"
        if (role && (!m.role || ROLE_CLASSES.has(role))) m.role = role;
        if (plausible) out.push(m);
        else if (nameTokens.length > 1 && nameTokens.length <= 3 && run.length === nameTokens.length) out.push({ ...m, weak: true });
      } else if (sp.kind === 'organization' && !sp.heads.includes('place')) {
        const m = toMention(sp, t.start, false);
        // "the EMA", "the CMA": an acronym with "the" is a public body, not a company
        if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(t.text) && before?.lower === 'the') m.heads = [...m.heads, 'agency'];
        out.push(m);
      }
    }
    i = e;
  }
  // every bare mention of a name the text treats as a body is that body
  for (const m of out) {
    if (m.kind !== 'named-person' || !orgNames.has(m.name.toLowerCase())) continue;
    m.kind = 'organization';
    delete m.weak;
    delete m.gender;
    delete m.subject;
  }
  const counts = new Map<string, number>();
  for (const t of singles) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1);
  const people = out.filter((m) => m.kind === 'named-person' && !m.weak);
  const surnames = new Set(people.map((m) => m.words[m.words.length - 1]));
  const bySurname = new Map<string, Mention>();
  // a bare run of two or three names whose last word comes back alone is a person too ("Radoslaw Sikorski" … "Sikorski")
  for (const m of [...people, ...out.filter((m) => m.weak)]) if (m.words.length > 1 && !bySurname.has(m.words[m.words.length - 1])) bySurname.set(m.words[m.words.length - 1], m);
  for (const t of allSingles) {
    // a bare surname of somebody named in full is that person again ("Pelosi dismissed …")
    const full = bySurname.get(t.lower);
    if (!full) continue;
    if (full.weak) full.weak = false;
    surnames.add(t.lower);
    const m: Mention = { at: t.start, name: full.name, kind: 'named-person', heads: [], speaker: false, words: full.words };
    if (full.gender) m.gender = full.gender;
    if (opensSentence(tokens, tokenIndex.get(t) ?? 0)) m.subject = true;
    place(m, tokenIndex.get(t) ?? 0);
    out.push(m);
  }
  // frequent single names that are neither people nor places: companies and bodies ("the company" → Huawei)
  for (const t of singles) {
    if (((counts.get(t.lower) ?? 0) < FREQUENT_SINGLE && !orgLike.has(t.lower)) || surnames.has(t.lower) || PLACES.has(t.lower) || NATIONALITY_WORD.test(t.text)) continue;
    if (canonicalOutlet(t.text)) continue;
    out.push({ at: t.start, name: t.text, kind: 'organization', heads: [], speaker: false, words: [t.lower] });
  }
  // the other single words: last-resort antecedents for "the airline", "the company"
  const taken = new Set(out.map((m) => m.at));
  for (const t of [...singles, ...candidates]) {
    if (taken.has(t.start) || surnames.has(t.lower) || FIRST_NAMES.has(t.lower) || PLACES.has(t.lower) || NATIONALITY_WORD.test(t.text) || canonicalOutlet(t.text)) continue;
    if (NAMED_INSTITUTIONS.has(t.lower)) continue;
    out.push({ at: t.start, name: t.text, kind: 'organization', heads: [], speaker: false, words: [t.lower], candidate: true });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** People by lower-case last word and by first word of two-word names, per mention list. */
const nameIndexes = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

function indexInto(index: Map<string, Mention[]>, m: Mention) {
  if (m.kind !== 'named-person') return;
  const keys = new Set([m.words[m.words.length - 1], m.words.length === 2 ? m.words[0] : '']);
  for (const k of keys) {
    if (!k) continue;
    const list = index.get(k);
    if (list) list.push(m);
    else index.set(k, [m]);
  }
}

function nameIndex(mentions: readonly Mention[]): Map<string, Mention[]> {
  let index = nameIndexes.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) indexInto(index, m);
    nameIndexes.set(mentions, index);
  }
  return index;
}

/** Add a mention in position order (binary search) and keep the name index current. */
export function addMention(mentions: Mention[], m: Mention) {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].at <= m.at) lo = mid + 1;
    else hi = mid;
  }
  mentions.splice(lo, 0, m);
  const index = nameIndexes.get(mentions);
  if (index) indexInto(index, m);
}

export function toMention(sp: Extract<Speaker, { type: 'named' }>, at: number, speaker: boolean): Mention {
  const m: Mention = { at, name: sp.name, kind: sp.kind, heads: sp.heads, speaker, words: sp.name.toLowerCase().split(' ') };
  if (sp.gender) m.gender = sp.gender;
  if (sp.role) m.role = sp.role;
  if (sp.plural) m.plural = true;
  return m;
}

const compatible = (m: Mention, g: 'm' | 'f') => m.kind === 'named-person' && !m.plural && (m.gender === undefined || m.gender === g);

/** Resolve a speaker phrase at `at` against mentions (sorted by `at`). */
export function resolve(sp: Speaker, at: number, mentions: readonly Mention[], paraStart = 0): Resolved | null {
  // mentions[0 .. count) lie before `at` (binary search; mentions are sorted by position)
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  const count = lo;
  const latest = (pred: (m: Mention) => boolean): Mention | undefined => {
    for (let k = count - 1; k >= 0 && at - mentions[k].at <= LOOKBACK; k--) if (!mentions[k].weak && !mentions[k].candidate && pred(mentions[k])) return mentions[k];
    return undefined;
  };
  /** Last resort: the latest lone capitalized word that may be a company. */
  const candidate = (): Mention | undefined => {
    for (let k = count - 1; k >= 0 && at - mentions[k].at <= CANDIDATE_WINDOW; k--) {
      const m = mentions[k];
      // a lone brand-like word, or a bare two-word name that is not a person's ("Kendal Nutricare")
      if (m.candidate || (m.weak && m.kind === 'named-person' && !FIRST_NAMES.has(m.words[0]))) return { ...m, kind: 'organization' };
    }
    return undefined;
  };
  switch (sp.type) {
    case 'named': {
      if (sp.kind === 'named-person' && sp.single) {
        const surname = sp.name.toLowerCase();
        // family name last ("Ross" → Wilbur Ross), or first in a two-word name ("Geng" → Geng Shuang)
        const full = (m: Mention) =>
          m.kind === 'named-person' && (m.words[m.words.length - 1] === surname || (m.words.length === 2 && m.words[0] === surname && !FIRST_NAMES.has(surname)));
        // people by surname: the latest before `at`, else the first after it
        const byName = nameIndex(mentions).get(surname) ?? [];
        let hit: Mention | undefined;
        for (const m of byName) {
          if (!full(m)) continue;
          if (m.at < at && (!hit || hit.at > at || m.at > hit.at)) hit = m;
          else if (m.at >= at && !hit) hit = m;
        }
        if (hit) return { name: hit.name, kind: 'named-person' };
        // a short form of an organization named before ("Abbott" → "Abbott Laboratories")
        if (!sp.role && !sp.gender) {
          const org = latest((m) => m.kind === 'organization' && !m.role && m.words.length > 1 && m.words[0] === surname);
          if (org) return { name: org.name, kind: 'organization' };
        }
        return { name: sp.name, kind: sp.role || sp.gender ? 'named-person' : 'organization' };
      }
      // "Atlantic Shore has said": the first words of an organization named before ("Atlantic Shore Power")
      if (sp.kind === 'named-person' && !sp.role && !sp.gender && !sp.plural) {
        const words = sp.name.toLowerCase().split(' ');
        // "Check Point said" where the text calls Check Point a firm (before or after): the body
        if (!FIRST_NAMES.has(words[0]) && mentions.some((m) => m.kind === 'organization' && !m.role && m.words.length === words.length && words.every((w, k) => m.words[k] === w)))
          return { name: sp.name, kind: 'organization' };
        const org = latest((m) => m.kind === 'organization' && !m.role && m.words.length > words.length && words.every((w, k) => m.words[k] === w));
        if (org) return { name: org.name, kind: 'organization' };
      }
      return { name: sp.name, kind: sp.kind };
    }
    case 'pronoun': {
      if (sp.pronoun === 'm' || sp.pronoun === 'f') {
        const g = sp.pronoun;
        let near = latest((m) => compatible(m, g));
        // two people who fit were just named in one sentence: the subject is the topic, not the
        // object ("Reyes criticized Smith. “…,” he said" → Reyes); a passive's agent is not a subject
        if (near && !near.subject && !near.speaker && near.sentence !== undefined) {
          const sentence = near.sentence;
          const subject = latest((m) => m.subject === true && !m.agent && m.sentence === sentence && compatible(m, g));
          if (subject) near = subject;
        }
        const spk = latest((m) => m.speaker && compatible(m, g));
        // a new subject named in this paragraph after its last speaker takes over ("Mnuchin … was cautious. He said")
        // … or the subject of the paragraph just before ("Federer was gracious.\n\n“…,” he said")
        const fresh = near && (near.at >= paraStart || at - near.at <= NEAR_SUBJECT_REACH) && !near.speaker && near.subject && (!spk || spk.at < near.at);
        const pick = fresh ? near : spk && at - spk.at <= SPEAKER_WINDOW ? spk : near;
        if (pick) return { name: pick.name, kind: 'named-person' };
        // nobody named with a title or known first name: a bare full name earlier in this paragraph
        for (let k = count - 1; k >= 0 && mentions[k].at >= paraStart; k--) if (mentions[k].weak) return { name: mentions[k].name, kind: 'named-person' };
        return null;
      }
      if (sp.pronoun === 'org') {
        const spk = latest((m) => m.speaker && (m.kind === 'organization' || m.kind === 'publication') && !m.role);
        const any = latest((m) => (m.kind === 'organization' || m.kind === 'publication') && !m.role);
        const pick = spk && (!any || at - spk.at <= PLURAL_WINDOW) ? spk : any;
        return pick ? { name: pick.name, kind: pick.kind } : null;
      }
      const pl = latest((m) => m.speaker && (m.plural || (m.kind !== 'named-person' && (/s$/.test(m.name) || m.kind === 'organization'))));
      return pl && at - pl.at <= PLURAL_WINDOW ? { name: pl.name, kind: pl.kind } : null;
    }
    case 'org-anaphor': {
      const heads = ORG_ANAPHORS.get(sp.noun) ?? [];
      let hit: Mention | undefined;
      if (MEDIA_ANAPHORS.has(sp.noun)) hit = latest((m) => m.kind === 'publication' || (m.kind === 'organization' && canonicalOutlet(m.words[0]) !== null));
      else if (heads.length) {
        hit = latest(
          (m) => m.kind === 'organization' && !m.role && heads.some((h) => m.heads.includes(h) || m.words.includes(h)),
        );
      } else if (sp.noun === 'organization' || sp.noun === 'organisation') hit = latest((m) => m.kind === 'organization' && !m.role);
      else {
        const company = (m: Mention) => m.kind === 'organization' && !m.role && !m.heads.some((h) => GOVERNMENT_HEADS.has(h) || h === 'place') && !m.words.some((w) => GOVERNMENT_HEADS.has(w));
        // a company whose name fits the description first ("the airline" → "Corvane Air")
        const fits = PREFERRED_HEADS.get(sp.noun);
        if (fits) hit = latest((m) => company(m) && m.words.some((w) => fits.includes(w)));
        hit ??= latest(company);
      }
      // "the statistics office": the body named before only when its name has a word of the description
      const described = sp.text && sp.text.includes(' ') ? sp.text.toLowerCase().split(' ').slice(0, -1) : undefined;
      if (described) {
        const stem = (w: string) => w.replace(/(?:ies|s)$/, '');
        hit = latest((m) => (m.kind === 'organization' || m.kind === 'publication') && !m.role && m.words.some((w) => ORG_ANAPHORS.get(sp.noun)?.includes(w) || w === sp.noun) && described.some((d) => m.words.some((w) => stem(w) === stem(d))));
      }
      if (!hit && COMPANY_NOUNS.has(sp.noun)) hit = candidate();
      // unresolved: keep the description itself ("the bank" → "bank"; "police" as written)
      return hit ? { name: hit.name, kind: hit.kind } : { name: sp.text ?? sp.noun, kind: 'organization' };
    }
    case 'role-anaphor': {
      const spokes = (r: string) => /^spokes/.test(r);
      const hit = latest(
        (m) =>
          m.role !== undefined &&
          (sp.gender === undefined || m.gender === undefined || m.gender === sp.gender) &&
          (sameRole(m.role, sp.role) || (spokes(m.role) && spokes(sp.role))),
      );
      if (hit) return { name: hit.name, kind: hit.kind };
      // unresolved: "the governor" (a titled person) or "the spokesman" (nobody named)
      return { name: sp.role, kind: SPOKES_ROLE_RE.test(sp.role) ? 'anonymous' : 'named-person' };
    }
    case 'possessive': {
      const owner = resolve({ type: 'pronoun', pronoun: sp.owner }, at, mentions, paraStart);
      // "his agent said" with nobody named: the role itself
      if (!owner) return ROLE_NOUNS.has(sp.noun) ? { name: sp.noun, kind: 'anonymous' } : null;
      const kind: AttributionKind = ROLE_NOUNS.has(sp.noun) ? 'anonymous' : 'organization';
      return { name: `${owner.name}'s ${sp.noun}`, kind };
    }
    case 'person-anaphor': {
      const titled = latest((m) => m.kind === 'named-person' && m.role !== undefined && sameRole(m.role, sp.role));
      const spk = latest((m) => m.kind === 'named-person' && m.speaker);
      const any = latest((m) => m.kind === 'named-person');
      const pick = titled ?? (spk && at - spk.at <= SPEAKER_WINDOW ? spk : any);
      return pick ? { name: pick.name, kind: 'named-person' } : null;
    }
    case 'role-of-anaphor': {
      const org = resolve({ type: 'org-anaphor', noun: sp.noun }, at, mentions, paraStart);
      return org ? { name: `${org.name} ${sp.role}`, kind: 'organization' } : null;
    }
  }
}
