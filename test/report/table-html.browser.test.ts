/**
 * The HTML report in a real browser (Debian's chromium driven by playwright-core): the table
 * renders, filters work, cells expand, no request leaves the page, a hostile quote shows as text.
 * Skips with a message where no browser is installed (.ci/run installs it).
 */
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableHtml } from '../../src/report/formatters/table-html.js';
import { rowClaim, source, table } from '../helpers/articles.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('HTML report browser test skipped: no chromium at /usr/bin/chromium (apt-get install chromium)');

const HOSTILE = '“<script>window.__pwned = 1</script><img src="https://evil.invalid/x.png" onerror="window.__pwned = 2">,” he said.';

const t = table(
  [source('harbor-times', { publisher: 'Harbor Times', published: '2024-03-05' }), source('valley-ledger', { publisher: 'Valley Ledger' })],
  [
    {
      id: 'r1',
      kind: 'count',
      label: 'count · inspection',
      status: 'agree',
      claims: [
        rowClaim('harbor-times', { kind: 'count', text: 'more than 130 inspections', value: { low: 130, high: null, unit: 'inspection', approx: 'more-than' } }),
        rowClaim('valley-ledger', { kind: 'count', text: 'over a hundred inspections', value: { low: 100, high: null, unit: 'inspection', approx: 'more-than' } }),
      ],
    },
    {
      id: 'r2',
      kind: 'count',
      label: 'count · dead',
      status: 'conflict',
      claims: [
        rowClaim('harbor-times', { kind: 'count', text: 'five dead', value: { low: 5, high: 5, unit: 'dead', approx: 'exact' } }),
        rowClaim('valley-ledger', { kind: 'count', text: '24 dead', value: { low: 24, high: 24, unit: 'dead', approx: 'exact' } }),
      ],
    },
    {
      id: 'r3',
      kind: 'quote',
      label: 'quote · unknown',
      status: 'single',
      claims: [rowClaim('valley-ledger', { kind: 'quote', text: HOSTILE, value: { text: HOSTILE, speaker: null } }, HOSTILE)],
    },
  ],
);

describe.skipIf(!CHROMIUM)('HTML report in headless Chromium', () => {
  let dir: string;
  let file: string;
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'crosscheck-html-'));
    file = path.join(dir, 'report.html');
    writeFileSync(file, tableHtml(t, { color: false, width: 100 }));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders, filters, expands, makes no request and runs no hostile script', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator('tr.row').count()).toBe(3);
    expect(await page.locator('#shown').textContent()).toBe('3');

    // filter: hide single-source rows
    await page.locator('input[data-filter="status"][value="single"]').uncheck();
    expect(await page.locator('tr.row:visible').count()).toBe(2);
    expect(await page.locator('#shown').textContent()).toBe('2');
    // filter by kind: hide counts
    await page.locator('input[data-filter="kind"][value="count"]').uncheck();
    expect(await page.locator('tr.row:visible').count()).toBe(0);
    await page.locator('input[data-filter="kind"][value="count"]').check();
    await page.locator('input[data-filter="status"][value="single"]').check();

    // expand a cell to its sentence
    const details = page.locator('tr.row.conflict details').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('p').textContent()).toContain('five dead was reported.');

    // the hostile quote is text, nothing ran, nothing was fetched
    expect(await page.locator('tr.row.single summary').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('tr.row.single img').count()).toBe(0);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    if (process.env.CROSSCHECK_SCREENSHOT) await page.screenshot({ path: process.env.CROSSCHECK_SCREENSHOT, fullPage: true });
  }, 60_000);
});
