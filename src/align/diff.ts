/**
 * diff A B: align A and B together, then read each row from the A/B split — facts only one side
 * states, facts both state with conflicting values, quotes that drifted, and the agreed count.
 */
import { SCHEMA_VERSION, type Article, type DiffFinding, type DiffResult, type InputError, type Row } from '../model.js';
import { align } from './align.js';
import { claimsConsistent, NOTE_CHANGED_OVER_TIME, NOTE_QUOTE_DRIFT } from './status.js';

export interface DiffOptions {
  errors?: InputError[];
}

/**
 * Whether a conflicting row sets A against B, not B's sources against each other: each A claim
 * must disagree with B as a whole (B agreeing among itself) or with every B claim. A draft that
 * repeats one of two disagreeing sources is not in conflict with its sources; the table shows
 * the sources' disagreement.
 */
function sidesConflict(row: Row, aIds: Set<string>): boolean {
  const a = row.claims.filter((c) => aIds.has(c.source));
  const b = row.claims.filter((c) => !aIds.has(c.source));
  if (claimsConsistent(b)) return true;
  return a.some((x) => b.every((y) => !claimsConsistent([x, y])));
}

/** Compare two sets of articles (e.g. two versions of a story, or two outlets' coverage). */
export function diff(a: readonly Article[], b: readonly Article[], options: DiffOptions = {}): DiffResult {
  const table = align([...a, ...b], options.errors ? { errors: options.errors } : {});
  const aIds = new Set(a.map((x) => x.source.id));
  const bIds = new Set(b.map((x) => x.source.id));
  const findings: DiffFinding[] = [];
  let agreed = 0;
  for (const row of table.rows) {
    const inA = row.claims.some((c) => aIds.has(c.source));
    const inB = row.claims.some((c) => bIds.has(c.source));
    if (inA && !inB) findings.push({ type: 'only-a', row });
    else if (inB && !inA) findings.push({ type: 'only-b', row });
    else if (row.status === 'conflict' && sidesConflict(row, aIds)) {
      // A against B: a draft is not an update of its sources, so no 'changed over time' note
      const notes = row.notes?.filter((n) => !n.startsWith(NOTE_CHANGED_OVER_TIME));
      const shown = notes && notes.length !== row.notes!.length ? { ...row, notes } : row;
      findings.push({ type: row.notes?.includes(NOTE_QUOTE_DRIFT) ? 'drift' : 'conflict', row: shown });
    } else agreed++;
  }
  const order = { conflict: 0, drift: 1, 'only-a': 2, 'only-b': 3 } as const;
  findings.sort((x, y) => order[x.type] - order[y.type]); // stable: keeps the table's ranking inside each type
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    a: a.map((x) => x.source).sort(byId),
    b: b.map((x) => x.source).sort(byId),
    findings,
    agreed,
    errors: table.errors,
  };
}
