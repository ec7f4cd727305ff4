import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../src/core/calendarDate';
import { emptyLedger } from '../../src/core/ledgerFile';
import type {
  CsvImportOutcome,
  CsvImportRequest,
  LongWork,
  TextSource,
} from '../../src/core/ports/ledgerRepository';
import { PaneApp } from '../../src/ui/PaneApp';
import { FakeMailHost } from '../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../fakes/memoryLedgerRepository';
import './ledger/blobText';

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const LOAD = { timeout: 10_000 };

/**
 * A first-run ledger as the IndexedDB store has it: no settings (`not-found`) until an import
 * writes the defaults for the zone it was given.
 */
class FirstRunRepository extends MemoryLedgerRepository {
  requests: CsvImportRequest[] = [];
  private empty = true;

  constructor() {
    super(emptyLedger({ name: 'My company', timeZone: 'UTC', signature: '' }), clock);
  }

  override async settings() {
    if (this.empty) throw Object.assign(new Error('no settings yet'), { code: 'not-found' });
    return super.settings();
  }

  override async importInvoicesCsv(
    source: TextSource,
    options: CsvImportRequest,
    work?: LongWork,
  ): Promise<CsvImportOutcome> {
    this.requests.push(options);
    const outcome = await super.importInvoicesCsv(source, options, work);
    if (outcome.ok) this.empty = false;
    return outcome;
  }
}

describe('StartScreen', () => {
  it('starts an empty ledger from an ERP export, then opens the pane', async () => {
    const ledger = new FirstRunRepository();
    render(
      <PaneApp
        loadSamples={() => Promise.reject(new Error('not used'))}
        ports={{ clock, host: new FakeMailHost(null), ledger }}
      />,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Duly' }, LOAD),
    ).toBeTruthy();
    await userEvent.upload(
      await screen.findByLabelText('CSV file', undefined, LOAD),
      new File([readFileSync('test/e2e/fixtures/invoices-good.csv', 'utf8')], 'erp.csv'),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('3 invoices imported, 0 updated.')).toBeTruthy();
    expect(ledger.requests[0]?.defaultTimeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(ledger.ledger.invoices.map((i) => i.number)).toContain('INV-2026-0901');
    await userEvent.click(screen.getByRole('button', { name: 'Open Duly' }));
    expect(await screen.findByRole('tab', { name: 'Ledger' }, LOAD)).toBeTruthy();
  });

  it('labels the backup picker', async () => {
    render(
      <PaneApp
        loadSamples={() => Promise.reject(new Error('not used'))}
        ports={{ clock, host: new FakeMailHost(null), ledger: new FirstRunRepository() }}
      />,
    );
    expect(await screen.findByLabelText('Restore a backup', undefined, LOAD)).toHaveProperty(
      'type',
      'file',
    );
  });
});
