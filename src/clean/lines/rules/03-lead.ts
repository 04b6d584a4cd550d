/**
 * The lead (everything before the first body paragraph): the title, byline and date lines become
 * metadata; kicker lines and related headlines go; short stragglers cut off by furniture go.
 */
import { hintVerdict, isBodyLike, isCredit, isHeadlineLike, isTailHeading, isTitleLike, wordCount } from '../furniture.js';
import { isBylineOrDateLine, readTextMeta } from '../textmeta.js';
import { kept, type LineContext } from '../context.js';

/** Body starts at a prose block with another prose block among the next few kept blocks (a lone cookie notice is not the start). */
const BODY_CONFIRM_WINDOW = 3;
/** A leading line shorter than this is a section label or nav item ("World", "Tech News"), not a headline. */
const MIN_TITLE_WORDS = 3;
/** How many blocks above a byline/date line we look for the headline. */
const TITLE_ANCHOR_WINDOW = 4;
/** Right above a byline, a line of up to this many words is the headline even with sentence punctuation. */
const MAX_ANCHORED_TITLE_WORDS = 25;
/** Drop reasons that rule a heading out as the title (a nav-link heading may still be the headline). */
const NOT_TITLE_REASONS = new Set(['furniture-phrase', 'furniture-sentence', 'credit', 'time-ago', 'bare-url']);
/** Drop reasons that still let a block be the title or its byline anchor. */
const TITLE_OK_REASONS = new Set(['outside-article-body', 'link-list']);

/** First prose block confirmed by another prose block soon after it; else the first prose block; else -1. */
export function findBodyStart(ctx: LineContext): number {
  const prose: number[] = [];
  const keptIdx: number[] = [];
  ctx.blocks.forEach((b, i) => {
    if (!kept(ctx, i) || ctx.verdicts[i]!.kind === 'caption') return;
    keptIdx.push(i);
    if (isBodyLike(b)) prose.push(keptIdx.length - 1);
  });
  for (let k = 0; k + 1 < prose.length; k++) {
    if (prose[k + 1]! - prose[k]! <= BODY_CONFIRM_WINDOW) return keptIdx[prose[k]!]!;
  }
  return prose.length ? keptIdx[prose[0]!]! : -1;
}

/** Next to a byline/date line, the nearest heading (or headline line) above it; else the first heading; else a leading headline line. */
function findTitle(ctx: LineContext, end: number): number | undefined {
  const { blocks, verdicts: v } = ctx;
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    const reason = v[i]!.drop;
    if (!blocks[i]!.text || hintVerdict(blocks[i]!) === 'negative' || (reason && !TITLE_OK_REASONS.has(reason))) continue;
    candidates.push(i);
  }
  const titleLike = (i: number): boolean => {
    const b = blocks[i]!;
    if (isBylineOrDateLine(b.text)) return false;
    if (b.kind === 'heading') return !isTailHeading(b.text) && !NOT_TITLE_REASONS.has(v[i]!.drop ?? '');
    return v[i]!.kind === 'paragraph' && !v[i]!.drop && isTitleLike(b.text) && wordCount(b.text) >= MIN_TITLE_WORDS && !isCredit(b.text) && !isTailHeading(b.text);
  };
  const anchor = candidates.findIndex((i) => isBylineOrDateLine(blocks[i]!.text));
  if (anchor > 0) {
    // above a byline: the nearest heading; else the first headline line (a dek may follow it); else the line right above
    const window = candidates.slice(Math.max(0, anchor - TITLE_ANCHOR_WINDOW), anchor);
    const heading = [...window].reverse().find((i) => blocks[i]!.kind === 'heading' && titleLike(i));
    if (heading !== undefined) return heading;
    const line = window.find((i) => v[i]!.kind === 'paragraph' && titleLike(i));
    if (line !== undefined) return line;
    const nearest = window[window.length - 1]!;
    const nb = blocks[nearest]!;
    if (v[nearest]!.kind === 'paragraph' && !v[nearest]!.drop && wordCount(nb.text) <= MAX_ANCHORED_TITLE_WORDS && !isCredit(nb.text)) return nearest;
  }
  const heading = candidates.find((i) => blocks[i]!.kind === 'heading' && blocks[i]!.level === 1 && titleLike(i)) ??
    candidates.find((i) => blocks[i]!.kind === 'heading' && titleLike(i));
  if (heading !== undefined) return heading;
  const first = candidates.find((i) => !v[i]!.drop);
  return first !== undefined && titleLike(first) ? first : undefined;
}

export function readLead(ctx: LineContext): void {
  const { blocks, verdicts: v } = ctx;
  const start = findBodyStart(ctx);
  ctx.hasBody = start >= 0;
  ctx.bodyStart = ctx.hasBody ? start : blocks.length;
  // without prose, only a first line can be the title (and only if more follows)
  const firstKept = blocks.findIndex((_, i) => kept(ctx, i));
  const titleIdx = findTitle(ctx, ctx.hasBody ? ctx.bodyStart : firstKept + 1);
  const lead: number[] = [];
  for (let i = 0; i < ctx.bodyStart; i++) if (i !== titleIdx) lead.push(i);
  const textMeta = readTextMeta(blocks, lead);
  const provenance = { ...(textMeta.meta.provenance ?? {}) };
  ctx.meta = { ...textMeta.meta };
  if (titleIdx !== undefined) {
    ctx.meta.title = blocks[titleIdx]!.text;
    provenance.title = blocks[titleIdx]!.kind === 'heading' ? 'heading' : 'first-line';
    v[titleIdx]!.drop = 'title';
  }
  if (Object.keys(provenance).length) ctx.meta.provenance = provenance;
  else delete ctx.meta.provenance;
  for (const i of textMeta.used) v[i]!.drop = 'metadata-line';
  if (!ctx.hasBody) return;
  // kicker lines and related headlines before the body (the title was taken above)
  for (const i of lead) {
    if (!kept(ctx, i) || v[i]!.kind === 'caption') continue;
    const b = blocks[i]!;
    // a heading that reads as prose is the standfirst (dek): left out, as in HTML pages (docs/output.md)
    if (b.kind === 'heading' && isBodyLike({ ...b, kind: 'paragraph' })) v[i]!.drop = 'standfirst';
    else if (isHeadlineLike(b.text) || b.kind === 'heading') v[i]!.drop = 'lead-headline';
  }
}

/** Short lead blocks cut off from the body by furniture ("Cookie Search:", "Video not available."). */
export function dropLeadStragglers(ctx: LineContext): void {
  if (!ctx.hasBody) return;
  const { blocks, verdicts: v } = ctx;
  let adjacent = true;
  for (let i = ctx.bodyStart - 1; i >= 0; i--) {
    const reason = v[i]!.drop;
    if (reason === 'empty' || reason === 'no-words') continue;
    if (reason) {
      if (reason !== 'metadata-line' && reason !== 'title') adjacent = false;
      continue;
    }
    if (v[i]!.kind === 'caption') continue;
    if (!adjacent && !isBodyLike(blocks[i]!)) v[i]!.drop = 'lead-straggler';
  }
}
