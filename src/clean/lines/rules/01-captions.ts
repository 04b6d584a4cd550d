/** Captions: an image's alt text, or the short line after an image (followed by or holding a credit). */
import { isCredit, isCreditShaped, isHeadlineLike, stripCredit, wordCount } from '../furniture.js';
import type { LineContext } from '../context.js';
import { CAPTION_LEAD_RE } from '../vocab.js';

/** A caption is a short line right after an image. */
const MAX_CAPTION_CHARS = 250;
/** Under a caption, a bare name of up to four capitalised words ("Allied Newswire") is the credit. */
const SHORT_NAME_RE = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;
/** Alt text or a label line is a caption only when it reads like one ("logo" is not). */
const MIN_CAPTION_WORDS = 5;

export function markCaptions({ blocks, verdicts: v }: LineContext): void {
  blocks.forEach((b, i) => {
    const labelled = CAPTION_LEAD_RE.exec(b.text);
    if (labelled && b.text.length - labelled[0].length > 0 && !v[i]!.drop) {
      Object.assign(v[i]!, { kind: 'caption', text: stripCredit(b.text.slice(labelled[0].length)) });
      return;
    }
    if (b.kind !== 'image') return;
    const alt = b.alt ? stripCredit(b.alt) : '';
    if (wordCount(alt) >= MIN_CAPTION_WORDS && !isCredit(alt)) Object.assign(v[i]!, { drop: undefined, kind: 'caption', text: alt });
    const next = blocks[i + 1];
    if (!next || v[i + 1]!.drop) return;
    // "Name | Outlet" right under a photo, or under its caption, is the photo credit
    if (isCreditShaped(next.text)) {
      v[i + 1]!.drop = 'credit';
      return;
    }
    if (next.text.length > MAX_CAPTION_CHARS) return;
    const after = blocks[i + 2];
    const creditLine = after !== undefined && (isCreditShaped(after.text) || SHORT_NAME_RE.test(after.text));
    const credited = creditLine || (after !== undefined && isCredit(after.text));
    if (creditLine) v[i + 2]!.drop = 'credit';
    const inner = stripCredit(next.text);
    const label = next.kind === 'paragraph' && isHeadlineLike(next.text) && wordCount(next.text) >= MIN_CAPTION_WORDS;
    if (credited || inner !== next.text || label) Object.assign(v[i + 1]!, { kind: 'caption', text: inner });
  });
}
