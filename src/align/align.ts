/**
 * align(): the align stage, Article[] → AgreementTable.
 *
 * 1. every claim with a value becomes an item with a blocking key (kind + unit class) and a bag
 *    of context words;
 * 2. inside each block, items are clustered by context similarity (cluster.ts), at most one
 *    claim per source per row;
 * 3. each row gets a status (status.ts), "via" links (attribution to another outlet of the set,
 *    or near-copied sentences), a label and a content-derived id;
 * 4. rows are ranked: conflicts, then multi-source agreement by independent sources, then singles.
 *
 * Nothing depends on input order or file names except `source` ids themselves: items are sorted
 * by a content key before clustering and ids hash content.
 */
import {
  CLAIM_KINDS,
  SCHEMA_VERSION,
  type AgreementTable,
  type Article,
  type ArticleContext,
  type InputError,
  type Quantity,
  type Row,
  type RowClaim,
} from '../model.js';
import { clusterBlock } from './cluster.js';
import { releaseShingles } from './copies.js';
import { repairSiblings } from './siblings.js';
import { inverseDocumentFrequency } from './similarity.js';
import { itemOrder, makeItem, releaseWordNumbers, SentenceCache, type Item } from './features.js';
import { hashHex, rowFingerprint, rowLabel } from './label.js';
import { OutletIndex } from './outlets.js';
import { rowStatus } from './status.js';
import { StoryContext } from './stories.js';
import { articleContext } from './context.js';
import { assignVia, citedOutlets, originOrder, viaByAttribution } from './via.js';

export interface AlignOptions {
  errors?: InputError[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Key under which a later claim of the same article is a restatement of an earlier one: every
 * attribution to one outlet; a people count of one event with one value ("killing five people"
 * … "the five dead"). Other equal numbers may be different facts ("640 jobs", "640 workers").
 */
function repeatKey(it: Item): string | undefined {
  if (it.claim.kind === 'attribution') return it.block;
  const q = it.claim.value as Partial<Quantity>;
  if (it.claim.kind === 'date' || it.claim.kind === 'quote' || q.low === undefined) return undefined;
  return it.event ? `${it.block}|${q.low}|${q.high}|${it.event}` : undefined;
}

function rankGroup(r: Row): number {
  if (r.status === 'conflict') return 0;
  if (r.status === 'agree' || r.status === 'cited') return 1;
  return 2;
}

/**
 * Rank rows in place: conflicts first, then agreement by independent sources (attributions last),
 * then singles in reading order; row ids (unique) break ties. Each row's keys are read once into
 * flat arrays: the comparator reads numbers and strings by index, not fields of rows and claims
 * of many shapes (a large table sorts hundreds of thousands of rows).
 */
function sortRows(rows: Row[]): void {
  const n = rows.length;
  const group = new Uint8Array(n);
  const attribution = new Uint8Array(n);
  const independent = new Float64Array(n);
  const size = new Float64Array(n);
  const kind = new Int32Array(n);
  const start = new Float64Array(n);
  const source: string[] = new Array<string>(n);
  const label: string[] = new Array<string>(n);
  const id: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    group[i] = rankGroup(r);
    attribution[i] = Number(r.kind === 'attribution');
    independent[i] = r.independentSources ?? 0;
    size[i] = r.claims.length;
    kind[i] = CLAIM_KINDS.indexOf(r.kind);
    start[i] = r.claims[0].span.start;
    source[i] = r.claims[0].source;
    label[i] = r.label;
    id[i] = r.id;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const g = group[a] - group[b];
    if (g !== 0) return g;
    if (group[a] === 2) return cmp(source[a], source[b]) || start[a] - start[b] || cmp(id[a], id[b]);
    return (
      attribution[a] - attribution[b] ||
      independent[b] - independent[a] ||
      size[b] - size[a] ||
      kind[a] - kind[b] ||
      cmp(label[a], label[b]) ||
      cmp(id[a], id[b])
    );
  });
  const sorted = order.map((i) => rows[i]);
  for (let i = 0; i < n; i++) rows[i] = sorted[i];
}

/** Group claims about the same fact across sources and compare their values. */
export function align(articles: readonly Article[], options: AlignOptions = {}): AgreementTable {
  const sources = articles.map((a) => a.source).sort((a, b) => cmp(a.id, b.id));
  const outlets = new OutletIndex(sources);
  const items: Item[] = [];
  const via = new Map<Item, string>();
  const cites = new Map<string, Set<string>>();
  const contexts = new Map<Article, ArticleContext>(articles.map((a) => [a, articleContext(a)]));
  // one copy of each word and block name for all items (a large table holds millions of items)
  const strings = new Map<string, string>();
  for (const article of articles) {
    cites.set(article.source.id, citedOutlets(article, outlets, contexts.get(article)!));
    // tokenized sentences of this article only: dropped once its items are made
    const cache = new SentenceCache(article);
    const attributed = viaByAttribution(article, outlets);
    const seen = new Set<string>();
    const ordered = [...article.claims].sort((a, b) => a.span.start - b.span.start);
    for (const claim of ordered) {
      const it = makeItem(claim, article, cache, outlets, strings);
      if (!it) continue; // no value or vague: nothing to compare (the extract output still lists it)
      // one row per cited outlet (its first mention); a death toll restated later is one fact
      const repeat = repeatKey(it);
      if (repeat !== undefined) {
        if (seen.has(repeat)) continue;
        seen.add(repeat);
      }
      const v = attributed.get(claim.id);
      if (v) via.set(it, v);
      items.push(it);
    }
  }
  items.sort((a, b) => itemOrder(a, b) || cmp(a.sourceId, b.sourceId));
  const idf = inverseDocumentFrequency(items);
  const stories = new StoryContext(articles, (a) => contexts.get(a)!.names);
  contexts.clear();
  strings.clear();
  releaseWordNumbers();
  const blocks = new Map<string, Item[]>();
  for (const it of items) {
    const b = blocks.get(it.block) ?? [];
    b.push(it);
    blocks.set(it.block, b);
  }

  items.length = 0;
  const rows: Row[] = [];
  for (const name of [...blocks.keys()].sort(cmp)) {
    const block = blocks.get(name)!;
    // a block's items are let go once its rows are made: the heap holds one block at a time
    blocks.delete(name);
    for (const group of repairSiblings(block, clusterBlock(block, idf, stories))) {
      const members = group.map((i) => block[i]);
      members.sort(originOrder(cites, members));
      rows.push(buildRow(members, via, cites, idf));
      for (const m of members) via.delete(m);
    }
  }
  releaseShingles();
  const used = new Map<string, number>();
  rows.sort((a, b) => cmp(a.id, b.id) || cmp(a.claims[0].id, b.claims[0].id));
  for (const r of rows) {
    const n = (used.get(r.id) ?? 0) + 1;
    used.set(r.id, n);
    if (n > 1) r.id = `${r.id}-${n}`;
  }
  sortRows(rows);
  return { schemaVersion: SCHEMA_VERSION, sources, rows, errors: options.errors ?? [] };
}

function buildRow(members: Item[], via: Map<Item, string>, cites: Map<string, Set<string>>, idf: Map<string, number>): Row {
  const kind = members[0].claim.kind;
  const vias = assignVia(members, via, cites);
  const claims: RowClaim[] = members.map((m, i) => {
    const rc: RowClaim = { ...m.claim, source: m.sourceId, sentenceText: m.sentenceText };
    if (vias[i]) rc.via = vias[i];
    return rc;
  });
  claims.sort((a, b) => cmp(a.source, b.source));
  const { status, notes } = rowStatus(members);
  const row: Row = {
    id: `r${hashHex(rowFingerprint(kind, members))}`,
    kind,
    label: rowLabel(kind, members, idf),
    status,
    claims,
    independentSources: new Set(claims.filter((c) => !c.via).map((c) => c.source)).size,
  };
  if (notes.length > 0) row.notes = notes;
  return row;
}
