/** The document the line rules pass along: blocks, one verdict per block, and what the lead told us. */
import type { ParagraphKind } from '../../model.js';
import type { PageMetadata } from '../index.js';
import type { LineBlock } from './blocks.js';

export interface Verdict {
  /** Why the block was dropped (rule name), or undefined while it is kept. */
  drop?: string;
  kind: ParagraphKind;
  /** Text to emit instead of the block text (captions cut from image alt text). */
  text?: string;
}

export interface LineContext {
  blocks: LineBlock[];
  verdicts: Verdict[];
  /** Index of the first body paragraph (blocks.length when there is none). */
  bodyStart: number;
  /** False when no block reads as prose: the lead and tail rules then keep their hands off. */
  hasBody: boolean;
  meta: PageMetadata;
}

/** A rule reads and updates the context; rules run in the order of `LINE_RULES`. */
export type LineRule = (ctx: LineContext) => void;

export function kept(ctx: LineContext, i: number): boolean {
  return !ctx.verdicts[i]!.drop;
}
