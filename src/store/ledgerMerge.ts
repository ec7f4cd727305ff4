import {
  EMPTY_HISTORY,
  foldContact,
  invoiceNumberKey,
  type ContactHistory,
  type Customer,
  type CustomerId,
  type Invoice,
  type InvoiceId,
  type LedgerEvent,
} from '../core';
import { customerRecordOf, freeMailTest, referenceKeysOf } from './customerRecord';
import type { WriteOp } from './batchWriter';
import { byTime, chunksOf, eventMs, orderedEventsOf, type OrderedEvent } from './eventChunks';
import type { LookupBuckets } from './lookupBuckets';
import { sameData } from './sameData';
import type { CustomerRecord, EventChunk } from './schema';

type Draft = {
  customer: Customer;
  order: number;
  invoices: Invoice[];
  invoiceOrder: number[];
  history: ContactHistory;
  lastChunk: number;
  lastEventMs: number;
  /** Present once the customer's log was loaded to take new events. */
  log?: OrderedEvent[];
  oldChunkCount: number;
  /** The references (`r` pairs) the stored document has; empty for a new customer. */
  readonly oldReferences: ReadonlySet<string>;
};

const NO_REFERENCES: ReadonlySet<string> = new Set();

/**
 * Merges customers, invoices and events into the loaded customer documents, then yields the
 * writes. Pure bookkeeping: the caller loads documents (and the logs of customers gaining
 * events) in its transaction and writes the ops in the same transaction.
 */
export class LedgerMerge {
  private readonly drafts = new Map<CustomerId, Draft>();
  private readonly ownerOf = new Map<InvoiceId, CustomerId>();
  private readonly idByNumber = new Map<string, InvoiceId>();
  private readonly dirty = new Set<CustomerId>();
  customersCreated = 0;
  customersUpdated = 0;
  created = 0;
  updated = 0;
  eventsAdded = 0;

  constructor(
    existing: readonly CustomerRecord[],
    private next: number,
    private readonly lookups: LookupBuckets,
  ) {
    for (const r of existing) {
      this.drafts.set(r.id, {
        customer: r.customer,
        order: r.order,
        invoices: [...r.invoices],
        invoiceOrder: [...r.invoiceOrder],
        history: r.history,
        lastChunk: r.lastChunk,
        lastEventMs: r.lastEventMs,
        oldChunkCount: r.lastChunk + 1,
        oldReferences: referenceKeysOf(r.invoices),
      });
      for (const i of r.invoices) {
        this.ownerOf.set(i.id, r.id);
        this.idByNumber.set(invoiceNumberKey(i.number), i.id);
      }
    }
  }

  /** The next free ledger position after everything merged. */
  get nextOrder(): number {
    return this.next;
  }

  /** Every customer and invoice currently held, in ledger order (for the CSV importer). */
  snapshot(): { customers: Customer[]; invoices: Invoice[] } {
    const drafts = [...this.drafts.values()].sort((a, b) => a.order - b.order);
    const invoices = drafts
      .flatMap((d) => d.invoices.map((invoice, i) => ({ invoice, order: d.invoiceOrder[i]! })))
      .sort((a, b) => a.order - b.order)
      .map((x) => x.invoice);
    return { customers: drafts.map((d) => d.customer), invoices };
  }

  has(id: CustomerId): boolean {
    return this.drafts.has(id);
  }

  /** The id an invoice number already has in the ledger, if any. */
  idOfNumber(number: string): InvoiceId | undefined {
    return this.idByNumber.get(invoiceNumberKey(number));
  }

  upsertCustomer(customer: Customer): void {
    const draft = this.drafts.get(customer.id);
    if (draft) {
      this.customersUpdated++;
      // Unchanged data is not written again: a monthly re-sync changes few of 10k documents.
      if (sameData(draft.customer, customer)) return;
      draft.customer = customer;
    } else {
      this.drafts.set(customer.id, {
        customer,
        order: this.next++,
        invoices: [],
        invoiceOrder: [],
        history: EMPTY_HISTORY,
        lastChunk: -1,
        lastEventMs: Number.NEGATIVE_INFINITY,
        oldChunkCount: 0,
        oldReferences: NO_REFERENCES,
      });
      this.customersCreated++;
    }
    this.dirty.add(customer.id);
  }

  /** Adds or replaces an invoice by id, moving it when its customer changed. */
  upsertInvoice(invoice: Invoice): void {
    const target = this.drafts.get(invoice.customerId);
    if (!target)
      throw new Error(`invoice ${invoice.number} names unknown customer ${invoice.customerId}`);
    const ownerId = this.ownerOf.get(invoice.id);
    let order = this.next;
    if (ownerId !== undefined) {
      const owner = this.drafts.get(ownerId)!;
      const at = owner.invoices.findIndex((i) => i.id === invoice.id);
      if (ownerId === invoice.customerId && sameData(owner.invoices[at], invoice)) {
        this.updated++;
        return;
      }
      order = owner.invoiceOrder[at]!;
      this.idByNumber.delete(invoiceNumberKey(owner.invoices[at]!.number));
      if (ownerId === invoice.customerId) {
        owner.invoices[at] = invoice;
      } else {
        owner.invoices.splice(at, 1);
        owner.invoiceOrder.splice(at, 1);
        this.dirty.add(ownerId);
      }
      this.updated++;
    } else {
      this.next++;
      this.created++;
    }
    if (ownerId !== invoice.customerId) {
      target.invoices.push(invoice);
      target.invoiceOrder.push(order);
    }
    this.ownerOf.set(invoice.id, invoice.customerId);
    // A new id has no pair yet (the buckets hold exactly the loaded invoices): no search.
    if (ownerId === undefined) this.lookups.addNew('i', invoice.id, invoice.customerId);
    else if (ownerId !== invoice.customerId)
      this.lookups.setOwner('i', invoice.id, invoice.customerId);
    this.idByNumber.set(invoiceNumberKey(invoice.number), invoice.id);
    this.dirty.add(invoice.customerId);
  }

  /** Customers whose logs must be loaded before {@link addEvents}: those gaining events. */
  customersNeedingLogs(events: readonly LedgerEvent[]): CustomerId[] {
    const ids = new Set<CustomerId>();
    for (const e of events) {
      const draft = this.drafts.get(e.customerId);
      if (draft && draft.log === undefined && draft.oldChunkCount > 0) ids.add(e.customerId);
    }
    return [...ids];
  }

  /** Hands over a loaded log (all of the customer's chunks). */
  setLog(id: CustomerId, chunks: readonly EventChunk[]): void {
    const draft = this.drafts.get(id);
    if (draft) draft.log = chunks.flatMap(orderedEventsOf);
  }

  /** Appends events not already logged (by id, or message id and kind); refolds histories. */
  addEvents(events: readonly LedgerEvent[], sellerTimeZone: string): void {
    const touched = new Set<CustomerId>();
    for (const event of events) {
      const draft = this.drafts.get(event.customerId);
      if (!draft)
        throw new Error(`an event at ${event.at} names unknown customer ${event.customerId}`);
      draft.log ??= [];
      // Ids are unique ledger-wide (the buckets hold every logged id); message ids per customer.
      if (event.id !== undefined && this.lookups.has('e', event.id)) continue;
      const messages = this.messagesOf(event.customerId, draft.log);
      const message = messageKeyOf(event);
      if (message !== undefined && messages.has(message)) continue;
      if (message !== undefined) messages.add(message);
      if (event.id !== undefined) this.lookups.add('e', event.id, event.customerId);
      if (event.threadId !== undefined) this.lookups.add('t', event.threadId, event.customerId);
      draft.log.push({ event, order: this.next++ });
      touched.add(event.customerId);
      this.eventsAdded++;
    }
    for (const id of touched) {
      const draft = this.drafts.get(id)!;
      draft.log = byTime(draft.log!);
      let history = EMPTY_HISTORY;
      for (const { event } of draft.log) history = foldContact(history, event, sellerTimeZone);
      draft.history = history;
      const last = draft.log[draft.log.length - 1];
      draft.lastEventMs = last ? eventMs(last.event) : Number.NEGATIVE_INFINITY;
      this.dirty.add(id);
    }
  }

  private readonly messageKeys = new Map<CustomerId, Set<string>>();

  /** The message keys (message id and kind) of a customer's log, collected once. */
  private messagesOf(id: CustomerId, log: readonly OrderedEvent[]): Set<string> {
    let keys = this.messageKeys.get(id);
    if (!keys) {
      keys = new Set();
      for (const { event } of log) {
        const key = messageKeyOf(event);
        if (key !== undefined) keys.add(key);
      }
      this.messageKeys.set(id, keys);
    }
    return keys;
  }

  /**
   * The writes that store the merge: documents, rewritten logs, then the changed buckets. Built
   * lazily, one customer at a time, so a writer can build while the database writes.
   */
  *writes(freeMailDomains: readonly string[]): Generator<WriteOp, void> {
    const isFree = freeMailTest(freeMailDomains);
    for (const id of this.dirty) {
      const draft = this.drafts.get(id)!;
      let lastChunk = draft.lastChunk;
      if (draft.log !== undefined) {
        const chunks = chunksOf(id, draft.log);
        lastChunk = chunks.length - 1;
        for (let seq = chunks.length; seq < draft.oldChunkCount; seq++) {
          yield { store: 'events', remove: [id, seq] };
        }
        for (const chunk of chunks) yield { store: 'events', value: chunk, rows: chunk.count };
      }
      const record = customerRecordOf({ ...draft, lastChunk }, isFree);
      // A pair is stored exactly when the stored document has that reference.
      const references = referenceKeysOf(draft.invoices);
      for (const r of draft.oldReferences) if (!references.has(r)) this.lookups.remove('r', r, id);
      for (const r of references) if (!draft.oldReferences.has(r)) this.lookups.addNew('r', r, id);
      yield { store: 'customers', value: record, rows: 1 + record.invoices.length };
    }
    for (const record of this.lookups.changedRecords())
      yield { store: 'lookups', value: record, rows: 0 };
  }
}

/** The duplicate key of an event with a message id: the same message and kind (mergeEvents' rule). */
function messageKeyOf(event: LedgerEvent): string | undefined {
  return event.messageId === undefined ? undefined : `${event.messageId}\u0000${event.kind}`;
}
