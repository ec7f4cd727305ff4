import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { readSheetLedger } from '../../../src/hosts/gmail/sheetLedger';
import { TAB_HEADERS, type TabValues } from '../../../src/hosts/gmail/sheetLayout';
import { ledgerTabs } from '../../../src/hosts/gmail/sheetRows';

const sample = parseLedgerText(
  readFileSync(join(__dirname, '../../../samples/ledger.json'), 'utf8'),
  'ledger.json',
);

function withRows(tabs: TabValues, tab: keyof TabValues, rows: unknown[][]): TabValues {
  return { ...tabs, [tab]: [...tabs[tab], ...rows] };
}

describe('readSheetLedger', () => {
  it('reads back the customers, invoices, events and settings a ledger was written as', () => {
    const result = readSheetLedger(ledgerTabs(sample, ['ar@seller.example']), 'Europe/Madrid');
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    const { ledger } = result;
    expect(result.ownAddresses).toEqual(['ar@seller.example']);
    expect(ledger.settings).toEqual(sample.settings);
    expect(ledger.customers.map((c) => [c.id, c.name, c.contacts, c.domains])).toEqual(
      sample.customers.map((c) => [c.id, c.name, c.contacts, c.domains]),
    );
    expect(
      ledger.invoices.map((i) => [i.number, i.customerId, i.amount, i.paid, i.dueDate]),
    ).toEqual(sample.invoices.map((i) => [i.number, i.customerId, i.amount, i.paid, i.dueDate]));
    expect(ledger.events).toHaveLength(sample.events.length);
    const numberOf = new Map(ledger.invoices.map((i) => [i.id, i.number]));
    const sampleNumberOf = new Map(sample.invoices.map((i) => [i.id, i.number]));
    expect(
      ledger.events.map((e) => [e.kind, e.at, e.invoiceIds.map((id) => numberOf.get(id))]),
    ).toEqual(
      sample.events.map((e) => [e.kind, e.at, e.invoiceIds.map((id) => sampleNumberOf.get(id))]),
    );
  });

  it('reads Sheets dates and numbers as the CSV import would read their text', () => {
    const tabs = ledgerTabs({ ...sample, invoices: [], events: [] });
    const due = new Date(Date.UTC(2026, 5, 30, 22, 0)); // midnight of 1 July in Madrid
    const result = readSheetLedger(
      withRows(tabs, 'Invoices', [['X-1', 'c-iberica', '', '', due, 'EUR', 1234.5, 0, 'open']]),
      'Europe/Madrid',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.ledger.invoices[0]).toMatchObject({
      dueDate: '2026-07-01',
      amount: { minor: 123450, currency: 'EUR' },
    });
  });

  it('lists every bad row with its tab, Sheet row, column and reason instead of guessing', () => {
    const tabs = ledgerTabs({ ...sample, events: [] });
    const invoiceRow = tabs.Invoices.length + 1;
    const eventRow = tabs.Events.length + 1;
    const bad = withRows(
      withRows(tabs, 'Invoices', [
        ['X-1', 'c-iberica', '', '2026-06-01', '2026-07-01', 'EUR', '12.345', '', 'open'],
        ['X-2', 'nobody', '', '2026-06-01', '2026-07-01', 'EUR', '10', '', 'open'],
      ]),
      'Events',
      [['', 'c-iberica', 'yesterday', 'outbound', 'email', 'reminder', '', '', 'X-9']],
    );
    const result = readSheetLedger(bad, 'UTC');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tab: 'Invoices', row: invoiceRow, column: 'Amount' }),
        expect.objectContaining({ tab: 'Invoices', row: invoiceRow + 1, column: 'Customer ID' }),
      ]),
    );
    expect(result.problems.every((p) => p.message.length > 0)).toBe(true);
    expect(eventRow).toBeGreaterThan(1);
  });

  it('points a bad event at its row and column once the invoices are clean', () => {
    const tabs = ledgerTabs({ ...sample, events: [] });
    const row = tabs.Events.length + 1;
    const result = readSheetLedger(
      withRows(tabs, 'Events', [
        ['', 'c-iberica', 'yesterday', 'outbound', 'email', 'reminder', '', '', 'INV-2026-0401'],
        ['', 'c-iberica', '2026-06-01T10:00:00Z', 'outbound', 'email', 'reminder', '', '', 'X-9'],
      ]),
      'UTC',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ tab: 'Events', row: row + 1, column: 'invoiceNumbers' }),
    ]);
    const second = readSheetLedger(
      withRows(tabs, 'Events', [
        ['', 'c-iberica', 'yesterday', 'outbound', 'email', 'reminder', '', '', ''],
      ]),
      'UTC',
    );
    expect(second.ok ? [] : second.problems).toEqual([
      expect.objectContaining({ tab: 'Events', row, column: 'at' }),
    ]);
  });

  it('reads the exchange rates for ranking from rates.<currency> rows', () => {
    const ranked = { ...sample, settings: { ...sample.settings, rates: { EUR: 1, USD: 0.92 } } };
    const tabs = ledgerTabs(ranked);
    expect(tabs.Settings).toEqual(expect.arrayContaining([['rates.USD', '0.92']]));
    const result = readSheetLedger(tabs, 'UTC');
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.ledger.settings.rates).toEqual({ EUR: 1, USD: 0.92 });
  });

  it('points a bad setting at its row on the Settings tab', () => {
    const tabs = ledgerTabs(sample);
    const row = tabs.Settings.findIndex((r) => r[0] === 'company.timeZone') + 1;
    const settings = tabs.Settings.map((r) =>
      r[0] === 'company.timeZone' ? [r[0], 'Mars/Base'] : r,
    );
    const result = readSheetLedger({ ...tabs, Settings: settings }, 'UTC');
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ tab: 'Settings', row, column: 'Value' }),
    ]);
  });

  it('uses header names the engine recognises for every column of Customers and Invoices', () => {
    const result = readSheetLedger(
      {
        Customers: [[...TAB_HEADERS.Customers]],
        Invoices: [[...TAB_HEADERS.Invoices]],
        Events: [[...TAB_HEADERS.Events]],
        Settings: [[...TAB_HEADERS.Settings], ['company.timeZone', 'Europe/Madrid']],
      },
      'UTC',
    );
    expect(result.ok ? result.warnings.join(' ') : 'failed').not.toMatch(/not imported|failed/);
  });
});
