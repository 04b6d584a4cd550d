import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import type { RawInput } from '../../src/model.js';
import { collapsedBlock } from '../helpers/blocks.js';

/** One folder per page: source.html, expected.txt, expected-metadata.json, checks.json. */
const PAGES_DIR = path.resolve(__dirname, '../../fixtures/pages');

interface Checks {
  mustContain: string[];
  mustNotContain: string[];
}

const folders = existsSync(PAGES_DIR)
  ? readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(PAGES_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
  : [];

it('has at least five page fixtures', () => {
  expect(folders.length).toBeGreaterThanOrEqual(5);
});

for (const name of folders) {
  describe(`page ${name}`, () => {
    const dir = path.join(PAGES_DIR, name);
    const source = readFileSync(path.join(dir, 'source.html'), 'utf8');
    const input: RawInput = { id: name, path: path.join(dir, 'source.html'), format: 'html', text: source, bytes: source.length, diagnostics: [] };
    const cleaned = clean(input);
    const expectedText = readFileSync(path.join(dir, 'expected.txt'), 'utf8').trimEnd();
    const expectedMeta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, string>;
    const checksPath = path.join(dir, 'checks.json');
    const checks: Checks = existsSync(checksPath)
      ? (JSON.parse(readFileSync(checksPath, 'utf8')) as Checks)
      : { mustContain: [], mustNotContain: [] };

    it('extracts the expected text', () => {
      expect(cleaned.text).toBe(expectedText);
    });

    it('lays out paragraphs as exact, collapsed blocks', () => {
      const blocks = cleaned.text.split('\n\n');
      expect(cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end))).toEqual(blocks);
      for (const block of blocks) expect(block).toBe(collapsedBlock(block));
    });

    it('finds the expected metadata', () => {
      const got: Record<string, unknown> = {};
      for (const key of Object.keys(expectedMeta)) got[key] = (cleaned.meta as Record<string, unknown>)[key];
      expect(got).toEqual(expectedMeta);
    });

    it.each(checks.mustContain)('keeps %j', (needle) => {
      expect(cleaned.text).toContain(needle);
    });

    it.each(checks.mustNotContain)('drops %j', (needle) => {
      expect(cleaned.text).not.toContain(needle);
    });

    it('reports no errors', () => {
      expect(cleaned.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  });
}
