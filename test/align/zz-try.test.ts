import { test } from 'vitest';
import { align } from '../../src/align/index.js';
import { story } from './story.js';
test('x', () => {
  const t = align(story());
  for (const r of t.rows) console.log(r.id, r.status, r.independentSources, r.label, JSON.stringify(r.notes), r.claims.map(c => `${c.source}${c.via ? '<-' + c.via : ''}: ${c.text}`).join(' | '));
});
