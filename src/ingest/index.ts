/**
 * Paths, folders and stdin → RawInput. One bad file never stops the others: each problem becomes an
 * InputError naming the path and the reason.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { InputError, RawInput } from '../model.js';
import { decode } from './decode.js';
import { binaryKind, sniffFormat } from './sniff.js';
import { LIMITS } from '../limits.js';

export { decode } from './decode.js';
export { binaryKind, sniffFormat } from './sniff.js';

/** Default size limit for one input; bigger files are refused with a message naming the limit. */
export const DEFAULT_MAX_BYTES = LIMITS.maxBytes;

/** Extensions taken from a folder walk; files named on the command line are always read. */
const ARTICLE_EXT = /\.(x?html?|xht|md|markdown|mdown|mkd|txt|text|warc|warc\.gz)$/i;
/** Files in a folder walk that are documentation or tool output, not articles. */
const NOT_ARTICLE = /^(readme|license|licence|changelog|contributing|copying|notice)(\.[a-z]+)?$|^expected[-.]/i;

export interface Collected {
  /** Files to read, in a stable order: arguments in the order given, each folder's files sorted. */
  files: string[];
  errors: InputError[];
  /** Files in folders that were passed over (wrong extension, documentation): reported, not read. */
  skipped: string[];
}

async function walk(dir: string, out: Collected, seen: Set<string>): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (e) {
    out.errors.push({ path: dir, message: `cannot read folder: ${errMessage(e)}` });
    return;
  }
  if (seen.has(real)) {
    out.errors.push({ path: dir, message: 'folder already visited (symbolic link loop); skipped' });
    return;
  }
  seen.add(real);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.errors.push({ path: dir, message: `cannot read folder: ${errMessage(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // hidden files and .git
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        out.errors.push({ path: p, message: `broken symbolic link: ${errMessage(err)}` });
        continue;
      }
    }
    if (isDir) await walk(p, out, seen);
    else if (isFile) {
      if (NOT_ARTICLE.test(e.name)) out.skipped.push(p);
      else if (ARTICLE_EXT.test(e.name) || !path.extname(e.name)) out.files.push(p);
      else out.skipped.push(p);
    }
  }
}

/** Expand command-line paths: files as given, folders recursively, '-' for stdin. */
export async function collect(paths: readonly string[]): Promise<Collected> {
  const out: Collected = { files: [], errors: [], skipped: [] };
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      out.files.push('-');
      continue;
    }
    let st: import('node:fs').Stats;
    try {
      st = await fs.stat(p);
    } catch (e) {
      out.errors.push({ path: p, message: errMessage(e) });
      continue;
    }
    if (st.isDirectory()) {
      const before = out.files.length;
      await walk(p, out, seen);
      if (out.files.length === before) out.errors.push({ path: p, message: 'folder holds no article files (.html, .htm, .md, .txt, .warc, .warc.gz or no extension)' });
    } else out.files.push(p);
  }
  return out;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** A short stable id for a path: the file name without its extension. */
export function sourceIdFor(file: string): string {
  if (file === '-') return 'stdin';
  const base = path.basename(file).replace(/\.(x?html?|md|markdown|txt|text|xht|mdown|mkd)$/i, '');
  return base.replace(/[\s\u0000-\u001f\u007f]+/g, '_') || 'article';
}

/** Make ids unique within one run, deterministically (later duplicates get -2, -3 …). */
export function uniqueIds(files: readonly string[]): string[] {
  const counts = new Map<string, number>();
  return files.map((f) => {
    const id = sourceIdFor(f);
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export class InputFailure extends Error {}

/** Turn bytes into a RawInput, or throw InputFailure with a one-line reason. */
export function fromBytes(file: string, id: string, buf: Buffer, options: ReadOptions = {}): RawInput {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length > max) throw new InputFailure(`file too large: ${fmtBytes(buf.length)} exceeds the limit of ${fmtBytes(max)} (raise it with --max-bytes)`);
  if (buf.length === 0) throw new InputFailure('empty file');
  const kind = binaryKind(buf);
  if (kind) throw new InputFailure(`not a text article: looks like ${kind}`);
  const d = decode(buf);
  const text = d.text;
  if (!text.trim()) throw new InputFailure('file holds only whitespace');
  const raw: RawInput = { id, path: file, format: sniffFormat(file, text), text, bytes: buf.length, encoding: d.encoding, diagnostics: [] };
  if (d.note) raw.diagnostics.push({ ruleId: 'ingest/encoding', severity: 'warning', message: d.note });
  return raw;
}

/** Read one path (or '-' for stdin). */
export async function readInput(file: string, id: string, options: ReadOptions = {}): Promise<RawInput> {
  let buf: Buffer;
  try {
    if (file === '-') buf = await readStdin();
    else {
      const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
      const st = await fs.stat(file);
      if (st.isDirectory()) throw new InputFailure('is a folder');
      if (st.size > max) throw new InputFailure(`file too large: ${fmtBytes(st.size)} exceeds the limit of ${fmtBytes(max)} (raise it with --max-bytes)`);
      buf = await fs.readFile(file);
    }
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    throw new InputFailure(errMessage(e));
  }
  return fromBytes(file, id, buf, options);
}

function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** A one-line reason from a Node error: "no such file", "permission denied", ... */
export function errMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return (err?.message ?? String(e)).split('\n')[0];
  }
}
