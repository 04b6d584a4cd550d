/**
 * Repair of crossed claims: two claims of one sentence ("the second grounding this year, after
 * … in February") share nearly all their context words, so clustering may put each in the row of
 * the other's fact. When swapping them makes both rows state the same value more often, they
 * are swapped. Linear in the block size.
 */
import type { Item } from './features.js';
import { sameValue } from './similarity.js';

/** How many other members of a group state the same value as an item. */
function matches(items: readonly Item[], group: readonly number[], it: Item, skip: number): number {
  let n = 0;
  for (const m of group) if (m !== skip && sameValue(items[m], it)) n++;
  return n;
}

/** Swap sentence siblings between two rows when that makes more values match; groups are changed in place. */
export function repairSiblings(items: readonly Item[], groups: number[][]): number[][] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, gi) => g.forEach((i) => groupOf.set(i, gi)));
  const siblings = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (!groupOf.has(i)) return;
    const key = `${it.sourceId}\u0000${it.claim.sentence}`;
    const list = siblings.get(key) ?? [];
    list.push(i);
    siblings.set(key, list);
  });
  for (const pair of siblings.values()) {
    if (pair.length !== 2) continue;
    const [x, y] = pair;
    const gx = groupOf.get(x)!;
    const gy = groupOf.get(y)!;
    if (gx === gy || groups[gx].length < 2 || groups[gy].length < 2) continue;
    const now = matches(items, groups[gx], items[x], x) + matches(items, groups[gy], items[y], y);
    const swapped = matches(items, groups[gy], items[x], y) + matches(items, groups[gx], items[y], x);
    if (swapped <= now) continue;
    groups[gx][groups[gx].indexOf(x)] = y;
    groups[gy][groups[gy].indexOf(y)] = x;
    groupOf.set(x, gy);
    groupOf.set(y, gx);
  }
  return groups;
}
