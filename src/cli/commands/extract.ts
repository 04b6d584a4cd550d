import { Command } from 'commander';
import { SCHEMA_VERSION, type ExtractResult } from '../../model.js';
import { terminalWidth, useColor, write, type Io } from '../io.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from '../options.js';
import { runPipeline, type RunState } from '../run.js';

interface Flags extends PipelineFlags {
  json?: boolean;
  ndjson?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export function extractCommand(io: Io, done: (code: number) => void): Command {
  const cmd = new Command('extract')
    .description('tag the checkable claims of each article: dates, counts, money, percentages, durations, ordinals, quotes, attributions')
    .argument('<paths...>', 'article files, folders (read recursively) or - for stdin')
    .option('--json', 'one JSON document: { schemaVersion, articles, errors } (docs/output.md)')
    .option('--ndjson', 'one JSON claim per line, with its source id, path and sentence')
    .option('-q, --quiet', 'no notes or warnings on stderr (errors are still printed)');
  addPipelineOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ crosscheck extract saved-pages/                      claims of every article, grouped by sentence
  $ crosscheck extract story.html --kinds count,money    only numbers and money
  $ crosscheck extract pages/ --ndjson | jq -c 'select(.kind=="quote")'
  $ crosscheck extract notes.txt --raw --published 2019-10-09   clean text, relative dates anchored
  $ cat page.html | crosscheck extract - --json > claims.json`,
  );
  cmd.action(async (paths: string[], flags: Flags, command: Command) => {
    const globals = command.optsWithGlobals() as Flags;
    const state: RunState = { errors: [], quiet: Boolean(flags.quiet) };
    const options = { ...pipelineOptions(flags), context: Boolean(flags.ndjson), ndjson: Boolean(flags.ndjson) };
    const fmtOpts = { color: useColor(io, globals.color), width: terminalWidth(io) };
    if (flags.json) {
      const { extractJson } = await import('../../report/formatters/extract-json.js');
      const result: ExtractResult = { schemaVersion: SCHEMA_VERSION, articles: [], errors: state.errors };
      await runPipeline(io, paths, options, state, (a) => void result.articles.push(a));
      await write(io.stdout, extractJson(result, fmtOpts));
    } else {
      // only the formatter in use is loaded (start-up time of a one-file run)
      const fmt = flags.ndjson
        ? (await import('../../report/formatters/extract-ndjson.js')).extractNdjson
        : (await import('../../report/formatters/extract-terminal.js')).extractTerminal;
      let n = 0;
      await runPipeline(io, paths, options, state, async (a, ndjson) => {
        n++;
        await write(io.stdout, ndjson ?? fmt({ schemaVersion: SCHEMA_VERSION, articles: [a], errors: [] }, fmtOpts));
      });
      if (!flags.ndjson && n === 0 && !state.errors.length) await write(io.stderr, 'crosscheck: no articles\n');
    }
    done(state.errors.length ? 2 : 0);
  });
  return cmd;
}
