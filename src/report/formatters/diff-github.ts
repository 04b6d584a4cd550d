/**
 * diff-github: GitHub Actions workflow commands, one annotation per finding, anchored at the
 * claim's line in A (the draft being checked; B's file for facts only B states), as
 * `::error file=…,line=…,title=…::message`.
 * Conflicts and quote drift are errors, facts only in B warnings, facts only in A notices; at most
 * MAX_ONE_SIDED of each one-sided type, the rest counted in a notice.
 */
import type { DiffFinding, DiffFindingType, DiffResult, RowClaim } from '../../model.js';
import type { DiffFormatter } from '../types.js';
import { diffSummary, FINDING_TITLES, quoteChanges, sideOf, wordDiffText } from '../util/diff.js';
import { LineFinder } from '../util/lines.js';
import { claimCell } from '../util/rows.js';
import { shortNames } from '../util/sources.js';
import { compact } from '../util/text.js';

/**
 * Facts only one side states, annotated one by one up to this many per side (GitHub shows about
 * ten annotations of a level per step; a draft checked against whole articles would bury its
 * conflicts under the sources' other facts). The rest are counted in one notice.
 */
const MAX_ONE_SIDED = 10;

/** Words of the sentence tried when the whole sentence is not found (markup inside it). */
const FALLBACK_WORDS = 5;

const LEVEL: Record<DiffFindingType, 'error' | 'warning' | 'notice'> = {
  conflict: 'error',
  drift: 'error',
  'only-b': 'warning',
  'only-a': 'notice',
};

/** Workflow-command escaping of the message part. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command escaping of a property value (file, title). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The claim an annotation points at: A's (the draft being checked), except for facts only B has. */
function anchor(result: DiffResult, f: DiffFinding): RowClaim {
  const want = f.type === 'only-b' ? 'B' : 'A';
  return f.row.claims.find((c) => sideOf(result, c.source) === want) ?? f.row.claims[0];
}

export const diffGithub: DiffFormatter = (result) => {
  const names = shortNames([...result.a, ...result.b]);
  const sources = new Map([...result.a, ...result.b].map((s) => [s.id, s]));
  const lines = new LineFinder();
  const out: string[] = [];
  const oneSided = { 'only-a': 0, 'only-b': 0 };
  for (const f of result.findings) {
    if (f.type === 'only-a' || f.type === 'only-b') {
      if (++oneSided[f.type] > MAX_ONE_SIDED) continue;
    }
    const c = anchor(result, f);
    const path = sources.get(c.source)?.path;
    const line = lines.line(path, [c.sentenceText, c.sentenceText.split(/\s+/).slice(0, FALLBACK_WORDS).join(' '), c.text]);
    const claims = f.row.claims
      .map((x) => `${sideOf(result, x.source)} ${names.get(x.source) ?? x.source}: ${claimCell(x, f.row, names)}`)
      .join('; ');
    let message = `${compact(f.row.label)} — ${claims}`;
    if (f.type === 'drift') {
      const ch = quoteChanges(result, f)[0];
      if (ch) message += ` — word diff: ${wordDiffText(ch.ops)}`;
    }
    const props = [`file=${escapeProperty(compact(path ?? c.source))}`, `line=${line}`, `title=${escapeProperty(`crosscheck: ${FINDING_TITLES[f.type]}`)}`];
    out.push(`::${LEVEL[f.type]} ${props.join(',')}::${escapeData(compact(message))}`);
  }
  for (const [type, n] of Object.entries(oneSided) as [DiffFindingType, number][]) {
    if (n > MAX_ONE_SIDED) {
      const side = type === 'only-a' ? 'A' : 'B';
      out.push(`::notice title=${escapeProperty(`crosscheck: ${FINDING_TITLES[type]}`)}::${escapeData(`${n - MAX_ONE_SIDED} more facts only in ${side} (not annotated; \`crosscheck diff\` lists them all)`)}`);
    }
  }
  out.push(`::notice title=${escapeProperty('crosscheck summary')}::${escapeData(diffSummary(result))}`);
  for (const e of result.errors) out.push(`::error file=${escapeProperty(compact(e.path))}::${escapeData(compact(e.message))}`);
  return `${out.join('\n')}\n`;
};
