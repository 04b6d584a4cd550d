import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AgreementTable, Row } from '../../src/model.js';

export const STORIES = path.resolve(__dirname, '../../fixtures/stories');

export interface ExpectedRow {
  kind: string;
  status: 'agree' | 'conflict' | 'single' | 'cited';
  /** source id → a substring of that source's claim text */
  claims: Record<string, string>;
  note?: string;
  /** copying source id → the source it repeats */
  via?: Record<string, string>;
}
export interface ExpectedTable {
  description?: string;
  rows: ExpectedRow[];
  absent?: string[];
}

export function storyDirs(): string[] {
  if (!existsSync(STORIES)) return [];
  return readdirSync(STORIES)
    .filter((d) => existsSync(path.join(STORIES, d, 'expected-table.json')))
    .sort();
}

export function expectedTable(story: string): ExpectedTable {
  return JSON.parse(readFileSync(path.join(STORIES, story, 'expected-table.json'), 'utf8')) as ExpectedTable;
}

/** The table row that holds every expected claim (by kind, source and text), or a reason why none does. */
export function findRow(table: AgreementTable, exp: ExpectedRow): { row?: Row; why: string } {
  const entries = Object.entries(exp.claims);
  // the expected text and the claim's span may differ by a preposition ("on Monday" / "Monday")
  const holds = (r: Row, src: string, text: string) => r.claims.some((c) => c.source === src && (c.text.includes(text) || text.includes(c.text)));
  const candidates = table.rows.filter((r) => r.kind === exp.kind && entries.some(([s, t]) => holds(r, s, t)));
  const full = candidates.find((r) => entries.every(([s, t]) => holds(r, s, t)));
  if (full) return { row: full, why: '' };
  if (!candidates.length) return { why: `no ${exp.kind} row holds any of ${JSON.stringify(exp.claims)}` };
  const desc = candidates
    .map((r) => `[${r.status}] ${r.claims.map((c) => `${c.source}: ${c.text}`).join(' | ')}`)
    .join('\n    ');
  return { why: `the expected claims are split over rows:\n    ${desc}` };
}

/** Source ids of a row, sorted. */
export const rowSources = (r: Row) => [...new Set(r.claims.map((c) => c.source))].sort();
