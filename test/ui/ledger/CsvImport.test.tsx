import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import type {
  CsvImportOutcome,
  CsvImportRequest,
  LongWork,
  TextSource,
} from '../../../src/core/ports/ledgerRepository';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { CsvImport } from '../../../src/ui/ledger/CsvImport';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';
import './blobText';

// Two cores shared by several test runs: give renders and lazy chunks time.
configure({ asyncUtilTimeout: 5000 });

const GOOD = readFileSync('test/e2e/fixtures/invoices-good.csv', 'utf8');
const BAD = readFileSync('test/e2e/fixtures/invoices-bad.csv', 'utf8');

const sampleRepository = () =>
  new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
  );

function setup(
  ledger = sampleRepository(),
  options: { language?: UiLanguage; now?: () => number } = {},
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={options.language ?? 'en'}>
        <CsvImport
          headingLevel="h3"
          ledger={ledger}
          locale="en-GB"
          {...(options.now ? { now: options.now } : {})}
        />
      </UiLanguageContext.Provider>
    </FluentProvider>,
  );
  return ledger;
}

const csvFile = (text: string, name = 'export.csv') => new File([text], name, { type: 'text/csv' });

async function pick(text: string, name?: string) {
  await userEvent.upload(screen.getByLabelText('CSV file'), csvFile(text, name));
  await screen.findByRole('heading', { name: 'Columns' });
}

/** A repository whose CSV import reports writing progress, then waits for the caller's cancel. */
class SlowImportRepository extends MemoryLedgerRepository {
  override async importInvoicesCsv(
    _source: TextSource,
    _options: CsvImportRequest,
    work?: LongWork,
  ): Promise<CsvImportOutcome> {
    work?.onProgress?.({ done: 0, total: 1000, phase: 'writing' });
    work?.onProgress?.({ done: 250, total: 1000, phase: 'writing' });
    while (!work?.signal?.aborted) await new Promise((wake) => setTimeout(wake, 10));
    throw Object.assign(new Error('Cancelled: nothing was changed.'), { code: 'cancelled' });
  }
}

describe('CsvImport', () => {
  it("shows the engine's guessed column for each field and the first rows as mapped", async () => {
    setup();
    await pick(GOOD);
    expect(
      (screen.getByRole('combobox', { name: /^Invoice number/ }) as HTMLSelectElement).value,
    ).toBe('0');
    expect((screen.getByRole('combobox', { name: /^Amount$/ }) as HTMLSelectElement).value).toBe(
      '6',
    );
    expect((screen.getByRole('combobox', { name: 'PO number' }) as HTMLSelectElement).value).toBe(
      '',
    );
    const preview = screen.getByRole('table', { name: 'Preview of the first rows as mapped' });
    const rows = within(preview).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('INV-2026-0901');
    expect(rows[1]!.textContent).toContain('12,500.00');
    expect(screen.getByText('export.csv: 3 rows.')).toBeTruthy();
  });

  it('moves a column to the field the user picks, leaving the field it came from', async () => {
    setup();
    await pick(GOOD);
    const paid = screen.getByRole('combobox', { name: 'Amount paid' });
    await userEvent.selectOptions(paid, 'Amount (column 7)');
    expect((paid as HTMLSelectElement).value).toBe('6');
    expect((screen.getByRole('combobox', { name: /^Amount$/ }) as HTMLSelectElement).value).toBe(
      '',
    );
  });

  it('imports every row and says how many invoices were imported and updated', async () => {
    const ledger = setup();
    const before = ledger.ledger.invoices.length;
    await pick(GOOD);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('2 invoices imported, 1 updated.')).toBeTruthy();
    expect(screen.getByText('Customers: 1 created, 0 updated.')).toBeTruthy();
    expect(ledger.ledger.invoices).toHaveLength(before + 2);
    const added = ledger.ledger.invoices.find((i) => i.number === 'INV-2026-0901');
    expect(added?.amount).toEqual({ minor: 1_250_000, currency: 'EUR' });
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });

  it('lists every rejected row with line, column and reason, and imports nothing', async () => {
    const ledger = setup();
    const before = JSON.stringify(ledger.ledger);
    await pick(BAD);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('2 problems found');
    expect(alert.textContent).toContain('Nothing was imported');
    const items = within(screen.getByRole('list', { name: '2 problems found' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Line 3, Due Date: .*2026-02-30/),
      expect.stringMatching(/^Line 4, Amount: .*12\.345/),
    ]);
    expect(JSON.stringify(ledger.ledger)).toBe(before);
  });

  it('asks for the currency of every row when the file has no currency column', async () => {
    const ledger = setup();
    await pick('Invoice,Customer,Due date,Amount\nX-1,Comercial Ibérica SL,2026-08-01,100.00\n');
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toHaveProperty('disabled', true);
    const currency = screen.getByRole('textbox', { name: /Currency of every row/ });
    await userEvent.type(currency, 'eu');
    expect(importButton).toHaveProperty('disabled', true);
    await userEvent.type(currency, 'r');
    await userEvent.click(importButton);
    await screen.findByText('1 invoices imported, 0 updated.');
    expect(ledger.ledger.invoices.find((i) => i.number === 'X-1')?.amount.currency).toBe('EUR');
  });

  it('shows rows done and time left while saving, and cancels on request', async () => {
    let t = 0;
    const ledger = new SlowImportRepository(sampleRepository().ledger);
    setup(ledger, { now: () => (t += 1000) });
    await pick(GOOD);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const status = await screen.findByText(/250 of 1,000 rows/);
    expect(status.textContent).toMatch(/about \d+ s left/);
    expect(status.getAttribute('role')).toBe('status');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Import cancelled: nothing was imported.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('speaks Simplified Chinese when the pane does', async () => {
    setup(sampleRepository(), { language: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '导入 CSV' })).toBeTruthy();
    await userEvent.upload(screen.getByLabelText('CSV 文件'), csvFile(GOOD));
    expect(await screen.findByRole('combobox', { name: /^发票号/ })).toBeTruthy();
  });
});
