/**
 * Line parser for pandoc markdown and plain text: lines → blocks (paragraph, heading, list item,
 * blockquote, image), each remembering the attributes of the raw `<div>`s around it as hints.
 */
import { LINK_DEF_RE, stripInline, visibleLength } from './inline.js';
import { CREDIT_AGENCY_RE, CREDIT_LEAD_RE } from './vocab.js';

/** Credit lines are short. */
const CREDIT_LINE_MAX = 90;

/** "Photo: Jane Doe", "Credit: Reuters", "Jane Doe/Getty Images": a photo credit line, not a sentence. */
function isCreditLine(line: string): boolean {
  if (!line || line.length > CREDIT_LINE_MAX) return false;
  if (CREDIT_LEAD_RE.test(line)) return true;
  return CREDIT_AGENCY_RE.test(line) && /[|/]/.test(line) && !/[.!?]["”]?$/.test(line);
}

/** A raw `<div …>` opening line (pandoc keeps the HTML div structure this way). */
const DIV_OPEN_RE = /^\s*<div\b([^>]*)>\s*$/i;
const DIV_CLOSE_RE = /^\s*<\/div>\s*$/i;
/** Pandoc fenced divs: `::: {#id .class key="v"}` or `::: classname` opens, a bare `:::` closes. */
const FENCE_OPEN_RE = /^\s*:{3,}\s*(?:\{([^}]*)\}|([\w-]+))\s*:*\s*$/;
const FENCE_CLOSE_RE = /^\s*:{3,}\s*$/;
/** Other block-level raw HTML lines pandoc leaves: section, figure, comments; dropped, not nested. */
const RAW_BLOCK_LINE_RE = /^\s*(?:<\/?(?:section|article|figure|figcaption|header|footer|aside|nav|main|form|table|tbody|thead|tr|td|th|ul|ol|li|noscript|iframe|svg|picture|source|br|hr)\b[^>]*>\s*)+$|^\s*<!--.*-->\s*$/i;
/** ATX heading `## Title ##`. */
const HEADING_RE = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
/** Setext underline under a one-line paragraph. */
const SETEXT_RE = /^\s{0,3}(=+|-+)\s*$/;
/** Thematic break `* * *`, `---`, `___`. */
const HR_RE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
/** List item marker `- `, `* `, `+ `, `1. `, `1) ` (the item may be empty: share-tool lists). */
const LIST_RE = /^(\s*)(?:[-*+•]|\d{1,3}[.)])(?:\s+(.*))?$/;
/** Blockquote marker. */
const QUOTE_RE = /^\s{0,3}>\s?(.*)$/;
/** A block that is one image: `![alt](src)` (alt may span lines and hold raw spans). */
const IMAGE_BLOCK_RE = /^\s*!\[([\s\S]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)\s*(?:\{[^}]*\})?\s*$/;
/** A line longer than this (visible characters) is a whole paragraph, not a hard-wrapped line. */
const WRAP_MAX = 100;
/** Div nesting deeper than this is broken markup; we stop tracking rather than grow without bound. */
const MAX_DIV_DEPTH = 200;

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'image';

export interface LineBlock {
  kind: BlockKind;
  /** Raw lines of the block (markers removed). */
  lines: string[];
  /** Clean text (inline markup removed, whitespace collapsed). */
  text: string;
  /** Share of visible characters that were link text. */
  linkShare: number;
  /** Attributes of the enclosing divs, innermost first. */
  hints: string[];
  /** Heading level for '#' headings. */
  level?: number;
  /** For images: the alt text, cleaned. */
  alt?: string;
  /** Index of the first source line (for diagnostics). */
  line: number;
  /** True when this block was cut out of a multi-line block whose lines were separate paragraphs. */
  fromLine?: boolean;
}

/** A long line that stops mid-sentence (no closing punctuation) was wrapped by the saver. */
const MID_SENTENCE_END_RE = /[\p{L}\p{N},;\-–—(]$/u;
/** Lines at least this long that end mid-sentence count as hard-wrapped. */
const WRAPPED_MIN = 60;

/**
 * One paragraph per line ("para\npara\n" with no blank lines) rather than a hard-wrapped paragraph:
 * some line is longer than a wrap width, and most long lines end like a sentence.
 */
function isLinePerParagraph(lines: readonly string[]): boolean {
  const body = lines.slice(0, -1);
  // A photo credit on a line of its own ("Photo: Jane Doe/Reuters") ends its caption line: never wrapped prose.
  if (lines.slice(1).some((l) => isCreditLine(l.trim()))) return true;
  // The last line counts for the width too: a wrapped paragraph's last line is its shortest.
  if (!lines.some((l) => visibleLength(l) > WRAP_MAX)) return false;
  const wrapped = body.filter((l) => visibleLength(l) >= WRAPPED_MIN && MID_SENTENCE_END_RE.test(l.trim())).length;
  return wrapped * 2 <= body.length;
}

interface Pending {
  kind: BlockKind;
  lines: string[];
  hints: string[];
  level?: number;
  line: number;
  indent: number;
}

function finish(p: Pending, out: LineBlock[]): void {
  const lines = p.lines.filter((l) => l.trim() !== '');
  if (!lines.length) {
    if (p.kind === 'list-item') out.push({ kind: p.kind, lines: [], text: '', linkShare: 0, hints: p.hints, line: p.line });
    return;
  }
  const joined = lines.map((l) => l.trim()).join('\n');
  const img = p.kind !== 'heading' ? IMAGE_BLOCK_RE.exec(joined) : null;
  if (img) {
    out.push({ kind: 'image', lines, text: '', alt: stripInline(img[1]!).text, linkShare: 0, hints: p.hints, line: p.line });
    return;
  }
  // one-paragraph-per-line text ("line\nline\n" with no blank lines): split unless it is hard-wrapped
  if (p.kind === 'paragraph' && lines.length > 1 && isLinePerParagraph(lines)) {
    const start = out.length;
    lines.forEach((l, i) => finish({ ...p, lines: [l], line: p.line + i }, out));
    for (let i = start; i < out.length; i++) out[i]!.fromLine = true;
    return;
  }
  const { text, linkChars } = stripInline(joined);
  out.push({
    kind: p.kind,
    lines,
    text,
    linkShare: text.length ? linkChars / text.length : 0,
    hints: p.hints,
    level: p.level,
    line: p.line,
  });
}

/** Pandoc attributes `#id .a .b key="v"` → the HTML attribute form the hint rules read (`id="id" class="a b" key="v"`). */
function fenceAttrs(spec: string): string {
  const ids: string[] = [];
  const classes: string[] = [];
  const rest: string[] = [];
  for (const tok of spec.match(/[#.][^\s#.]+|[\w-]+="[^"]*"|[\w-]+=\S+/g) ?? []) {
    if (tok.startsWith('#')) ids.push(tok.slice(1));
    else if (tok.startsWith('.')) classes.push(tok.slice(1));
    else rest.push(tok.includes('="') ? tok : tok.replace('=', '="') + '"');
  }
  return [ids.length ? `id="${ids.join(' ')}"` : '', classes.length ? `class="${classes.join(' ')}"` : '', ...rest].filter(Boolean).join(' ');
}

/** Parse the whole input into blocks, in order. */
export function parseBlocks(input: string): LineBlock[] {
  const out: LineBlock[] = [];
  const divs: string[] = [];
  let cur: Pending | undefined;
  const hints = (): string[] => divs.slice().reverse();
  const flush = (): void => {
    if (cur) finish(cur, out);
    cur = undefined;
  };
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
    if ((m = DIV_OPEN_RE.exec(line))) {
      flush();
      if (divs.length < MAX_DIV_DEPTH) divs.push(m[1]!.trim());
      continue;
    }
    if ((m = FENCE_OPEN_RE.exec(line))) {
      flush();
      if (divs.length < MAX_DIV_DEPTH) divs.push(fenceAttrs(m[1] ?? `.${m[2]!}`));
      continue;
    }
    if (DIV_CLOSE_RE.test(line) || FENCE_CLOSE_RE.test(line)) {
      flush();
      divs.pop();
      continue;
    }
    if (RAW_BLOCK_LINE_RE.test(line) || LINK_DEF_RE.test(line)) {
      flush();
      continue;
    }
    if (!line.trim()) {
      // a blank line ends a paragraph; a list item may continue after it only when indented (handled below)
      if (cur && cur.kind !== 'list-item') flush();
      else if (cur) cur.lines.push('');
      continue;
    }
    if (cur && cur.kind === 'paragraph' && cur.lines.length === 1 && (m = SETEXT_RE.exec(line)) && !HR_RE.test(cur.lines[0]!)) {
      cur.kind = 'heading';
      cur.level = m[1]!.startsWith('=') ? 1 : 2;
      flush();
      continue;
    }
    if (HR_RE.test(line)) {
      flush();
      continue;
    }
    if ((m = HEADING_RE.exec(line))) {
      flush();
      finish({ kind: 'heading', lines: [m[2]!], hints: hints(), level: m[1]!.length, line: i, indent: 0 }, out);
      continue;
    }
    if ((m = LIST_RE.exec(line))) {
      flush();
      cur = { kind: 'list-item', lines: [m[2] ?? ''], hints: hints(), line: i, indent: m[1]!.length + 2 };
      continue;
    }
    if (cur && cur.kind === 'list-item') {
      const indent = /^\s*/.exec(line)![0].length;
      const lastBlank = cur.lines[cur.lines.length - 1] === '';
      if (indent >= cur.indent || (!lastBlank && indent > 0) || (!lastBlank && !QUOTE_RE.test(line))) {
        cur.lines.push(line.trim());
        continue;
      }
      flush();
    }
    if ((m = QUOTE_RE.exec(line))) {
      if (!cur || cur.kind !== 'blockquote') {
        flush();
        cur = { kind: 'blockquote', lines: [], hints: hints(), line: i, indent: 0 };
      }
      if (!m[1]!.trim()) flush();
      else cur.lines.push(m[1]!);
      continue;
    }
    if (!cur) cur = { kind: 'paragraph', lines: [], hints: hints(), line: i, indent: 0 };
    cur.lines.push(line);
  }
  flush();
  return out;
}
