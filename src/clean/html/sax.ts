/**
 * Builds the flat page arrays straight from the parser's events, without a node object per
 * element: the same tree `flatten(load(html).root())` gives (same parser, same options), at a
 * fraction of the memory. Used for very large pages.
 */
import { htmlParser2 } from '../../util/lazy.js';
import type { Attribs, FlatDom } from './dom.js';
import { normaliseCustomTags, subtreeEnds } from './dom.js';

export function flattenHtml(html: string): FlatDom {
  const texts: string[] = [];
  const attribs: Array<Attribs | null> = [];
  const parents: number[] = [];
  const tags: string[] = [];
  const stack: number[] = [];
  /** The text node the next text event extends (-1 after any other event, as the tree builder does). */
  let openText = -1;
  /** Inside CDATA, which the tree builder keeps apart from text (flatten skips it). */
  let inCdata = false;
  const push = (tag: string, text: string, attrs: Attribs | null): number => {
    const index = tags.length;
    tags.push(tag);
    texts.push(text);
    attribs.push(attrs);
    parents.push(stack.length ? stack[stack.length - 1]! : -1);
    return index;
  };
  const parser = new (htmlParser2().Parser)({
    onopentag(name, attrs) {
      stack.push(push(name.toLowerCase(), '', hasKeys(attrs) ? attrs : null));
      openText = -1;
    },
    onclosetag() {
      stack.pop();
      openText = -1;
    },
    ontext(data) {
      if (inCdata) return;
      if (openText >= 0) texts[openText] += data;
      else openText = push('#text', data, null);
    },
    oncomment() {
      openText = -1;
    },
    oncommentend() {
      openText = -1;
    },
    oncdatastart() {
      inCdata = true;
      openText = -1;
    },
    oncdataend() {
      inCdata = false;
      openText = -1;
    },
    onprocessinginstruction() {
      openText = -1;
    },
  });
  parser.end(html);
  const parent = Int32Array.from(parents);
  normaliseCustomTags(tags, texts, attribs, parent);
  return { text: texts, nodes: tags, attribs, parent, end: subtreeEnds(parent), tag: tags };
}

function hasKeys(object: Attribs): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
