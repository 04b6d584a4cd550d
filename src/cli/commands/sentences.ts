import { Command } from 'commander';
import { SCHEMA_VERSION } from '../../model.js';
import { safeLine } from '../../report/sanitize.js';
import { write, type Io } from '../io.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from '../options.js';
import { runPipeline, type RunState } from '../run.js';

interface Flags extends PipelineFlags {
  json?: boolean;
}

export function sentencesCommand(io: Io, done: (code: number) => void): Command {
  const cmd = new Command('sentences')
    .description('print the sentences of each article, one per line (for checking the segmenter against any suite)')
    .argument('[files...]', 'article files, folders or - for stdin (default: stdin)')
    .option('--json', 'JSON with each sentence and its start/end offsets into the clean text');
  addPipelineOptions(cmd, { kinds: false });
  cmd.addHelpText(
    'after',
    `
Examples:
  $ crosscheck sentences page.html
  $ printf 'Mr. Smith went to Washington. He arrived at 3 p.m. on Monday.' | crosscheck sentences --raw
  $ crosscheck sentences --raw --json suite.txt | jq '.articles[0].sentences[].text'`,
  );
  cmd.action(async (files: string[], flags: Flags) => {
    const state: RunState = { errors: [], quiet: false };
    const options = { ...pipelineOptions(flags), kinds: [] };
    const docs: unknown[] = [];
    await runPipeline(io, files.length ? files : ['-'], options, state, async (a) => {
      if (flags.json) docs.push({ source: a.source.id, path: a.source.path, text: a.text, sentences: a.sentences });
      else await write(io.stdout, a.sentences.map((s) => safeLine(s.text) + '\n').join(''));
    });
    if (flags.json) await write(io.stdout, JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: docs, errors: state.errors }, null, 2) + '\n');
    done(state.errors.length ? 2 : 0);
  });
  return cmd;
}
