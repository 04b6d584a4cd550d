import type { AgreementTable, DiffResult, ExtractResult } from '../model.js';

export interface FormatOptions {
  /** Emit ANSI colour (the CLI decides from TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** Terminal width in columns for wrapping. */
  width: number;
  /** Show each claim's sentence. */
  verbose?: boolean;
  /**
   * The input errors are already on the reader's screen (the CLI printed them on stderr, and
   * stdout and stderr are one terminal): the terminal formats count them instead of listing them
   * again. Otherwise (output saved or piped) they list them, so the output is complete on its own.
   */
  errorsShown?: boolean;
}

/** ESLint-style formatter: one file each, `(result, options) => string`, registered by name. */
export type Formatter<T> = (result: T, options: FormatOptions) => string;
export type ExtractFormatter = Formatter<ExtractResult>;
export type TableFormatter = Formatter<AgreementTable>;
export type DiffFormatter = Formatter<DiffResult>;
