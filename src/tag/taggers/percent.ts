import type { Tagger } from '../types.js';

export const percentTagger: Tagger = {
  name: 'percent',
  kind: 'percent',
  extract() {
    return [];
  },
};
