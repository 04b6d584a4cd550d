/**
 * The line cleaner for plain-text copies and pandoc-markdown copies: blocks → furniture removed →
 * title/byline/date taken as metadata → `Cleaned` with exact paragraph offsets.
 *
 * Every block first gets a verdict from the per-block furniture tests (lines/furniture.ts); then
 * the rules of `LINE_RULES` run in order, each reading the verdicts of the ones before.
 */
import type { Diagnostic, Paragraph, ParagraphKind, RawInput } from '../model.js';
import type { Cleaned } from './index.js';
import { parseBlocks, type LineBlock } from './lines/blocks.js';
import { kept, type LineContext, type LineRule } from './lines/context.js';
import { furnitureReason } from './lines/furniture.js';
import { parseMachineDate, parseUrlDate } from './meta/dates.js';
import { markCaptions } from './lines/rules/01-captions.js';
import { applyDivHints } from './lines/rules/02-div-hints.js';
import { dropLeadStragglers, readLead } from './lines/rules/03-lead.js';
import { cutTail, dropTrailingLines } from './lines/rules/04-tail.js';
import { dropBodyDateLines, dropWidgetRuns, markSubheads } from './lines/rules/05-body.js';

/** The rules, in order. */
export const LINE_RULES: ReadonlyArray<readonly [name: string, rule: LineRule]> = [
  ['captions', markCaptions],
  ['div-hints', applyDivHints],
  ['lead', readLead],
  ['lead-stragglers', dropLeadStragglers],
  ['tail', cutTail],
  ['trailing-lines', dropTrailingLines],
  ['body-date-lines', dropBodyDateLines],
  ['widget-runs', dropWidgetRuns],
  ['subheads', markSubheads],
];

function initialKind(b: LineBlock): ParagraphKind {
  switch (b.kind) {
    case 'heading':
    case 'list-item':
    case 'blockquote':
      return b.kind;
    default:
      return 'paragraph';
  }
}

function judge(text: string): LineContext {
  const blocks = parseBlocks(text);
  const ctx: LineContext = {
    blocks,
    verdicts: blocks.map((b) => ({ drop: furnitureReason(b), kind: initialKind(b) })),
    bodyStart: 0,
    hasBody: false,
    meta: {},
  };
  for (const [, rule] of LINE_RULES) rule(ctx);
  return ctx;
}

/** What the container (WARC record, CLI) knows fills fields the text does not state. */
function fromContainerHints(ctx: LineContext, input: RawInput): void {
  const { meta } = ctx;
  const provenance = { ...(meta.provenance ?? {}) };
  const url = input.hints?.url;
  if (!meta.url && url && /^https?:\/\//i.test(url)) {
    meta.url = url;
    provenance.url = 'hint';
  }
  if (!meta.published) {
    const fromPath = parseUrlDate(url);
    const given = parseMachineDate(input.hints?.published);
    if (fromPath || given) {
      meta.published = (fromPath ?? given)!;
      provenance.published = fromPath ? 'url-path' : 'hint';
    }
  }
  if (Object.keys(provenance).length) meta.provenance = provenance;
}

export interface LineCleanOptions {
  /** Keep photo captions as `kind: 'caption'` blocks (dropped by default, like the HTML cleaner: they describe photos, not events). */
  keepCaptions?: boolean;
}

/** Parse, judge, and apply the options: the final verdict for every block. */
function finalContext(input: RawInput, options: LineCleanOptions): LineContext {
  const ctx = judge(input.text);
  fromContainerHints(ctx, input);
  if (!options.keepCaptions) {
    ctx.verdicts.forEach((v) => {
      if (!v.drop && v.kind === 'caption') v.drop = 'caption';
    });
  }
  return ctx;
}

export function cleanLines(input: RawInput, options: LineCleanOptions = {}): Cleaned {
  const ctx = finalContext(input, options);
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  ctx.blocks.forEach((b, i) => {
    if (!kept(ctx, i)) return;
    const v = ctx.verdicts[i]!;
    const text = (v.text ?? b.text).replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (parts.length) offset += 2;
    paragraphs.push({ start: offset, end: offset + text.length, kind: v.kind });
    parts.push(text);
    offset += text.length;
  });
  const dropped = ctx.verdicts.filter((x) => x.drop && x.drop !== 'empty').length;
  const diagnostics: Diagnostic[] = [
    { ruleId: 'clean/lines', severity: 'info', message: `kept ${paragraphs.length} blocks, dropped ${dropped} as furniture or metadata` },
  ];
  if (!paragraphs.length && input.text.trim()) {
    diagnostics.push({ ruleId: 'clean/lines-empty', severity: 'warning', message: 'no article text found after removing furniture' });
  }
  return { text: parts.join('\n\n'), paragraphs, meta: ctx.meta, diagnostics };
}

/** For debugging and tests: each non-empty block with the rule that dropped it, or the kind it was kept as. */
export function explainLines(input: RawInput, options: LineCleanOptions = {}): Array<{ text: string; verdict: string }> {
  const { blocks, verdicts } = finalContext(input, options);
  return blocks
    .map((b, i) => ({
      text: verdicts[i]!.text ?? (b.text || b.alt || ''),
      verdict: verdicts[i]!.drop ? `drop:${verdicts[i]!.drop}` : `keep:${verdicts[i]!.kind}`,
    }))
    .filter((x) => x.text);
}
