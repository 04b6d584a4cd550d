import { promises as fs } from 'node:fs';
import { Command, Option } from 'commander';
import { TABLE_FORMATS } from '../../report/names.js';
import { errorsOnScreen, terminalWidth, useColor, write, type Io } from '../io.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from '../options.js';
import { loadArticles, reportError, type RunState } from '../run.js';
import type { Article, Row } from '../../model.js';

interface Flags extends PipelineFlags {
  json?: boolean;
  ndjson?: boolean;
  csv?: boolean;
  markdown?: boolean;
  html?: string;
  format?: string;
  fromNdjson?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  color?: boolean;
}

/**
 * Claims that no row holds, said on stderr so nothing is dropped silently: relative dates with no
 * publication date to resolve them (no value); a second mention of what the same source states in
 * a row (a row holds one claim per source); vague or superseded figures ("dozens", the "from 14" of
 * "from 14 to 24") that alignment leaves out (docs/output.md).
 */
async function reportUncompared(io: Io, articles: readonly Article[], rows: readonly Row[]): Promise<void> {
  let total = 0;
  let noValue = 0;
  for (const a of articles) {
    total += a.claims.length;
    for (const c of a.claims) if (c.value === null) noValue++;
  }
  const inRows = rows.reduce((n, r) => n + r.claims.length, 0);
  const other = total - inRows - noValue;
  if (noValue + other <= 0) return;
  const parts: string[] = [];
  if (noValue) parts.push(`${noValue} without a value (relative dates with no publication date: give --published)`);
  if (other > 0) parts.push(`${other} repeat what their own source states in a row, or are vague ("dozens") or superseded (the "from 14" of "from 14 to 24")`);
  await write(io.stderr, `crosscheck: note: ${noValue + other} of ${total} claims are not compared in the table: ${parts.join('; ')}; \`crosscheck extract\` lists every claim\n`);
}

export function tableCommand(io: Io, done: (code: number) => void): Command {
  const cmd = new Command('table')
    .description('line up the claims of several outlets: which agree, which conflict, which only one states, which repeat another')
    .argument('<paths...>', 'article files, folders, saved `extract --json` files, or - for stdin')
    .option('--json', 'the agreement table as JSON (docs/output.md)')
    .option('--ndjson', 'one row per line')
    .option('--csv', 'one line per claim, with a header row')
    .option('--markdown', 'a markdown table (for a pull-request comment)')
    .option('--html <file>', 'write a self-contained HTML report to FILE')
    .addOption(new Option('--format <name>', 'any registered table format').choices(TABLE_FORMATS))
    .option('--from-ndjson', 'the inputs are `extract --ndjson` output (e.g. merged shards of a map step), not articles')
    .option('-v, --verbose', 'show the sentence of each claim')
    .option('-q, --quiet', 'no notes or warnings on stderr (errors are still printed)');
  addPipelineOptions(cmd, { raw: true });
  cmd.addHelpText(
    'after',
    `
Status symbols: ✓ agree  ✗ conflict  · single source  ↪ repeats another outlet (via)
  ◦ cited: the same source is cited by several outlets (attribution rows), whose statements
    from it may differ; an attribution row is ✓ agree only when the statements are the same

Examples:
  $ crosscheck table saved-pages/
  $ crosscheck table a.html b.md c.txt --verbose
  $ crosscheck table pages/ --markdown > table.md
  $ crosscheck table pages/ --csv --kinds count,money > claims.csv
  $ crosscheck table pages/ --published ap-story=2019-10-09
  $ cat shard-*.ndjson | crosscheck table --from-ndjson -    merge the map step's shards (docs/scale.md)`,
  );
  cmd.action(async (paths: string[], flags: Flags, command: Command) => {
    const globals = command.optsWithGlobals() as Flags;
    const state: RunState = { errors: [], quiet: Boolean(flags.quiet) };
    let articles;
    if (flags.fromNdjson) {
      const { readClaimRecords } = await import('../../ingest/claims.js');
      const read = await readClaimRecords(paths);
      for (const e of read.errors) {
        state.errors.push(e);
        await reportError(io, e);
      }
      articles = read.articles;
    } else articles = await loadArticles(io, paths, { ...pipelineOptions(flags), slim: true }, state);
    const { align } = await import('../../align/index.js');
    const table = align(articles, { errors: state.errors });
    if (!flags.quiet) await reportUncompared(io, articles, table.rows);
    articles = []; // the rows hold what is shown: the articles can go before the output is made
    const { tableFormatters } = await import('../../report/registry.js');
    const fmtOpts = { color: useColor(io, globals.color), width: terminalWidth(io), verbose: flags.verbose, errorsShown: errorsOnScreen(io) };
    if (flags.html) {
      const html = tableFormatters.html;
      if (!html) throw new Error('the HTML report is not available in this build');
      await fs.writeFile(flags.html, html(table, { ...fmtOpts, color: false }));
      if (!flags.quiet) await write(io.stderr, `crosscheck: wrote ${flags.html}\n`);
    }
    const name = flags.format ?? (flags.json ? 'json' : flags.ndjson ? 'ndjson' : flags.csv ? 'csv' : flags.markdown ? 'markdown' : flags.html ? undefined : 'terminal');
    if (name === 'json' || name === 'ndjson') {
      // the machine formats are written piece by piece: a large table's JSON is never one string
      const pieces = name === 'json' ? (await import('../../report/formatters/table-json.js')).tableJsonPieces : (await import('../../report/formatters/table-ndjson.js')).tableNdjsonPieces;
      for (const piece of pieces(table)) await write(io.stdout, piece);
    } else if (name) {
      const fmt = tableFormatters[name];
      await write(io.stdout, fmt(table, name === 'terminal' ? fmtOpts : { ...fmtOpts, color: false }));
    }
    done(state.errors.length ? 2 : 0);
  });
  return cmd;
}
