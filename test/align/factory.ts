/** Hand-made articles for align and report tests: sentences with claims at real offsets. */
import type { Approx, Article, AttributionValue, Claim, ClaimKind, ClaimValue, DateValue, Granularity, Quantity, QuoteValue, Source } from '../../src/model.js';
import { contentWords } from '../../src/tag/refiners/subject.js';

export interface ClaimSpec {
  kind: ClaimKind;
  /** Exact text of the claim inside its sentence (first occurrence). */
  text: string;
  value: ClaimValue | null;
  subject?: string[];
  attributedTo?: string;
}

export interface SentenceSpec {
  text: string;
  claims?: ClaimSpec[];
}

export interface ArticleSpec extends Partial<Omit<Source, 'id'>> {
  id: string;
  sentences: (SentenceSpec | string)[];
}

export function article(spec: ArticleSpec): Article {
  const { id, sentences: specs, ...meta } = spec;
  const source: Source = { id, path: meta.path ?? `${id}.txt`, format: meta.format ?? 'text', ...meta };
  let text = '';
  const sentences: Article['sentences'] = [];
  const claims: Claim[] = [];
  specs.forEach((raw, index) => {
    const s = typeof raw === 'string' ? { text: raw } : raw;
    if (text) text += ' ';
    const start = text.length;
    text += s.text;
    sentences.push({ index, start, end: text.length, text: s.text });
    for (const c of s.claims ?? []) {
      const at = s.text.indexOf(c.text);
      if (at < 0) throw new Error(`claim text "${c.text}" not in "${s.text}"`);
      const span = { start: start + at, end: start + at + c.text.length };
      const claim: Claim = {
        id: `${id}:${c.kind}:${span.start}`,
        kind: c.kind,
        text: c.text,
        span,
        sentence: index,
        value: c.value,
        subject: c.subject ?? contentWords(s.text).map((w) => w.lemma),
      };
      if (c.attributedTo) claim.attributedTo = c.attributedTo;
      claims.push(claim);
    }
  });
  return { source, text, paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }], sentences, claims };
}

export const qty = (low: number | null, high: number | null, unit: string, approx: Approx = 'exact', modifiers?: string[]): Quantity =>
  modifiers ? { low, high, unit, approx, modifiers } : { low, high, unit, approx };

export const date = (start: string, end: string, granularity: Granularity = 'day', relative = false): DateValue => ({ start, end, granularity, relative });

export const quote = (text: string, speaker: string | null = null): QuoteValue => ({ text, speaker });

export const attribution = (source: string, kind: AttributionValue['kind'] = 'publication', cue = 'reported'): AttributionValue => ({ source, kind, cue });

/** A deterministic shuffle (xorshift), for order-independence tests. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = Math.abs(s) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
