/**
 * Sentence segmentation for English news text.
 *
 * Paragraph (block) boundaries are hard boundaries; inside a block, blank lines and line
 * breaks after headlines, bylines and list items are too (`lines.ts`). Each resulting segment
 * gets one linear scan (`scan.ts`) over candidate punctuation, with a rule-based decision
 * function (`decide.ts`) and an abbreviation vocabulary (`vocab.ts`).
 */
import type { Paragraph, Sentence, Span } from '../model.js';
import { isSpace } from './chars.js';
import { endsWithTerminal, isHeadlineLike, splitLines, type Range } from './lines.js';
import { scanSegment } from './scan.js';

/** A paragraph, or the whole text when there are none. */
type Block = Span & { kind?: Paragraph['kind'] };

const ranges: Range[] = [];
const cuts: number[] = [];

/**
 * Split the clean text into sentences. Every paragraph boundary is a sentence boundary.
 * `text.slice(s.start, s.end) === s.text` and s.text is trimmed of surrounding whitespace.
 * With no paragraphs, the whole text is one block (split further at blank lines).
 */
export function segment(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const blocks: readonly Block[] = paragraphs.length ? inOrder(paragraphs) : [{ start: 0, end: text.length }];
  let floor = 0;
  for (const p of blocks) {
    const start = Math.max(p.start, floor, 0);
    const end = Math.min(p.end, text.length);
    if (end <= start) continue;
    floor = end;
    const heading = p.kind === 'heading';
    ranges.length = 0;
    splitLines(text, start, end, ranges);
    for (const r of ranges) {
      cuts.length = 0;
      scanSegment(text, r.start, r.end, cuts, heading || looksLikeHeadline(text, r.start, r.end));
      let from = r.start;
      for (const cut of cuts) {
        if (cut <= from) continue;
        emit(text, from, cut, out);
        from = cut;
      }
      emit(text, from, r.end, out);
    }
  }
  return out;
}

/** Paragraphs sorted by start (the usual input is already sorted: no copy then). */
function inOrder(paragraphs: readonly Paragraph[]): readonly Block[] {
  for (let i = 1; i < paragraphs.length; i++) {
    if (paragraphs[i].start < paragraphs[i - 1].start) return [...paragraphs].sort((a, b) => a.start - b.start);
  }
  return paragraphs;
}

/** A title-case line with no end punctuation is a headline even when not marked as one. */
function looksLikeHeadline(text: string, start: number, end: number): boolean {
  return !endsWithTerminal(text, start, end) && isHeadlineLike(text, start, end);
}

function emit(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}
