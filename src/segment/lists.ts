/**
 * Inline lists: a block that opens with a list marker ("1.", "2)", "1.)", "a.", "•", "⁃9.")
 * gets a boundary before each later marker of the same series, even when the items carry no
 * end punctuation ("1. The first item 2. The second item").
 */
import { isBullet, isDigit, isLower, isSpace } from './chars.js';

/** Highest item number we accept as a list marker (larger numbers are years, counts). */
const MAX_ITEM_NUMBER = 999;

type Style = '.' | ')' | '.)';

interface Marker {
  /** Bullet character code, or 0. */
  bullet: number;
  /** Item number, letter code, or -1 when the marker is a bare bullet. */
  value: number;
  letter: boolean;
  style: Style | '';
}

/** Push the start offsets of list items after the first into `out` (ascending). */
export function listCuts(text: string, start: number, end: number, out: number[]): void {
  let p = start;
  while (p < end && isSpace(text.charCodeAt(p))) p++;
  const marker = readMarker(text, p, end);
  if (!marker) return;
  if (marker.bullet) {
    for (let q = text.indexOf(String.fromCharCode(marker.bullet), p + 1); q >= 0 && q < end; q = text.indexOf(String.fromCharCode(marker.bullet), q + 1)) {
      if (isSpace(text.charCodeAt(q - 1))) out.push(q);
    }
    return;
  }
  let value = marker.value;
  let from = p + 1;
  for (;;) {
    value++;
    const label = (marker.letter ? String.fromCharCode(value) : String(value)) + marker.style;
    let q = text.indexOf(label, from);
    while (q >= 0 && q < end && !(isSpace(text.charCodeAt(q - 1)) && q + label.length < end && isSpace(text.charCodeAt(q + label.length)))) {
      q = text.indexOf(label, q + 1);
    }
    if (q < 0 || q >= end) return;
    out.push(q);
    from = q + label.length;
  }
}

/** A list marker at `p`: optional bullet, then a number or lowercase letter with "." ")" or ".)". */
function readMarker(text: string, p: number, end: number): Marker | null {
  let bullet = 0;
  let q = p;
  if (q < end && isBullet(text.charCodeAt(q))) {
    bullet = text.charCodeAt(q);
    q++;
    while (q < end && isSpace(text.charCodeAt(q))) q++;
  }
  let value = -1;
  let letter = false;
  const d0 = q;
  while (q < end && q - d0 < 3 && isDigit(text.charCodeAt(q))) q++;
  if (q > d0) value = Number(text.slice(d0, q));
  else if (q + 1 < end && isLower(text.charCodeAt(q)) && text.charCodeAt(q) < 0x80) { value = text.charCodeAt(q); letter = true; q++; }
  if (value < 0 || value > MAX_ITEM_NUMBER) return bullet ? { bullet, value: -1, letter: false, style: '' } : null;
  let style: Style;
  const m = text.charCodeAt(q);
  if (m === 0x2e) {
    style = q + 1 < end && text.charCodeAt(q + 1) === 0x29 ? '.)' : '.';
  } else if (m === 0x29) style = ')';
  else return bullet ? { bullet, value: -1, letter: false, style: '' } : null;
  const after = q + style.length;
  if (after >= end || !isSpace(text.charCodeAt(after))) return bullet ? { bullet, value: -1, letter: false, style: '' } : null;
  return { bullet, value, letter, style };
}
