/**
 * What a speaker phrase is: a person name, an organization, an outlet, an anonymous source, a
 * pronoun, or an anaphor ("the group", "the spokesman", "his office", "the Texas Republican")
 * that mentions.ts resolves against earlier mentions.
 *
 * Normal forms of `source` / `speaker`:
 *  - person: the name without titles or honorifics ("Commerce Secretary Wilbur Ross" → "Wilbur Ross";
 *    a later bare "Ross" or "Mr. Ross" resolves to the full name when it was given);
 *  - organization: without "the" and a leading U.S./UK ("the U.S. Commerce Department" →
 *    "Commerce Department"; "Department of Education" stays as printed; "the Israeli military");
 *  - a spokesperson or officials of a named organization: "<organization> <role>" ("a spokesman
 *    from the Commerce Department" → "Commerce Department spokesman"), kind organization;
 *  - outlet: canonicalOutlet() ("the NY Times" → "New York Times"), kind publication;
 *  - anonymous: the phrase without a/an/the/one ("people familiar with the matter", "officials",
 *    "senior administration official", "media"); "reportedly" → "unnamed reports";
 *  - unresolved anaphors keep their noun ("the bank said" with no bank named → "bank");
 *    possessives name their owner ("his office" → "Ron DeSantis's office"; "his agent" → "agent"
 *    when nobody is named);
 *  - UK titles and post-nominals are stripped too ("Cllr", "Dame", "Rt Hon", "Det Insp", "MP", "KC");
 *  - names with an acronym ("NHS England") or an institution head ("Buckingham Palace", "Land
 *    Registry", "Thames Valley Police") are organizations; "police" alone is the organization
 *    "police" (or the force named before); a descriptor before a name is dropped ("mortgage lender
 *    Halifax" → "Halifax"); a name with an inner list stays whole ("Department for Environment,
 *    Food and Rural Affairs").
 */
import type { AttributionKind } from '../../model.js';
import {
  ANON_QUALIFIER,
  ANONYMOUS_HEADS,
  canonicalOutlet,
  COUNTRY_PREFIX,
  listedOutlet,
  DETERMINERS,
  EPITHETS,
  FIRST_NAMES,
  HONORIFICS,
  INSTITUTIONS,
  INSPECTING_ROLES,
  LINKS,
  LOWER_ORG,
  MEDIA_NOUNS,
  NAME_PARTICLES,
  NAMED_INSTITUTIONS,
  NATIONALITY,
  NEWS_MEDIA,
  ORG_ANAPHORS,
  POST_NOMINALS,
  ORG_HEADS,
  PLACES,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
  QUALIFIER_RE,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPOKES_ROLES,
  TITLES,
} from '../vocab/speech.js';
import { isPossessive, type Token } from './tokens.js';
import { agentPlural, orgHead, orgPlural, pluralNoun, QUANTIFIERS, roleHead } from './phrase.js';

export type Gender = 'm' | 'f' | undefined;

/** What a speaker phrase says before resolution. */
export type Speaker =
  | { type: 'named'; kind: AttributionKind; name: string; gender?: Gender; heads: string[]; single?: boolean; role?: string; plural?: boolean }
  | { type: 'pronoun'; pronoun: 'm' | 'f' | 'org' | 'plural' }
  | { type: 'org-anaphor'; noun: string; text?: string }
  | { type: 'role-anaphor'; role: string; gender?: Gender }
  /** "a department spokesman": a role of an organization named earlier. */
  | { type: 'role-of-anaphor'; noun: string; role: string; gender?: Gender }
  /** "his office", "her campaign": something belonging to a person or body named earlier. */
  | { type: 'possessive'; owner: 'm' | 'f' | 'org' | 'plural'; noun: string }
  /** "the South Carolina Republican", "the Texas senator": an epithet for a person named earlier. */
  | { type: 'person-anaphor'; role: string };

/** The phrase as written: tokens joined by a space unless they touch ("Environment, Food"). */
const words = (ts: readonly Token[]) => ts.map((t, k) => (k && ts[k - 1].end === t.start && t.text === ',' ? t.text : (k ? ' ' : '') + t.text)).join('');

function normalizeOrg(name: string): string {
  let n = name.replace(/^the\s+/i, '').trim();
  if (COUNTRY_PREFIX.test(n) && n.split(' ').length > 2) n = n.replace(COUNTRY_PREFIX, '');
  return n;
}

/** Title acronyms that read as lower-case role words ("the CEO", "Apple CEO Tim Cook"). */
const ACRONYM_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'cmo']);
/** An all-capital acronym ("NHS", "BBC"): in a capitalized run it marks an organization, not a person. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Organization heads that are common nouns on their own ("Power was restored", but "Thames Water"). */
const COMMON_HEADS = new Set(['water', 'gas', 'power', 'electricity', 'air', 'rail', 'energy', 'oil', 'steel', 'mining', 'media', 'news', 'capital', 'insurance', 'foods', 'stores', 'mobile', 'watch', 'trust', 'management', 'resources', 'county', 'borough', 'parish', 'township']);
/** Plural last words of company names ("Associated British Ports", "General Motors"). */
const PLURAL_ORG_HEADS = new Set(['ports', 'airways', 'airlines', 'motors', 'labs', 'laboratories', 'pharmaceuticals', 'brands', 'foods', 'stores', 'studios', 'communications', 'solutions', 'networks', 'services', 'utilities', 'railways', 'mines', 'minerals', 'chemicals', 'materials', 'markets', 'investments', 'securities', 'properties']);
/** Adjectives that scope a lower-case description to one body ("the national weather service"). */
const SCOPE = new Set(['national', 'federal', 'state', 'provincial', 'regional', 'county', 'city', 'municipal', 'metropolitan', 'district']);
/** Nouns for police as a body ("police said", "the police said"): an organization. */
const POLICE_WORDS = new Set(['police']);

const lastLower = (ts: readonly Token[]) => (ts.length ? ts[ts.length - 1].lower.replace(/\.$/, '') : '');

/** Is this capitalized run an organization rather than a person? */
function orgLike(ts: readonly Token[]): boolean {
  const joined = ts.map((t) => t.lower).join(' ');
  return (
    (ORG_HEADS.has(lastLower(ts)) && !(ts.length === 1 && COMMON_HEADS.has(lastLower(ts)))) ||
    // a plural head: "National Air Traffic Services", "Associated British Ports"
    (ts.length > 1 && /[^s]s$/.test(lastLower(ts)) && !FIRST_NAMES.has(ts[0].lower) && !hasTitle(ts) && (ORG_HEADS.has(lastLower(ts).slice(0, -1)) || PLURAL_ORG_HEADS.has(lastLower(ts)))) ||
    NAMED_INSTITUTIONS.has(joined.replace(/^the /, '')) ||
    PLACES.has(joined) ||
    ts.some((t) => t.lower === 'of' || t.lower === '&' || t.lower === 'for') ||
    // an acronym in a name without a title ("NHS England"; not "ECB President Christine Lagarde")
    (ts.some((t) => ACRONYM.test(t.text) && !/^[IVX]+$/.test(t.text) && !POST_NOMINALS.has(t.lower)) && !ts.some((t) => TITLES.has(t.lower) || HONORIFICS.has(t.lower))) ||
    canonicalOutlet(words(ts)) !== null
  );
}

/** Classify a speaker phrase (tokens as written, may start with a determiner). */
export function classify(given: readonly Token[]): Speaker | null {
  if (!given.length) return null;
  const raw = given.map((t) => (t.cap && ACRONYM_TITLES.has(t.lower) ? { ...t, cap: false } : t));
  if (raw.length === 1 && PRONOUNS.has(raw[0].lower)) return { type: 'pronoun', pronoun: PRONOUNS.get(raw[0].lower)! };
  if (raw.length === 2 && POSSESSIVE_PRONOUNS.has(raw[0].lower)) return { type: 'possessive', owner: POSSESSIVE_PRONOUNS.get(raw[0].lower)!, noun: raw[1].lower };
  const det = DETERMINERS.has(raw[0].lower) ? raw[0].lower : '';
  const ts = det ? raw.slice(1) : [...raw];
  if (!ts.length) return null;
  const text = words(ts);
  const last = lastLower(ts);
  const caps = ts.filter((t) => t.cap);

  // two named sources joined by "and" speak together: "Microsoft and OpenAI announced", "Sen.
  // Elizabeth Warren and Sen. Bernie Sanders wrote" (not one name: "Food and Drug Administration")
  const and = ts.findIndex((t) => t.lower === 'and');
  if (and > 0 && and < ts.length - 1 && ts[0].cap && ts[and + 1].cap && !orgLike(ts)) {
    const left = classify(ts.slice(0, and));
    const right = classify(ts.slice(and + 1));
    if (left?.type === 'named' && right?.type === 'named' && left.kind !== 'anonymous' && right.kind !== 'anonymous' && (left.kind === 'publication') === (right.kind === 'publication')) {
      const people = left.kind === 'named-person' && right.kind === 'named-person' && !left.single && !right.single;
      const kind = left.kind === 'publication' ? 'publication' : people ? 'named-person' : 'organization';
      return { type: 'named', kind, name: `${left.name} and ${right.name}`, heads: ['group'], plural: true };
    }
  }

  // lower-case role words, a title and a name: "food bank director Ana Soto", "elections director
  // Maria Santos" — the person is the name, the words before it describe the role
  const titleAt = ts.findIndex((t, k) => (k > 0 || !TITLES.has(t.lower)) && roleHead(t) && k < ts.length - 1 && ts.slice(k + 1).every((x) => x.cap || NAME_PARTICLES.has(x.lower)));
  if (titleAt >= 0 && (titleAt > 0 ? ts.slice(0, titleAt).some((t) => !t.cap) : !TITLES.has(ts[0].lower) && !ROLE_NOUNS.has(ts[0].lower)) && !ts.some((t) => LINKS.has(t.lower))) {
    const named = titleAt > 0 ? classify(ts.slice(titleAt)) : orgLike(ts.slice(1)) ? null : person(ts, ts);
    if (named?.type === 'named' && named.kind === 'named-person' && !named.single) return named;
  }
  // a plural agent noun alone: "policymakers", "the campaigners", "Western bankers"
  const lastTok = ts[ts.length - 1];
  if ((det === '' || det === 'the') && ts.length <= 2 && (!lastTok.cap || ts.length === 1) && agentPlural({ ...lastTok, cap: false }) && (ts.length === 1 || ts[0].cap || /^[a-z-]+$/.test(ts[0].lower)) && !ANONYMOUS_HEADS.has(lastTok.lower) && !ROLE_NOUNS.has(lastTok.lower))
    return anonymous(raw, det);
  // a quantifier and a plural noun: "several policymakers", "two bankers"
  if (det && QUANTIFIERS.has(det) && !ts[ts.length - 1].cap && pluralNoun(ts[ts.length - 1]) && ts.length <= 3) return anonymous(raw, det);
  // "the county assessor's office": a description owned by a lower-case noun is an organization as written
  const pos2 = raw.findIndex((t) => isPossessive(t));
  if ((pos2 >= 2 || (pos2 === 1 && raw.length - pos2 > 2)) && !raw[pos2].cap && pos2 < raw.length - 1 && raw.every((t) => !t.cap || DETERMINERS.has(t.lower)) && orgHead(raw[raw.length - 1]))
    return { type: 'named', kind: 'organization', name: words(ts), heads: [lastLower(raw)] };
  // anonymous heads with a qualifier: "people familiar with the matter", "a person with knowledge of"
  for (let k = 1; k < ts.length; k++) {
    if (!ANONYMOUS_HEADS.has(ts[k - 1].lower)) continue;
    const q = ts[k].lower;
    if (ANON_QUALIFIER.test(q) || (q === 'with' && /^(?:knowledge|direct|first-hand|firsthand|access|detailed)$/.test(ts[k + 1]?.lower ?? ''))) return anonymous(raw, det);
  }
  // a possessive that opens the phrase reads as "the" ("the city’s utility", "Trump's lawyer")
  const posAt = raw.findIndex((t) => isPossessive(t));
  if (posAt >= 0 && posAt <= 1 && posAt < raw.length - 1) {
    const rest = raw.slice(posAt + 1);
    if (rest.every((t) => !t.cap)) return classify([{ ...raw[posAt], text: 'the', lower: 'the', cap: false }, ...rest]);
  }
  // outlets ("the New York Times", "Reuters", "the Times")
  // a generic paper name needs "the" ("the Springfield Herald"); "Royal Mail said" is a company
  const outlet = canonicalOutlet(det === 'the' ? `the ${text}` : text);
  if (outlet && (det === 'the' || (det === '' && listedOutlet(text)))) return { type: 'named', kind: 'publication', name: outlet, heads: ['outlet'] };

  // "Japan's Nikkei newspaper", "the state news agency Xinhua"
  const mediaAt = ts.findIndex((t, k) => !t.cap && (MEDIA_NOUNS.has(t.lower) || NEWS_MEDIA.has(t.lower)) && k < ts.length - 1 && ts.slice(k + 1).every((x) => x.cap));
  if (mediaAt >= 0) {
    const name = words(ts.slice(mediaAt + 1));
    return { type: 'named', kind: 'publication', name: canonicalOutlet(name) ?? name, heads: ['outlet'] };
  }
  const newsMedia = NEWS_MEDIA.has(last) && ts.length > 1 && /^(?:news|tv|television|radio|state)$/.test(ts[ts.length - 2].lower);
  if ((MEDIA_NOUNS.has(last) || newsMedia) && caps.length) {
    const name = words(ts.filter((t) => t.cap));
    return { type: 'named', kind: 'publication', name: canonicalOutlet(name) ?? name, heads: ['outlet'] };
  }
  // "police", "the police": the force as a body (resolved to a force named earlier)
  if (ts.length === 1 && POLICE_WORDS.has(last) && (det === '' || det === 'the')) return { type: 'org-anaphor', noun: last, text: ts[0].text };
  // a lower-case descriptor before a name: "mortgage lender Halifax", "the budget airline Ryanair"
  // (the last lower-case word before the name: "the campaign group Our Fish")
  const descAt = ts.findLastIndex((t, k) => !t.cap && ORG_ANAPHORS.has(t.lower) && !!ts[k + 1]?.cap);
  if (descAt >= 0 && descAt < ts.length - 1 && ts.slice(0, descAt).every((t) => !t.cap) && ts.slice(descAt + 1).every((t) => t.cap)) {
    const named = classify(ts.slice(descAt + 1));
    if (named?.type === 'named' && named.kind !== 'anonymous') {
      // "lender Halifax" is a company; "board President Alicia Moreno" stays a person
      // (an untitled name after an organization noun is the organization: "the campaign group Our Fish")
      const kind = named.kind === 'named-person' && (named.single || !named.role) ? 'organization' : named.kind;
      return { ...named, kind, heads: [...named.heads, ts[descAt].lower] };
    }
  }
  // the same descriptor opening a sentence: "Operator CalMac said", "Lender Halifax said" (an
  // agent noun for a company, then one name)
  if (!det && ts.length >= 2 && ts[0].cap && ORG_ANAPHORS.has(ts[0].lower) && /(?:or|er)$/.test(ts[0].lower) && ts.slice(1).every((t) => t.cap) && !TITLES.has(ts[0].lower)) {
    const named = classify(ts.slice(1));
    if (named?.type === 'named' && named.kind !== 'anonymous' && named.kind !== 'publication' && !named.role && !named.gender && !named.heads.includes('place'))
      return { ...named, kind: 'organization', heads: [...named.heads, ts[0].lower] };
  }
  // the lower-case definite descriptions: "the group", "the Chinese company", "the spokesman"
  if (det === 'the' && ts.length >= 2 && !ts[ts.length - 1].cap && INSTITUTIONS.has(last) && ts.slice(0, -1).every((t) => t.cap && (NATIONALITY.test(t.text) || PLACES.has(t.lower)))) {
    // "the Israeli military": a nationality makes an institution specific
    return { type: 'named', kind: 'organization', name: words(ts), heads: [last] };
  }
  if (det === 'the' && ts.length >= 2 && ts.slice(0, -1).every((t) => t.cap) && (EPITHETS.test(ts[ts.length - 1].text) || (!ts[ts.length - 1].cap && TITLES.has(last)))) {
    // "the South Carolina Republican", "the Texas senator"
    return { type: 'person-anaphor', role: last };
  }
  // "the national weather service", "the state highway patrol": a scope adjective and a described
  // body is that one body as written, not an anaphor for whatever organization came before
  if (det === 'the' && ts.length >= 3 && SCOPE.has(ts[0].lower) && ts.every((t) => !t.cap && t.word) && orgHead(ts[ts.length - 1]))
    return { type: 'named', kind: 'organization', name: words(ts), heads: [last] };
  // "the Seattle-based company", "the state-owned lender": a place or owner adjective before a description
  const located = (t: Token) => /^[\p{L}.-]+-(?:based|owned|listed|headquartered|backed|run|controlled)$/u.test(t.text);
  if (det === 'the' && ts.length >= 2 && !ts[ts.length - 1].cap && ORG_ANAPHORS.has(last) && ts.slice(0, -1).every((t) => located(t) || !t.cap)) {
    return { type: 'org-anaphor', noun: last };
  }
  // "the companies", "the two firms", "both banks": a plural organization anaphor reads like "they"
  const pl = ts[ts.length - 1];
  const both = det === 'both' || (det === 'the' && ts.length === 2 && ['two', 'three'].includes(ts[0].lower));
  if ((det === 'the' || both) && (ts.length === 1 || both) && orgPlural(pl)) return { type: 'pronoun', pronoun: 'plural' };
  if (det === 'the' && ts.every((t) => !t.cap || NATIONALITY.test(t.text))) {
    if (!ts[ts.length - 1].cap) {
      if (ORG_ANAPHORS.has(last)) return { type: 'org-anaphor', noun: last };
      if (SPOKES_ROLES.has(last) && !last.endsWith('s')) return { type: 'role-anaphor', role: last, gender: ROLE_NOUNS.get(last) };
      if (TITLES.has(last) && ts.length <= 2) return { type: 'role-anaphor', role: last, gender: undefined };
      // "the central bank"
      const two = ts.slice(-2).map((t) => t.lower).join(' ');
      if (ORG_ANAPHORS.has(two)) return { type: 'org-anaphor', noun: two };
    }
  }
  if (det === 'the' && ts.length === 2 && ts[0].lower === 'white' && ts[1].lower === 'house')
    return { type: 'named', kind: 'organization', name: 'White House', heads: ['white house', 'administration'] };

  // role + link + organization: "a spokesman from the Commerce Department"
  const linkAt = ts.findIndex((t) => LINKS.has(t.lower));
  if (linkAt > 0) {
    const left = ts.slice(0, linkAt);
    let right = ts.slice(linkAt + 1);
    if (right[0]?.lower === 'the') right = right.slice(1);
    const leftHead = lastLower(left);
    // "a spokesperson for the agency": a role of an organization named earlier
    if (SPOKES_ROLES.has(leftHead) && right.length === 1 && !right[0].cap && ORG_ANAPHORS.has(right[0].lower) && ts[linkAt + 1]?.lower === 'the')
      return { type: 'role-of-anaphor', noun: right[0].lower, role: leftHead, gender: ROLE_NOUNS.get(leftHead) };
    if (ROLE_NOUNS.has(leftHead) || TITLES.has(leftHead)) {
      // only spokespeople speak for an organization; "an analyst at X" stays anonymous
      if (!SPOKES_ROLES.has(leftHead) && !INSPECTING_ROLES.has(leftHead) && !left.some((t) => t.cap)) return anonymous(raw, det);
      if (QUALIFIER_RE.test(ts[linkAt].lower) && ANONYMOUS_HEADS.has(leftHead) && (!right.length || !right[0].cap || ts[linkAt].lower === 'with'))
        return anonymous(raw, det);
      if (right.length && right.some((t) => t.cap) && !PLACES.has(words(right).toLowerCase())) {
        const org = normalizeOrg(words(right));
        const outletName = canonicalOutlet(`the ${words(right)}`);
        const leftCaps = left.filter((t) => t.cap && !TITLES.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower));
        if (leftCaps.length) return person(leftCaps, left);
        return { type: 'named', kind: 'organization', name: `${outletName ?? org} ${leftHead}`, heads: [leftHead], role: leftHead, gender: ROLE_NOUNS.get(leftHead) };
      }
      return anonymous(raw, det);
    }
    // "President Xi Jinping of China": a name with its affiliation
    if (left.some((t) => t.cap) && !orgLike(left) && (hasTitle(left) || FIRST_NAMES.has(left[0].lower))) return person(left, left);
  }

  // anonymous heads without a named organization: "officials", "U.S. officials", "two people"
  if (det === 'a' || det === 'an' || det === 'one') {
    // "a department spokesman", "a company spokeswoman": the organization was named before
    const mod = ts.length >= 2 && !ts[ts.length - 2].cap ? ts[ts.length - 2].lower : '';
    if (mod && ts.length === 2 && SPOKES_ROLES.has(last) && ORG_ANAPHORS.has(mod)) return { type: 'role-of-anaphor', noun: mod, role: last, gender: ROLE_NOUNS.get(last) };
  }
  if (ANONYMOUS_HEADS.has(last) || (ROLE_NOUNS.has(last) && !caps.length)) {
    const orgPart = ts.slice(0, -1).filter((t) => t.cap);
    // a capitalized common modifier is a sentence opener, not a name ("Hospital officials said")
    const named =
      orgPart.length > 0 &&
      !(orgPart.length === 1 && (ROLE_MODIFIERS.has(orgPart[0].lower) || ORG_ANAPHORS.has(orgPart[0].lower) || COMMON_HEADS.has(orgPart[0].lower))) &&
      orgPart.every((t) => !NATIONALITY.test(t.text) && !PLACES.has(t.lower)) &&
      !PLACES.has(orgPart.map((t) => t.lower).join(' '));
    if (named) {
      const org = normalizeOrg(words(orgPart));
      return { type: 'named', kind: 'organization', name: `${org} ${ts[ts.length - 1].text}`, heads: [last], role: last };
    }
    return anonymous(raw, det);
  }

  // a named force: "Thames Valley Police", "Kent police" (the body, not a role)
  if (POLICE_WORDS.has(last) && caps.length && ts.slice(0, -1).every((t) => t.cap)) return { type: 'named', kind: 'organization', name: normalizeOrg(text), heads: ['police'] };
  // role noun after a named organization: "a Commerce Department spokesman", "a Huawei spokeswoman"
  if (ROLE_NOUNS.has(last) && caps.length) {
    if (ts.length === 1) return { type: 'named', kind: 'organization', name: ts[0].text, heads: [last] };
    const body = ts.slice(0, -1);
    // "a Department for Environment, Food and Rural Affairs spokesman": a linked name stays whole
    const firstCap = body.findIndex((t) => t.cap);
    const linked = firstCap >= 0 && body.slice(firstCap).every((t) => t.cap || ['for', 'of', 'and', '&', ','].includes(t.lower)) && body.slice(firstCap).some((t) => t.lower === 'for' || t.lower === 'of');
    const org = normalizeOrg(words(linked ? body.slice(firstCap) : body.filter((t) => t.cap || LOWER_ORG.has(t.lower))));
    return { type: 'named', kind: 'organization', name: `${org} ${ts[ts.length - 1].text}`, heads: [last], role: last, gender: ROLE_NOUNS.get(last) };
  }

  if (!caps.length) {
    // "the Trump administration" has caps; plain lower-case phrases are not speakers
    return null;
  }
  // "the Trump administration", "the Obama campaign"
  if (LOWER_ORG.has(last) && !ts[ts.length - 1].cap) {
    return { type: 'named', kind: 'organization', name: normalizeOrg(text), heads: [last] };
  }
  if (ts.some((t) => !t.cap && t.lower !== 'of' && t.lower !== '&' && t.lower !== 'and' && t.lower !== 'for' && t.text !== ',' && !TITLES.has(t.lower) && !ROLE_MODIFIERS.has(t.lower) && !NAME_PARTICLES.has(t.lower) && !ROLE_NOUNS.has(t.lower))) return null;
  if (orgLike(ts)) {
    const name = normalizeOrg(text);
    const heads = [last];
    const inst = name.toLowerCase();
    if (NAMED_INSTITUTIONS.has(inst)) heads.push(inst);
    if (PLACES.has(inst)) heads.push('place');
    return { type: 'named', kind: 'organization', name, heads };
  }
  return person(ts, ts);
}

function hasTitle(ts: readonly Token[]): boolean {
  return ts.some((t) => TITLES.has(t.lower) || HONORIFICS.has(t.lower));
}

/** A person: strip titles and honorifics ("Commerce Secretary Wilbur Ross" → "Wilbur Ross"). */
function person(given: readonly Token[], all: readonly Token[]): Speaker | null {
  let gender: Gender;
  // letters after the name ("Jane Mills MP", "Tom Reid KC") are not part of it
  let cut = given.length;
  while (cut > 1 && (POST_NOMINALS.has(given[cut - 1].lower) || given[cut - 1].text === ',')) cut--;
  const ts = given.slice(0, cut);
  let lastTitle = -1;
  for (let i = 0; i < ts.length; i++) {
    const l = ts[i].lower;
    if (HONORIFICS.has(l)) {
      gender = HONORIFICS.get(l);
      lastTitle = i;
    } else if (TITLES.has(l) || (!ts[i].cap && !NAME_PARTICLES.has(l))) lastTitle = i;
  }
  const nameTokens = ts.slice(lastTitle + 1).filter((t) => t.cap || NAME_PARTICLES.has(t.lower));
  while (nameTokens.length && !nameTokens[0].cap) nameTokens.shift();
  if (!nameTokens.length) return null;
  if (nameTokens.length > 4) return null;
  const titled = lastTitle >= 0;
  const first = nameTokens[0].lower;
  gender ??= FIRST_NAMES.get(first);
  if (!titled && nameTokens.length > 1 && (NATIONALITY.test(nameTokens[0].text) || PLACES.has(first))) {
    return { type: 'named', kind: 'organization', name: nameTokens.map((t) => t.text).join(' '), heads: [] };
  }
  if (nameTokens.length === 1 && !titled) {
    const l = first;
    if (PLACES.has(l)) return { type: 'named', kind: 'organization', name: nameTokens[0].text, heads: ['place'] };
    // a single unknown word: a surname or a company; resolved against earlier mentions
    return { type: 'named', kind: 'named-person', name: nameTokens[0].text, heads: [], single: true };
  }
  const titleTok = lastTitle >= 0 && (TITLES.has(ts[lastTitle].lower) || ROLE_NOUNS.has(ts[lastTitle].lower)) ? ts[lastTitle] : undefined;
  const role = (titleTok ?? all.find((t) => ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower)))?.lower;
  const out: Speaker = { type: 'named', kind: 'named-person', name: nameTokens.map((t) => t.text).join(' '), heads: [], single: nameTokens.length === 1 };
  if (gender) out.gender = gender;
  if (role) out.role = role;
  if (role && ROLE_NOUNS.get(role)) out.gender ??= ROLE_NOUNS.get(role);
  return out;
}

function anonymous(raw: readonly Token[], det: string): Speaker {
  const ts = det === 'a' || det === 'an' || det === 'the' || det === 'one' ? raw.slice(1) : raw;
  return { type: 'named', kind: 'anonymous', name: words(ts), heads: [lastLower(ts)] };
}
