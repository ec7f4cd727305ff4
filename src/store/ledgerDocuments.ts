import { EMPTY_HISTORY, foldContact, type CustomerId, type Invoice, type Ledger } from '../core';
import { customerRecordOf, freeMailTest, summaryOf } from './customerRecord';
import { byTime, chunksOf, eventMs, type OrderedEvent } from './eventChunks';
import type { CustomerRecord, EventChunk, SummaryRecord } from './schema';

/** Every record of a whole ledger, ready to write, and the next free ledger position. */
export type LedgerDocuments = {
  readonly customers: CustomerRecord[];
  readonly summaries: SummaryRecord[];
  readonly chunks: EventChunk[];
  readonly nextOrder: number;
};

/**
 * Cuts a ledger into per-customer documents, summaries and event chunks. Positions number
 * customers, then invoices, then events from 0, so an export lists everything in ledger order.
 * Throws when an invoice or event names a customer the ledger lacks. `onCustomers` hears how
 * many customers are folded, every 500 (the long part of a million-event restore).
 */
export function documentsOf(
  ledger: Ledger,
  onCustomers?: (done: number, total: number) => void,
): LedgerDocuments {
  const isFree = freeMailTest(ledger.settings.freeMailDomains);
  const zone = ledger.settings.company.timeZone;
  const invoices = new Map<CustomerId, { list: Invoice[]; order: number[] }>();
  const events = new Map<CustomerId, OrderedEvent[]>();
  for (const c of ledger.customers) {
    invoices.set(c.id, { list: [], order: [] });
    events.set(c.id, []);
  }
  let order = ledger.customers.length;
  for (const invoice of ledger.invoices) {
    const slot = invoices.get(invoice.customerId);
    if (!slot)
      throw new Error(`invoice ${invoice.number} names unknown customer ${invoice.customerId}`);
    slot.list.push(invoice);
    slot.order.push(order++);
  }
  for (const event of ledger.events) {
    const list = events.get(event.customerId);
    if (!list)
      throw new Error(`an event at ${event.at} names unknown customer ${event.customerId}`);
    list.push({ event, order: order++ });
  }

  const customers: CustomerRecord[] = [];
  const summaries: SummaryRecord[] = [];
  const chunks: EventChunk[] = [];
  ledger.customers.forEach((customer, index) => {
    const log = byTime(events.get(customer.id) ?? []);
    let history = EMPTY_HISTORY;
    for (const { event } of log) history = foldContact(history, event, zone);
    const own = chunksOf(customer.id, log);
    const last = log[log.length - 1];
    const slot = invoices.get(customer.id)!;
    const record = customerRecordOf(
      {
        customer,
        order: index,
        invoices: slot.list,
        invoiceOrder: slot.order,
        history,
        lastChunk: own.length - 1,
        lastEventMs: last ? eventMs(last.event) : Number.NEGATIVE_INFINITY,
      },
      isFree,
    );
    customers.push(record);
    const summary = summaryOf(record);
    if (summary) summaries.push(summary);
    chunks.push(...own);
    if (onCustomers && index % 500 === 499) onCustomers(index + 1, ledger.customers.length);
  });
  return { customers, summaries, chunks, nextOrder: order };
}
