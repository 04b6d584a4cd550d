/** The align stage: group claims about one fact across sources, compare them, diff two sets. */
export { align, type AlignOptions } from './align.js';
export { diff, type DiffOptions } from './diff.js';
export { wordDiff, quoteRelation, quoteWords, type WordDiffOp, type QuoteRelation } from './quotes.js';
export { blockingKey } from './features.js';
export { articleContext, slimForAlign } from './context.js';
