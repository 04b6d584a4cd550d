/** `extract` for people: claims grouped by article and sentence, spans highlighted in the sentence. */
import type { Article, Claim } from '../../model.js';
import { describeValue } from '../describe.js';
import { safeLine } from '../sanitize.js';
import { chalkFor, kindStyle, wrapSegments, type Segment } from '../style.js';
import type { ExtractFormatter, FormatOptions } from '../types.js';

/** Width of the kind column in the claim list. */
const KIND_COL = 12;
/** Longest claim text shown in the list before it is cut with an ellipsis. */
const CLAIM_TEXT_MAX = 60;

/** Segments of the sentence: outermost claim spans marked (colour, or ⟦ ⟧ without colour). */
function sentenceSegments(a: Article, sIdx: number, claims: Claim[], opts: FormatOptions): Segment[] {
  const c = chalkFor(opts.color);
  const s = a.sentences[sIdx];
  const spans = claims
    .map((cl) => ({ start: Math.max(cl.span.start, s.start) - s.start, end: Math.min(cl.span.end, s.end) - s.start, kind: cl.kind }))
    .filter((x) => x.end > x.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const sp of spans) {
    if (sp.start < pos) continue; // nested inside an earlier span: the outer one is marked
    if (sp.start > pos) out.push({ text: safeLine(s.text.slice(pos, sp.start)) });
    const text = safeLine(s.text.slice(sp.start, sp.end));
    if (opts.color) {
      const style = kindStyle(c, sp.kind);
      out.push({ text, style: (w) => c.bold(style(w)) });
    } else out.push({ text: `⟦${text}⟧` });
    pos = sp.end;
  }
  if (pos < s.text.length) out.push({ text: safeLine(s.text.slice(pos)) });
  return out;
}

function articleHeader(a: Article, opts: FormatOptions): string[] {
  const c = chalkFor(opts.color);
  const src = a.source;
  const title = src.title ? ` · ${safeLine(src.title)}` : '';
  const pub = src.publisher ? ` · ${safeLine(src.publisher)}` : '';
  const facts = [
    src.published ? `published ${src.published}` : 'no publication date',
    src.byline ? `by ${safeLine(src.byline)}` : '',
    `${a.sentences.length} sentences`,
    `${a.claims.length} claims`,
    safeLine(src.path),
  ].filter(Boolean);
  return [c.bold(`━━ ${safeLine(src.id)}${pub}${title}`), c.dim(`   ${facts.join(' · ')}`)];
}

export const extractTerminal: ExtractFormatter = (result, opts) => {
  const c = chalkFor(opts.color);
  const out: string[] = [];
  for (const a of result.articles) {
    out.push(...articleHeader(a, opts));
    for (const d of a.diagnostics ?? []) {
      if (d.severity !== 'info') out.push(c.yellow(`   ${d.severity}: ${safeLine(d.message)}`));
    }
    const bySentence = new Map<number, Claim[]>();
    for (const cl of a.claims) {
      const list = bySentence.get(cl.sentence) ?? [];
      list.push(cl);
      bySentence.set(cl.sentence, list);
    }
    for (const [sIdx, claims] of [...bySentence].sort((x, y) => x[0] - y[0])) {
      if (!a.sentences[sIdx]) continue;
      out.push('');
      const label = `  ${String(sIdx + 1).padStart(3)}  `;
      const lines = wrapSegments(sentenceSegments(a, sIdx, claims, opts), opts.width, ' '.repeat(label.length));
      lines[0] = c.dim(label) + lines[0].slice(label.length);
      out.push(...lines);
      for (const cl of claims) {
        const text = safeLine(cl.text);
        const shown = text.length > CLAIM_TEXT_MAX ? `${text.slice(0, CLAIM_TEXT_MAX - 1)}…` : text;
        const speaker = cl.kind === 'quote' ? (cl.value as { speaker?: string | null } | null)?.speaker : undefined;
        const who = cl.attributedTo && cl.kind !== 'attribution' && cl.attributedTo !== speaker ? c.dim(` ← ${safeLine(cl.attributedTo)}`) : '';
        out.push(`       ${kindStyle(c, cl.kind)(cl.kind.padEnd(KIND_COL))}${shown}  ${c.dim('→')} ${safeLine(describeValue(cl))}${who}`);
      }
    }
    out.push('');
  }
  if (result.articles.length > 1) {
    const n = result.articles.reduce((s, a) => s + a.claims.length, 0);
    out.push(c.dim(`${result.articles.length} articles, ${n} claims`));
  }
  return out.join('\n') + (out.length ? '\n' : '');
};
