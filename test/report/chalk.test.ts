/** Without colour the formatters get identity styles instead of chalk: the same text chalk gives at level 0. */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { chalkFor } from '../../src/report/util/chalk.js';

describe('chalkFor', () => {
  const level0 = new Chalk({ level: 0 });
  const plain = chalkFor(false);

  it('styles without colour as chalk does at level 0', () => {
    for (const s of ['', 'text', '“quoted” — 12%', 'a\nb']) {
      expect(plain.bold(s)).toBe(level0.bold(s));
      expect(plain.red.strikethrough(s)).toBe(level0.red.strikethrough(s));
      expect(plain.dim(s)).toBe(level0.dim(s));
    }
    expect(plain.cyan('a', 'b')).toBe(level0.cyan('a', 'b'));
    expect(plain.level).toBe(0);
  });

  it('colours with chalk at level 1', () => {
    const c = chalkFor(true);
    expect(c.level).toBe(1);
    expect(c.green('ok')).toBe(new Chalk({ level: 1 }).green('ok'));
    expect(c.green('ok')).not.toBe('ok');
  });
});
