// The demo mailbox driven like a user, in real Chromium on a real IndexedDB ledger: by role and
// accessible name. `npm run test:e2e` builds dist/demo and dist/taskpane first.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DEMO_DIST,
  launchChromium,
  startStaticServer,
  type Browser,
  type StaticServer,
} from './harness';

const TASKPANE_DIST = resolve(__dirname, '../../dist/taskpane');
const OFFICE_DIST = resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const dialogs: string[] = [];

async function openThread(label: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sample threads' })
    .getByRole('button', { name: label })
    .click();
}

const sidebar = () => page.getByRole('complementary', { name: 'Duly sidebar' });

beforeAll(async () => {
  if (!existsSync(resolve(DEMO_DIST, 'index.html')))
    throw new Error('dist/demo is missing: run "npm run test:e2e".');
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}index.html`);
  await page.getByRole('navigation', { name: 'Sample threads' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo mailbox', () => {
  it.each([
    [/Factura INV-2026-0401/, 'Upcoming', 'Comercial Ibérica SL'],
    [/j\.weber@bayern/, 'Escalation', 'Bayerische Maschinenbau GmbH'],
    [/c\.dubois@textiles-rhone/, 'Stakes', 'Textiles du Rhône SARL'],
    [/joao\.pereira@paulista/, 'Final notice', 'Distribuidora Paulista Ltda'],
    [/Quality problem/, 'Follow-up', 'Northern Fabrics Ltd'],
  ])('shows the stage of the %s thread', async (thread, stage, customer) => {
    await openThread(thread);
    await sidebar().getByRole('heading', { name: customer }).waitFor();
    await sidebar().getByLabel(`Stage: ${stage}`).waitFor();
    expect(await sidebar().getByRole('list', { name: 'Why' }).innerText()).toMatch(/overdue|due/);
  });

  it('inserts the draft at the caret of the compose box, with invoices, amounts and payment details', async () => {
    await openThread(/j\.weber@bayern/);
    const body = page.getByRole('textbox', { name: 'Message body' });
    await body.click();
    await page.keyboard.type('Hallo Jürgen, ');
    await sidebar().getByRole('button', { name: 'Insert draft' }).click();
    await sidebar().getByText('Inserted. The reminder is logged.').waitFor();
    const text = await body.innerText();
    expect(text.startsWith('Hallo Jürgen, ')).toBe(true);
    expect(text).toContain('INV-2026-0404');
    expect(text).toMatch(/63[.,]250,00/);
    expect(text).toContain('CAIXESBBXXX');
  });

  it('opens a reply holding the draft in read mode', async () => {
    await openThread(/RE: Factura INV-2026-0410/);
    await sidebar().getByRole('heading', { name: 'Importadora del Pacífico SA de CV' }).waitFor();
    await sidebar().getByRole('button', { name: 'Insert draft' }).click();
    const body = page.getByRole('textbox', { name: 'Message body' });
    await body.waitFor();
    expect(await page.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe(
      'RE: Factura INV-2026-0410',
    );
    expect(await body.innerText()).toContain('INV-2026-0410');
  });

  it('refuses payment instructions plainly when no account exists for the currency', async () => {
    await openThread(/Re: Invoice INV-2026-0408/);
    await sidebar().getByRole('heading', { name: 'Osaka Precision KK' }).waitFor();
    await sidebar().getByRole('button', { name: 'Insert payment instructions' }).click();
    expect(await sidebar().getByRole('alert').innerText()).toContain('JPY');
  });

  it('shows and inserts a hostile customer name as text, and no dialog opens', async () => {
    await openThread(/bobby@hostile-trading/);
    await sidebar()
      .getByRole('heading', { name: '<img src=x onerror=alert(1)> Trading & Co' })
      .waitFor();
    await sidebar().getByRole('button', { name: 'Insert draft' }).click();
    const body = page.getByRole('textbox', { name: 'Message body' });
    await body.waitFor();
    expect(await body.innerText()).toContain("O'Neil <script>");
    expect(await page.locator('img, iframe, [onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("styles the pane from the built stylesheet with Fluent's theme", async () => {
    // Griffel's rules live in a linked stylesheet: a page that fails to load it still works, so
    // check a rule visibly applies (the primary button takes the theme's brand colour).
    const sheets = await page.evaluate(
      () => [...document.styleSheets].filter((sheet) => sheet.href?.endsWith('.css')).length,
    );
    expect(sheets).toBe(1);
    const insert = sidebar().getByRole('button', { name: 'Insert draft' });
    const [background, brand] = await insert.evaluate((button) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(button).getPropertyValue('--colorBrandBackground');
      button.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return [getComputedStyle(button).backgroundColor, colour];
    });
    expect(background).toBe(brand);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('makes no request outside its own origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:')),
    ).toEqual([]);
  });
});

describe('the task pane outside Outlook', () => {
  it('explains how to sideload instead of showing a blank page', async () => {
    const pane = await startStaticServer(TASKPANE_DIST);
    const tab = await browser.context.newPage();
    // office.js comes from Microsoft's CDN in production; here the package's files answer, and
    // anything else outside the page's origin is refused, as this machine has no network.
    await tab.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(pane.url).origin) return route.continue();
      const file = resolve(OFFICE_DIST, url.pathname.replace(/^\/lib\/1\/hosted\//, ''));
      if (
        url.host === 'appsforoffice.microsoft.com' &&
        file.startsWith(OFFICE_DIST) &&
        existsSync(file)
      ) {
        return route.fulfill({ path: file, contentType: 'text/javascript' });
      }
      return route.abort();
    });
    try {
      await tab.goto(`${pane.url}taskpane.html`, { waitUntil: 'domcontentloaded' });
      await tab
        .getByRole('heading', { name: 'Duly runs inside Outlook' })
        .waitFor({ timeout: 15_000 });
      expect(await tab.locator('body').innerText()).toMatch(/sideload/i);
    } finally {
      await tab.close();
      await pane.close();
    }
  });
});
