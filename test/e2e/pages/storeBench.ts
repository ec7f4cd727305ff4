// In-page measurements for bench/store.js: each runs in Chromium and returns plain numbers.
import * as core from '../../../src/core';
import { openIdbLedgerRepository, workerJobRunner } from '../../../src/store';
import { documentsOf } from '../../../src/store/ledgerDocuments';

const clock: core.Clock = { now: () => Date.now(), today: () => '2026-07-01' as core.CalendarDate };

function openRepo(key: string, worker: boolean) {
  return openIdbLedgerRepository({
    clock,
    partitionKey: key,
    stallTimeoutMs: 600_000,
    requestTimeoutMs: 120_000,
    ...(worker
      ? { createRunner: () => workerJobRunner(() => new Worker('store-worker.js'), key) }
      : {}),
  });
}

function watchLongTasks() {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const e of observer.takeRecords()) seen.push(e.duration);
    observer.disconnect();
    return { longest: Math.max(0, ...seen), count: seen.length };
  };
}

function quantiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), n: s.length };
}

async function blobOf(url: string): Promise<Blob> {
  return (await fetch(url)).blob();
}

/** Times one long job (restore, JSON import, CSV import) through the worker, end to end. */
async function longJob(key: string, url: string, kind: 'restore' | 'json' | 'csv') {
  const blob = await blobOf(url);
  const repo = await openRepo(key, true);
  const stamps: number[] = [];
  const labels: string[] = [];
  const phases: Record<string, number> = {};
  let phase = 'start';
  const stop = watchLongTasks();
  const start = performance.now();
  let phaseStart = start;
  const work = {
    onProgress: (progress: core.Progress) => {
      const now = performance.now();
      stamps.push(now);
      labels.push(`${progress.phase ?? ''} ${progress.done}/${progress.total}`);
      const next = progress.phase ?? phase;
      if (next !== phase) {
        phases[phase] = (phases[phase] ?? 0) + now - phaseStart;
        phase = next;
        phaseStart = now;
      }
    },
  };
  const outcome =
    kind === 'restore'
      ? await repo.restoreBackup(blob, work)
      : kind === 'json'
        ? await repo.importLedger(blob, work)
        : await repo.importInvoicesCsv(blob, { defaultTimeZone: 'Europe/Berlin' }, work);
  const ms = performance.now() - start;
  phases[phase] = (phases[phase] ?? 0) + performance.now() - phaseStart;
  const tasks = stop();
  let gap = 0;
  let gapBefore = '';
  const ends = [...stamps, performance.now()];
  [start, ...stamps].forEach((t, i) => {
    if (ends[i]! - t > gap) {
      gap = ends[i]! - t;
      gapBefore = labels[i] ?? 'the end';
    }
  });
  repo.close();
  return {
    ms,
    ok: outcome.ok,
    longestTask: tasks.longest,
    longTasks: tasks.count,
    maxProgressGap: gap,
    gapBefore,
    reports: stamps.length,
    bytes: blob.size,
    phases,
  };
}

type Thread = { from: string; subject: string };

/** Open-thread lookups: clues → hits → match → facts and the last 50 events, per thread. */
async function lookups(key: string, threads: Thread[], freeMail: string[]) {
  const repo = await openRepo(key, false);
  const times: number[] = [];
  for (const t of threads) {
    const start = performance.now();
    const clues = core.threadClues(
      { direction: 'inbound', from: t.from, to: [], cc: [], subject: t.subject, body: '' },
      { freeMailDomains: freeMail },
    );
    const match = core.matchThread(clues, await repo.hitsFor(clues));
    if (match.best) {
      const id = match.best.customer.id;
      await Promise.all([repo.factsOf(id), repo.recentEvents(id, 50)]);
    }
    times.push(performance.now() - start);
  }
  repo.close();
  return quantiles(times);
}

async function logEvents(key: string, customerIds: string[]) {
  const repo = await openRepo(key, false);
  const times: number[] = [];
  let i = 0;
  for (const customerId of customerIds) {
    const start = performance.now();
    await repo.logEvent({
      id: `bench-${i}`,
      customerId: customerId as core.CustomerId,
      at: new Date(Date.UTC(2026, 6, 1, 8, 0, i++)).toISOString(),
      direction: 'outbound',
      channel: 'email',
      kind: 'reminder',
      threadId: `bench-thread-${i}`,
      invoiceIds: [],
    });
    times.push(performance.now() - start);
  }
  repo.close();
  return quantiles(times);
}

async function silent(key: string, runs: number) {
  const repo = await openRepo(key, false);
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    count = (await repo.silentList('2026-07-01' as core.CalendarDate)).length;
    times.push(performance.now() - start);
  }
  repo.close();
  return { ...quantiles(times), count };
}

function rawOpen(name: string, create: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => create(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPutLoop(db: IDBDatabase, store: string, values: readonly unknown[]) {
  const stop = watchLongTasks();
  const start = performance.now();
  return new Promise<{ ms: number; longestTask: number }>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const v of values) os.put(v);
    tx.oncomplete = () => resolve({ ms: performance.now() - start, longestTask: stop().longest });
    tx.onerror = () => reject(tx.error);
  });
}

function rawRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The customer-document indexes of schema version 2 (v2) and of the current one (v3). */
const DOC_INDEXES = {
  v2: ['emails', 'domains', 'numbers', 'pos', 'invoiceIds'],
  v3: ['emails', 'domains', 'numbers', 'pos'],
} as const;

/** Version-2 shapes of the current records: documents with invoiceIds, chunks with id arrays. */
function version2Shapes(docs: ReturnType<typeof documentsOf>) {
  return {
    customers: docs.customers.map((c) => ({ ...c, invoiceIds: c.invoices.map((i) => i.id) })),
    chunks: docs.chunks.map((chunk) => {
      const events = JSON.parse(chunk.json) as core.LedgerEvent[];
      return {
        ...chunk,
        threadIds: [...new Set(events.flatMap((e) => (e.threadId ? [e.threadId] : [])))],
        eventIds: events.flatMap((e) => (e.id ? [e.id] : [])),
      };
    }),
  };
}

/**
 * Raw IndexedDB baselines over the same data: a bare put loop in one transaction (100k invoices
 * one record each; the ledger's own documents and chunks, bare and with each version's indexes),
 * a bare index getAll, a bare one-record put.
 */
async function baselines(url: string, emails: string[]) {
  const ledger = core.parseLedgerText(await (await fetch(url)).text());
  const docs = documentsOf(ledger);
  const v2 = version2Shapes(docs);
  const invoicesDb = await rawOpen('raw-invoices', (db) =>
    db.createObjectStore('invoices', { keyPath: 'id' }),
  );
  const invoices = await rawPutLoop(invoicesDb, 'invoices', ledger.invoices);
  invoicesDb.close();
  const docsDb = await rawOpen('raw-docs', (db) => {
    db.createObjectStore('customers', { keyPath: 'id' }).createIndex('email', 'emails', {
      multiEntry: true,
    });
    db.createObjectStore('events', { keyPath: ['customerId', 'seq'] });
    db.createObjectStore('one', { keyPath: 'id' });
    db.createObjectStore('lookups', { keyPath: 'key' });
    // Each version's customer indexes: the floor of any import that writes documents.
    for (const [version, paths] of Object.entries(DOC_INDEXES)) {
      const store = db.createObjectStore(`docs-${version}`, { keyPath: 'id' });
      for (const path of paths) store.createIndex(path, path, { multiEntry: true });
      store.createIndex('order', 'order');
    }
    const v2Events = db.createObjectStore('events-v2', { keyPath: ['customerId', 'seq'] });
    v2Events.createIndex('thread', 'threadIds', { multiEntry: true });
    v2Events.createIndex('eventId', 'eventIds', { multiEntry: true });
    db.createObjectStore('events-thread', { keyPath: ['customerId', 'seq'] }).createIndex(
      'thread',
      'threadIds',
      { multiEntry: true },
    );
  });
  const customerDocs = await rawPutLoop(docsDb, 'customers', docs.customers);
  const indexedDocs = await rawPutLoop(docsDb, 'docs-v3', docs.customers);
  const v2Docs = await rawPutLoop(docsDb, 'docs-v2', v2.customers);
  const v2Chunks = await rawPutLoop(docsDb, 'events-v2', v2.chunks);
  const threadChunks = await rawPutLoop(docsDb, 'events-thread', v2.chunks);
  const chunkDocs = await rawPutLoop(docsDb, 'events', docs.chunks);
  const lookups = await rawPutLoop(docsDb, 'lookups', docs.lookups);
  const gets: number[] = [];
  for (const email of emails) {
    const start = performance.now();
    await rawRequest(
      docsDb.transaction('customers').objectStore('customers').index('email').getAll(email),
    );
    gets.push(performance.now() - start);
  }
  const puts: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = docsDb.transaction('one', 'readwrite');
      tx.objectStore('one').put({ id: i, at: new Date().toISOString(), kind: 'reminder' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    puts.push(performance.now() - start);
  }
  const startAll = performance.now();
  const summaries = docs.summaries.filter((s) => s.silentSince !== undefined).length;
  await rawRequest(
    docsDb.transaction('customers').objectStore('customers').getAll(null, summaries),
  );
  const getAllSilentSized = performance.now() - startAll;
  docsDb.close();
  return {
    putInvoices: invoices,
    putCustomerDocs: customerDocs,
    putIndexedDocs: indexedDocs,
    putV2Docs: v2Docs,
    putV2Chunks: v2Chunks,
    putThreadChunks: threadChunks,
    putEventChunks: chunkDocs,
    putLookups: lookups,
    lookupRecords: docs.lookups.length,
    indexGet: quantiles(gets),
    onePut: quantiles(puts),
    getAllSilentSized,
    silentCandidates: summaries,
  };
}

/**
 * The raw baselines of an import, measured right after it in the same fresh profile: 100k
 * invoices put one record each, and the same invoices as 10k documents with the ledger's indexes.
 */
async function importBaselines(url: string) {
  const ledger = core.parseLedgerText(await (await fetch(url)).text());
  const docs = documentsOf(ledger);
  const db = await rawOpen('raw-import', (created) => {
    created.createObjectStore('invoices', { keyPath: 'id' });
    created.createObjectStore('bare', { keyPath: 'id' });
    const store = created.createObjectStore('docs', { keyPath: 'id' });
    for (const path of DOC_INDEXES.v3) store.createIndex(path, path, { multiEntry: true });
    store.createIndex('order', 'order');
  });
  const invoices = await rawPutLoop(db, 'invoices', ledger.invoices);
  const bare = await rawPutLoop(db, 'bare', docs.customers);
  const indexed = await rawPutLoop(db, 'docs', docs.customers);
  db.close();
  return { putInvoices: invoices, putDocs: bare, putIndexedDocs: indexed };
}

async function storage() {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number };
  };
  return { usage: estimate.usage ?? 0, indexedDB: estimate.usageDetails?.indexedDB };
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** The bench's entry points, exposed as window.DulyE2E.bench. */
export const storeBench = {
  longJob,
  lookups,
  logEvents,
  silent,
  baselines,
  importBaselines,
  storage,
  deleteDb,
};
