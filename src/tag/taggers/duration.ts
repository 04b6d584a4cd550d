import type { Tagger } from '../types.js';

export const durationTagger: Tagger = {
  name: 'duration',
  kind: 'duration',
  extract() {
    return [];
  },
};
