import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { formatMoney } from '../../../src/core/money';
import type { CalendarDate } from '../../../src/core/calendarDate';
import { AgingSection } from '../../../src/ui/aging/AgingSection';
import { FakeMailHost } from '../../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };

function setup(
  ledger = new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
    clock,
  ),
) {
  render(
    <FluentProvider theme={webLightTheme}>
      <AgingSection locale="en-GB" ports={{ clock, host: new FakeMailHost(null), ledger }} />
    </FluentProvider>,
  );
  return ledger;
}

describe('AgingSection', () => {
  it("loads the ledger's aging for today in the seller's zone and charts every currency", async () => {
    const ledger = setup();
    const rows = await ledger.aging('2026-07-01' as CalendarDate);
    expect(await screen.findByRole('heading', { level: 3, name: 'Aging' })).toBeTruthy();
    expect(await screen.findAllByRole('img')).toHaveLength(rows.length);
    expect(screen.getByText('Unpaid invoices by days overdue, as of 1 July 2026.')).toBeTruthy();
    const usd = rows.find((r) => r.currency === 'USD')!;
    expect(
      screen.getByRole('figure', { name: `${formatMoney(usd.total, 'en-GB')} unpaid` }),
    ).toBeTruthy();
  });

  it('filters the charts by currency when there are many', async () => {
    setup();
    const filter = await screen.findByRole('combobox', { name: 'Currency' });
    await userEvent.selectOptions(filter, 'JPY');
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute('aria-label')).toMatch(/^Aging in JPY:/);
    await userEvent.selectOptions(filter, 'All currencies');
    expect(screen.getAllByRole('img').length).toBeGreaterThan(1);
  });

  it('explains a failed read in plain words and tries again', async () => {
    const ledger = new MemoryLedgerRepository(
      parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
      clock,
    );
    const aging = jest
      .spyOn(ledger, 'aging')
      .mockRejectedValueOnce(new Error('The ledger is closed.'));
    setup(ledger);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The aging could not be read from the ledger. The ledger is closed.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect((await screen.findAllByRole('img')).length).toBeGreaterThan(0);
    expect(aging).toHaveBeenCalledTimes(2);
  });

  it('says so when nothing is owed', async () => {
    const ledger = new MemoryLedgerRepository(
      {
        ...parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
        invoices: [],
      },
      clock,
    );
    setup(ledger);
    expect(
      await screen.findByText('Nothing is owed: there are no unpaid invoices in the ledger.'),
    ).toBeTruthy();
  });
});
