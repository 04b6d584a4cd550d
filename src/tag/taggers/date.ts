/**
 * Date tagger: calendar dates, relative dates and named periods, resolved against the
 * publication date with a past bias (see src/tag/dates/). One claim per expression; a range
 * ("Oct. 1-3", "May to July") is one claim whose value spans it.
 */
import { parseIsoDate } from '../dates/calendar.js';
import { findDates } from '../dates/find.js';
import type { ClaimDraft, TagContext, Tagger } from '../types.js';

export const dateTagger: Tagger = {
  name: 'date',
  kind: 'date',
  extract(ctx: TagContext): ClaimDraft[] {
    const published = parseIsoDate(ctx.published);
    const drafts: ClaimDraft[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      for (const hit of findDates(text, published)) {
        const draft: ClaimDraft = { kind: 'date', span: { start: s.start + hit.start, end: s.start + hit.end }, value: hit.value };
        if (hit.reason !== undefined) draft.reason = hit.reason;
        drafts.push(draft);
      }
    }
    return drafts;
  },
};
