/** write(): long outputs go out in slices with the same bytes as one write. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { write } from '../../src/cli/io.js';

function sink(): { stream: Writable; bytes: () => Buffer; writes: () => number } {
  const parts: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      parts.push(chunk);
      cb();
    },
  });
  return { stream, bytes: () => Buffer.concat(parts), writes: () => parts.length };
}

describe('write', () => {
  it('writes a long string in slices, never splitting a surrogate pair', async () => {
    // the emoji's two halves straddle the first slice boundary (1 MiB characters)
    const text = 'a'.repeat((1 << 20) - 1) + '😀’' + 'b'.repeat(1 << 20) + '\u00e9\n';
    const out = sink();
    await write(out.stream, text);
    expect(out.writes()).toBeGreaterThan(1);
    expect(out.bytes().equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('writes a short string at once', async () => {
    const out = sink();
    await write(out.stream, 'one line ’\n');
    expect(out.writes()).toBe(1);
    expect(out.bytes().toString('utf8')).toBe('one line ’\n');
  });
});
