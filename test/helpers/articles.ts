/** Hand-made articles, rows and tables for tests of later stages (no parsing involved). */
import { SCHEMA_VERSION, type AgreementTable, type Claim, type Row, type RowClaim, type Source } from '../../src/model.js';

export function source(id: string, extra: Partial<Source> = {}): Source {
  return { id, path: `${id}.html`, format: 'html', ...extra };
}

export function rowClaim(src: string, c: Partial<Claim> & Pick<Claim, 'kind' | 'text' | 'value'>, sentenceText?: string): RowClaim {
  return {
    id: `${src}:${c.kind}:${c.span?.start ?? 0}`,
    span: c.span ?? { start: 0, end: c.text.length },
    sentence: c.sentence ?? 0,
    subject: c.subject ?? [],
    ...c,
    source: src,
    sentenceText: sentenceText ?? `${c.text} was reported.`,
  };
}

export function table(sources: Source[], rows: Row[]): AgreementTable {
  return { schemaVersion: SCHEMA_VERSION, sources, rows, errors: [] };
}
