/**
 * Who repeats whom. A claim is "via" another source of the set when, in order of evidence:
 * its own sentence names that outlet ("the New York Times reported"); its article cites that
 * outlet anywhere and the outlet states the same fact in the row, published no later; or its
 * sentence near-copies an earlier source's sentence (copies.ts). The last two need the same value
 * (sameStatement): a figure that differs from the cited outlet's is not a repeat of it.
 */
import type { Article, ArticleContext, AttributionValue } from '../model.js';
import { findCopies } from './copies.js';
import { itemOrder, type Item } from './features.js';
import type { OutletIndex } from './outlets.js';
import { sameStatement } from './status.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sources that a claim names as its origin, from the claim itself or attributions in its sentence. */
export function viaByAttribution(article: Article, outlets: OutletIndex): Map<string, string> {
  const own = article.source.id;
  const bySentence = new Map<number, string[]>();
  for (const c of article.claims) {
    if (c.kind !== 'attribution' || !c.value) continue;
    const list = bySentence.get(c.sentence) ?? [];
    list.push((c.value as AttributionValue).source);
    bySentence.set(c.sentence, list);
  }
  const out = new Map<string, string>();
  for (const c of article.claims) {
    const names = [c.attributedTo, ...(bySentence.get(c.sentence) ?? [])];
    for (const n of names) {
      const id = outlets.resolve(n);
      if (id && id !== own) {
        out.set(c.id, id);
        break;
      }
    }
  }
  return out;
}

/**
 * Outlets of the set an article cites anywhere (names in its text, its byline, any attribution):
 * when it shares a fact with one of them published no later than itself, it is taken to repeat
 * it. A rewrite credits the wire once ("Allied Newswire reported", "(AN)") and then repeats every
 * figure without saying so again.
 */
export function citedOutlets(article: Article, outlets: OutletIndex, context: ArticleContext): Set<string> {
  const out = outlets.mentions(context.mentions);
  out.delete(article.source.id);
  const names = [article.source.byline];
  for (const c of article.claims) {
    names.push(c.attributedTo);
    if (c.kind === 'attribution' && c.value) names.push((c.value as AttributionValue).source);
  }
  for (const n of names) {
    const id = outlets.resolve(n);
    if (id && id !== article.source.id) out.add(id);
  }
  return out;
}

/** Origin order inside a row: outlets the others cite first, then earliest publication, then content. */
export function originOrder(cites: Map<string, Set<string>>, members: readonly Item[]): (a: Item, b: Item) => number {
  const cited = new Set<string>();
  for (const m of members) for (const c of cites.get(m.sourceId) ?? []) cited.add(c);
  return (a, b) => Number(!cited.has(a.sourceId)) - Number(!cited.has(b.sourceId)) || byDate(a, b);
}

/** An outlet cannot repeat one published after it (unknown dates do not rule it out). */
function notLater(original: Item, copy: Item): boolean {
  return !original.published || !copy.published || original.published <= copy.published;
}

function byDate(a: Item, b: Item): number {
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return cmp(a.published, b.published);
  }
  return itemOrder(a, b);
}

/**
 * The first member (in origin order) other than m whose outlet m cites and that is published no
 * later. With one member per source, only the cited outlets are looked up (rows can be large).
 */
function citedMember(members: readonly Item[], m: Item, cited: Set<string>, first: Map<string, number> | undefined): Item | undefined {
  if (!first || cited.size >= members.length) return members.find((o) => o !== m && cited.has(o.sourceId) && notLater(o, m) && sameStatement(o, m));
  let best = -1;
  for (const c of cited) {
    const j = first.get(c);
    if (j === undefined || (best >= 0 && j > best)) continue;
    const o = members[j];
    if (o !== m && notLater(o, m) && sameStatement(o, m)) best = j;
  }
  return best >= 0 ? members[best] : undefined;
}

/**
 * The via source of each member (in origin order), or undefined. Two outlets that cite each
 * other never both become copies: the one earlier in origin order stays the original.
 */
export function assignVia(members: readonly Item[], sentenceVia: Map<Item, string>, cites: Map<string, Set<string>>): (string | undefined)[] {
  // one member (most rows of a large table) copies and cites no one in the row: only its own sentence's attribution counts
  if (members.length === 1) {
    const v = sentenceVia.get(members[0]);
    return [v && v !== members[0].sourceId ? v : undefined];
  }
  const copies = findCopies(members.map((m) => m.sentenceText));
  // first member of each source: a small cited set is looked up here instead of scanning the row
  const first = new Map<string, number>();
  members.forEach((m, i) => {
    if (!first.has(m.sourceId)) first.set(m.sourceId, i);
  });
  const unique = first.size === members.length;
  const out = members.map((m, i) => {
    const cited = cites.get(m.sourceId);
    const articleVia = cited ? citedMember(members, m, cited, unique ? first : undefined)?.sourceId : undefined;
    const copied = copies[i] >= 0 && sameStatement(members[copies[i]], m) ? members[copies[i]].sourceId : undefined;
    const v = sentenceVia.get(m) ?? articleVia ?? copied;
    return v && v !== m.sourceId ? v : undefined;
  });
  const index = new Map(members.map((m, i) => [m.sourceId, i]));
  for (let i = 0; i < members.length; i++) {
    const j = out[i] === undefined ? undefined : index.get(out[i]!);
    if (j !== undefined && out[j] === members[i].sourceId) out[Math.min(i, j)] = undefined;
  }
  return out;
}
