/**
 * Duration tagger: lengths of time as quantities in a singular time unit ("90-day" = 90 day,
 * "more than a year" = (1, ∞) year). The grammar and its decisions live in src/tag/dates/durations.ts.
 */
import { findDurations } from '../dates/durations.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

export const durationTagger: Tagger = {
  name: 'duration',
  kind: 'duration',
  extract(ctx: TagContext): ClaimDraft[] {
    const drafts: ClaimDraft[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      for (const hit of findDurations(text)) {
        drafts.push({ kind: 'duration', span: { start: s.start + hit.start, end: s.start + hit.end }, value: hit.value });
      }
    }
    return drafts;
  },
};
