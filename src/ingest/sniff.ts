/** Recognise what a file is before decoding it: binary formats by magic number, text formats by shape. */
import type { Format } from '../model.js';

/** Magic numbers of binary files users leave in article folders, and the name to report. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

/** How many leading bytes decide "binary": control bytes in text are rare, NUL in UTF-8 text never. */
const BINARY_SNIFF = 8192;
/** Share of control bytes (other than tab/newline/CR/FF/ESC) above which a file is binary. */
const CONTROL_SHARE = 0.1;

/** Name of the binary format, or undefined if the bytes look like text. */
export function binaryKind(buf: Buffer): string | undefined {
  for (const [name, magic] of MAGIC) {
    if (buf.length >= magic.length && magic.every((b, i) => buf[i] === b)) return name;
  }
  const n = Math.min(buf.length, BINARY_SNIFF);
  // UTF-16 with a BOM has NULs by design
  if (n >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) return undefined;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > CONTROL_SHARE ? 'binary data (control bytes)' : undefined;
}

const HTML_EXT = /\.(x?html?|xht|php|aspx?|jsp)$/i;
const MD_EXT = /\.(md|markdown|mdown|mkd)$/i;
/** A document that starts like an HTML page. */
const HTML_START = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
/** Raw HTML block lines as pandoc leaves them in markdown: <div ...>, </div>, <span>. */
const PANDOC_DIV = /^\s*<\/?(?:div|section|span|figure|article)\b[^>]*>\s*$/im;
/** Markdown links, images, ATX headings, list bullets. */
const MD_SYNTAX = /!\[[^\]\n]*\]\([^)\n]+\)|\[[^\]\n]+\]\((?:https?:|\/|#)[^)\n]*\)|^#{1,6} \S|^\s{0,3}[-*+] \S/m;
/** Count of block tags; a .txt full of <p> is an HTML page whatever its name. */
const BLOCK_TAGS = /<(?:p|div|article|section|h[1-6]|li|table)\b[^>]*>/gi;

export function sniffFormat(path: string, text: string): Format {
  const head = text.slice(0, 20000);
  if (HTML_START.test(head)) return 'html';
  if (HTML_EXT.test(path)) return 'html';
  if (MD_EXT.test(path)) return 'markdown';
  if (PANDOC_DIV.test(head) || MD_SYNTAX.test(head)) {
    // a page saved as .txt that is really HTML with no <html> wrapper: many block tags, few lines
    const tags = head.match(BLOCK_TAGS)?.length ?? 0;
    const lines = head.split('\n').length;
    if (tags > 20 && tags * 2 > lines) return 'html';
    return 'markdown';
  }
  const tags = head.match(BLOCK_TAGS)?.length ?? 0;
  if (tags >= 3) return 'html';
  return 'text';
}
