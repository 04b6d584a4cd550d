/** Div hints: with a substantial marked article body, everything outside it is furniture; ad/share/masthead divs always are. */
import { hintVerdict } from '../furniture.js';
import type { LineContext } from '../context.js';

/** A marked article body must hold this much text before we trust it over everything else. */
const MIN_CONTAINER_CHARS = 200;

export function applyDivHints({ blocks, verdicts: v }: LineContext): void {
  const hints = blocks.map(hintVerdict);
  let positiveChars = 0;
  blocks.forEach((b, i) => {
    if (hints[i] === 'positive' && !v[i]!.drop) positiveChars += b.text.length;
  });
  const trustBody = positiveChars >= MIN_CONTAINER_CHARS;
  blocks.forEach((_, i) => {
    if (v[i]!.drop) return;
    if (hints[i] === 'negative') v[i]!.drop = 'div-hint';
    else if (trustBody && hints[i] !== 'positive') v[i]!.drop = 'outside-article-body';
  });
}
