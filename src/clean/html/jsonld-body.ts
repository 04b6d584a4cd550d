/**
 * The schema.org `articleBody` stated in a page's JSON-LD, used as a hint for where the article
 * is and as a last resort when the page renders its text with scripts (AMP, apps).
 */
import type { FlatDom } from './dom.js';
import { rawAttr } from './dom.js';

/** JSON-LD script types. */
const LD_TYPE_RE = /ld\+json/;
/** Objects visited at most, so a huge graph cannot stall the extractor. */
const MAX_VISITS = 5000;

/** The longest articleBody string in the page's JSON-LD scripts ('' when none). */
export function findArticleBody(dom: FlatDom): string {
  let best = '';
  for (let i = 0; i < dom.tag.length; i++) {
    if (dom.tag[i] !== 'script') continue;
    const type = rawAttr(dom, i, 'type');
    if (!LD_TYPE_RE.test(type.toLowerCase())) continue;
    let raw = '';
    for (let j = i + 1; j < dom.end[i]!; j++) if (dom.tag[j] === '#text') raw += dom.text[j]!;
    const body = bodyIn(parse(raw));
    if (body.length > best.length) best = body;
  }
  return best;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw.trim().replace(/^<!--|-->$/g, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** Breadth-first search for an `articleBody` string, iterative and bounded. */
function bodyIn(value: unknown): string {
  const queue: unknown[] = [value];
  let best = '';
  for (let visits = 0; queue.length && visits < MAX_VISITS; visits++) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
        if (key === 'articleBody' && typeof child === 'string') {
          if (child.length > best.length) best = child;
        } else if (child && typeof child === 'object') queue.push(child);
      }
    }
  }
  return best;
}

/** Lower-case letters and digits only, single-spaced: for matching text across markup. */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
