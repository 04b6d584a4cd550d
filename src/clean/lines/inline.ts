/** Inline markdown/HTML → plain text: link text kept, targets dropped, emphasis and tags removed, entities decoded. */

/** HTML comments (pandoc's `<!-- end list -->`). */
const COMMENT_RE = /<!--[\s\S]*?-->/g;
/** Raw HTML tags and autolinks (`<span class=…>`, `</span>`, `<https://…>`). */
const TAG_RE = /<\/?[a-zA-Z][^<>]*>/g;
/** Inline images: dropped from running text (image blocks are handled by the block parser). */
const IMAGE_RE = /!\[[^\]]*\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g;
/** `[text](target "title")`: targets may hold one level of balanced parentheses (Wikipedia URLs). */
const LINK_RE = /\[([^\]]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g;
/** The tail of a link whose text spanned blocks (`](https://…)` left at the start of a block). */
const ORPHAN_TARGET_RE = /\]\((?:https?:|\/|#|mailto:)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g;
/** `[text][ref]` and `[text][]` reference links. */
const REF_LINK_RE = /\[([^\]]+)\]\[[^\]]*\]/g;
/** Link reference definitions `[1]: https://…` on their own line. */
export const LINK_DEF_RE = /^\s{0,3}\[[^\]]+\]:\s+\S+/;
/** `**strong**`, `__strong__`, `*em*`, `_em_` (underscores only at word edges, so snake_case survives), `~~del~~`. */
const STRONG_RE = /\*\*(?=\S)([^*]*?\S)\*\*|(^|[^\w])__(?=\S)([^_]*?\S)__(?!\w)/g;
const EM_STAR_RE = /\*(?=[^\s*])([^*]*?[^\s*])\*/g;
const EM_UNDERSCORE_RE = /(^|[^\w])_(?=[^\s_])([^_]*?[^\s_])_(?!\w)/g;
const DEL_RE = /~~(?=\S)([^~]*?\S)~~/g;
/** Inline code spans keep their text. */
const CODE_RE = /`+([^`]+)`+/g;
/** Pandoc backslash escapes (`\$`, `\*`, `\[`) and a trailing backslash hard break. */
const ESCAPE_RE = /\\([\\`*_{}[\]()#+\-.!$'"<>|~^@&])/g;
const HARD_BREAK_RE = /\\\n/g;
/** Footnote references `[^1]` (their definitions are dropped as link definitions). */
const FOOTNOTE_REF_RE = /\[\^[^\]\s]{1,20}\]/g;
/** Pandoc bracketed spans `[text]{.class}`: keep the text. */
const SPAN_RE = /\[([^\]]*)\]\{(?:[#.]|[\w-]+=)[^{}\n]*\}/g;
/** Pandoc attributes `{.class}`, `{width="50%"}` left after a link, image or heading. */
const ATTR_RE = /\{(?:[#.]|[\w-]+=)[^{}\n]*\}/g;
/** Numeric and named character references. */
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/** The named entities news pages use; others are left as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', middot: '·',
  bull: '•', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  para: '¶', times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è', ecirc: 'ê',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', ouml: 'ö', uuml: 'ü', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ccedil: 'ç', szlig: 'ß', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '', zwj: '', shy: '',
  prime: '′', Prime: '″', minus: '−',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const v = NAMED_ENTITIES[name!];
    return v === undefined ? whole : v;
  });
}

export interface InlineText {
  text: string;
  /** Visible characters that were link text: a block made mostly of links is navigation. */
  linkChars: number;
}

/** Strip inline markup from one block's raw text (lines already joined with "\n"). */
export function stripInline(raw: string): InlineText {
  let linkChars = 0;
  let s = raw.replace(HARD_BREAK_RE, ' ').replace(COMMENT_RE, ' ').replace(TAG_RE, '');
  s = s.replace(IMAGE_RE, ' ').replace(FOOTNOTE_REF_RE, '').replace(SPAN_RE, '$1');
  s = s.replace(LINK_RE, (_, text: string) => {
    linkChars += text.replace(/\s+/g, ' ').trim().length;
    return text;
  });
  s = s.replace(REF_LINK_RE, (_, text: string) => {
    linkChars += text.replace(/\s+/g, ' ').trim().length;
    return text;
  });
  s = s
    .replace(ORPHAN_TARGET_RE, '')
    .replace(ATTR_RE, '')
    .replace(CODE_RE, '$1')
    .replace(STRONG_RE, (_, a: string | undefined, pre: string | undefined, b: string | undefined) => (a !== undefined ? a : `${pre ?? ''}${b ?? ''}`))
    .replace(EM_STAR_RE, '$1')
    .replace(EM_UNDERSCORE_RE, '$1$2')
    .replace(DEL_RE, '$1')
    .replace(ESCAPE_RE, '$1');
  s = decodeEntities(s).replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
  return { text: s, linkChars: Math.min(linkChars, s.length) };
}

/** Visible length of one raw line (markup and link targets removed): used to tell hard-wrapped text from one-line paragraphs. */
export function visibleLength(line: string): number {
  return line
    .replace(TAG_RE, '')
    .replace(/\]\([^)\s]*\)?/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/[[\]*_`]/g, '')
    .trim().length;
}
