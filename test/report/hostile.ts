/** A table whose article text carries terminal escapes, C1 controls, bidi overrides and formula starts. */
import { align } from '../../src/align/index.js';
import type { AgreementTable } from '../../src/model.js';
import { article, qty } from '../align/factory.js';

export const ESC_TEXT = '\u001b[31mRED\u001b[0m';
export const C1_TEXT = '\u009b2J';
export const BIDI_TEXT = '\u202egnp.exe';

export function hostileTable(): AgreementTable {
  const a = article({
    id: 'evil',
    publisher: `Evil ${ESC_TEXT} Times`,
    sentences: [{ text: `=HYPERLINK("http://x") ${ESC_TEXT} ${C1_TEXT} ${BIDI_TEXT} | pipe with 12 rockets launched at dawn.`, claims: [{ kind: 'count', text: '12 rockets', value: qty(12, 12, 'rocket') }] }],
  });
  const b = article({
    id: 'plain',
    publisher: 'Plain Post',
    sentences: [{ text: '-12 rockets? No: +12 rockets launched at dawn, @officials said.', claims: [{ kind: 'count', text: '+12 rockets', value: qty(12, 12, 'rocket') }] }],
  });
  return align([a, b]);
}

/** Any C0 control other than newline, DEL, C1 control or bidi override. */
export const RAW_CONTROL_RE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
