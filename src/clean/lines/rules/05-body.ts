/** Inside the body: widget runs (player controls, share bars) go; short unpunctuated lines between paragraphs are subheads. */
import { isDateLine } from '../../meta/dates.js';
import { isHeadlineLike, wordCount } from '../furniture.js';
import { kept, type LineContext } from '../context.js';

/** This many short unpunctuated lines in a row are a widget, not subheads (a run made only of list items is a real list). */
const WIDGET_RUN = 3;
/** A subhead between paragraphs has at most this many words. */
const MAX_SUBHEAD_WORDS = 10;

/** Date lines inside the body ("Updated 10:04 a.m. ET") are page furniture, not prose. */
export function dropBodyDateLines(ctx: LineContext): void {
  for (let i = ctx.bodyStart; i < ctx.blocks.length; i++) {
    if (kept(ctx, i) && isDateLine(ctx.blocks[i]!.text)) ctx.verdicts[i]!.drop = 'date-line';
  }
}

export function dropWidgetRuns(ctx: LineContext): void {
  const { blocks, verdicts: v } = ctx;
  let run: number[] = [];
  const endRun = (): void => {
    if (run.length >= WIDGET_RUN && run.some((j) => blocks[j]!.kind !== 'list-item')) for (const j of run) v[j]!.drop = 'widget-run';
    run = [];
  };
  for (let i = ctx.bodyStart; i < blocks.length; i++) {
    if (!kept(ctx, i)) continue;
    const b = blocks[i]!;
    if ((b.kind === 'paragraph' || b.kind === 'list-item') && v[i]!.kind !== 'caption' && isHeadlineLike(b.text)) run.push(i);
    else endRun();
  }
  endRun();
}

export function markSubheads(ctx: LineContext): void {
  const { blocks, verdicts: v } = ctx;
  const order = blocks.map((_, i) => i).filter((i) => kept(ctx, i));
  order.forEach((i, k) => {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || v[i]!.kind !== 'paragraph' || k === 0 || k === order.length - 1) return;
    if (isHeadlineLike(b.text) && wordCount(b.text) <= MAX_SUBHEAD_WORDS) v[i]!.kind = 'heading';
  });
}
