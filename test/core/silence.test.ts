import { calendarDate } from '../../src/core/calendarDate';
import { contactHistoryOf } from '../../src/core/contactHistory';
import { DEFAULT_POLICY, type CustomerId } from '../../src/core/model';
import { silentCustomers, type SilenceEntry } from '../../src/core/silence';
import { customer, event, invoice, TODAY } from '../fakes/builders';

const ZONE = 'Europe/Madrid';
function entry(
  id: string,
  invoices: ReturnType<typeof invoice>[],
  events: ReturnType<typeof event>[],
): SilenceEntry {
  const c = customer({ id: id as CustomerId, name: id });
  return {
    customer: c,
    invoices: invoices.map((i) => ({ ...i, customerId: c.id })),
    history: contactHistoryOf(
      events.map((e) => ({ ...e, customerId: c.id })),
      ZONE,
    ),
  };
}
const policy = () => DEFAULT_POLICY;

describe('silentCustomers', () => {
  it.each([
    [2, false],
    [3, true],
  ])('counts a customer silent %i days after the last reminder: %s', (days, silent) => {
    const list = silentCustomers([entry('a', [invoice(10)], [event(-days)])], TODAY, policy);
    expect(list.length === 1).toBe(silent);
  });

  it('does not list a customer who replied, but does when only an autoreply or bounce came', () => {
    const replied = entry(
      'replied',
      [invoice(10)],
      [event(-6), event(-5, { direction: 'inbound', kind: 'reply' })],
    );
    const away = entry(
      'away',
      [invoice(10)],
      [
        event(-6),
        event(-5, {
          direction: 'inbound',
          kind: 'out-of-office',
          returnDate: calendarDate('2026-07-04'),
        }),
      ],
    );
    const bounced = entry(
      'bounced',
      [invoice(10)],
      [event(-6), event(-6, { direction: 'inbound', kind: 'bounce' })],
    );
    const list = silentCustomers([replied, away, bounced], TODAY, policy);
    expect(list.map((s) => s.name).sort()).toEqual(['away', 'bounced']);
    expect(list.find((s) => s.name === 'away')?.nextStepOn).toBe('2026-07-05');
  });

  it('counts a phone reminder like an email one', () => {
    const list = silentCustomers(
      [entry('a', [invoice(10)], [event(-4, { channel: 'phone', kind: 'call' })])],
      TODAY,
      policy,
    );
    expect(list[0]).toMatchObject({ lastReminderChannel: 'phone', daysSilent: 4 });
  });

  it('ignores customers with nothing overdue', () => {
    expect(silentCustomers([entry('a', [invoice(-2)], [event(-4)])], TODAY, policy)).toEqual([]);
  });

  it('ranks by money at risk, then by days silent', () => {
    const list = silentCustomers(
      [
        entry('small', [invoice(10, { amount: '100.00' })], [event(-9)]),
        entry('big', [invoice(10, { amount: '90000.00' })], [event(-4)]),
        entry('big-older', [invoice(10, { amount: '90000.00' })], [event(-8)]),
      ],
      TODAY,
      policy,
    );
    expect(list.map((s) => s.name)).toEqual(['big-older', 'big', 'small']);
  });

  it('converts currencies with user rates before ranking', () => {
    const entries = [
      entry('yen', [invoice(10, { amount: '1000000', currency: 'JPY' })], [event(-4)]),
      entry('dollars', [invoice(10, { amount: '9000.00' })], [event(-4)]),
    ];
    expect(
      silentCustomers(entries, TODAY, policy, { USD: 1, JPY: 0.0067 }).map((s) => s.name),
    ).toEqual(['dollars', 'yen']);
    expect(
      silentCustomers(entries, TODAY, policy, { USD: 1, JPY: 0.0067 })[0]?.atRiskConverted,
    ).toBeCloseTo(9000);
  });

  it('sums money at risk per currency, largest first', () => {
    const list = silentCustomers(
      [
        entry(
          'a',
          [
            invoice(10, { amount: '10.00', currency: 'EUR' }),
            invoice(12),
            invoice(11, { id: 'x' as never }),
          ],
          [event(-4)],
        ),
      ],
      TODAY,
      policy,
    );
    expect(list[0]?.atRisk.map((m) => `${m.currency} ${m.minor}`)).toEqual([
      'USD 5000000',
      'EUR 1000',
    ]);
  });
});
