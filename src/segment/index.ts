import type { Paragraph, Sentence } from '../model.js';

/**
 * Split the clean text into sentences. Every paragraph boundary is a sentence boundary.
 * `text.slice(s.start, s.end) === s.text` and s.text is trimmed of surrounding whitespace.
 */
export function segment(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  const blocks = paragraphs.length ? paragraphs : [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  for (const p of blocks) {
    const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
    const block = text.slice(p.start, p.end);
    for (let m = re.exec(block); m; m = re.exec(block)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const lead = m[0].length - m[0].trimStart().length;
      const t = m[0].trim();
      if (!t) continue;
      const start = p.start + m.index + lead;
      out.push({ index: out.length, start, end: start + t.length, text: t });
    }
  }
  return out;
}
