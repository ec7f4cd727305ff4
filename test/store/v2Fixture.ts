// A version-2 database with data, as the second release wrote it (raw IndexedDB, no store code):
// documents with an indexed invoiceIds array, chunks indexed by event and thread ids, summaries,
// a position counter and a thread link.
import { isUnpaid } from '../../src/core/invoiceState';
import type { Ledger } from '../../src/core/model';
import type { CustomerRecord } from '../../src/store/schema';
import { version1Records } from './v1Fixture';

/** The summary versions 2 and 3 kept of a document with unpaid invoices (store `summaries`). */
export function version2Summary(record: CustomerRecord): Record<string, unknown> | undefined {
  const unpaid = record.invoices.filter(isUnpaid);
  if (unpaid.length === 0) return undefined;
  const { history } = record;
  const waiting = history.lastReminder !== undefined && history.remindersSinceReply > 0;
  return {
    id: record.id,
    customer: record.customer,
    unpaid,
    history,
    ...(waiting ? { silentSince: history.lastReminder!.on } : {}),
  };
}

/** Creates `name` at version 2 holding `ledger` and a link of `linkedThread`; returns it open. */
export function openVersion2(
  factory: IDBFactory,
  name: string,
  ledger: Ledger,
  linkedThread: { threadId: string; customerId: string },
): Promise<IDBDatabase> {
  const records = version1Records(ledger);
  let next = 0;
  for (const r of records.customers) {
    const record = r as CustomerRecord;
    next = Math.max(next, record.order + 1, ...record.invoiceOrder.map((o) => o + 1));
  }
  for (const c of records.chunks) for (const o of c.order as number[]) next = Math.max(next, o + 1);
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      const customers = db.createObjectStore('customers', { keyPath: 'id' });
      for (const [index, path] of [
        ['email', 'emails'],
        ['domain', 'domains'],
        ['number', 'numbers'],
        ['po', 'pos'],
        ['invoiceId', 'invoiceIds'],
      ] as const)
        customers.createIndex(index, path, { multiEntry: true });
      customers.createIndex('order', 'order');
      const events = db.createObjectStore('events', { keyPath: ['customerId', 'seq'] });
      events.createIndex('thread', 'threadIds', { multiEntry: true });
      events.createIndex('eventId', 'eventIds', { multiEntry: true });
      db.createObjectStore('settings');
      const links = db.createObjectStore('threadLinks', { keyPath: 'threadId' });
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('silent', 'silentSince');
      const meta = db.createObjectStore('meta', { keyPath: 'key' });
      for (const r of records.customers) {
        const record = r as CustomerRecord;
        customers.put({ ...record, invoiceIds: record.invoices.map((i) => i.id) });
        const summary = version2Summary(record);
        if (summary) summaries.put(summary);
      }
      for (const chunk of records.chunks) events.put(chunk);
      request.transaction!.objectStore('settings').put(ledger.settings, 'settings');
      meta.put({ key: 'counter', next });
      links.put(linkedThread);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
