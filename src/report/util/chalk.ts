/**
 * chalk for the terminal formatters, loaded only when colour is on: output without colour (a pipe,
 * NO_COLOR, --no-color) gets the identity styles below and never loads chalk (~15 ms of start-up).
 * chalk is an ES module: Node ≥ 20.19 can require() it on first use; older Node loads it with this
 * module.
 */
import { createRequire } from 'node:module';
import type { ChalkInstance } from 'chalk';

type ChalkModule = typeof import('chalk');

const requireEsm = (process.features as { require_module?: boolean }).require_module === true;
const preloaded: ChalkModule | undefined = requireEsm ? undefined : await import('chalk');
let required: ChalkModule | undefined;
const require = createRequire(import.meta.url);
const chalkModule = (): ChalkModule => preloaded ?? (required ??= require('chalk') as ChalkModule);

/**
 * What chalk does at colour level 0 for every style (`c.bold`, `c.red.strikethrough`, …): the
 * arguments as text, joined by spaces. (chalk's `visible`, which hides text without colour, is
 * not used by any formatter.)
 */
const plain: ChalkInstance = new Proxy(((...parts: unknown[]) => parts.join(' ')) as unknown as ChalkInstance, {
  get: (_target, key) => (key === 'level' ? 0 : plain),
});

/** Styles of colour level 1 (16 colours) when `color`, else the identity styles. */
export function chalkFor(color: boolean): ChalkInstance {
  return color ? new (chalkModule().Chalk)({ level: 1 }) : plain;
}
