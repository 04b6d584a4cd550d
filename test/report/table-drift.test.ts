import { describe, expect, it } from 'vitest';
import { tableFormatters } from '../../src/report/registry.js';
import { rowClaim, source, table } from '../helpers/articles.js';

const q = (src: string, text: string) => rowClaim(src, { kind: 'quote', text: `“${text}”`, value: { text, speaker: 'Dana Whitlock' } });
const t = table(
  [source('a'), source('b')],
  [{ id: 'r1', kind: 'quote', label: 'quote · Dana Whitlock', status: 'conflict', notes: ['quote drift'], claims: [q('a', 'We will reopen it when it is safe'), q('b', 'We will reopen it as soon as it is safe')] }],
);

describe('quote drift is shown word by word', () => {
  it('terminal --verbose', () => {
    const out = tableFormatters.terminal(t, { color: false, width: 120, verbose: true });
    expect(out).toContain('We will reopen it [-when-] {+as soon as+} it is safe');
  });
  it('markdown', () => {
    const out = tableFormatters.markdown(t, { color: false, width: 120 });
    expect(out).toContain('We will reopen it ~~when~~ **as soon as** it is safe');
  });
  it('not shown without drift', () => {
    const same = { ...t, rows: [{ ...t.rows[0], status: 'agree' as const, notes: [], claims: [q('a', 'We will'), q('b', 'We will')] }] };
    expect(tableFormatters.markdown(same, { color: false, width: 120 })).not.toContain('Quote drift');
  });
});
