// The Ledger view of the demo driven like a user, in real Chromium on the real IndexedDB ledger
// (seeded from samples/ledger.json): CSV import with a bad and a good file, backup round trip,
// axe in light and dark, screenshots. Build a demo copy first (see DULY_DEMO_DIST in harness.ts).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  ARTEFACTS_DIR,
  assertDemoBuilt,
  axeViolations,
  DEMO_DIST,
  launchChromium,
  startStaticServer,
  type Browser,
  type StaticServer,
} from './harness';

const FIXTURES = resolve(__dirname, 'fixtures');
const SIDEBAR = 'aside[aria-label="Duly sidebar"]';

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let page: Page;

const sidebar = (p: Page = page): Locator => p.getByRole('complementary', { name: 'Duly sidebar' });

async function openLedger(query = ''): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(`${server.url}index.html?view=ledger${query}`);
  await sidebar(tab).getByRole('heading', { level: 2 }).first().waitFor();
  return tab;
}

/** Clicks a button that starts a download and returns the downloaded file's bytes. */
async function download(button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return readFileSync(path);
}

const exportBackup = () =>
  download(sidebar().getByRole('button', { name: 'Export a backup', exact: true }));

async function pickCsv(name: string): Promise<void> {
  await sidebar().getByLabel('CSV file').setInputFiles(join(FIXTURES, name));
  await sidebar().getByRole('heading', { name: 'Columns' }).waitFor();
}

beforeAll(async () => {
  assertDemoBuilt();
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
  page = await openLedger();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Ledger view', () => {
  it('reports every bad row with line, column and reason, and imports nothing', async () => {
    const before = await exportBackup();
    await pickCsv('invoices-bad.csv');
    expect(
      await sidebar()
        .getByRole('combobox', { name: /^Due date/ })
        .inputValue(),
    ).toBe('3');
    await sidebar().getByRole('button', { name: 'Import', exact: true }).click();
    const alert = sidebar().getByRole('alert').filter({ hasText: 'problems found' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Nothing was imported');
    const rows = await sidebar().getByRole('list', { name: '2 problems found' }).innerText();
    expect(rows).toMatch(/Line 3, Due Date: .*2026-02-30/);
    expect(rows).toMatch(/Line 4, Amount: .*12\.345/);
    expect((await exportBackup()).equals(before)).toBe(true);
  });

  it('has no axe violations in the light theme, mapping step and rejections shown', async () => {
    expect(await axeViolations(page, SIDEBAR)).toEqual([]);
  });

  it('imports a good file with progress and the counts, and the new invoice is in the ledger', async () => {
    await pickCsv('invoices-good.csv');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]'))
          seen.push(bar.getAttribute('aria-valuenow') ?? 'indeterminate');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await sidebar().getByRole('button', { name: 'Import', exact: true }).click();
    await sidebar().getByText('2 invoices imported, 1 updated.').waitFor();
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe('1');
    expect(await sidebar().getByRole('status').filter({ hasText: /Done/ }).innerText()).toMatch(
      /Done · \d+ of \d+ rows/,
    );
    const csv = await download(sidebar().getByRole('button', { name: 'Export invoices as CSV' }));
    expect(csv.toString('utf8')).toContain('INV-2026-0901');
    expect(csv.toString('utf8')).toContain('Nordic Bearings AB');
  });

  it('restores an exported backup and exports the same bytes again', async () => {
    const first = await exportBackup();
    await sidebar()
      .getByLabel('Restore a backup')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: first });
    const dialog = page.getByRole('dialog', { name: 'Replace your ledger?' });
    await dialog.getByRole('button', { name: 'Replace my ledger' }).click();
    await sidebar()
      .getByText(/^Restored: \d+ customers/)
      .waitFor();
    const second = await exportBackup();
    expect(second.length).toBeGreaterThan(1000);
    expect(second.equals(first)).toBe(true);
  });

  it('has no axe violations in the dark theme, and is captured in dark and in Chinese', async () => {
    const dark = await openLedger('&theme=dark');
    await sidebar(dark).getByRole('heading', { name: 'Where your data lives' }).waitFor();
    await sidebar(dark).getByLabel('CSV file').setInputFiles(join(FIXTURES, 'invoices-good.csv'));
    await sidebar(dark).getByRole('heading', { name: 'Columns' }).waitFor();
    expect(await axeViolations(dark, SIDEBAR)).toEqual([]);
    await dark.screenshot({ path: join(ARTEFACTS_DIR, 'ledger-dark.png'), fullPage: true });
    await dark.close();

    const chinese = await openLedger('&lang=zh-CN');
    await sidebar(chinese).getByRole('heading', { level: 2, name: '账本' }).waitFor();
    await sidebar(chinese).getByRole('heading', { name: '数据存放在哪里' }).waitFor();
    expect(await axeViolations(chinese, SIDEBAR)).toEqual([]);
    await chinese.screenshot({ path: join(ARTEFACTS_DIR, 'ledger-zh-CN.png'), fullPage: true });
    await chinese.close();
  });
});
