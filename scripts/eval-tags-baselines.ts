/**
 * Baselines for `npm run eval:tags -- --baselines`: two off-the-shelf libraries used alone, as a
 * new user would, scored on the same gold as crosscheck. Both are devDependencies, loaded here
 * lazily (no stage of the tool imports them).
 *
 * - chrono-node: `chrono.parse(text, refDate)` with the publication date at local noon and its
 *   default options (so "Friday" and "August" resolve the way chrono resolves them). Every result
 *   is a date claim; its value is read charitably: granularity = the finest component chrono marks
 *   certain (a certain weekday counts as a day), start/end = that period around `start.date()` (or
 *   `start.date()`..`end.date()` for a range). chrono has no durations: it predicts none.
 * - compromise: `nlp(text).numbers()` with offsets. Kind from the printed text: a currency sign or
 *   word → money, "%"/"percent"/"per cent" → percent, an ordinal tag → ordinal, otherwise count.
 *   Value = the parsed number as low = high, approx 'exact' (compromise has no intervals). Unit
 *   where it can be read: compromise's own unit, the currency (ISO code), 'percent', otherwise the
 *   next word when compromise tags it a noun, singularized by compromise.
 */
import type { ClaimKind } from '../src/model.js';

/** What a baseline predicts: enough of a Claim for the scorer. */
export interface BaselineClaim {
  kind: ClaimKind;
  text: string;
  span: { start: number; end: number };
  value: Record<string, unknown> | null;
}

export interface Baseline {
  name: string;
  /** Kinds the library can produce; the scorer reports only these rows for it. */
  kinds: ClaimKind[];
  predict(text: string, published: string | undefined): BaselineClaim[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export async function chronoBaseline(): Promise<Baseline> {
  const chrono = await import('chrono-node');
  return {
    name: 'chrono-node',
    kinds: ['date', 'duration'],
    predict(text, published) {
      const ref = published ? new Date(`${published}T12:00:00`) : new Date(2000, 0, 1, 12);
      return chrono.parse(text, ref).map((r) => {
        const s = r.start;
        const granularity = s.isCertain('day') || s.isCertain('weekday') ? 'day' : s.isCertain('month') ? 'month' : s.isCertain('year') ? 'year' : 'day';
        const a = s.date();
        let start = a;
        let end = r.end ? r.end.date() : a;
        if (!r.end && granularity === 'month') {
          start = new Date(a.getFullYear(), a.getMonth(), 1);
          end = new Date(a.getFullYear(), a.getMonth() + 1, 0);
        } else if (!r.end && granularity === 'year') {
          start = new Date(a.getFullYear(), 0, 1);
          end = new Date(a.getFullYear(), 11, 31);
        }
        return {
          kind: 'date' as const,
          text: r.text,
          span: { start: r.index, end: r.index + r.text.length },
          value: { start: iso(start), end: iso(end), granularity },
        };
      });
    },
  };
}

const CURRENCY_SIGN: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', euro: 'EUR', euros: 'EUR', yuan: 'CNY', yen: 'JPY', rupee: 'INR', rupees: 'INR',
};

export async function compromiseBaseline(): Promise<Baseline> {
  const nlp = (await import('compromise')).default;
  const singular = new Map<string, string>();
  const lemma = (word: string): string => {
    let s = singular.get(word);
    if (s === undefined) {
      const d = nlp(word);
      d.nouns().toSingular();
      s = d.text('normal');
      singular.set(word, s);
    }
    return s;
  };
  return {
    name: 'compromise',
    kinds: ['count', 'money', 'percent', 'ordinal'],
    predict(text) {
      const doc = nlp(text);
      const out: BaselineClaim[] = [];
      // Every term with its offset and tags, to read the word after a number.
      type Term = { text: string; tags: string[]; offset: { start: number; length: number } };
      const terms: Term[] = doc.json({ offset: true, terms: { offset: true } }).flatMap((s: { terms: Term[] }) => s.terms);
      const numbers = doc.numbers();
      const found = numbers.json({ offset: true });
      found.forEach((j: { text: string; offset: { start: number; length: number }; number?: { num?: number; unit?: string; suffix?: string } }, i: number) => {
        const start = j.offset.start;
        const end = start + j.offset.length;
        const num = j.number?.num;
        const printed = text.slice(start, end);
        const nextTerm = terms.find((t) => t.offset.start >= end);
        const after = text.slice(end, end + 12).toLowerCase();
        const nextWord = nextTerm && text.slice(end, nextTerm.offset.start).trim() === '' ? nextTerm : undefined;
        let kind: ClaimKind = 'count';
        let unit = j.number?.unit ?? '';
        const sign = Object.keys(CURRENCY_SIGN).find((c) => printed.includes(c) || text.slice(Math.max(0, start - 1), start) === c);
        const word = nextWord ? nextWord.text.toLowerCase().replace(/[^a-z]/g, '') : '';
        if (sign) {
          kind = 'money';
          unit = CURRENCY_SIGN[sign];
        } else if (CURRENCY_WORD[word]) {
          kind = 'money';
          unit = CURRENCY_WORD[word];
        } else if (printed.endsWith('%') || j.number?.suffix === '%' || /^\s*(percent|per cent)\b/.test(after)) {
          kind = 'percent';
          unit = 'percent';
        } else if (numbers.eq(i).has('#Ordinal')) {
          kind = 'ordinal';
        }
        if (!unit && nextWord && (kind === 'count' || kind === 'ordinal') && nextWord.tags.includes('Noun') && !nextWord.tags.includes('Pronoun') && !nextWord.tags.includes('Value')) {
          unit = lemma(nextWord.text.replace(/[^\p{L}\p{N}-]/gu, ''));
        }
        out.push({
          kind,
          text: printed,
          span: { start, end },
          value: typeof num === 'number' ? { low: num, high: num, unit, approx: 'exact' } : null,
        });
      });
      return out;
    },
  };
}
