// Customers and invoices edited by hand in the Ledger view of the demo mailbox, in real Chromium on
// the real IndexedDB ledger seeded from samples/ledger.json (clock at 2026-07-01T07:00Z): each
// change is seen again after a reload, and in the thread view of the customer where it shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

jest.setTimeout(120_000);

const SIDEBAR = 'aside[aria-label="Duly sidebar"]';
const RECORDS = `${SIDEBAR} section[aria-labelledby="duly-records"]`;

let server: StaticServer;
let browser: Browser;
let page: Page;

const sidebar = () => page.getByRole('complementary', { name: 'Duly sidebar' });
const records = () => page.locator(RECORDS);
const card = (number: string) => records().getByRole('article', { name: number });

async function openPage(query = ''): Promise<Page> {
  const opened = await browser.context.newPage();
  // The demo's CSP (script-src 'self') refuses the inline axe-core script the harness injects.
  const cdp = await browser.context.newCDPSession(opened);
  await cdp.send('Page.setBypassCSP', { enabled: true });
  await opened.goto(`${server.url}index.html?view=ledger${query}`);
  await opened.getByRole('heading', { name: 'Customers and invoices' }).waitFor();
  return opened;
}

async function openCustomer(query: string, name: RegExp): Promise<void> {
  await records().getByRole('searchbox', { name: 'Find a customer' }).fill(query);
  await records()
    .getByRole('list', { name: 'Customers found' })
    .getByRole('button', { name })
    .click();
  await records()
    .getByRole('heading', { name: /^Customer: / })
    .waitFor();
}

async function reloadAndOpen(query: string, name: RegExp): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Customers and invoices' }).waitFor();
  await openCustomer(query, name);
}

/** The text of the thread view's open invoices for the sample thread `subject`. */
async function threadInvoices(subject: RegExp): Promise<string> {
  await sidebar().getByRole('tab', { name: 'This thread' }).click();
  await page
    .getByRole('navigation', { name: 'Sample threads' })
    .getByRole('button', { name: subject })
    .click();
  const list = sidebar().getByRole('region', { name: 'Open invoices' });
  await list.waitFor();
  const text = await list.innerText();
  await sidebar().getByRole('tab', { name: 'Ledger' }).click();
  await page.getByRole('heading', { name: 'Customers and invoices' }).waitFor();
  return text;
}

beforeAll(async () => {
  assertDemoBuilt();
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
  page = await openPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('customers and invoices by hand', () => {
  it('edits a contact address and keeps it after a reload', async () => {
    await openCustomer('lone star', /Lone Star Tools Inc\./);
    const email = records().getByRole('textbox', { name: 'Contact 2: email' });
    await email.fill('payables at lonestartools');
    await records().getByText('This is not an email address (like name@company.com).').waitFor();
    await email.fill('payables@lonestartools.com');
    await records().getByRole('button', { name: 'Save customer' }).click();
    await records().getByText('Lone Star Tools Inc. is saved.').waitFor();

    await reloadAndOpen('payables@lonestartools.com', /Lone Star Tools Inc\./);
    expect(await records().getByRole('textbox', { name: 'Contact 2: email' }).inputValue()).toBe(
      'payables@lonestartools.com',
    );
  });

  it('adds an invoice, records a part payment then the rest, each seen after a reload and in the thread view', async () => {
    await openCustomer('lone star', /Lone Star Tools Inc\./);
    await records().getByRole('button', { name: 'Add an invoice' }).click();
    const form = records().locator('form', {
      has: page.getByRole('heading', { name: 'New invoice' }),
    });
    await form.getByRole('textbox', { name: /^Invoice number/ }).fill('INV-2026-0600');
    await form.getByRole('textbox', { name: 'PO number' }).fill('PO-LS-77');
    await form.getByLabel(/^Due date/).fill('2026-07-20');
    await form.getByRole('combobox', { name: 'Currency' }).selectOption('USD');
    await form.getByRole('textbox', { name: /^Amount/ }).fill('5,000.505');
    await form.getByText('Too many decimals for this currency.').waitFor();
    await form.getByRole('textbox', { name: /^Amount/ }).fill('5,000.50');
    await form.getByRole('button', { name: 'Save invoice' }).click();
    await records().getByText('Invoice INV-2026-0600 is saved.').waitFor();

    await card('INV-2026-0600').getByRole('button', { name: 'Partly paid' }).click();
    await card('INV-2026-0600')
      .getByRole('textbox', { name: 'Total paid so far (USD)' })
      .fill('1,250.25');
    await card('INV-2026-0600').getByRole('button', { name: 'Record payment' }).click();
    await records().getByText('Payment on INV-2026-0600 recorded.').waitFor();

    await reloadAndOpen('lone star', /Lone Star Tools Inc\./);
    const partly = await card('INV-2026-0600').innerText();
    expect(partly).toContain('Partly paid');
    expect(partly).toContain('Paid USD 1,250.25');
    expect(partly).toContain('Due USD 3,750.25 on 20 July 2026');
    expect(await threadInvoices(/Invoice INV-2026-0403/)).toMatch(
      /INV-2026-0600 · USD 3,750\.25 · due in 19 days/,
    );

    await openCustomer('lone star', /Lone Star Tools Inc\./);
    await card('INV-2026-0600').getByRole('button', { name: 'Mark paid' }).click();
    await records().getByText('Payment on INV-2026-0600 recorded.').waitFor();
    await reloadAndOpen('lone star', /Lone Star Tools Inc\./);
    const paid = await card('INV-2026-0600').innerText();
    expect(paid).toContain('Paid USD 5,000.50');
    expect(paid).toContain('Due USD 0.00');
    const thread = await threadInvoices(/Invoice INV-2026-0403/);
    expect(thread).toContain('INV-2026-0403');
    expect(thread).not.toContain('INV-2026-0600');
  });

  it('pauses another invoice until a date, seen after a reload and in the thread view', async () => {
    await openCustomer('lone star', /Lone Star Tools Inc\./);
    await card('INV-2026-0403').getByRole('button', { name: 'Pause until a date' }).click();
    await card('INV-2026-0403').getByLabel('Pause chasing until').fill('2026-07-15');
    await card('INV-2026-0403').getByRole('button', { name: 'Pause', exact: true }).click();
    await records().getByText('Chasing INV-2026-0403 is paused until 15 July 2026.').waitFor();

    await reloadAndOpen('lone star', /Lone Star Tools Inc\./);
    expect(await card('INV-2026-0403').innerText()).toContain(
      'Chasing paused until 15 July 2026 (paused by hand)',
    );
    expect(
      await card('INV-2026-0403').getByRole('button', { name: 'Lift the pause' }).count(),
    ).toBe(1);
    expect(await threadInvoices(/Invoice INV-2026-0403/)).toMatch(
      /INV-2026-0403[^\n]*\n?\s*paused/,
    );
  });

  it('refuses an invoice number another invoice has, on the number field', async () => {
    await openCustomer('lone star', /Lone Star Tools Inc\./);
    await records().getByRole('button', { name: 'Add an invoice' }).click();
    const number = records().getByRole('textbox', { name: /^Invoice number/ });
    await number.fill('inv-2026-0404');
    await records()
      .getByLabel(/^Due date/)
      .fill('2026-07-31');
    await records()
      .getByRole('textbox', { name: /^Amount/ })
      .fill('100');
    await records().getByRole('button', { name: 'Save invoice' }).click();
    await records()
      .getByText('Another invoice already has this number (customer Bayerische Maschinenbau GmbH).')
      .waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    await reloadAndOpen('lone star', /Lone Star Tools Inc\./);
    expect(await records().getByRole('article', { name: /0404/i }).count()).toBe(0);
  });

  it.each(['light', 'dark'])(
    'has no axe violations on the forms in the %s theme',
    async (theme) => {
      const themed = await openPage(`&theme=${theme}`);
      const previous = page;
      page = themed;
      try {
        await openCustomer('lone star', /Lone Star Tools Inc\./);
        await records().getByRole('button', { name: 'Add an invoice' }).click();
        await records().getByRole('heading', { name: 'New invoice' }).waitFor();
        // Errors shown too: their colours must pass in both themes.
        await records().getByRole('button', { name: 'Save invoice' }).click();
        await records().getByText('This is needed.').first().waitFor();
        await card('INV-2026-0403').getByRole('button', { name: 'Partly paid' }).click();
        mkdirSync(ARTEFACTS_DIR, { recursive: true });
        await page
          .locator(SIDEBAR)
          .screenshot({ path: join(ARTEFACTS_DIR, `records-${theme}.png`) });
        expect(await page.locator(RECORDS).count()).toBe(1);
        expect(await axeViolations(page, RECORDS)).toEqual([]);
      } finally {
        page = previous;
        await themed.close();
      }
    },
  );
});
