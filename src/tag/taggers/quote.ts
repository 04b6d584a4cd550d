/**
 * Direct quotations with their speaker.
 *
 * Span: the quotation including its marks (“…”); a quotation that runs over several
 * paragraphs is one claim from the first opening mark to the last closing mark.
 * value.text: the quoted words without marks (pieces joined by a space, a trailing , ; : .
 * dropped). Speaker: resolved through "X said", "said X", "according to X", colon
 * introductions, pronouns and role nouns ("he", "the group", "the spokesman") to the most
 * recent compatible mention; a quotation that opens a sentence with no cue keeps the last speaker.
 * Scare quotes and one- or two-word fragments are emitted too, with `partial: true`; their
 * speaker is set only when a speech verb in the same sentence governs them ("announced a
 * “limited” …"), and is null for unattributed scare quotes and "so-called". A cue later in the
 * sentence that is not right after the quote belongs to another clause ("X said it was “unfair”
 * while Y called it …" → X); a later quote of the same sentence keeps the earlier quote's speaker
 * ("… “reckless” but that it could still “work out.”").
 */
import type { QuoteValue } from '../../model.js';
import { analyze } from '../speech/analyze.js';
import type { ClaimDraft, Tagger } from '../types.js';

export const quoteTagger: Tagger = {
  name: 'quote',
  kind: 'quote',
  extract(ctx) {
    const out: ClaimDraft[] = [];
    for (const q of analyze(ctx).quotes) {
      if (!q.text) continue;
      const value: QuoteValue = { text: q.text, speaker: q.speaker?.name ?? null };
      if (q.partial) value.partial = true;
      out.push({ kind: 'quote', span: { start: q.start, end: q.end }, value });
    }
    return out;
  },
};
