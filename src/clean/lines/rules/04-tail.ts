/**
 * The tail: from a tail marker to the end; then trailing short lines. Strong markers (a "Recent
 * Posts"/"Related" heading, a comment form) may have a little prose after them (teasers); weak ones
 * (newsletter or quiz promo, bio, copyright, "hours ago") only end the article when no prose follows.
 */
import { endsLikeSentence, isBio, isBodyLike, isCommentForm, isHeadlineLike, isSignoff, isTailHeading, isTimeAgo } from '../furniture.js';
import { kept, type LineContext } from '../context.js';

/** Body text after a tail marker may be at most this share of the body before it (else the marker is inline). */
const MAX_TAIL_BODY_SHARE = 0.25;

/** Index where the trailing junk starts, or blocks.length. */
function findTail(ctx: LineContext): number {
  const { blocks } = ctx;
  const bodyChars = blocks.map((b, i) => (kept(ctx, i) && isBodyLike(b) ? b.text.length : 0));
  const after = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) after[i] = after[i + 1]! + bodyChars[i]!;
  // text of the next non-empty block, for two-line patterns (a name line, then the bio)
  const nextIdx = new Array<number>(blocks.length).fill(blocks.length);
  for (let i = blocks.length - 2; i >= 0; i--) nextIdx[i] = blocks[i + 1]!.text ? i + 1 : nextIdx[i + 1]!;
  const nextText = (i: number): string | undefined => blocks[nextIdx[i]!]?.text;
  // strong markers first: a little teaser prose may follow them
  let strongAt = blocks.length;
  let before = 0;
  for (let i = ctx.bodyStart; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    const strong = (isHeadlineLike(text) && isTailHeading(text)) || isCommentForm(text);
    if (strong && before > 0 && after[i + 1]! <= before * MAX_TAIL_BODY_SHARE) {
      strongAt = i;
      break;
    }
    before += bodyChars[i]!;
  }
  // then weak markers: no prose at all between them and the end (or the strong marker)
  before = 0;
  for (let i = ctx.bodyStart; i < strongAt; i++) {
    const text = blocks[i]!.text;
    const bio = isBio(text, nextText(i));
    const weak = bio || isSignoff(text) || isTimeAgo(text);
    // a name line's own bio paragraph is not prose after it
    const from = bio && nextText(i)?.startsWith(`${text} `) ? nextIdx[i]! + 1 : i + 1;
    if (weak && before > 0 && after[Math.min(from, strongAt)]! - after[strongAt]! === 0) return i;
    before += bodyChars[i]!;
  }
  return strongAt;
}

export function cutTail(ctx: LineContext): void {
  if (!ctx.hasBody) return;
  const tail = findTail(ctx);
  for (let i = tail; i < ctx.blocks.length; i++) if (kept(ctx, i)) ctx.verdicts[i]!.drop = 'tail';
}

/** Short lines after the last paragraph of prose ("Latest News", a lone "Tags") are never article text. */
export function dropTrailingLines(ctx: LineContext): void {
  if (!ctx.hasBody) return;
  for (let i = ctx.blocks.length - 1; i >= 0; i--) {
    if (!kept(ctx, i)) continue;
    const text = ctx.blocks[i]!.text;
    if (isHeadlineLike(text) && !endsLikeSentence(text)) ctx.verdicts[i]!.drop = 'trailing-line';
    else break;
  }
}
