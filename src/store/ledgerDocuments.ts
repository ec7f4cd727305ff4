import {
  EMPTY_HISTORY,
  foldContact,
  runSteps,
  type CustomerId,
  type Invoice,
  type Ledger,
  type WorkStep,
} from '../core';
import { customerRecordOf, freeMailTest, referenceKeysOf } from './customerRecord';
import { byTime, chunksOf, eventMs, type OrderedEvent } from './eventChunks';
import { LookupBuckets } from './lookupBuckets';
import type { CustomerRecord, EventChunk, LookupRecord } from './schema';

/** Every record of a whole ledger, ready to write, and the next free ledger position. */
export type LedgerDocuments = {
  readonly customers: CustomerRecord[];
  readonly chunks: EventChunk[];
  readonly lookups: LookupRecord[];
  readonly nextOrder: number;
};

/** The records of one customer: its document and its event chunks. */
export type CustomerDocuments = {
  readonly record: CustomerRecord;
  readonly chunks: EventChunk[];
};

/**
 * A whole ledger grouped by customer, whose documents are built one customer at a time, so a
 * writer can put each batch while folding the next (folding a million events is the long part).
 */
export type LedgerDocumentSource = {
  readonly count: number;
  readonly nextOrder: number;
  /**
   * The lookup buckets of the whole ledger (event, thread, invoice ids and references), filled
   * as documents are built: complete once every index went through {@link documentsAt}. Each
   * record's JSON is written when the iteration reaches it.
   */
  lookups(): Iterable<LookupRecord>;
  /** Builds the documents of the customer at `index` in ledger order; call once per index. */
  documentsAt(index: number): CustomerDocuments;
};

/** Items grouped between two steps of {@link ledgerDocumentSteps}. */
const GROUP_SLICE = 50_000;

/**
 * Groups a ledger by customer. Positions number customers, then invoices, then events from 0,
 * so an export lists everything in ledger order. Throws when an invoice or event names a
 * customer the ledger lacks, before anything is built.
 */
export function ledgerDocumentSource(ledger: Ledger): LedgerDocumentSource {
  return runSteps(ledgerDocumentSteps(ledger));
}

/** {@link ledgerDocumentSource} in slices: yields every GROUP_SLICE invoices and events. */
export function* ledgerDocumentSteps(ledger: Ledger): Generator<WorkStep, LedgerDocumentSource> {
  const isFree = freeMailTest(ledger.settings.freeMailDomains);
  const zone = ledger.settings.company.timeZone;
  const invoices = new Map<CustomerId, { list: Invoice[]; order: number[] }>();
  const events = new Map<CustomerId, OrderedEvent[]>();
  for (const c of ledger.customers) {
    invoices.set(c.id, { list: [], order: [] });
    events.set(c.id, []);
  }
  const total = ledger.invoices.length + ledger.events.length;
  let order = ledger.customers.length;
  for (const invoice of ledger.invoices) {
    const slot = invoices.get(invoice.customerId);
    if (!slot)
      throw new Error(`invoice ${invoice.number} names unknown customer ${invoice.customerId}`);
    slot.list.push(invoice);
    slot.order.push(order++);
    if ((order - ledger.customers.length) % GROUP_SLICE === 0)
      yield { done: order - ledger.customers.length, total };
  }
  for (const event of ledger.events) {
    const list = events.get(event.customerId);
    if (!list)
      throw new Error(`an event at ${event.at} names unknown customer ${event.customerId}`);
    list.push({ event, order: order++ });
    if ((order - ledger.customers.length) % GROUP_SLICE === 0)
      yield { done: order - ledger.customers.length, total };
  }
  // A ledger's invoice and event ids are unique (the file parser checks): no search on adding.
  const buckets = new LookupBuckets();
  return {
    count: ledger.customers.length,
    nextOrder: order,
    lookups: () => buckets.eachChangedRecord(),
    documentsAt(index) {
      const customer = ledger.customers[index]!;
      const log = byTime(events.get(customer.id) ?? []);
      // Built once: drop the grouped events so memory falls as the writer advances.
      events.delete(customer.id);
      let history = EMPTY_HISTORY;
      const threads = new Set<string>();
      for (const { event } of log) {
        history = foldContact(history, event, zone);
        if (event.id !== undefined) buckets.addNew('e', event.id, customer.id);
        if (event.threadId !== undefined && !threads.has(event.threadId)) {
          threads.add(event.threadId);
          buckets.addNew('t', event.threadId, customer.id);
        }
      }
      const chunks = chunksOf(customer.id, log);
      const last = log[log.length - 1];
      const slot = invoices.get(customer.id)!;
      for (const invoice of slot.list) buckets.addNew('i', invoice.id, customer.id);
      for (const reference of referenceKeysOf(slot.list))
        buckets.addNew('r', reference, customer.id);
      const record = customerRecordOf(
        {
          customer,
          order: index,
          invoices: slot.list,
          invoiceOrder: slot.order,
          history,
          lastChunk: chunks.length - 1,
          lastEventMs: last ? eventMs(last.event) : Number.NEGATIVE_INFINITY,
        },
        isFree,
      );
      return { record, chunks };
    },
  };
}

/**
 * Cuts a whole ledger into per-customer documents, event chunks and lookup buckets at once (see
 * {@link ledgerDocumentSource}). Throws when an invoice or event names an unknown customer.
 */
export function documentsOf(ledger: Ledger): LedgerDocuments {
  const source = ledgerDocumentSource(ledger);
  const customers: CustomerRecord[] = [];
  const chunks: EventChunk[] = [];
  for (let i = 0; i < source.count; i++) {
    const docs = source.documentsAt(i);
    customers.push(docs.record);
    chunks.push(...docs.chunks);
  }
  return { customers, chunks, lookups: [...source.lookups()], nextOrder: source.nextOrder };
}
