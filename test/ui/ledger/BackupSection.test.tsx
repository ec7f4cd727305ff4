import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parseLedgerText, serializeLedger } from '../../../src/core/ledgerFile';
import type { FileOut } from '../../../src/core/ports/ledgerRepository';
import { BackupSection } from '../../../src/ui/ledger/BackupSection';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';
import './blobText';

// Two cores shared by several test runs: give renders and lazy chunks time.
configure({ asyncUtilTimeout: 5000 });

const SAMPLE = readFileSync('samples/ledger.json', 'utf8');

function setup() {
  const ledger = new MemoryLedgerRepository(parseLedgerText(SAMPLE, 'ledger.json'));
  const saved: FileOut[] = [];
  const changes: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <BackupSection
        ledger={ledger}
        locale="en-GB"
        onChanged={(what) => changes.push(what)}
        save={async (file) => {
          saved.push(file);
        }}
      />
    </FluentProvider>,
  );
  return { changes, ledger, saved };
}

/** The sample ledger with one customer fewer: a backup that differs from the current ledger. */
function smallerBackup(): File {
  const ledger = parseLedgerText(SAMPLE, 'ledger.json');
  const keep = ledger.customers.slice(1);
  const ids = new Set(keep.map((c) => c.id));
  const text = serializeLedger({
    ...ledger,
    customers: keep,
    invoices: ledger.invoices.filter((i) => ids.has(i.customerId)),
    events: ledger.events.filter((e) => ids.has(e.customerId)),
  });
  return new File([text], 'backup.json', { type: 'application/json' });
}

describe('BackupSection', () => {
  it('exports the whole ledger as a backup file and says where it went', async () => {
    const { changes, ledger, saved } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    await screen.findByText('Saved duly-backup.json to your downloads.');
    expect(await saved[0]!.text()).toBe(serializeLedger(ledger.ledger));
    expect(changes).toEqual(['backup']);
  });

  it('exports the invoices as CSV', async () => {
    const { saved } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Export invoices as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.mimeType).toBe('text/csv');
    expect(await saved[0]!.text()).toContain('INV-2026-0401');
  });

  it('asks before restoring and keeps the ledger when the user declines', async () => {
    const { ledger } = setup();
    const before = ledger.ledger;
    await userEvent.upload(screen.getByLabelText('Restore a backup'), smallerBackup());
    const dialog = await screen.findByRole('dialog', { name: 'Replace your ledger?' });
    expect(dialog.textContent).toContain('backup.json');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep my ledger' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(ledger.ledger).toBe(before);
  });

  it('replaces the ledger with the backup once confirmed, and says what it holds', async () => {
    const { changes, ledger } = setup();
    const customers = ledger.ledger.customers.length;
    await userEvent.upload(screen.getByLabelText('Restore a backup'), smallerBackup());
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my ledger' }));
    expect(await screen.findByText(/^Restored: 19 customers, \d+ invoices/)).toBeTruthy();
    expect(ledger.ledger.customers).toHaveLength(customers - 1);
    expect(changes).toEqual(['data']);
  });

  it('refuses a file that is not a backup, in plain words, and changes nothing', async () => {
    const { ledger } = setup();
    const before = ledger.ledger;
    await userEvent.upload(
      screen.getByLabelText('Restore a backup'),
      new File(['{"format":"something-else"}'], 'notes.json', { type: 'application/json' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my ledger' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be restored. Your ledger is unchanged.');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(ledger.ledger).toBe(before);
  });
});
