import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LedgerEvent } from '../core';
import { listFieldsOf, referenceKeysOf } from './customerRecord';
import { eventsOfChunk } from './eventChunks';
import { LookupBuckets } from './lookupBuckets';
import type { CustomerRecord, EventChunk, LedgerDb } from './schema';

type UpgradeTransaction = IDBPTransaction<LedgerDb, StoreNames<LedgerDb>[], 'versionchange'>;

/** A store as an older version had it: indexes the current schema type no longer names. */
type OldStore = {
  createIndex(name: string, keyPath: string, options?: IDBIndexParameters): unknown;
  deleteIndex(name: string): void;
};

/** The database as older versions had it: stores the current schema type no longer names. */
type OldDb = {
  createObjectStore(name: string, options?: IDBObjectStoreParameters): OldStore;
  deleteObjectStore(name: string): void;
};

/**
 * Climbs the schema ladder from `oldVersion` to DB_VERSION inside the versionchange transaction.
 * Every step keeps every record: a step that changes a record's shape rewrites it in place. The
 * stores and indexes change at once; the records are rewritten afterwards, one step after the
 * other, and any failure aborts the whole upgrade (the database stays at its old version).
 */
export function upgradeLedgerDb(
  db: IDBPDatabase<LedgerDb>,
  oldVersion: number,
  tx: UpgradeTransaction,
): void {
  if (oldVersion < 1) {
    const customers = db.createObjectStore('customers', { keyPath: 'id' });
    customers.createIndex('email', 'emails', { multiEntry: true });
    customers.createIndex('domain', 'domains', { multiEntry: true });
    (customers as unknown as OldStore).createIndex('number', 'numbers', { multiEntry: true });
    (customers as unknown as OldStore).createIndex('po', 'pos', { multiEntry: true });
    const events = db.createObjectStore('events', { keyPath: ['customerId', 'seq'] });
    (events as unknown as OldStore).createIndex('thread', 'threadIds', { multiEntry: true });
    (events as unknown as OldStore).createIndex('eventId', 'eventIds', { multiEntry: true });
    db.createObjectStore('settings');
    db.createObjectStore('threadLinks', { keyPath: 'threadId' });
  }
  if (oldVersion < 2) {
    // Version 2: per-customer summaries for the lists, an invoice-id index for payments, and
    // a counter of ledger positions. Existing documents gain `invoiceIds`; the summaries are
    // not filled, since version 4 drops them again.
    const customers = tx.objectStore('customers');
    (customers as unknown as OldStore).createIndex('invoiceId', 'invoiceIds', { multiEntry: true });
    customers.createIndex('order', 'order');
    const summaries = (db as unknown as OldDb).createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('silent', 'silentSince');
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 3) {
    // Version 3: event ids, thread ids and invoice ids move from multiEntry indexes (a million
    // entries on a restore) to hash buckets in `lookups`; documents and chunks drop the arrays.
    (tx.objectStore('events') as unknown as OldStore).deleteIndex('thread');
    (tx.objectStore('events') as unknown as OldStore).deleteIndex('eventId');
    (tx.objectStore('customers') as unknown as OldStore).deleteIndex('invoiceId');
    db.createObjectStore('lookups', { keyPath: 'key' });
  }
  if (oldVersion < 4) {
    // Version 4: invoice and PO numbers move from multiEntry indexes into `r` lookup buckets;
    // the invoice-id buckets are rebuilt with fewer, larger buckets.
    // The summaries go: documents carry their list fields under two sparse indexes instead.
    const customers = tx.objectStore('customers');
    (customers as unknown as OldStore).deleteIndex('number');
    (customers as unknown as OldStore).deleteIndex('po');
    customers.createIndex('unpaid', 'unpaid');
    customers.createIndex('silent', 'silentSince');
    (db as unknown as OldDb).deleteObjectStore('summaries');
  }
  rewriteRecords(tx, oldVersion).catch(() => {
    try {
      tx.abort();
    } catch {
      // Already finished: nothing more to undo.
    }
  });
}

async function rewriteRecords(tx: UpgradeTransaction, oldVersion: number): Promise<void> {
  if (oldVersion < 1) {
    await tx.objectStore('meta').put({ key: 'counter', next: 0 });
    return;
  }
  if (oldVersion < 2) await backfillVersion2(tx);
  if (oldVersion < 3) await backfillVersion3(tx);
  if (oldVersion < 4) await backfillVersion4(tx);
}

/** A document of versions 1 to 3: its number arrays fed the indexes version 4 dropped. */
type Version3Record = CustomerRecord & {
  readonly numbers?: readonly string[];
  readonly pos?: readonly string[];
};

async function backfillVersion2(tx: UpgradeTransaction): Promise<void> {
  let next = 0;
  let cursor = await tx.objectStore('customers').openCursor();
  while (cursor) {
    const record = cursor.value;
    next = Math.max(next, record.order + 1, ...record.invoiceOrder.map((o) => o + 1));
    void cursor.update({
      ...record,
      invoiceIds: record.invoices.map((i) => i.id),
    } as CustomerRecord);
    cursor = await cursor.continue();
  }
  let chunks = await tx.objectStore('events').openCursor();
  while (chunks) {
    for (const o of chunks.value.order) next = Math.max(next, o + 1);
    chunks = await chunks.continue();
  }
  await tx.objectStore('meta').put({ key: 'counter', next });
}

/** A version-2 chunk: its arrays fed the indexes version 3 dropped. */
type Version2Chunk = EventChunk & {
  readonly threadIds?: readonly string[];
  readonly eventIds?: readonly string[];
};

async function backfillVersion3(tx: UpgradeTransaction): Promise<void> {
  const lookups = new LookupBuckets();
  let cursor = await tx.objectStore('customers').openCursor();
  while (cursor) {
    const old = cursor.value as Version3Record;
    const record: Version3Record = {
      id: old.id,
      order: old.order,
      customer: old.customer,
      invoices: old.invoices,
      invoiceOrder: old.invoiceOrder,
      history: old.history,
      lastChunk: old.lastChunk,
      lastEventMs: old.lastEventMs,
      emails: old.emails,
      domains: old.domains,
      ...(old.numbers ? { numbers: old.numbers } : {}),
      ...(old.pos ? { pos: old.pos } : {}),
    };
    for (const invoice of old.invoices) lookups.add('i', invoice.id, old.id);
    void cursor.update(record);
    cursor = await cursor.continue();
  }
  let chunks = await tx.objectStore('events').openCursor();
  while (chunks) {
    const old = chunks.value as Version2Chunk;
    let events: LedgerEvent[] | undefined;
    const all = (): LedgerEvent[] => (events ??= eventsOfChunk(old));
    const ids = old.eventIds ?? all().flatMap((e) => (e.id === undefined ? [] : [e.id]));
    const threads =
      old.threadIds ?? all().flatMap((e) => (e.threadId === undefined ? [] : [e.threadId]));
    for (const id of ids) lookups.add('e', id, old.customerId);
    for (const thread of threads) lookups.add('t', thread, old.customerId);
    const chunk: EventChunk = {
      customerId: old.customerId,
      seq: old.seq,
      json: old.json,
      count: old.count,
      order: old.order,
    };
    void chunks.update(chunk);
    chunks = await chunks.continue();
  }
  const store = tx.objectStore('lookups');
  for (const record of lookups.changedRecords()) void store.put(record);
}

async function backfillVersion4(tx: UpgradeTransaction): Promise<void> {
  // Invoice-id buckets are rebuilt too: version 4 has fewer of them (INVOICE_BUCKETS).
  void tx.objectStore('lookups').delete(IDBKeyRange.bound('i:', 'i:\uffff'));
  const lookups = new LookupBuckets();
  let cursor = await tx.objectStore('customers').openCursor();
  while (cursor) {
    const old = cursor.value as Version3Record;
    const record: CustomerRecord = {
      id: old.id,
      order: old.order,
      customer: old.customer,
      invoices: old.invoices,
      invoiceOrder: old.invoiceOrder,
      history: old.history,
      lastChunk: old.lastChunk,
      lastEventMs: old.lastEventMs,
      emails: old.emails,
      domains: old.domains,
      ...listFieldsOf(old.invoices, old.history),
    };
    for (const invoice of old.invoices) lookups.addNew('i', invoice.id, old.id);
    for (const reference of referenceKeysOf(old.invoices)) lookups.addNew('r', reference, old.id);
    void cursor.update(record);
    cursor = await cursor.continue();
  }
  const store = tx.objectStore('lookups');
  for (const record of lookups.changedRecords()) void store.put(record);
}
