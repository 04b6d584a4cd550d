/**
 * Run every date matcher over one sentence and keep the longest non-overlapping hits
 * ("Tuesday, Oct. 8" beats "Tuesday" and "Oct. 8"; "mid May" beats "May").
 */
import { absoluteMatchers } from './absolute.js';
import type { DateEnv, DateHit, DateMatcher } from './common.js';
import { holidayMatchers } from './holidays.js';
import { periodMatchers } from './periods.js';
import { relativeMatchers } from './relative.js';

/** All matchers; on equal length the earlier one wins, so explicit calendar forms come first. */
export const dateMatchers: readonly DateMatcher[] = [
  ...absoluteMatchers,
  ...periodMatchers,
  ...holidayMatchers,
  ...relativeMatchers,
];

/** Date hits in one sentence, offsets into the sentence, sorted by position. */
export function findDates(sentence: string, published: number | null): DateHit[] {
  const env: DateEnv = { sentence, published };
  const hits: { hit: DateHit; rank: number }[] = [];
  dateMatchers.forEach((matcher, rank) => {
    const re = matcher.pattern; // global regex, reset per sentence (single-threaded)
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const hit = matcher.build(m, env);
      if (hit) hits.push({ hit: trimHit(hit, sentence), rank });
    }
  });
  hits.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.rank - b.rank || a.hit.start - b.hit.start);
  const kept: DateHit[] = [];
  for (const { hit } of hits) {
    if (kept.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Drop trailing spaces and punctuation a pattern may have swallowed ("Aug." keeps its period). */
function trimHit(hit: DateHit, sentence: string): DateHit {
  let { start, end } = hit;
  while (end > start && /[\s,;:]/.test(sentence[end - 1])) end--;
  while (start < end && /\s/.test(sentence[start])) start++;
  return { ...hit, start, end };
}
