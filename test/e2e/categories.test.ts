// The Outlook category for chased messages, in the demo mailbox: real Chromium, real IndexedDB.
// The demo's master list is "Chased" and "Duly"; the sample ledger sets "Chased".
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  ARTEFACTS_DIR,
  DEMO_DIST,
  launchChromium,
  startStaticServer,
  type Browser,
  type StaticServer,
} from './harness';

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let page: Page;

const threads = () => page.getByRole('navigation', { name: 'Sample threads' });
const threadRow = (label: RegExp) =>
  threads()
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: label }) });
const sidebar = () => page.getByRole('complementary', { name: 'Duly sidebar' });

async function insertDraftOn(label: RegExp, customer: string): Promise<void> {
  await threads().getByRole('button', { name: label }).click();
  await sidebar().getByRole('heading', { name: customer }).waitFor();
  await sidebar().getByRole('button', { name: 'Insert draft' }).click();
}

beforeAll(async () => {
  if (!existsSync(resolve(DEMO_DIST, 'index.html')))
    throw new Error('dist/demo is missing: run "npm run test:e2e".');
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.goto(`${server.url}index.html`);
  await threads().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Outlook category for chased messages', () => {
  it("tags the customer's message a reply answers with the category of the settings", async () => {
    const approval = /RE: INV-2026-0409/;
    expect(await threadRow(approval).getByRole('list', { name: 'Categories' }).count()).toBe(0);

    await insertDraftOn(approval, 'Maple Leaf Foods Distribution Inc.');
    await sidebar()
      .getByText('The reply is open with the draft. The reminder is logged.', { exact: true })
      .waitFor();

    const label = threadRow(approval).getByRole('list', { name: 'Categories' });
    expect(await label.innerText()).toBe('Chased');
    await threads().getByRole('button', { name: approval }).click();
    const open = page.getByRole('article', { name: 'Open message' });
    expect(await open.getByRole('list', { name: 'Categories' }).innerText()).toBe('Chased');
    await page.screenshot({ path: resolve(ARTEFACTS_DIR, 'categories-tagged.png') });
  });

  it('says plainly when the category is missing from the master list, the reminder kept', async () => {
    await sidebar().getByRole('tab', { name: 'Settings' }).click();
    const field = sidebar().getByRole('textbox', { name: 'Outlook category for chased messages' });
    await field.fill('Escalated');
    await sidebar().getByRole('button', { name: 'Save' }).click();
    await sidebar().getByText('Saved.').waitFor();
    await sidebar().getByRole('tab', { name: 'This thread' }).click();

    const cashFlow = /RE: Factura INV-2026-0410/;
    await insertDraftOn(cashFlow, 'Importadora del Pacífico SA de CV');
    await sidebar()
      .getByText(
        'The reply is open with the draft. The reminder is logged. Outlook has no category named “Escalated”: create it in Outlook (Categorize > All categories), or clear it in Settings.',
        { exact: true },
      )
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Message body' }).innerText()).toContain(
      'INV-2026-0410',
    );
    expect(await threadRow(cashFlow).getByRole('list', { name: 'Categories' }).count()).toBe(0);
    await page.screenshot({ path: resolve(ARTEFACTS_DIR, 'categories-unknown.png') });
  });
});
