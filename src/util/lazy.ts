/**
 * Heavy dependencies loaded on first use, not at start-up: `crosscheck extract notes.txt` never
 * parses HTML, so it should not pay for loading an HTML parser. The cleaning code is synchronous,
 * so these use `require` (every one of them ships a CommonJS build); types come from the usual
 * imports.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let cheerio: typeof import('cheerio/slim') | undefined;
let htmlparser2: typeof import('htmlparser2') | undefined;
let turndown: typeof import('turndown') | undefined;
let iconv: typeof import('iconv-lite') | undefined;

/** cheerio (the slim build: htmlparser2 only). */
export const cheerioSlim = (): typeof import('cheerio/slim') => (cheerio ??= require('cheerio/slim') as typeof import('cheerio/slim'));
/** htmlparser2. */
export const htmlParser2 = (): typeof import('htmlparser2') => (htmlparser2 ??= require('htmlparser2') as typeof import('htmlparser2'));
/** The turndown constructor (HTML → markdown). */
export const turndownService = (): typeof import('turndown') => (turndown ??= require('turndown') as typeof import('turndown'));
/** iconv-lite (pages in legacy encodings only). */
export const iconvLite = (): typeof import('iconv-lite') => (iconv ??= require('iconv-lite') as typeof import('iconv-lite'));
