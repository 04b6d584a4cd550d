/**
 * Line numbers of claims in their source files (for GitHub annotations): find the claim's
 * sentence in the raw file, ignoring whitespace differences (clean text re-flows lines).
 */
import { readFileSync, statSync } from 'node:fs';

/** Files larger than this are not searched (line 1 is reported). */
const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Files whose tags and entities are skipped while searching. */
const MARKUP_RE = /\.(?:html?|xhtml|md|markdown)$/i;
/** Characters of the sentence used as the search needle (sentences may be cut by markup later). */
const NEEDLE_CHARS = 80;

interface Collapsed {
  text: string;
  /** Original offset of each collapsed character. */
  map: Int32Array;
  /** Offsets of each '\n' in the original. */
  newlines: number[];
}

/** Entities common in article markup, decoded so sentences match the page source. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…',
};
/** An entity at the start of a string: named, decimal or hex. */
const ENTITY_RE = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/i;
const SPACE_RE = /\s/;
/** A "<" starts a tag only before a letter, "/" or "!" ("a < b" in text is not a tag). */
const TAG_START_RE = /[A-Za-z/!]/;
/** Longer "tags" are not tags (a stray "<" far from any ">"). */
const MAX_TAG_CHARS = 2000;

/**
 * Whitespace runs become one space; with `markup`, tags are skipped and entities decoded, so a
 * sentence of the clean text is found in the HTML it came from. Each kept character remembers
 * its offset in the original.
 */
function collapse(original: string, markup: boolean): Collapsed {
  const map = new Int32Array(original.length);
  const newlines: number[] = [];
  const parts: string[] = [];
  let n = 0;
  let space = false;
  const push = (ch: string, at: number) => {
    if (SPACE_RE.test(ch)) {
      if (!space && n > 0) {
        parts.push(' ');
        map[n++] = at;
      }
      space = true;
    } else {
      parts.push(ch);
      map[n++] = at;
      space = false;
    }
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (ch === '\n') newlines.push(i);
    if (markup && ch === '<' && TAG_START_RE.test(original[i + 1] ?? '')) {
      const close = original.indexOf('>', i);
      if (close > i && close - i <= MAX_TAG_CHARS) {
        for (let k = i; k <= close; k++) if (original[k] === '\n') newlines.push(k);
        i = close;
        continue;
      }
    }
    if (markup && ch === '&') {
      const m = ENTITY_RE.exec(original.slice(i, i + 12));
      if (m) {
        const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : undefined;
        const decoded = code !== undefined ? String.fromCodePoint(Math.min(code, 0x10ffff)) : ENTITIES[m[3].toLowerCase()];
        if (decoded !== undefined) {
          push(decoded, i);
          i += m[0].length - 1;
          continue;
        }
      }
    }
    push(ch, i);
  }
  return { text: parts.join(''), map: map.subarray(0, n), newlines };
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

export class LineFinder {
  private readonly files = new Map<string, Collapsed | null>();

  private load(path: string): Collapsed | null {
    if (this.files.has(path)) return this.files.get(path) ?? null;
    let c: Collapsed | null = null;
    try {
      if (statSync(path).size <= MAX_FILE_BYTES) c = collapse(readFileSync(path, 'utf8'), MARKUP_RE.test(path));
    } catch {
      c = null; // missing or unreadable: line 1
    }
    this.files.set(path, c);
    return c;
  }

  /** 1-based line of the first needle found in the file; 1 when none is found. */
  line(path: string | undefined, needles: readonly string[]): number {
    if (!path) return 1;
    const f = this.load(path);
    if (!f) return 1;
    for (const raw of needles) {
      const needle = squeeze(raw).slice(0, NEEDLE_CHARS).trim();
      if (!needle) continue;
      const at = f.text.indexOf(needle);
      if (at < 0) continue;
      const offset = f.map[at];
      let lo = 0;
      let hi = f.newlines.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (f.newlines[mid] < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo + 1;
    }
    return 1;
  }
}
