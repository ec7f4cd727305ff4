import { toDecimalString } from '../../core/money';
import type { Customer, Invoice, Ledger, LedgerEvent } from '../../core/model';
import { TAB_HEADERS, OWN_ADDRESSES_KEY, type TabValues } from './sheetLayout';
import { settingsRows } from './settingsRows';

/** One Customers-tab row per contact (a customer without contacts gets one row). */
export function customerRows(customer: Customer): string[][] {
  const contacts = customer.contacts.length > 0 ? customer.contacts : [{ name: '', email: '' }];
  return contacts.map((contact, i) => [
    customer.id,
    customer.name,
    contact.email,
    contact.name,
    i === 0 ? customer.country : '',
    i === 0 ? customer.language : '',
    i === 0 ? customer.timeZone : '',
    i === 0 ? customer.domains.join('; ') : '',
    i === 0 && customer.paymentTermsDays !== undefined ? String(customer.paymentTermsDays) : '',
    i === 0 ? (customer.segment ?? '') : '',
    i === 0 && customer.creditHold ? 'yes' : '',
    i === 0 ? (customer.notes ?? '') : '',
  ]);
}

/** The Invoices-tab row of an invoice: amounts as exact decimal strings. */
export function invoiceRow(invoice: Invoice): string[] {
  return [
    invoice.number,
    invoice.customerId,
    invoice.po ?? '',
    invoice.issueDate,
    invoice.dueDate,
    invoice.amount.currency,
    toDecimalString(invoice.amount),
    toDecimalString(invoice.paid),
    invoice.status,
  ];
}

/** The Events-tab row of an event, naming invoices by number. */
export function eventRow(
  event: LedgerEvent,
  numberOf: (id: string) => string | undefined,
): string[] {
  const byColumn: Record<(typeof TAB_HEADERS.Events)[number], string> = {
    id: event.id ?? '',
    customerId: event.customerId,
    at: event.at,
    direction: event.direction,
    channel: event.channel,
    kind: event.kind,
    threadId: event.threadId ?? '',
    messageId: event.messageId ?? '',
    invoiceNumbers: event.invoiceIds
      .map((id) => numberOf(id))
      .filter((n): n is string => n !== undefined)
      .join(', '),
    stage: event.stage ?? '',
    blocks: (event.blocks ?? []).join(', '),
    promisedFor: event.promisedFor ?? '',
    returnDate: event.returnDate ?? '',
    reason: event.reason ?? '',
    note: event.note ?? '',
  };
  return TAB_HEADERS.Events.map((column) => byColumn[column]);
}

/**
 * A whole ledger as tab values, header rows first: what a new Sheet is seeded with, and what the
 * tests and the bench read back. Invoice pauses are not columns of the CSV import and are left out.
 */
export function ledgerTabs(ledger: Ledger, ownAddresses: readonly string[] = []): TabValues {
  const numbers = new Map(ledger.invoices.map((i) => [i.id as string, i.number]));
  return {
    Customers: [[...TAB_HEADERS.Customers], ...ledger.customers.flatMap(customerRows)],
    Invoices: [[...TAB_HEADERS.Invoices], ...ledger.invoices.map(invoiceRow)],
    Events: [
      [...TAB_HEADERS.Events],
      ...ledger.events.map((e) => eventRow(e, (id) => numbers.get(id))),
    ],
    Settings: [
      [...TAB_HEADERS.Settings],
      ...settingsRows(ledger.settings),
      [OWN_ADDRESSES_KEY, ownAddresses.join(', ')],
    ],
  };
}
