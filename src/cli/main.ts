/**
 * The command line: commander wiring, options and exit codes only. main() returns the exit code;
 * bin/ sets process.exitCode. Exit codes: 0 ok, 1 findings (diff), 2 usage or input error.
 */
import { Command, CommanderError } from 'commander';
import { cleanCommand } from './commands/clean.js';
import { diffCommand } from './commands/diff.js';
import { extractCommand } from './commands/extract.js';
import { sentencesCommand } from './commands/sentences.js';
import { tableCommand } from './commands/table.js';
import { OutputClosed, processIo, type Io } from './io.js';
import { safeLine } from '../report/sanitize.js';
import { SCHEMA_VERSION } from '../model.js';

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const VERSION = '0.1.0';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  const program = new Command('crosscheck')
    .description('Extract the checkable claims of saved news articles and compare them across outlets.')
    .version(`${VERSION} (output schema ${SCHEMA_VERSION})`, '-V, --version')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  $ crosscheck table fixtures/stories/harbor-bridge      the cross-source agreement table
  $ crosscheck extract saved-pages/ --ndjson | head      one claim per line
  $ crosscheck diff draft.md sources/ --fail-on conflict  in CI: exit 1 on a contradicted claim
  $ crosscheck clean page.html --markdown                the article without boilerplate

Exit codes: 0 success · 1 findings (diff) · 2 usage error or an input could not be read.
No network access, ever: crosscheck reads local files only and never runs page scripts.
Docs: docs/README.md`,
    );
  for (const make of [extractCommand, tableCommand, diffCommand, cleanCommand, sentencesCommand]) {
    const sub = make(io, done);
    sub.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
    program.addCommand(sub);
  }
  try {
    await program.parseAsync(argv as string[], { from: 'node' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.error;
    }
    if (e instanceof OutputClosed) return EXIT.ok;
    io.stderr.write(`crosscheck: ${safeLine((e as Error).message ?? String(e))}\n`);
    return EXIT.error;
  }
  return code;
}
