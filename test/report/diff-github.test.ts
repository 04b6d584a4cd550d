import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/align/index.js';
import { diffGithub, escapeData, escapeProperty } from '../../src/report/formatters/diff-github.js';
import { diffFormatters } from '../../src/report/registry.js';
import { article, qty } from '../align/factory.js';
import { diffFixture } from './diff-fixture.js';
import { RAW_CONTROL_RE } from './hostile.js';

describe('workflow command escaping', () => {
  it.each([
    ['50% of 2\nlines\r', '50%25 of 2%0Alines%0D'],
  ])('data %j', (input, out) => expect(escapeData(input)).toBe(out));
  it.each([
    ['dir/a,b:c.md', 'dir/a%2Cb%3Ac.md'],
  ])('property %j', (input, out) => expect(escapeProperty(input)).toBe(out));
});

describe('diff-github', () => {
  const { result, dir } = diffFixture(true);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('emits one annotation per finding, at the line of the claim in its file', () => {
    expect(diffFormatters.github).toBe(diffGithub);
    const lines = diffGithub(result, { color: false, width: 80 }).trimEnd().split('\n');
    const file = (id: string) => escapeProperty(`${dir}/${id}.md`);
    // a.md (the draft; b.md alike): 3 lines of front matter, blank, heading, blank: the tank sentence starts on line 7,
    // the quote after its 2 wrapped lines and a blank line, on line 10
    expect(lines[0]).toBe(
      `::error file=${file('a')},line=7,title=crosscheck%3A conflict::count · tank: army moved … to the northern border near Kessel overnight — A Alpha News: ✗ 40 tanks; B Beta Daily: ✗ 60 tanks`,
    );
    expect(lines[1]).toMatch(new RegExp(`^::error file=${file('a').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},line=10,title=crosscheck%3A quote drift::`));
    expect(lines[1]).toContain('word diff: we are [-ready-] {+prepared+} for anything');
    expect(lines[2]).toMatch(/^::warning file=.*b\.md,line=16,title=crosscheck%3A only in B::count · cent/);
    expect(lines[3]).toBe('::notice title=crosscheck summary::1 agreed · 1 conflict · 1 quote drift · 0 only in A · 1 only in B');
  });

  it('finds a sentence in HTML through tags and entities', () => {
    const file = `${dir}/page.html`;
    writeFileSync(file, '<html>\n<body>\n<p>Intro.</p>\n<p>Officials said &ldquo;12\n<a href="#">protesters</a>&rdquo; gathered at dawn.</p>\n</body>\n</html>\n');
    const a = article({ id: 'page', path: file, sentences: [{ text: 'Officials said “12 protesters” gathered at dawn.', claims: [{ kind: 'count', text: '12 protesters', value: qty(12, 12, 'protester') }] }] });
    const out = diffGithub(diff([], [a]), { color: false, width: 80 });
    expect(out.split('\n')[0]).toMatch(/^::warning file=.*page\.html,line=4,/);
  });

  it('uses line 1 when the file is missing, and never emits raw newlines or controls', () => {
    const evil = article({ id: 'e', path: '/nonexistent/e.md', sentences: [{ text: 'A \u001b[2J crowd of 12 protesters\u0085 gathered.', claims: [{ kind: 'count', text: '12 protesters', value: qty(12, 12, 'protester') }] }] });
    const out = diffGithub(diff([], [evil]), { color: false, width: 80 });
    const [first] = out.split('\n');
    expect(first).toMatch(/^::warning file=\/nonexistent\/e\.md,line=1,/);
    expect(out.trimEnd().split('\n')).toHaveLength(2);
    expect(out.replace(/\n/g, '')).not.toMatch(RAW_CONTROL_RE);
  });

  it('annotates at most 10 facts only one side states and counts the rest in one notice', () => {
    const many = article({
      id: 'src',
      path: '/nonexistent/src.md',
      sentences: Array.from({ length: 14 }, (_, i) => ({
        text: `Inspectors counted ${i + 20} cracked beams on pier ${String.fromCharCode(65 + i)}.`,
        claims: [{ kind: 'count' as const, text: `${i + 20} cracked beams`, value: qty(i + 20, i + 20, 'beam') }],
      })),
    });
    const d = diff([], [many]);
    const onlyB = d.findings.filter((f) => f.type === 'only-b').length;
    expect(onlyB).toBeGreaterThan(10);
    const lines = diffGithub(d, { color: false, width: 80 }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(10);
    expect(lines).toContain(`::notice title=crosscheck%3A only in B::${onlyB - 10} more facts only in B (not annotated; \`crosscheck diff\` lists them all)`);
  });
});
