import type { Claim, ClaimKind } from '../model.js';
import { refiners as defaultRefiners, taggers as defaultTaggers } from './configuration.js';
import type { ClaimDraft, Refiner, TagContext, Tagger } from './types.js';

export type { ClaimDraft, Refiner, TagContext, Tagger } from './types.js';

export interface TagOptions {
  /** Only keep claims of these kinds (tagging still runs all taggers, since refiners link kinds). */
  kinds?: readonly ClaimKind[];
  taggers?: readonly Tagger[];
  refiners?: readonly Refiner[];
}

/** Index of the sentence that contains `offset` (binary search; -1 if none). */
export function sentenceAt(ctx: TagContext, offset: number): number {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].start) hi = mid - 1;
    else if (offset >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  // between sentences (whitespace): attach to the next sentence
  return lo < s.length ? lo : s.length - 1;
}

export function toClaim(d: ClaimDraft, ctx: TagContext): Claim {
  const claim: Claim = {
    id: `${ctx.sourceId}:${d.kind}:${d.span.start}`,
    kind: d.kind,
    text: ctx.text.slice(d.span.start, d.span.end),
    span: { start: d.span.start, end: d.span.end },
    sentence: sentenceAt(ctx, d.span.start),
    value: d.value,
    subject: d.subject ?? [],
  };
  if (d.reason !== undefined) claim.reason = d.reason;
  if (d.attributedTo !== undefined) claim.attributedTo = d.attributedTo;
  return claim;
}

/** Run every tagger over the article, then every refiner over the claim list. */
export function tag(ctx: TagContext, options: TagOptions = {}): Claim[] {
  const taggers = options.taggers ?? defaultTaggers;
  const refiners = options.refiners ?? defaultRefiners;
  let claims: Claim[] = [];
  for (const t of taggers) {
    for (const d of t.extract(ctx)) {
      if (d.span.start < 0 || d.span.end > ctx.text.length || d.span.end <= d.span.start) continue;
      claims.push(toClaim(d, ctx));
    }
  }
  for (const r of refiners) claims = r.refine(claims, ctx);
  if (options.kinds) {
    const keep = new Set(options.kinds);
    claims = claims.filter((c) => keep.has(c.kind));
  }
  return claims;
}
