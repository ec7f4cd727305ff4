// A version-3 database with data, as the third release wrote it (raw IndexedDB): documents with
// indexed invoice and PO number arrays, unindexed event chunks, summaries, a position counter, a
// thread link, and lookup buckets of event, thread and invoice ids, 4,096 of each kind.
import type { CustomerId, Ledger } from '../../src/core/model';
import { documentsOf } from '../../src/store/ledgerDocuments';
import { bucketKey } from '../../src/store/lookupBuckets';
import { version3Record } from './v1Fixture';
import { version2Summary } from './v2Fixture';

/** Version 3's bucket of `value`: every kind had 4,096 buckets (the event-id count today). */
function version3Bucket(kind: 'e' | 't' | 'i', value: string): string {
  return `${kind}${bucketKey('e', value).slice(1)}`;
}

/** Creates `name` at version 3 holding `ledger` and a link of `linkedThread`; returns it open. */
export function openVersion3(
  factory: IDBFactory,
  name: string,
  ledger: Ledger,
  linkedThread: { threadId: string; customerId: string },
): Promise<IDBDatabase> {
  const docs = documentsOf(ledger);
  const buckets = new Map<string, [string, CustomerId][]>();
  const add = (kind: 'e' | 't' | 'i', value: string, customerId: CustomerId): void => {
    const key = version3Bucket(kind, value);
    const list = buckets.get(key) ?? [];
    if (!list.some(([v, c]) => v === value && c === customerId)) list.push([value, customerId]);
    buckets.set(key, list);
  };
  for (const i of ledger.invoices) add('i', i.id, i.customerId);
  for (const e of ledger.events) {
    if (e.id !== undefined) add('e', e.id, e.customerId);
    if (e.threadId !== undefined) add('t', e.threadId, e.customerId);
  }
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      const customers = db.createObjectStore('customers', { keyPath: 'id' });
      for (const [index, path] of [
        ['email', 'emails'],
        ['domain', 'domains'],
        ['number', 'numbers'],
        ['po', 'pos'],
      ] as const)
        customers.createIndex(index, path, { multiEntry: true });
      customers.createIndex('order', 'order');
      const events = db.createObjectStore('events', { keyPath: ['customerId', 'seq'] });
      db.createObjectStore('settings');
      const links = db.createObjectStore('threadLinks', { keyPath: 'threadId' });
      const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
      summaries.createIndex('silent', 'silentSince');
      const meta = db.createObjectStore('meta', { keyPath: 'key' });
      const lookups = db.createObjectStore('lookups', { keyPath: 'key' });
      for (const record of docs.customers) {
        customers.put(version3Record(record));
        const summary = version2Summary(record);
        if (summary) summaries.put(summary);
      }
      for (const chunk of docs.chunks) events.put(chunk);
      for (const [key, pairs] of buckets) lookups.put({ key, json: JSON.stringify(pairs) });
      request.transaction!.objectStore('settings').put(ledger.settings, 'settings');
      meta.put({ key: 'counter', next: docs.nextOrder });
      links.put(linkedThread);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
