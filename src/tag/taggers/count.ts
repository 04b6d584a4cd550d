import type { Tagger } from '../types.js';

export const countTagger: Tagger = {
  name: 'count',
  kind: 'count',
  extract() {
    return [];
  },
};
