/**
 * Bytes → text. Order of evidence: a byte-order mark, then valid UTF-8 with multi-byte sequences
 * (a page that declares latin-1 but is UTF-8 is common: the declaration lies), then the charset the
 * page declares (<meta charset>, http-equiv, XML declaration), then windows-1252 (the web's de-facto
 * superset of ISO-8859-1). Decoding never throws: invalid bytes become U+FFFD.
 */
import { iconvLite } from '../util/lazy.js';

/** How far into the file to look for a charset declaration (browsers use 1024; saved pages push it later). */
const SNIFF_BYTES = 4096;

/** <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">, <?xml encoding="x"?>. */
const CHARSET_DECL = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{2,40})/i;

/** Labels that mean windows-1252 in practice (the WHATWG Encoding Standard maps latin-1 and ascii to it). */
const WIN1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1', 'cp1252', 'windows-1252', 'x-cp1252']);

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when a decision overrode the page's own declaration, or bytes were invalid. */
  note?: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

function hasMultibyte(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 0x80) return true;
  return false;
}

function declaredCharset(buf: Buffer): string | undefined {
  const head = buf.subarray(0, SNIFF_BYTES).toString('latin1');
  const m = CHARSET_DECL.exec(head);
  const label = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!label) return undefined;
  return WIN1252_ALIASES.has(label) ? 'windows-1252' : label;
}

export function decode(buf: Buffer): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: utf8Lenient.decode(buf.subarray(3)), encoding: 'utf-8 (bom)' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconvLite().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le (bom)' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconvLite().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be (bom)' };
  }
  const declared = declaredCharset(buf);
  if (!hasMultibyte(buf)) return { text: buf.toString('latin1'), encoding: declared ? `${declared} (ascii only)` : 'ascii' };
  let validUtf8 = true;
  let text = '';
  try {
    text = utf8Strict.decode(buf);
  } catch {
    validUtf8 = false;
  }
  if (validUtf8) {
    if (declared && declared !== 'utf-8' && declared !== 'utf8') {
      return { text, encoding: 'utf-8 (valid utf-8)', note: `page declares ${declared} but its bytes are valid UTF-8; decoded as UTF-8` };
    }
    return { text, encoding: declared ? 'utf-8 (declared)' : 'utf-8' };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconvLite().encodingExists(declared)) {
    return { text: iconvLite().decode(buf, declared), encoding: `${declared} (declared)` };
  }
  if (declared === 'utf-8' || declared === 'utf8') {
    return { text: utf8Lenient.decode(buf), encoding: 'utf-8 (declared)', note: 'invalid UTF-8 byte sequences replaced with U+FFFD' };
  }
  return {
    text: iconvLite().decode(buf, 'windows-1252'),
    encoding: 'windows-1252 (fallback)',
    note: declared ? `unknown charset "${declared}"; decoded as windows-1252` : undefined,
  };
}
