/**
 * Second clustering pass for dates: a day that one outlet mentions in words the others do not use
 * ("At Tuesday's board meeting" vs "a plan unveiled Tuesday night") finds no row by context. When
 * two or more outlets already agree on that exact day in one row, and no other row holds it, a
 * lone mention of that day from an outlet of the same story joins that row. Two lone mentions of
 * one day never join each other (different events often fall on one weekday), and a source with
 * two lone mentions of the day joins with neither (which one is meant is unknown).
 */
import type { DateValue } from '../model.js';
import type { Item } from './features.js';
import { SAME_VALUE_BONUS, SIMILARITY_THRESHOLD, similarity } from './similarity.js';
import type { StoryContext } from './stories.js';

/**
 * Relaxed threshold factor for the check against the row: the same day alone (no shared word)
 * passes only between articles of one story (story factor close to 1).
 */
const SAME_DAY_RELAX = (SAME_VALUE_BONUS / SIMILARITY_THRESHOLD) * 0.95;
/** Row members checked against a lone claim (bounds the work on very large rows). */
const MAX_CHECKED = 8;

/** Union-find state of clusterBlock that this pass extends. */
export interface ClusterState {
  find(x: number): number;
  parent: Int32Array;
  /** Members of a root's cluster. */
  size(r: number): number;
  membersOf(r: number): number[];
  /** Whether root r's cluster holds a claim of item i's source. */
  hasSource(r: number, i: number): boolean;
  /** Put item i in root r's cluster's members and sources (parent is set apart). */
  add(r: number, i: number): void;
  repeats: Set<number>;
}

/** The exact day of a day-granular date claim, else undefined. */
function dayOf(it: Item): string | undefined {
  const d = it.claim.value as DateValue;
  return d.granularity === 'day' && d.start === d.end ? d.start : undefined;
}

/** Join lone day mentions to the one multi-source row that agrees on that day (dates only). */
export function attachLoneDays(items: readonly Item[], st: ClusterState, idf: Map<string, number>, stories?: StoryContext): void {
  const n = items.length;
  const rowsByDay = new Map<string, number[]>();
  for (let r = 0; r < n; r++) {
    if (st.find(r) !== r || st.size(r) < 2) continue;
    const days = new Set(st.membersOf(r).map((m) => dayOf(items[m])));
    const [day] = days;
    if (days.size !== 1 || day === undefined) continue; // the row must agree on one exact day
    const list = rowsByDay.get(day) ?? [];
    list.push(r);
    rowsByDay.set(day, list);
  }
  if (rowsByDay.size === 0) return;
  const wanted = new Map<string, number[]>(); // row root + source → lone items
  for (let i = 0; i < n; i++) {
    if (st.find(i) !== i || st.size(i) !== 1 || st.repeats.has(i)) continue;
    const day = dayOf(items[i]);
    const rows = day === undefined ? undefined : rowsByDay.get(day);
    if (!rows || rows.length !== 1) continue;
    const r = rows[0];
    if (st.hasSource(r, i)) continue;
    const alike = st.membersOf(r).slice(0, MAX_CHECKED).some((m) => similarity(items[i], items[m], idf, stories, SAME_DAY_RELAX) !== null);
    if (!alike) continue;
    const key = `${r}\u0000${items[i].sourceId}`;
    const list = wanted.get(key) ?? [];
    list.push(i);
    wanted.set(key, list);
  }
  for (const [key, lone] of wanted) {
    if (lone.length !== 1) continue;
    const r = Number(key.slice(0, key.indexOf('\u0000')));
    const i = lone[0];
    st.parent[i] = r;
    st.add(r, i);
  }
}
