import type { Tagger } from '../types.js';

export const dateTagger: Tagger = {
  name: 'date',
  kind: 'date',
  extract() {
    return [];
  },
};
