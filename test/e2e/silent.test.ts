// The Silent view in the demo mailbox, in real Chromium on the real IndexedDB ledger seeded from
// samples/ledger.json (clock at 2026-07-01T07:00Z): driven by role and accessible name.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { calendarDateIn } from '../../src/core/calendarDate';
import { contactHistoryOf } from '../../src/core/contactHistory';
import { parseLedgerText } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import { formatMoney } from '../../src/core/money';
import { silentCustomers } from '../../src/core/silence';
import { policyFor } from '../../src/core/suggest';
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

const DEMO_NOW = Date.parse('2026-07-01T07:00:00Z');
const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
const zone = ledger.settings.company.timeZone;
/** The engine's ranking over the sample ledger on the demo's day, computed here in Node. */
const expected = silentCustomers(
  ledger.customers.map((customer) => ({
    customer,
    invoices: index.invoicesOf(customer.id),
    history: contactHistoryOf(index.eventsOf(customer.id), zone),
  })),
  calendarDateIn(DEMO_NOW, zone),
  (c) => policyFor(c, ledger.settings),
);

let server: StaticServer;
let browser: Browser;

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Duly sidebar' });
const SIDEBAR = 'aside[aria-label="Duly sidebar"]';

async function openSilent(query: string, listName: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}index.html?view=silent${query}`);
  await sidebar(page).getByRole('list', { name: listName }).waitFor();
  return page;
}

async function rankedNames(page: Page): Promise<string[]> {
  return sidebar(page)
    .getByRole('list', { name: 'Silent customers, most money at risk first' })
    .getByRole('heading', { level: 3 })
    .allInnerTexts();
}

beforeAll(async () => {
  assertDemoBuilt();
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Silent view', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openSilent('', 'Silent customers, most money at risk first');
  });

  afterAll(async () => {
    await page?.close();
  });

  it('ranks the silent customers as the engine does, and axe finds nothing in light theme', async () => {
    expect(expected.length).toBeGreaterThan(3);
    expect(await rankedNames(page)).toEqual(expected.map((s) => s.name));
    expect(await axeViolations(page, SIDEBAR)).toEqual([]);
  });

  it('filters by currency, keeping the rank', async () => {
    await sidebar(page).getByRole('combobox', { name: 'Currency' }).selectOption('USD');
    const usd = expected.filter((s) => s.atRisk.some((m) => m.currency === 'USD'));
    expect(usd.length).toBeGreaterThan(1);
    await page.waitForFunction(
      ([selector, count]) =>
        document.querySelectorAll(`${selector} ol h3`).length === Number(count),
      [SIDEBAR, String(usd.length)] as const,
    );
    expect(await rankedNames(page)).toEqual(usd.map((s) => s.name));
  });

  it('opens a new message to the customer with the invoices and the amount, and logs it', async () => {
    const target = expected.find((s) => s.customerId === 'c-seoul')!;
    const customer = index.customer(target.customerId)!;
    const invoices = index.invoicesOf(customer.id).filter((i) => i.status === 'open');
    await sidebar(page)
      .getByRole('button', { name: `Prepare the reminder for ${customer.name}` })
      .click();
    const body = page.getByRole('textbox', { name: 'Message body' });
    await body.waitFor();
    expect(await page.getByRole('textbox', { name: 'To' }).inputValue()).toBe(
      customer.contacts.map((c) => c.email).join(', '),
    );
    const text = await body.innerText();
    for (const i of invoices) {
      expect(text).toContain(i.number);
      expect(text).toContain(formatMoney(i.amount, customer.language));
    }
    await sidebar(page)
      .getByRole('status')
      .getByText(`A new message to ${customer.name} is open with the reminder`, { exact: false })
      .waitFor();
    // Reminded today: the customer is no longer silent.
    await page.waitForFunction(
      ([selector, name]) =>
        ![...document.querySelectorAll(`${selector} ol h3`)].some((h) => h.textContent === name),
      [SIDEBAR, customer.name] as const,
    );
  });
});

describe('the Silent view in dark theme and in Chinese', () => {
  it('is axe-clean in dark theme', async () => {
    const page = await openSilent('&theme=dark', 'Silent customers, most money at risk first');
    expect(await axeViolations(page, SIDEBAR)).toEqual([]);
    // The narrowest task pane Outlook shows: nothing may stick out sideways.
    const overflow = await page.evaluate(
      ([selector, view]) => {
        (document.querySelector(selector) as HTMLElement).style.width = '320px';
        const panel = document.querySelector(view) as HTMLElement;
        return panel.scrollWidth - panel.clientWidth;
      },
      [SIDEBAR, `${SIDEBAR} [role="tabpanel"]`] as const,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await sidebar(page).screenshot({ path: join(ARTEFACTS_DIR, 'silent-dark-320px.png') });
    await page.close();
  });

  it('renders in Chinese in dark theme, axe-clean', async () => {
    const page = await openSilent('&theme=dark&lang=zh-CN', '未回复的客户，风险金额最高的在前');
    await sidebar(page).getByRole('heading', { level: 2, name: '未回复的客户' }).waitFor();
    const first = expected.find((s) => s.customerId !== 'c-seoul')!;
    await sidebar(page)
      .getByRole('button', { name: `为 ${first.name} 准备催款函` })
      .waitFor();
    expect(await axeViolations(page, SIDEBAR)).toEqual([]);
    await sidebar(page).screenshot({ path: join(ARTEFACTS_DIR, 'silent-dark-zh-CN.png') });
    await page.close();
  });
});
