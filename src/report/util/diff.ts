/** Shared pieces of the diff formatters: sides, titles, and quote word diffs. */
import { quoteRelation, wordDiff } from '../../align/quotes.js';
import type { DiffFinding, DiffFindingType, DiffResult, QuoteValue, Row, RowClaim } from '../../model.js';
import { compact } from './text.js';

export const FINDING_TITLES: Record<DiffFindingType, string> = {
  conflict: 'conflict',
  drift: 'quote drift',
  'only-a': 'only in A',
  'only-b': 'only in B',
};

export const FINDING_SYMBOLS: Record<DiffFindingType, string> = {
  conflict: '✗',
  drift: '≠',
  'only-a': '−',
  'only-b': '+',
};

export function sideOf(result: DiffResult, sourceId: string): 'A' | 'B' {
  return result.a.some((s) => s.id === sourceId) ? 'A' : 'B';
}

export function diffSummary(result: DiffResult): string {
  const n: Record<DiffFindingType, number> = { conflict: 0, drift: 0, 'only-a': 0, 'only-b': 0 };
  for (const f of result.findings) n[f.type]++;
  return `${result.agreed} agreed · ${n.conflict} conflict · ${n.drift} quote drift · ${n['only-a']} only in A · ${n['only-b']} only in B`;
}

export interface QuoteChange {
  from: RowClaim;
  to: RowClaim;
  ops: ReturnType<typeof wordDiff>;
}

/** For a drift finding: each B quote that differs from the first A quote, as a word diff. */
export function quoteChanges(result: DiffResult, f: DiffFinding): QuoteChange[] {
  const a = f.row.claims.filter((c) => sideOf(result, c.source) === 'A');
  const b = f.row.claims.filter((c) => sideOf(result, c.source) === 'B');
  if (a.length === 0) return [];
  const base = a[0];
  const baseText = (base.value as QuoteValue | null)?.text ?? base.text;
  const out: QuoteChange[] = [];
  for (const c of [...a.slice(1), ...b]) {
    const t = (c.value as QuoteValue | null)?.text ?? c.text;
    if (quoteRelation(baseText, t) === 'different') out.push({ from: base, to: c, ops: wordDiff(compact(baseText), compact(t)) });
  }
  return out;
}

/** For a table row with quote drift: each quote that differs from the row's first one, as a word diff. */
export function rowQuoteChanges(row: Row): QuoteChange[] {
  if (row.kind !== 'quote' || !row.notes?.some((n) => n.includes('drift'))) return [];
  const [base, ...rest] = row.claims;
  const baseText = (base.value as QuoteValue | null)?.text ?? base.text;
  const out: QuoteChange[] = [];
  for (const c of rest) {
    const t = (c.value as QuoteValue | null)?.text ?? c.text;
    if (quoteRelation(baseText, t) === 'different') out.push({ from: base, to: c, ops: wordDiff(compact(baseText), compact(t)) });
  }
  return out;
}

/** A word diff as plain text: "as of [-right-] this moment {+still+} holds". */
export function wordDiffText(ops: QuoteChange['ops'], style?: { added: (s: string) => string; removed: (s: string) => string }): string {
  return ops
    .map((o) => {
      const t = compact(o.text);
      if (o.op === 'equal') return t;
      if (o.op === 'delete') return style ? style.removed(`[-${t}-]`) : `[-${t}-]`;
      return style ? style.added(`{+${t}+}`) : `{+${t}+}`;
    })
    .join(' ');
}
