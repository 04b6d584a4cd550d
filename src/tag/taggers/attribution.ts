/**
 * Attributions: who the article names as the source of what it reports.
 *
 * Span: the source phrase and its cue together, as written ("according to people familiar
 * with the matter", "the Commerce Department said", "said Ross", "citing unnamed sources",
 * "reportedly"); for "X told <outlet>" the span is "X told" (the listener
 * is not the source). Kinds: a named person; an organization (also "<org> spokesman/officials");
 * a publication (an outlet from vocab, canonical name); anonymous ("officials", "people
 * familiar with …", "the media", "reportedly" → "unnamed reports"). Pronouns and anaphors
 * resolve to the antecedent; unresolvable ones are not emitted. The cue is the cue word as
 * written, lower-case ("said", "reported", "according to", "citing", "told"). Restricted cues:
 * "understands" (outlets and organizations: "Sky News understands"), "show/showed" after a data
 * noun ("NHS figures show", "figures from the ONS showed" → the data owner), "found" (inspecting
 * bodies, studies, outlets: "inspectors from the Care Quality Commission found"). "added" before
 * a number is growth, not speech ("Employers added 272,000 jobs").
 */
import type { AttributionValue } from '../../model.js';
import { WEAK_CUES } from '../vocab/speech.js';
import { analyze } from '../speech/analyze.js';
import type { ClaimDraft, Tagger } from '../types.js';

export const attributionTagger: Tagger = {
  name: 'attribution',
  kind: 'attribution',
  extract(ctx) {
    const out: ClaimDraft[] = [];
    for (const c of analyze(ctx).cues) {
      if (!c.source || WEAK_CUES.has(c.lemma)) continue;
      const value: AttributionValue = { source: c.source.name, kind: c.source.kind, cue: c.cue };
      out.push({ kind: 'attribution', span: { start: c.start, end: c.end }, value });
    }
    return out;
  },
};
