import { Command } from 'commander';
import { InputFailure, readInput, uniqueIds, collect, errMessage } from '../../ingest/index.js';
import { SCHEMA_VERSION, type Source } from '../../model.js';
import { safeText } from '../../report/sanitize.js';
import { write, type Io } from '../io.js';
import { parseBytes } from '../options.js';
import { reportError } from '../run.js';

interface Flags {
  text?: boolean;
  markdown?: boolean;
  json?: boolean;
  maxBytes?: number;
  keepCaptions?: boolean;
}

export function cleanCommand(io: Io, done: (code: number) => void): Command {
  return new Command('clean')
    .description('print the article with the boilerplate removed (navigation, ads, share bars, captions, related links, comment forms)')
    .argument('<files...>', 'article files, folders or - for stdin')
    .option('--text', 'plain text, paragraphs separated by blank lines (the default)')
    .option('--markdown', 'markdown (headings, lists and links kept)')
    .option('--json', 'JSON with metadata (title, byline, publisher, dates, each with where it came from) and paragraph offsets')
    .option('--keep-captions', 'keep photo captions (dropped by default)')
    .option('--max-bytes <size>', 'refuse inputs larger than this (default 64MB)', parseBytes)
    .addHelpText(
      'after',
      `
Examples:
  $ crosscheck clean page.html                   the article text
  $ crosscheck clean page.html --markdown > article.md
  $ crosscheck clean page.html --json | jq .source.published`,
    )
    .action(async (paths: string[], flags: Flags) => {
      const { clean, cleanToMarkdown } = await import('../../clean/index.js');
      const { files, errors } = await collect(paths);
      for (const e of errors) await reportError(io, e);
      let failed = errors.length;
      const ids = uniqueIds(files);
      const docs: unknown[] = [];
      for (let i = 0; i < files.length; i++) {
        try {
          const raw = await readInput(files[i], ids[i], { maxBytes: flags.maxBytes });
          if (flags.json) {
            const c = clean(raw, { keepCaptions: flags.keepCaptions });
            const source: Source = { id: raw.id, path: raw.path, format: raw.format, ...c.meta };
            docs.push({ source, encoding: raw.encoding, text: c.text, paragraphs: c.paragraphs, diagnostics: [...raw.diagnostics, ...c.diagnostics] });
            continue;
          }
          const body = flags.markdown ? cleanToMarkdown(raw) : clean(raw, { keepCaptions: flags.keepCaptions }).text;
          const header = files.length > 1 ? `==> ${files[i]} <==\n` : '';
          await write(io.stdout, `${i > 0 && header ? '\n' : ''}${header}${safeText(body).trimEnd()}\n`);
        } catch (e) {
          failed++;
          await reportError(io, { path: files[i], message: e instanceof InputFailure ? e.message : `internal error: ${errMessage(e)}` });
        }
      }
      if (flags.json) {
        const out = docs.length === 1 && files.length === 1 ? { schemaVersion: SCHEMA_VERSION, ...(docs[0] as object) } : { schemaVersion: SCHEMA_VERSION, documents: docs };
        await write(io.stdout, JSON.stringify(out, null, 2) + '\n');
      }
      done(failed ? 2 : 0);
    });
}
