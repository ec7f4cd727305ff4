import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { summaryOf } from './customerRecord';
import type { CustomerRecord, LedgerDb } from './schema';

type UpgradeTransaction = IDBPTransaction<LedgerDb, StoreNames<LedgerDb>[], 'versionchange'>;

/**
 * Climbs the schema ladder from `oldVersion` to DB_VERSION inside the versionchange transaction.
 * Every step keeps every record: a step that changes a record's shape rewrites it in place.
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
    customers.createIndex('number', 'numbers', { multiEntry: true });
    customers.createIndex('po', 'pos', { multiEntry: true });
    const events = db.createObjectStore('events', { keyPath: ['customerId', 'seq'] });
    events.createIndex('thread', 'threadIds', { multiEntry: true });
    events.createIndex('eventId', 'eventIds', { multiEntry: true });
    db.createObjectStore('settings');
    db.createObjectStore('threadLinks', { keyPath: 'threadId' });
  }
  if (oldVersion < 2) {
    // Version 2: per-customer summaries for the lists, an invoice-id index for payments, and
    // a counter of ledger positions. Existing documents gain `invoiceIds` and a summary.
    const customers = tx.objectStore('customers');
    customers.createIndex('invoiceId', 'invoiceIds', { multiEntry: true });
    customers.createIndex('order', 'order');
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('silent', 'silentSince');
    db.createObjectStore('meta', { keyPath: 'key' });
    if (oldVersion >= 1) backfillVersion2(tx).catch(() => tx.abort());
    else void tx.objectStore('meta').put({ key: 'counter', next: 0 });
  }
}

async function backfillVersion2(tx: UpgradeTransaction): Promise<void> {
  let next = 0;
  let cursor = await tx.objectStore('customers').openCursor();
  while (cursor) {
    const old = cursor.value as CustomerRecord & { invoiceIds?: readonly string[] };
    const record: CustomerRecord = { ...old, invoiceIds: old.invoices.map((i) => i.id) };
    next = Math.max(next, record.order + 1, ...record.invoiceOrder.map((o) => o + 1));
    void cursor.update(record);
    const summary = summaryOf(record);
    if (summary) void tx.objectStore('summaries').put(summary);
    cursor = await cursor.continue();
  }
  let chunks = await tx.objectStore('events').openCursor();
  while (chunks) {
    for (const o of chunks.value.order) next = Math.max(next, o + 1);
    chunks = await chunks.continue();
  }
  await tx.objectStore('meta').put({ key: 'counter', next });
}
