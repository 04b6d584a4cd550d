/**
 * The tag stage's configuration: the ordered taggers and refiners, in one literal each.
 * A new claim kind is one file in taggers/ plus one line here.
 */
import type { Refiner, Tagger } from './types.js';
import { dateTagger } from './taggers/date.js';
import { durationTagger } from './taggers/duration.js';
import { moneyTagger } from './taggers/money.js';
import { percentTagger } from './taggers/percent.js';
import { countTagger } from './taggers/count.js';
import { ordinalTagger } from './taggers/ordinal.js';
import { quoteTagger } from './taggers/quote.js';
import { attributionTagger } from './taggers/attribution.js';
import { resolveOverlaps } from './refiners/resolve-overlaps.js';
import { linkAttribution } from './refiners/link-attribution.js';
import { subjectWords } from './refiners/subject.js';

export const taggers: readonly Tagger[] = [
  dateTagger,
  durationTagger,
  moneyTagger,
  percentTagger,
  countTagger,
  ordinalTagger,
  quoteTagger,
  attributionTagger,
];

export const refiners: readonly Refiner[] = [
  resolveOverlaps, // value claims never overlap each other
  linkAttribution, // claims in a quote take its speaker; others the nearest attribution of their sentence
  subjectWords, // what each claim is about: content words near it
];
