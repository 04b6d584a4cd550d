import type { Tagger } from '../types.js';

export const ordinalTagger: Tagger = {
  name: 'ordinal',
  kind: 'ordinal',
  extract() {
    return [];
  },
};
