import { Command, Option } from 'commander';
import path from 'node:path';
import type { Article, DiffFindingType } from '../../model.js';
import { DIFF_FORMATS } from '../../report/names.js';
import { errorsOnScreen, terminalWidth, useColor, write, type Io } from '../io.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from '../options.js';
import { loadArticles, type RunState } from '../run.js';

/** Which finding types fail the run at each --fail-on level. */
export const FAIL_ON: Record<string, readonly DiffFindingType[]> = {
  conflict: ['conflict'],
  drift: ['drift'],
  missing: ['only-a'],
  any: ['conflict', 'drift', 'only-a', 'only-b'],
  none: [],
};

/**
 * B without the files A already holds (`diff draft.md folder/` where the draft sits in the
 * folder), and with ids that differ from A's (two files called story.html on either side).
 */
function separate(left: readonly Article[], right: Article[]): Article[] {
  const paths = new Set(left.map((a) => path.resolve(a.source.path)));
  const ids = new Set(left.map((a) => a.source.id));
  return right
    .filter((a) => !paths.has(path.resolve(a.source.path)))
    .map((a) => {
      if (!ids.has(a.source.id)) return a;
      let id = `${a.source.id}-b`;
      for (let n = 2; ids.has(id); n++) id = `${a.source.id}-b${n}`;
      return { ...a, source: { ...a.source, id }, claims: a.claims.map((c) => ({ ...c, id: c.id.replace(a.source.id, id) })) };
    });
}

interface Flags extends PipelineFlags {
  failOn: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

export function diffCommand(io: Io, done: (code: number) => void): Command {
  const cmd = new Command('diff')
    .description('compare the claims of A (e.g. a draft) with B (e.g. its sources): only in A, only in B, conflicting, drifted quotes')
    .argument('<a>', 'file, folder, or saved `extract --json` output')
    .argument('<b>', 'file, folder, or saved `extract --json` output')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 when findings of this level exist: conflict (values disagree), drift (a quote reworded), missing (a claim of A that B does not state), any, none')
        .choices(Object.keys(FAIL_ON))
        .default('conflict'),
    )
    .addOption(new Option('--format <name>', 'output format').choices(DIFF_FORMATS))
    .option('--json', 'same as --format json')
    .option('-v, --verbose', 'show the sentence of each claim')
    .option('-q, --quiet', 'no notes or warnings on stderr');
  addPipelineOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Exit codes: 0 no finding at the --fail-on level, 1 findings, 2 usage or input error.

Examples:
  $ crosscheck diff draft.md sources/                     what the draft says that the sources contradict
  $ crosscheck diff draft.md sources/ --fail-on any
  $ crosscheck diff draft.md sources/ --format github     annotations for a GitHub Actions run
  $ crosscheck diff yesterday.json today.json --json`,
  );
  cmd.action(async (a: string, b: string, flags: Flags, command: Command) => {
    const globals = command.optsWithGlobals() as Flags;
    const state: RunState = { errors: [], quiet: Boolean(flags.quiet) };
    const options = { ...pipelineOptions(flags), slim: true };
    const left = await loadArticles(io, [a], options, state);
    const right = separate(left, await loadArticles(io, [b], options, state));
    const { diff } = await import('../../align/diff.js');
    const result = diff(left, right, { errors: state.errors });
    const { diffFormatters } = await import('../../report/registry.js');
    const name = flags.format ?? (flags.json ? 'json' : 'terminal');
    const fmtOpts = { color: name === 'terminal' && useColor(io, globals.color), width: terminalWidth(io), verbose: flags.verbose, errorsShown: errorsOnScreen(io) };
    await write(io.stdout, diffFormatters[name](result, fmtOpts));
    if (state.errors.length) return done(2);
    const failing = new Set(FAIL_ON[flags.failOn] ?? []);
    done(result.findings.some((f: { type: DiffFindingType }) => failing.has(f.type)) ? 1 : 0);
  });
  return cmd;
}
