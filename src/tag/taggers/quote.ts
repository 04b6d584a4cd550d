import type { Tagger } from '../types.js';

export const quoteTagger: Tagger = {
  name: 'quote',
  kind: 'quote',
  extract() {
    return [];
  },
};
