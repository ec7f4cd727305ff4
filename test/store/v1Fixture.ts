// A version-1 database as the first release wrote it, opened with raw IndexedDB (no idb, no
// store code), so the upgrade test starts from bytes the current code did not write.
import type { Ledger } from '../../src/core/model';
import { documentsOf } from '../../src/store/ledgerDocuments';

/** Creates `name` at version 1 holding `ledger`, and returns the open connection. */
export function openVersion1(
  factory: IDBFactory,
  name: string,
  ledger: Ledger,
): Promise<IDBDatabase> {
  const docs = documentsOf(ledger);
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
      // Version 1 documents had no invoiceIds array; version 2 adds it.
      for (const record of docs.customers) {
        const v1: Record<string, unknown> = { ...record };
        delete v1.invoiceIds;
        customers.put(v1);
      }
      for (const chunk of docs.chunks) events.put(chunk);
      request.transaction!.objectStore('settings').put(ledger.settings, 'settings');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
