/** Captions: an image's alt text, or the short line after an image (followed by or holding a credit). */
import { isCredit, isCreditShaped, isHeadlineLike, stripCredit, wordCount } from '../furniture.js';
import type { LineContext } from '../context.js';
import { CAPTION_LEAD_RE, CREDIT_LEAD_RE } from '../vocab.js';

/** A caption is a short line right after an image. */
const MAX_CAPTION_CHARS = 250;
/** Under a caption, a bare name of up to four capitalised words ("Allied Newswire") is the credit. */
const SHORT_NAME_RE = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}$/u;
/** A credit in brackets at the end of a caption: "(Jane Doe/City News)", "(Photo: Reuters)". */
const TRAILING_CREDIT_RE = /\s*\((?:(?:photo|image|credit|foto)s?:\s*[^()]{1,60}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*[\p{Lu}\d][^()/]{0,50})\)\s*$/iu;
/** Alt text or a label line is a caption only when it reads like one ("logo" is not). */
const MIN_CAPTION_WORDS = 5;

export function markCaptions({ blocks, verdicts: v }: LineContext): void {
  blocks.forEach((b, i) => {
    const labelled = CAPTION_LEAD_RE.exec(b.text);
    if (labelled && b.text.length - labelled[0].length > 0 && !v[i]!.drop) {
      Object.assign(v[i]!, { kind: 'caption', text: stripCredit(b.text.slice(labelled[0].length)) });
      return;
    }
    if (b.kind === 'paragraph' && !v[i]!.drop && b.text.length <= MAX_CAPTION_CHARS) {
      // "Workers repair a road. (Jane Doe/City News)": a short line that ends in a credit.
      if (TRAILING_CREDIT_RE.test(b.text)) {
        Object.assign(v[i]!, { kind: 'caption', text: b.text.replace(TRAILING_CREDIT_RE, '').trim() });
        return;
      }
      // A short line cut from the same block as the credit line under it is that photo's caption.
      const next = blocks[i + 1];
      if (b.fromLine && next?.fromLine && v[i + 1]!.drop === 'credit' && (CREDIT_LEAD_RE.test(next.text) || isCreditShaped(next.text))) {
        Object.assign(v[i]!, { kind: 'caption' });
        return;
      }
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
