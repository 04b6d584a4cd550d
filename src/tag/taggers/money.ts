import type { Tagger } from '../types.js';

export const moneyTagger: Tagger = {
  name: 'money',
  kind: 'money',
  extract() {
    return [];
  },
};
