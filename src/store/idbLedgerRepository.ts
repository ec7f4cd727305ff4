import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { customerMatchesQuery } from '../core/customerSearch';
import {
  addDays,
  agingBuckets,
  EMPTY_HISTORY,
  foldContact,
  isUnpaid,
  normalizeReference,
  policyFor,
  silentCustomers,
  type AgingRow,
  type CalendarDate,
  type ClueHits,
  type Clock,
  type ContactHistory,
  type CsvImportOutcome,
  type CsvImportRequest,
  type Customer,
  type CustomerFacts,
  type CustomerId,
  type FileOut,
  type Invoice,
  type InvoiceId,
  type Ledger,
  type LedgerEvent,
  type LedgerImportOutcome,
  type LedgerRepository,
  type LongWork,
  type Pause,
  type PaymentUpdate,
  type Rates,
  type Settings,
  type SilentCustomer,
  type StorageInfo,
  type TextSource,
} from '../core';
import {
  customerRecordOf,
  freeMailTest,
  referenceKeysOf,
  type CustomerParts,
} from './customerRecord';
import { silentCsv } from './csvExport';
import {
  byTime,
  chunkOf,
  chunksOf,
  eventMs,
  eventsOfChunk,
  isDuplicateEvent,
  orderedEventsOf,
} from './eventChunks';
import type { JobResult, LedgerJob } from './ledgerJobs';
import { bucketKey, LookupBuckets } from './lookupBuckets';
import { databaseNameFor, openLedgerDb, type OpenOptions } from './openLedgerDb';
import { CHUNK_SIZE, type CustomerRecord, type EventChunk, type LedgerDb } from './schema';
import { StoreError, storeErrorOf, withTimeout } from './storeError';

/** Runs long jobs somewhere (inline, or in a worker so the pane's thread stays free). */
export type JobRunner = <J extends LedgerJob>(job: J, work?: LongWork) => Promise<JobResult<J>>;

/** The part of the browser's StorageManager the repository uses (navigator.storage fits). */
export type StorageLike = {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
};

/** How to open the repository; the composition root passes the host's pieces. */
export type RepositoryOptions = OpenOptions & {
  /** The only clock the store reads (backup times). */
  readonly clock: Clock;
  /** Where long jobs run; inline on this thread when absent (tests, small ledgers). */
  readonly createRunner?: (databaseName: string, db: IDBPDatabase<LedgerDb>) => JobRunner;
  /** navigator.storage by default. */
  readonly storage?: StorageLike;
  /** Each small call rejects with `timeout` after this long (default 10 s). */
  readonly requestTimeoutMs?: number;
  /** A long job rejects with `timeout` after this long without progress (default 120 s). */
  readonly stallTimeoutMs?: number;
  /** Plain words on where this host keeps site data, for {@link StorageInfo.where}. */
  readonly whereHint?: string;
};

type Db = IDBPDatabase<LedgerDb>;
type WriteTx = IDBPTransaction<LedgerDb, StoreNames<LedgerDb>[], 'readwrite'>;

const RECORD_STORES = ['customers', 'events', 'settings', 'meta', 'lookups'] as const;
const WHOLE_LOG = (id: CustomerId): IDBKeyRange =>
  IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** Opens the ledger database and returns the repository over it. */
export async function openIdbLedgerRepository(
  options: RepositoryOptions,
): Promise<IdbLedgerRepository> {
  const db = await openLedgerDb(options);
  return new IdbLedgerRepository(db, options);
}

/**
 * The LedgerRepository over IndexedDB: one document per customer (invoices, folded history and
 * index arrays and list fields inside), events in per-customer chunks.
 */
export class IdbLedgerRepository implements LedgerRepository {
  readonly databaseName: string;
  private closed = false;
  private readonly runner: JobRunner;
  private readonly timeoutMs: number;

  constructor(
    private readonly db: Db,
    private readonly options: RepositoryOptions,
  ) {
    this.databaseName = databaseNameFor(options.partitionKey);
    this.timeoutMs = options.requestTimeoutMs ?? 10_000;
    this.runner = options.createRunner
      ? options.createRunner(this.databaseName, db)
      : // Loaded on first use: import, restore and export (papaparse, the ledger file parser) stay
        // out of the pane's start-up bundle.
        async (job, work) => (await import('./ledgerJobs')).runLedgerJob(db, job, work);
    db.addEventListener('close', () => (this.closed = true));
  }

  private call<T>(what: string, body: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('closed'));
    let run: Promise<T>;
    try {
      run = body();
    } catch (error) {
      return Promise.reject(storeErrorOf(error, what));
    }
    return withTimeout(run, this.timeoutMs, what);
  }

  private job<J extends LedgerJob>(job: J, work?: LongWork): Promise<JobResult<J>> {
    if (this.closed) return Promise.reject(new StoreError('closed'));
    const stallMs = this.options.stallTimeoutMs ?? 120_000;
    return new Promise((resolve, reject) => {
      let timer = setTimeout(stalled, stallMs);
      function stalled(): void {
        reject(new StoreError('timeout', `${job.kind} made no progress`));
      }
      const watched: LongWork = {
        signal: work?.signal,
        onProgress: (p) => {
          clearTimeout(timer);
          timer = setTimeout(stalled, stallMs);
          work?.onProgress?.(p);
        },
      };
      this.runner(job, watched).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(storeErrorOf(error, job.kind));
        },
      );
    });
  }

  private record(id: CustomerId): Promise<CustomerRecord | undefined> {
    return this.db.get('customers', id);
  }

  hitsFor(clues: Parameters<LedgerRepository['hitsFor']>[0]): Promise<ClueHits> {
    return this.call('finding the customer', async () => {
      const tx = this.db.transaction(['customers', 'lookups'], 'readonly');
      const store = tx.objectStore('customers');
      const lookups = (
        index: 'email' | 'domain',
        keys: readonly string[],
      ): Promise<[string, CustomerRecord[]][]> =>
        Promise.all(
          keys.map(
            async (key) =>
              [key, await store.index(index).getAll(key)] as [string, CustomerRecord[]],
          ),
        );
      const tokens = clues.tokens.map((t) => t.value);
      // Invoice and PO numbers (version 4): one `r` bucket read per token, beside the address
      // reads, then the documents of the customers the buckets name, each read once; the
      // invoices are then filtered by number and by PO exactly as the indexes' hits were.
      const bucketKeys = [...new Set(tokens.map((t) => bucketKey('r', t)))];
      const [byAddress, byDomain, buckets] = await Promise.all([
        lookups('email', clues.addresses),
        lookups('domain', clues.domains),
        Promise.all(bucketKeys.map((key) => tx.objectStore('lookups').get(key))),
      ]);
      const references = new LookupBuckets(buckets);
      const owners = tokens.map((t) => references.customersOf('r', t).sort(byKey));
      const records = new Map<CustomerId, Promise<CustomerRecord | undefined>>();
      for (const id of owners.flat()) if (!records.has(id)) records.set(id, store.get(id));
      const byReference: [string, CustomerRecord[]][] = await Promise.all(
        tokens.map(
          async (t, i) =>
            [
              t,
              (await Promise.all(owners[i]!.map((id) => records.get(id)!))).filter(
                (r): r is CustomerRecord => r !== undefined,
              ),
            ] as [string, CustomerRecord[]],
        ),
      );
      const customersById = new Map<CustomerId, Customer>();
      const invoicesWhere = (
        found: [string, CustomerRecord[]][],
        keyOf: (i: Invoice) => string | undefined,
      ): Map<string, Invoice[]> => {
        const map = new Map<string, Invoice[]>();
        for (const [token, records] of found) {
          const invoices: Invoice[] = [];
          for (const r of records) {
            for (const i of r.invoices) {
              const key = keyOf(i);
              if (key !== undefined && key === token) {
                invoices.push(i);
                customersById.set(r.id, r.customer);
              }
            }
          }
          if (invoices.length > 0) map.set(token, invoices);
        }
        return map;
      };
      const customersOf = (found: [string, CustomerRecord[]][]): Map<string, Customer[]> =>
        new Map(
          found
            .filter(([, records]) => records.length > 0)
            .map(([key, records]) => [key, records.map((r) => r.customer)]),
        );
      return {
        customersByAddress: customersOf(byAddress),
        customersByDomain: customersOf(byDomain),
        invoicesByNumber: invoicesWhere(byReference, (i) => normalizeReference(i.number)),
        invoicesByPo: invoicesWhere(byReference, (i) =>
          i.po !== undefined && i.po.trim() !== '' ? normalizeReference(i.po) : undefined,
        ),
        customersById,
      };
    });
  }

  customer(id: CustomerId): Promise<Customer | undefined> {
    return this.call('reading a customer', async () => (await this.record(id))?.customer);
  }

  findCustomers(query: string, limit: number): Promise<readonly Customer[]> {
    return this.call('searching customers', async () => {
      // A person's search box, not a thread lookup: a cursor in ledger order that stops early.
      const found: Customer[] = [];
      let cursor = await this.db.transaction('customers').store.index('order').openCursor();
      while (cursor && found.length < limit) {
        if (customerMatchesQuery(cursor.value.customer, query)) found.push(cursor.value.customer);
        cursor = await cursor.continue();
      }
      return found;
    });
  }

  invoicesOf(id: CustomerId): Promise<readonly Invoice[]> {
    return this.call('reading invoices', async () => (await this.record(id))?.invoices ?? []);
  }

  historyOf(id: CustomerId): Promise<ContactHistory> {
    return this.call(
      'reading the contact history',
      async () => (await this.record(id))?.history ?? EMPTY_HISTORY,
    );
  }

  recentEvents(id: CustomerId, limit: number): Promise<readonly LedgerEvent[]> {
    return this.call('reading events', async () => {
      const found: LedgerEvent[] = [];
      if (limit <= 0) return found;
      const tx = this.db.transaction('events', 'readonly');
      let cursor = await tx.store.openCursor(WHOLE_LOG(id), 'prev');
      while (cursor && found.length < limit) {
        const events = eventsOfChunk(cursor.value);
        for (let i = events.length - 1; i >= 0 && found.length < limit; i--) found.push(events[i]!);
        if (found.length < limit) cursor = await cursor.continue();
        else break;
      }
      return found.reverse();
    });
  }

  threadEvents(threadId: string): Promise<readonly LedgerEvent[]> {
    return this.call('reading a thread', async () => {
      // The thread's bucket names its customers; only their logs are read.
      const tx = this.db.transaction(['lookups', 'events'], 'readonly');
      const bucket = await tx.objectStore('lookups').get(bucketKey('t', threadId));
      const owners = new LookupBuckets([bucket]).customersOf('t', threadId);
      const logs = await Promise.all(
        owners.map((id) => tx.objectStore('events').getAll(WHOLE_LOG(id))),
      );
      const events = logs
        .flat()
        .flatMap(orderedEventsOf)
        .filter((e) => e.event.threadId === threadId);
      return byTime(events).map((e) => e.event);
    });
  }

  factsOf(id: CustomerId, messageId?: string): Promise<CustomerFacts | null> {
    return this.call('reading a customer', async () => {
      const tx = this.db.transaction(['customers', 'events', 'lookups'], 'readonly');
      // A message the pane logged has the id msg:<message id> (core's messageEvent).
      const messageEventId = messageId === undefined ? undefined : `msg:${messageId}`;
      const [record, bucket] = await Promise.all([
        tx.objectStore('customers').get(id),
        messageEventId === undefined
          ? undefined
          : tx.objectStore('lookups').get(bucketKey('e', messageEventId)),
      ]);
      if (!record) return null;
      let messageLogged = false;
      if (messageEventId !== undefined) {
        messageLogged =
          new LookupBuckets([bucket]).customersOf('e', messageEventId).includes(id) ||
          (record.lastChunk >= 0 &&
            eventsOfChunkOrNone(await tx.objectStore('events').get([id, record.lastChunk])).some(
              (e) => e.messageId === messageId,
            ));
      }
      return {
        customer: record.customer,
        invoices: record.invoices,
        history: record.history,
        messageLogged,
      };
    });
  }

  hasEvent(eventId: string): Promise<boolean> {
    return this.call('reading events', async () => {
      const bucket = await this.db.get('lookups', bucketKey('e', eventId));
      return new LookupBuckets([bucket]).has('e', eventId);
    });
  }

  logEvent(event: LedgerEvent): Promise<boolean> {
    return this.call('logging an event', async () => {
      const tx: WriteTx = this.db.transaction([...RECORD_STORES], 'readwrite');
      const lookupStore = tx.objectStore('lookups');
      const events = tx.objectStore('events');
      // Every read at once, the customer's last chunk too (a cursor from the end finds it
      // without the document's lastChunk): one round trip before the writes.
      const [record, settings, counter, idBucket, threadBucket, lastCursor] = await Promise.all([
        tx.objectStore('customers').get(event.customerId),
        tx.objectStore('settings').get('settings'),
        tx.objectStore('meta').get('counter'),
        event.id === undefined ? undefined : lookupStore.get(bucketKey('e', event.id)),
        event.threadId === undefined ? undefined : lookupStore.get(bucketKey('t', event.threadId)),
        events.openCursor(WHOLE_LOG(event.customerId), 'prev'),
      ]);
      if (!record) throw new StoreError('not-found', `customer ${event.customerId}`);
      const lookups = new LookupBuckets([idBucket, threadBucket]);
      if (event.id !== undefined && lookups.has('e', event.id)) {
        await tx.done;
        return false;
      }
      const zone = settings?.company.timeZone ?? 'UTC';
      const order = counter?.key === 'counter' ? counter.next : 0;
      const ms = eventMs(event);
      let history: ContactHistory;
      let lastChunk = record.lastChunk;
      if (ms >= record.lastEventMs && event.messageId === undefined) {
        // The common case: the newest event joins the last chunk; history folds one step.
        const last = lastCursor?.value;
        if (last && last.count < CHUNK_SIZE) {
          void events.put(
            chunkOf(record.id, last.seq, [...orderedEventsOf(last), { event, order }]),
          );
        } else {
          lastChunk += 1;
          void events.put(chunkOf(record.id, lastChunk, [{ event, order }]));
        }
        history = foldContact(record.history, event, zone);
      } else {
        // Out of order, or a message that may already be logged: rewrite the customer's log.
        const chunks = await events.getAll(WHOLE_LOG(record.id));
        const log = chunks.flatMap(orderedEventsOf);
        if (
          isDuplicateEvent(
            event,
            log.map((e) => e.event),
          )
        ) {
          await tx.done;
          return false;
        }
        const sorted = byTime([...log, { event, order }]);
        const rewritten = chunksOf(record.id, sorted);
        for (const chunk of rewritten) void events.put(chunk);
        lastChunk = rewritten.length - 1;
        history = EMPTY_HISTORY;
        for (const e of sorted) history = foldContact(history, e.event, zone);
      }
      if (event.id !== undefined) lookups.add('e', event.id, record.id);
      if (event.threadId !== undefined) lookups.add('t', event.threadId, record.id);
      for (const bucket of lookups.changedRecords()) void lookupStore.put(bucket);
      this.putRecord(
        tx,
        { ...record, history, lastChunk, lastEventMs: Math.max(ms, record.lastEventMs) },
        settings,
      );
      void tx.objectStore('meta').put({ key: 'counter', next: order + 1 });
      await tx.done;
      return true;
    });
  }

  /** Writes a document rebuilt from its parts (index arrays and list fields too) in `tx`. */
  private putRecord(tx: WriteTx, parts: CustomerParts, settings: Settings | undefined): void {
    const record = customerRecordOf(parts, freeMailTest(settings?.freeMailDomains ?? []));
    void tx.objectStore('customers').put(record);
  }

  settings(): Promise<Settings> {
    return this.call('reading settings', async () => {
      const settings = await this.db.get('settings', 'settings');
      if (!settings)
        throw new StoreError('not-found', 'no settings yet: import or restore a ledger');
      return settings;
    });
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.call('saving settings', async () => {
      const tx: WriteTx = this.db.transaction([...RECORD_STORES], 'readwrite');
      const old = await tx.objectStore('settings').get('settings');
      void tx.objectStore('settings').put(settings, 'settings');
      const freeMailChanged =
        old !== undefined && old.freeMailDomains.join('\n') !== settings.freeMailDomains.join('\n');
      if (freeMailChanged) {
        let cursor = await tx.objectStore('customers').openCursor();
        const isFree = freeMailTest(settings.freeMailDomains);
        while (cursor) {
          void cursor.update(customerRecordOf(cursor.value, isFree));
          cursor = await cursor.continue();
        }
      }
      await tx.done;
    });
  }

  saveCustomer(customer: Customer): Promise<void> {
    return this.call('saving a customer', async () => {
      const tx: WriteTx = this.db.transaction([...RECORD_STORES], 'readwrite');
      const [record, settings, counter] = await Promise.all([
        tx.objectStore('customers').get(customer.id),
        tx.objectStore('settings').get('settings'),
        tx.objectStore('meta').get('counter'),
      ]);
      if (record) this.putRecord(tx, { ...record, customer }, settings);
      else {
        const order = counter?.key === 'counter' ? counter.next : 0;
        this.putRecord(
          tx,
          {
            customer,
            order,
            invoices: [],
            invoiceOrder: [],
            history: EMPTY_HISTORY,
            lastChunk: -1,
            lastEventMs: Number.NEGATIVE_INFINITY,
          },
          settings,
        );
        void tx.objectStore('meta').put({ key: 'counter', next: order + 1 });
      }
      await tx.done;
    });
  }

  saveInvoice(invoice: Invoice): Promise<void> {
    return this.call('saving an invoice', async () => {
      // From the ledger file module, loaded here rather than at start-up (it is mostly the parser);
      // before the transaction opens, since an await on anything else would let it commit.
      const { invoiceNumberKey } = await import('../core/ledgerFile');
      const tx: WriteTx = this.db.transaction([...RECORD_STORES], 'readwrite');
      const customers = tx.objectStore('customers');
      const [target, [owner, lookups], sameNumber, settings, counter] = await Promise.all([
        customers.get(invoice.customerId),
        invoiceOwner(tx, invoice.id),
        recordsWithReference(tx, normalizeReference(invoice.number)),
        tx.objectStore('settings').get('settings'),
        tx.objectStore('meta').get('counter'),
      ]);
      if (!target) throw new StoreError('not-found', `customer ${invoice.customerId}`);
      const key = invoiceNumberKey(invoice.number);
      const clash = sameNumber
        .flatMap((r) => r.invoices)
        .find((i) => i.id !== invoice.id && invoiceNumberKey(i.number) === key);
      if (clash) throw new StoreError('failed', `invoice number ${invoice.number} is already used`);
      let order = counter?.key === 'counter' ? counter.next : 0;
      const changes: ReferenceChange[] = [];
      if (owner) {
        const at = owner.invoices.findIndex((i) => i.id === invoice.id);
        order = owner.invoiceOrder[at]!;
        if (owner.id !== target.id) {
          const invoices = owner.invoices.filter((_, i) => i !== at);
          changes.push({ id: owner.id, before: owner.invoices, after: invoices });
          this.putRecord(
            tx,
            { ...owner, invoices, invoiceOrder: owner.invoiceOrder.filter((_, i) => i !== at) },
            settings,
          );
        }
      } else void tx.objectStore('meta').put({ key: 'counter', next: order + 1 });
      const base = owner?.id === target.id ? owner : target;
      const at = base.invoices.findIndex((i) => i.id === invoice.id);
      const invoices = [...base.invoices];
      const invoiceOrder = [...base.invoiceOrder];
      if (at >= 0) invoices[at] = invoice;
      else {
        invoices.push(invoice);
        invoiceOrder.push(order);
      }
      this.putRecord(tx, { ...base, invoices, invoiceOrder }, settings);
      changes.push({ id: target.id, before: base.invoices, after: invoices });
      lookups.setOwner('i', invoice.id, target.id);
      for (const bucket of lookups.changedRecords()) void tx.objectStore('lookups').put(bucket);
      await updateReferences(tx, changes);
      await tx.done;
    });
  }

  private updateInvoices(
    what: string,
    find: (tx: WriteTx) => Promise<CustomerRecord | undefined>,
    change: (invoice: Invoice) => Invoice | undefined,
  ): Promise<Invoice[]> {
    return this.call(what, async () => {
      const tx: WriteTx = this.db.transaction([...RECORD_STORES], 'readwrite');
      const [record, settings] = await Promise.all([
        find(tx),
        tx.objectStore('settings').get('settings'),
      ]);
      if (!record) throw new StoreError('not-found', what);
      const changed: Invoice[] = [];
      const invoices = record.invoices.map((i) => {
        const next = change(i);
        if (next) changed.push(next);
        return next ?? i;
      });
      if (changed.length === 0) throw new StoreError('not-found', what);
      this.putRecord(tx, { ...record, invoices }, settings);
      await tx.done;
      return changed;
    });
  }

  async recordPayment(update: PaymentUpdate): Promise<Invoice> {
    const [changed] = await this.updateInvoices(
      `invoice ${update.invoiceId}`,
      async (tx) => (await invoiceOwner(tx, update.invoiceId))[0],
      (i) => {
        if (i.id !== update.invoiceId) return undefined;
        if (update.paid.currency !== i.amount.currency)
          throw new StoreError(
            'failed',
            `payment in ${update.paid.currency} on a ${i.amount.currency} invoice`,
          );
        const status: Invoice['status'] =
          update.paid.minor >= i.amount.minor
            ? 'paid'
            : i.status === 'disputed' || i.status === 'written-off'
              ? i.status
              : update.paid.minor > 0
                ? 'partly-paid'
                : 'open';
        return { ...i, paid: update.paid, status };
      },
    );
    return changed!;
  }

  async markDisputed(customerId: CustomerId, invoiceIds: readonly InvoiceId[]): Promise<void> {
    const wanted = new Set(invoiceIds);
    await this.updateInvoices(
      `invoices of ${customerId}`,
      (tx) => tx.objectStore('customers').get(customerId),
      (i) =>
        wanted.has(i.id) ? { ...i, status: 'disputed', pause: { reason: 'dispute' } } : undefined,
    );
  }

  async setPause(invoiceId: InvoiceId, pause: Pause | undefined): Promise<Invoice> {
    const [changed] = await this.updateInvoices(
      `invoice ${invoiceId}`,
      async (tx) => (await invoiceOwner(tx, invoiceId))[0],
      (i) => {
        if (i.id !== invoiceId) return undefined;
        return pause ? { ...i, pause } : withoutPause(i);
      },
    );
    return changed!;
  }

  silentList(today: CalendarDate, rates?: Rates): Promise<readonly SilentCustomer[]> {
    return this.call('listing silent customers', async () => {
      const tx = this.db.transaction(['customers', 'settings'], 'readonly');
      const settings = await tx.objectStore('settings').get('settings');
      if (!settings) return [];
      // Only reminders old enough to count as silence under the most eager policy are read.
      const days = Math.min(
        settings.policy.silenceDays,
        ...Object.values(settings.policies ?? {}).map((p) => p.silenceDays),
      );
      const records = await tx
        .objectStore('customers')
        .index('silent')
        .getAll(IDBKeyRange.upperBound(addDays(today, -days)));
      return silentCustomers(
        records.map((r) => ({
          customer: r.customer,
          invoices: r.invoices.filter(isUnpaid),
          history: r.history,
        })),
        today,
        (c) => policyFor(c, settings),
        rates ?? settings.rates,
      );
    });
  }

  aging(today: CalendarDate): Promise<readonly AgingRow[]> {
    return this.call('computing aging', async () => {
      // The sparse `unpaid` index names the customers with an unpaid invoice, in id order.
      const records = await this.db.getAllFromIndex('customers', 'unpaid');
      return agingBuckets(
        records.flatMap((r) => r.invoices.filter(isUnpaid)),
        today,
      );
    });
  }

  importInvoicesCsv(
    source: TextSource,
    options: CsvImportRequest,
    work?: LongWork,
  ): Promise<CsvImportOutcome> {
    return this.job({ kind: 'importCsv', source, options }, work);
  }

  importLedger(source: TextSource, work?: LongWork): Promise<LedgerImportOutcome> {
    return this.job({ kind: 'importLedger', source }, work);
  }

  restoreBackup(source: TextSource, work?: LongWork): Promise<LedgerImportOutcome> {
    return this.job({ kind: 'restore', source }, work);
  }

  replaceAll(ledger: Ledger, work?: LongWork): Promise<void> {
    return this.job({ kind: 'replaceAll', ledger }, work);
  }

  exportAll(): Promise<Ledger> {
    return this.job({ kind: 'exportLedger' });
  }

  async exportBackup(): Promise<FileOut> {
    const at = new Date(this.options.clock.now()).toISOString();
    const text = await this.job({ kind: 'exportBackup', at });
    return fileOut(`duly-backup-${at.slice(0, 10)}.json`, 'application/json', text);
  }

  async exportInvoicesCsv(): Promise<FileOut> {
    const text = await this.job({ kind: 'exportInvoicesCsv' });
    return fileOut('duly-invoices.csv', 'text/csv', text);
  }

  async exportSilentCsv(today: CalendarDate, rates?: Rates): Promise<FileOut> {
    return fileOut(
      `duly-silent-${today}.csv`,
      'text/csv',
      silentCsv(await this.silentList(today, rates)),
    );
  }

  threadLink(threadId: string): Promise<CustomerId | undefined> {
    return this.call(
      'reading a thread link',
      async () => (await this.db.get('threadLinks', threadId))?.customerId,
    );
  }

  linkThread(threadId: string, customerId: CustomerId): Promise<void> {
    return this.call('linking a thread', async () => {
      await this.db.put('threadLinks', { threadId, customerId });
    });
  }

  unlinkThread(threadId: string): Promise<void> {
    return this.call('unlinking a thread', () => this.db.delete('threadLinks', threadId));
  }

  private get storage(): StorageLike | undefined {
    return (
      this.options.storage ??
      (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage
    );
  }

  requestPersistence(): Promise<boolean> {
    return this.call(
      'asking for persistent storage',
      async () => (await this.storage?.persist?.()) ?? false,
    );
  }

  storageInfo(): Promise<StorageInfo> {
    return this.call('reading storage facts', async () => {
      const storage = this.storage;
      const [persisted, estimate, backup] = await Promise.all([
        storage?.persisted?.() ?? Promise.resolve(false),
        storage?.estimate?.() ?? Promise.resolve(undefined),
        this.db.get('meta', 'backup'),
      ]);
      const where =
        this.options.whereHint ??
        `in this browser's storage for this site (database "${this.databaseName}"). Clearing the browser's site data or Office's cache deletes it: keep a backup.`;
      return {
        persisted,
        ...(backup?.key === 'backup' ? { lastBackupAt: backup.at } : {}),
        databaseName: this.databaseName,
        where,
        ...(estimate?.usage !== undefined ? { usageBytes: estimate.usage } : {}),
        ...(estimate?.quota !== undefined ? { quotaBytes: estimate.quota } : {}),
      };
    });
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

function fileOut(fileName: string, mimeType: string, body: string | Blob): FileOut {
  const blob =
    typeof body !== 'string'
      ? body
      : typeof Blob === 'function'
        ? new Blob([body], { type: mimeType })
        : undefined;
  return {
    fileName,
    mimeType,
    text: () => (typeof body === 'string' ? Promise.resolve(body) : body.text()),
    handle: blob ?? body,
  };
}

function withoutPause(invoice: Invoice): Invoice {
  const copy: { -readonly [K in keyof Invoice]: Invoice[K] } = { ...invoice };
  delete copy.pause;
  return copy;
}

/** The document holding invoice `id` (through its lookup bucket), and the bucket as loaded. */
async function invoiceOwner(
  tx: WriteTx,
  id: InvoiceId,
): Promise<[CustomerRecord | undefined, LookupBuckets]> {
  const bucket = await tx.objectStore('lookups').get(bucketKey('i', id));
  const lookups = new LookupBuckets([bucket]);
  const [ownerId] = lookups.customersOf('i', id);
  const owner = ownerId === undefined ? undefined : await tx.objectStore('customers').get(ownerId);
  return [owner, lookups];
}

/** Customer ids in IndexedDB key order, as an index returns documents with equal keys. */
function byKey(a: CustomerId, b: CustomerId): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The documents with an invoice or PO number normalized to `reference` (its `r` bucket). */
async function recordsWithReference(tx: WriteTx, reference: string): Promise<CustomerRecord[]> {
  const bucket = await tx.objectStore('lookups').get(bucketKey('r', reference));
  const ids = new LookupBuckets([bucket]).customersOf('r', reference);
  const records = await Promise.all(ids.map((id) => tx.objectStore('customers').get(id)));
  return records.filter((r): r is CustomerRecord => r !== undefined);
}

/** A document's invoices before and after a write, for its `r` lookup pairs. */
type ReferenceChange = {
  readonly id: CustomerId;
  readonly before: readonly Invoice[];
  readonly after: readonly Invoice[];
};

/** Brings the `r` buckets in line with rewritten documents: reads the buckets touched, puts them. */
async function updateReferences(tx: WriteTx, changes: readonly ReferenceChange[]): Promise<void> {
  const diffs = changes.map((c) => {
    const before = referenceKeysOf(c.before);
    const after = referenceKeysOf(c.after);
    return {
      id: c.id,
      gone: [...before].filter((r) => !after.has(r)),
      added: [...after].filter((r) => !before.has(r)),
    };
  });
  const keys = new Set(diffs.flatMap((d) => [...d.gone, ...d.added].map((r) => bucketKey('r', r))));
  if (keys.size === 0) return;
  const store = tx.objectStore('lookups');
  const lookups = new LookupBuckets(await Promise.all([...keys].map((key) => store.get(key))));
  for (const d of diffs) {
    for (const r of d.gone) lookups.remove('r', r, d.id);
    for (const r of d.added) lookups.add('r', r, d.id);
  }
  for (const bucket of lookups.changedRecords()) void store.put(bucket);
}

function eventsOfChunkOrNone(chunk: EventChunk | undefined): LedgerEvent[] {
  return chunk ? eventsOfChunk(chunk) : [];
}
