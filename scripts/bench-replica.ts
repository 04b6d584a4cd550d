/** Replicas of extracted bench articles for the table benchmarks (bench.ts, bench-table.ts). */
import type { Article } from '../src/model.js';

/**
 * Copy r of a base article, as another story: its names get a per-copy suffix ("Whitlock" →
 * "Whitlock3") and its numbers move, so that the 10,000 articles of the table benchmark are many
 * stories of a few hundred articles each, not 30 identical copies of every article.
 */
export function replica(a: Article, r: number, i: number): Article {
  if (r === 0) return { ...a, source: { ...a.source, id: `a${i}`, path: `a${i}.html` } };
  const rename = (t: string) => t.replace(/\b(\p{Lu}\p{Ll}+)/gu, `$1${r}`);
  const scale = 1 + (r % 9) / 10;
  const id = `a${i}`;
  return {
    ...a,
    context: undefined,
    source: { ...a.source, id, path: `${id}.html` },
    sentences: a.sentences.map((s) => ({ ...s, text: rename(s.text) })),
    text: rename(a.text),
    claims: a.claims.map((c) => {
      const v = c.value as { low?: number | null; high?: number | null } | null;
      const value = v && 'low' in v ? { ...v, low: v.low == null ? v.low : v.low * scale, high: v.high == null ? v.high : v.high * scale } : c.value;
      return { ...c, id: `${id}:${c.kind}:${c.span.start}`, value: value as typeof c.value, subject: c.subject.map((w) => `${w}${r}`) };
    }),
  };
}
