/** Synthetic corpora for scale tests: many stories, each covered by a few outlets with shared facts. */
import type { Article } from '../../src/model.js';
import { article, qty, quote, type SentenceSpec } from './factory.js';
import { rng } from '../../scripts/bench-pages.js';

const UNITS = ['person', 'vehicle', 'home', 'school', 'application', 'worker', 'flight', 'ship', 'tree', 'vote'];
const VERBS = ['damaged', 'counted', 'reported', 'inspected', 'delayed', 'approved', 'rebuilt', 'closed', 'opened', 'moved'];
const NOUNS = ['river', 'council', 'harbor', 'valley', 'airport', 'factory', 'union', 'district', 'market', 'bridge', 'station', 'clinic'];


/** `n` articles; every story has `perStory` outlets and `facts` facts. */
export function syntheticCorpus(n: number, perStory = 4, facts = 12, seed = 1): Article[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: Article[] = [];
  const stories = Math.ceil(n / perStory);
  for (let s = 0; s < stories; s++) {
    const place = `Place${s}`;
    const person = `Mayor${s}`;
    const fs = Array.from({ length: facts }, (_, f) => ({
      unit: pick(UNITS),
      value: 1 + Math.floor(r() * 5000),
      verb: pick(VERBS),
      noun: `${pick(NOUNS)}${s}x${f}`,
    }));
    for (let k = 0; k < perStory && out.length < n; k++) {
      const sentences: (SentenceSpec | string)[] = fs.map((f) => {
        const v = r() < 0.1 ? f.value + 1 + Math.floor(r() * 10) : f.value;
        const claimText = `${v} ${f.unit}s`;
        return {
          text: `In ${place} the ${f.noun} ${f.verb} ${claimText} according to ${pick(NOUNS)} officials.`,
          claims: [{ kind: 'count' as const, text: claimText, value: qty(v, v, f.unit), subject: [] }],
        };
      });
      sentences.unshift(`Officials from Agency${s} met ${person} and Minister${s} in ${place} with Senator${s}.`);
      sentences.push({
        text: `${person} said "we will rebuild the ${fs[0].noun} before the ${pick(NOUNS)} season ends."`,
        claims: [{ kind: 'quote' as const, text: `"we will rebuild the ${fs[0].noun}`, value: quote(`we will rebuild the ${fs[0].noun} before the season ends`, person), subject: [] }],
      });
      out.push(article({ id: `s${s}-o${k}`, publisher: `Outlet ${k}`, published: `2024-01-${String(1 + k).padStart(2, '0')}`, sentences }));
    }
  }
  return out;
}
