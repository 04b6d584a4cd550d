import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model.js';
import { segment } from '../../src/segment/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(here, '../../fixtures/eval/sentences');

interface Case {
  id: string;
  text: string;
  sentences: string[];
  paragraphs?: Paragraph[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function load(file: string): Case[] {
  return readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort() : [];

describe('labelled sentence fixtures', () => {
  it('has the golden rules and at least 30 news cases', () => {
    expect(files).toContain('golden-rules.jsonl');
    expect(load('golden-rules.jsonl')).toHaveLength(52);
    expect(load('news.jsonl').length).toBeGreaterThanOrEqual(30);
  });

  for (const file of files) {
    describe(file, () => {
      it.each(load(file).map((c) => [c.id, c] as const))('%s', (_id, c) => {
        const got = segment(c.text, c.paragraphs ?? []);
        // gold is written with clean whitespace; a raw "\n" inside a sentence compares as a space
        expect(got.map((s) => norm(s.text))).toEqual(c.sentences.map(norm));
        for (const s of got) expect(c.text.slice(s.start, s.end)).toBe(s.text);
      });
    });
  }
});
