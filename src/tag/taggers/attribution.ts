import type { Tagger } from '../types.js';

export const attributionTagger: Tagger = {
  name: 'attribution',
  kind: 'attribution',
  extract() {
    return [];
  },
};
