import type { Claim, ClaimKind, ClaimValue, Paragraph, Sentence, Span } from '../model.js';

/** Everything a tagger may look at: the whole clean article, already segmented. */
export interface TagContext {
  sourceId: string;
  /** The clean article text; all spans are offsets into it. */
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** ISO date (YYYY-MM-DD) relative dates resolve against; absent = relative dates get value null. */
  published?: string;
}

/** What a tagger returns; the tag stage adds id, text and sentence index. */
export interface ClaimDraft {
  kind: ClaimKind;
  span: Span;
  value: ClaimValue | null;
  /** Why value is null. */
  reason?: string;
  attributedTo?: string;
  subject?: string[];
}

/** A named pattern plus an extract function (chrono-node style). One file per claim kind. */
export interface Tagger {
  name: string;
  kind: ClaimKind;
  extract(ctx: TagContext): ClaimDraft[];
}

/** Takes the whole claim list of an article and returns a new one (merge, drop, link). */
export interface Refiner {
  name: string;
  refine(claims: Claim[], ctx: TagContext): Claim[];
}
