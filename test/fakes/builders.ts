import { addDays, calendarDate, type CalendarDate } from '../../src/core/calendarDate';
import { parseMoney } from '../../src/core/money';
import type { Customer, CustomerId, Invoice, InvoiceId, LedgerEvent } from '../../src/core/model';

/** Test data builders: small, explicit records with sensible defaults. */
export const TODAY = calendarDate('2026-07-01');

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c-buyer' as CustomerId,
    name: 'Comercial Ibérica SL',
    country: 'ES',
    language: 'es',
    timeZone: 'Europe/Madrid',
    contacts: [{ name: 'Alice Martín', email: 'alice@buyer.es' }],
    domains: ['buyer.es'],
    ...overrides,
  };
}

/** An open invoice `overdueDays` past due on TODAY (negative: not yet due). */
export function invoice(
  overdueDays: number,
  overrides: Partial<Omit<Invoice, 'amount' | 'paid'>> & {
    amount?: string;
    paid?: string;
    currency?: string;
  } = {},
): Invoice {
  const { amount = '25000.00', paid, currency = 'USD', ...rest } = overrides;
  const dueDate = addDays(TODAY, -overdueDays);
  return {
    id: `inv-${overdueDays}` as InvoiceId,
    number: `INV-${1000 + overdueDays}`,
    customerId: 'c-buyer' as CustomerId,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amount: parseMoney(amount, currency),
    paid: parseMoney(paid ?? '0', currency),
    status: 'open',
    ...rest,
  };
}

/** An event on a date (10:00 in Madrid, summer time). */
export function event(
  on: CalendarDate | number,
  overrides: Partial<LedgerEvent> = {},
): LedgerEvent {
  const date = typeof on === 'number' ? addDays(TODAY, on) : on;
  return {
    customerId: 'c-buyer' as CustomerId,
    at: `${date}T10:00:00+02:00`,
    direction: 'outbound',
    channel: 'email',
    kind: 'reminder',
    invoiceIds: [],
    ...overrides,
  };
}
