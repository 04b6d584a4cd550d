/**
 * Row labels and ids. Labels are short human descriptions ("count · application (Commerce
 * Department licences)"); ids hash the row's content (kind, sentences, claim texts), so they
 * do not change with input order or file names.
 */
import { hash } from 'node:crypto';
import type { AttributionValue, ClaimKind, QuoteValue } from '../model.js';
import type { Item } from './features.js';
import { lemma } from '../tag/refiners/subject.js';
import { unitClass } from './vocab.js';

/** Context words shown in a label. */
const LABEL_WORDS = 3;
/** Quoted words shown in a quote label. */
const QUOTE_LABEL_WORDS = 6;
/** Hex digits of a row id: 48 bits, collisions only matter within one table. */
const ID_HEX = 12;

/** A short content hash (SHA-1, native and fast on the long strings a row's content makes; one-shot: no Hash object per row). */
export function hashHex(text: string): string {
  return hash('sha1', text, 'hex').slice(0, ID_HEX);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Content fingerprint of a row: the same claims give the same id whatever the files are called. */
export function rowFingerprint(kind: ClaimKind, items: readonly Item[]): string {
  const parts = items.map((it) => `${collapse(it.sentenceText)}|${it.claim.text}|${it.published ?? ''}`).sort();
  return `${kind}\n${parts.join('\n')}`;
}

/** The words most shared across the row, weighted by idf, in a surface form seen in the text. */
function contextWords(items: readonly Item[], idf: Map<string, number>, exclude: ReadonlySet<string>): string[] {
  const score = new Map<string, number>();
  for (const it of items) {
    for (let k = 0; k < it.words.length; k++) {
      const w = it.words[k];
      const r = it.weights[k];
      if (exclude.has(w) || exclude.has(unitClass(w)) || w.includes(':')) continue; // no "year:2018" features
      score.set(w, (score.get(w) ?? 0) + r * (idf.get(w) ?? 1));
    }
  }
  // prefer words several sources share: multiply by how many items have it
  const count = new Map<string, number>();
  for (const it of items) for (const w of it.words) count.set(w, (count.get(w) ?? 0) + 1);
  const ranked = [...score].map(([w, s]) => [w, s * (count.get(w) ?? 1)] as const);
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.slice(0, LABEL_WORDS).map(([w]) => {
    for (const it of items) {
      const s = it.surfaces[it.words.indexOf(w)];
      if (s) return s;
    }
    return w;
  });
}

function firstWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(' ') + (words.length > n ? '…' : '');
}

/** A short human description of a row. */
export function rowLabel(kind: ClaimKind, items: readonly Item[], idf: Map<string, number>): string {
  const rep = items[0];
  if (kind === 'quote') {
    const speakers = items.map((it) => (it.claim.value as QuoteValue).speaker).filter((s): s is string => !!s);
    const speaker = speakers.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    let longest = rep;
    for (const it of items) if ((it.quote?.length ?? 0) > (longest.quote?.length ?? 0)) longest = it;
    const text = firstWords((longest.claim.value as QuoteValue).text, QUOTE_LABEL_WORDS);
    return `quote · ${speaker ? `${speaker}: ` : ''}“${text}”`;
  }
  if (kind === 'attribution') {
    const names = items.map((it) => (it.claim.value as AttributionValue).source).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    return `attribution · ${names[0]}`;
  }
  const unit = (items.find((it) => it.event) ?? rep).unitLabel; // "death" rather than "person"
  const exclude = new Set([unit, unitClass(unit), lemma(unit)]); // "hearing" also hides "hear"
  const ctx = contextWords(items, idf, exclude);
  const head = unit && unit !== 'time' && unit !== kind ? `${kind} · ${unit}` : kind; // not "percent · percent"
  return ctx.length > 0 ? `${head} (${ctx.join(' ')})` : head;
}
