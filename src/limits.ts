/**
 * Documented limits that keep every input in bounded time and memory. Hitting one is never an
 * error: the article is processed up to the limit and a diagnostic names the limit.
 */
import type { Diagnostic, Paragraph, Sentence } from './model.js';

export const LIMITS = {
  /** Largest input file read (bytes); `--max-bytes` changes it. */
  maxBytes: 64 * 1024 * 1024,
  /** Longest clean article text kept (characters): ~400 pages of a book; longer text is cut. */
  maxTextChars: 2_000_000,
  /** Longest sentence handed to the taggers (characters); longer runs are cut into pieces at spaces. */
  maxSentenceChars: 5_000,
} as const;

/** Cut the clean text (and its paragraphs) at the text limit. */
export function capText(text: string, paragraphs: Paragraph[], diagnostics: Diagnostic[], max = LIMITS.maxTextChars): { text: string; paragraphs: Paragraph[] } {
  if (text.length <= max) return { text, paragraphs };
  diagnostics.push({
    ruleId: 'limit/text',
    severity: 'warning',
    message: `article text is ${text.length.toLocaleString('en-US')} characters; only the first ${max.toLocaleString('en-US')} were analysed (limit maxTextChars)`,
  });
  const cut = text.slice(0, max);
  const kept = paragraphs.filter((p) => p.start < max).map((p) => ({ ...p, end: Math.min(p.end, max) }));
  return { text: cut, paragraphs: kept };
}

/** Split sentences longer than the limit into pieces, preferring a space near the limit. */
export function capSentences(text: string, sentences: Sentence[], diagnostics: Diagnostic[], max = LIMITS.maxSentenceChars): Sentence[] {
  if (!sentences.some((s) => s.end - s.start > max)) return sentences;
  let longest = 0;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= max) {
      out.push(s);
      continue;
    }
    longest = Math.max(longest, s.end - s.start);
    let start = s.start;
    while (start < s.end) {
      let end = Math.min(s.end, start + max);
      if (end < s.end) {
        const space = text.lastIndexOf(' ', end);
        if (space > start + max / 2) end = space;
      }
      // trim whitespace at both ends of the piece so spans stay exact and trimmed
      let a = start;
      let b = end;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) out.push({ index: 0, start: a, end: b, text: text.slice(a, b) });
      start = end;
    }
  }
  out.forEach((s, i) => (s.index = i));
  diagnostics.push({
    ruleId: 'limit/sentence',
    severity: 'warning',
    message: `a sentence of ${longest.toLocaleString('en-US')} characters was cut into pieces of at most ${max.toLocaleString('en-US')} (limit maxSentenceChars)`,
  });
  return out;
}
