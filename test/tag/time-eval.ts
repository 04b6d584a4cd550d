/**
 * Test helpers for the date and duration taggers: build a TagContext with a trivial sentence split,
 * and score a tagger against a gold JSONL file (fixtures/eval/tags/*.jsonl) TempEval-style:
 * relaxed = spans overlap, strict = same span, value = relaxed match whose gold value fields all match.
 */
import fs from 'node:fs';
import type { Claim, ClaimKind, Sentence } from '../../src/model.js';
import { tag } from '../../src/tag/index.js';
import type { TagContext, Tagger } from '../../src/tag/types.js';

/** One sentence per line of input, or the whole text as one sentence when it has no newline. */
export function contextOf(text: string, published?: string): TagContext {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim().length > 0) sentences.push({ index: sentences.length, start, end, text: line });
    start = end + 1;
  }
  const ctx: TagContext = { sourceId: 't', text, sentences, paragraphs: [] };
  if (published !== undefined) ctx.published = published;
  return ctx;
}

export function run(tagger: Tagger, text: string, published?: string): Claim[] {
  const ctx = contextOf(text, published);
  const claims = tag(ctx, { taggers: [tagger] });
  for (const c of claims) {
    if (ctx.text.slice(c.span.start, c.span.end) !== c.text) throw new Error(`span/text mismatch: ${c.text}`);
  }
  return claims;
}

export interface GoldClaim {
  kind: ClaimKind;
  text: string;
  value: Record<string, unknown> | null;
}
export interface GoldRecord {
  id: string;
  published: string | null;
  text: string;
  claims: GoldClaim[];
}

export function readGold(path: string): GoldRecord[] {
  return fs
    .readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as GoldRecord);
}

export interface Scores {
  relaxed: number;
  strict: number;
  value: number;
  gold: number;
  predicted: number;
  misses: string[];
}

const f1 = (tp: number, pred: number, gold: number) => (pred + gold === 0 ? 1 : (2 * tp) / (pred + gold));

function valueMatches(gold: Record<string, unknown> | null, got: unknown): boolean {
  if (gold === null) return got === null;
  if (got === null || typeof got !== 'object') return false;
  const g = got as Record<string, unknown>;
  return Object.entries(gold).every(([k, v]) => g[k] === v);
}

export function score(tagger: Tagger, records: GoldRecord[]): Scores {
  let tpRelaxed = 0;
  let tpStrict = 0;
  let tpValue = 0;
  let nGold = 0;
  let nPred = 0;
  const misses: string[] = [];
  for (const r of records) {
    const claims = run(tagger, r.text, r.published ?? undefined).filter((c) => c.kind === tagger.kind);
    nPred += claims.length;
    const used = new Set<Claim>();
    let from = 0;
    for (const g of r.claims.filter((c) => c.kind === tagger.kind)) {
      nGold++;
      const gs = r.text.indexOf(g.text, from);
      from = gs + g.text.length;
      const ge = gs + g.text.length;
      const hit = claims.find((c) => !used.has(c) && c.span.start < ge && gs < c.span.end);
      if (!hit) {
        misses.push(`${r.id}: missed "${g.text}"`);
        continue;
      }
      used.add(hit);
      tpRelaxed++;
      if (hit.span.start === gs && hit.span.end === ge) tpStrict++;
      else misses.push(`${r.id}: span "${hit.text}" for "${g.text}"`);
      if (valueMatches(g.value, hit.value)) tpValue++;
      else misses.push(`${r.id}: value of "${g.text}": ${JSON.stringify(hit.value)} want ${JSON.stringify(g.value)}`);
    }
    for (const c of claims) if (!used.has(c)) misses.push(`${r.id}: spurious "${c.text}"`);
  }
  return {
    relaxed: f1(tpRelaxed, nPred, nGold),
    strict: f1(tpStrict, nPred, nGold),
    value: f1(tpValue, nPred, nGold),
    gold: nGold,
    predicted: nPred,
    misses,
  };
}
