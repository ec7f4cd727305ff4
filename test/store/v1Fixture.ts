// A version-1 database as the first release wrote it, opened with raw IndexedDB (no idb, no
// store code), so the upgrade test starts from bytes the current code did not write.
import type { Invoice, Ledger, LedgerEvent } from '../../src/core/model';
import { normalizeReference } from '../../src/core/matching';
import { documentsOf } from '../../src/store/ledgerDocuments';
import type { CustomerRecord } from '../../src/store/schema';

/**
 * A current document as versions 1 to 3 stored it: with the number arrays they indexed, without
 * the list fields version 4 added.
 */
export function version3Record(record: CustomerRecord): Record<string, unknown> {
  const old: Record<string, unknown> = { ...record, ...numberArraysOf(record.invoices) };
  delete old.unpaid;
  delete old.silentSince;
  return old;
}

/** The indexed number arrays documents had up to version 3 (normalized invoice and PO numbers). */
export function numberArraysOf(invoices: readonly Invoice[]): {
  numbers: string[];
  pos: string[];
} {
  const numbers = new Set<string>();
  const pos = new Set<string>();
  for (const invoice of invoices) {
    numbers.add(normalizeReference(invoice.number));
    if (invoice.po !== undefined && invoice.po.trim() !== '')
      pos.add(normalizeReference(invoice.po));
  }
  return { numbers: [...numbers], pos: [...pos] };
}

/**
 * The records of `ledger` in their version-1 shapes: documents carried their indexed number
 * arrays, chunks their indexed id arrays.
 */
export function version1Records(ledger: Ledger): {
  customers: Record<string, unknown>[];
  chunks: Record<string, unknown>[];
} {
  const docs = documentsOf(ledger);
  return {
    customers: docs.customers.map(version3Record),
    chunks: docs.chunks.map((chunk) => {
      const events = JSON.parse(chunk.json) as LedgerEvent[];
      const threads = new Set(events.flatMap((e) => (e.threadId ? [e.threadId] : [])));
      return {
        ...chunk,
        threadIds: [...threads],
        eventIds: events.flatMap((e) => (e.id ? [e.id] : [])),
      };
    }),
  };
}

/** Creates `name` at version 1 holding `ledger`, and returns the open connection. */
export function openVersion1(
  factory: IDBFactory,
  name: string,
  ledger: Ledger,
): Promise<IDBDatabase> {
  const records = version1Records(ledger);
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
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
      for (const record of records.customers) customers.put(record);
      for (const chunk of records.chunks) events.put(chunk);
      request.transaction!.objectStore('settings').put(ledger.settings, 'settings');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
