// In-page measurements for bench/store.js: each runs in Chromium and returns plain numbers.
import * as core from '../../../src/core';
import { openIdbLedgerRepository, workerJobRunner } from '../../../src/store';
import { documentsOf } from '../../../src/store/ledgerDocuments';
import type { CustomerRecord } from '../../../src/store/schema';

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
    // Imports say how many invoices they created and updated; a restore says neither.
    created: 'created' in outcome ? outcome.created : undefined,
    updated: 'updated' in outcome ? outcome.updated : undefined,
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

/** The aging report over all customers, `runs` times. */
async function aging(key: string, runs: number) {
  const repo = await openRepo(key, false);
  const times: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    rows = (await repo.aging('2026-07-01' as core.CalendarDate)).length;
    times.push(performance.now() - start);
  }
  repo.close();
  return { ...quantiles(times), rows };
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

/** The customer-document indexes of schema versions 2, 3 and of the current one (v4). */
const DOC_INDEXES = {
  v2: ['emails', 'domains', 'numbers', 'pos', 'invoiceIds'],
  v3: ['emails', 'domains', 'numbers', 'pos'],
  v4: ['emails', 'domains'],
} as const;

/** Store `docs-<version>` with that version's customer indexes (version 4: two sparse ones too). */
function createDocStore(db: IDBDatabase, version: keyof typeof DOC_INDEXES): void {
  const store = db.createObjectStore(`docs-${version}`, { keyPath: 'id' });
  for (const path of DOC_INDEXES[version]) store.createIndex(path, path, { multiEntry: true });
  store.createIndex('order', 'order');
  if (version === 'v4') {
    store.createIndex('unpaid', 'unpaid');
    store.createIndex('silent', 'silentSince');
  }
}

/** The summaries versions 2 and 3 wrote beside the documents: copies for the lists. */
function version3Summaries(docs: ReturnType<typeof documentsOf>) {
  return docs.customers.flatMap((c) => {
    const unpaid = c.invoices.filter(core.isUnpaid);
    return unpaid.length === 0
      ? []
      : [
          {
            id: c.id,
            customer: c.customer,
            unpaid,
            history: c.history,
            silentSince: c.silentSince,
          },
        ];
  });
}

/** A current document in its version-3 shape: with the indexed invoice and PO number arrays. */
function version3Shape(record: CustomerRecord) {
  const numbers = new Set<string>();
  const pos = new Set<string>();
  for (const invoice of record.invoices) {
    numbers.add(core.normalizeReference(invoice.number));
    if (invoice.po !== undefined && invoice.po.trim() !== '')
      pos.add(core.normalizeReference(invoice.po));
  }
  const old: Record<string, unknown> = { ...record, numbers: [...numbers], pos: [...pos] };
  delete old.unpaid;
  delete old.silentSince;
  return old as CustomerRecord & { numbers: string[]; pos: string[] };
}

/** Version-2 shapes of the current records: documents with invoiceIds, chunks with id arrays. */
function version2Shapes(docs: ReturnType<typeof documentsOf>) {
  return {
    customers: docs.customers.map((c) => ({
      ...version3Shape(c),
      invoiceIds: c.invoices.map((i) => i.id),
    })),
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
    db.createObjectStore('summaries', { keyPath: 'id' });
    // Each version's customer indexes: the floor of any import that writes documents.
    for (const version of Object.keys(DOC_INDEXES) as (keyof typeof DOC_INDEXES)[])
      createDocStore(db, version);
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
  const indexedDocs = await rawPutLoop(docsDb, 'docs-v4', docs.customers);
  const v3Docs = await rawPutLoop(docsDb, 'docs-v3', docs.customers.map(version3Shape));
  const v2Docs = await rawPutLoop(docsDb, 'docs-v2', v2.customers);
  const v2Chunks = await rawPutLoop(docsDb, 'events-v2', v2.chunks);
  const threadChunks = await rawPutLoop(docsDb, 'events-thread', v2.chunks);
  const chunkDocs = await rawPutLoop(docsDb, 'events', docs.chunks);
  const lookups = await rawPutLoop(docsDb, 'lookups', docs.lookups);
  const oldSummaries = version3Summaries(docs);
  await rawPutLoop(docsDb, 'summaries', oldSummaries);
  const startSummaries = performance.now();
  await rawRequest(docsDb.transaction('summaries').objectStore('summaries').getAll());
  const getAllSummaries = performance.now() - startSummaries;
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
  const summaries = docs.customers.filter((c) => c.silentSince !== undefined).length;
  await rawRequest(
    docsDb.transaction('customers').objectStore('customers').getAll(null, summaries),
  );
  const getAllSilentSized = performance.now() - startAll;
  docsDb.close();
  return {
    putInvoices: invoices,
    putCustomerDocs: customerDocs,
    putIndexedDocs: indexedDocs,
    putV3Docs: v3Docs,
    putV2Docs: v2Docs,
    putV2Chunks: v2Chunks,
    putThreadChunks: threadChunks,
    putEventChunks: chunkDocs,
    putLookups: lookups,
    lookupRecords: docs.lookups.length,
    indexGet: quantiles(gets),
    onePut: quantiles(puts),
    getAllSilentSized,
    getAllSummaries,
    summaryRecords: oldSummaries.length,
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
    created.createObjectStore('lookups', { keyPath: 'key' });
    created.createObjectStore('summaries', { keyPath: 'id' }).createIndex('silent', 'silentSince');
    created.createObjectStore('tiny', { keyPath: 'id' }).createIndex('silent', 'silentSince');
    for (const version of ['v3', 'v4'] as const) createDocStore(created, version);
  });
  const invoices = await rawPutLoop(db, 'invoices', ledger.invoices);
  const bare = await rawPutLoop(db, 'bare', docs.customers);
  const indexed = await rawPutLoop(db, 'docs-v4', docs.customers);
  const lookups = await rawPutLoop(db, 'lookups', docs.lookups);
  const v3 = await rawPutLoop(db, 'docs-v3', docs.customers.map(version3Shape));
  const oldSummaries = version3Summaries(docs);
  const summaries = await rawPutLoop(db, 'summaries', oldSummaries);
  const tiny = await rawPutLoop(
    db,
    'tiny',
    oldSummaries.map((x) => ({
      id: x.id,
      ...(x.silentSince ? { silentSince: x.silentSince } : {}),
    })),
  );
  const idBuckets = await rawPutLoop(
    db,
    'lookups',
    docs.lookups.filter((l) => l.key.startsWith('i:')),
  );
  db.close();
  return {
    putInvoices: invoices,
    putDocs: bare,
    putIndexedDocs: indexed,
    putLookups: lookups,
    lookupRecords: docs.lookups.length,
    putV3Docs: v3,
    putSummaries: summaries,
    putTinySummaries: tiny,
    summaryRecords: oldSummaries.length,
    putIdBuckets: idBuckets,
  };
}

/**
 * Document shapes measured side by side with bare put loops (each in its own fresh store): the
 * shape as objects or as JSON text (customer, invoices and history in one string), with or
 * without the invoice- and PO-number indexes of version 3, and the `r` buckets of version 4.
 */
async function shapeBaselines(url: string, runs: number, rotate = 0) {
  const ledger = core.parseLedgerText(await (await fetch(url)).text());
  const docs = documentsOf(ledger);
  const v3 = docs.customers.map(version3Shape);
  const text = v3.map((c) => ({
    id: c.id,
    order: c.order,
    json: JSON.stringify({ customer: c.customer, invoices: c.invoices, history: c.history }),
    invoiceOrder: c.invoiceOrder,
    lastChunk: c.lastChunk,
    lastEventMs: c.lastEventMs,
    emails: c.emails,
    domains: c.domains,
    numbers: c.numbers,
    pos: c.pos,
  }));
  const buckets = docs.lookups.filter((l) => l.key.startsWith('r:'));
  const out: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    const name = `raw-shapes-${r}`;
    const db = await rawOpen(name, (created) => {
      const make = (store: string, paths: readonly string[]) => {
        const os = created.createObjectStore(store, { keyPath: 'id' });
        for (const p of paths) os.createIndex(p, p, { multiEntry: true });
        os.createIndex('order', 'order');
      };
      make('obj-all', DOC_INDEXES.v3);
      make('obj-addr', ['emails', 'domains']);
      make('text-all', DOC_INDEXES.v3);
      make('text-addr', ['emails', 'domains']);
      make('text-bare', []);
      make('obj-bare', []);
      created.createObjectStore('refs', { keyPath: 'key' });
    });
    const plan: [string, string, readonly unknown[]][] = [
      ['objects, 4 indexes', 'obj-all', v3],
      ['objects, address indexes', 'obj-addr', docs.customers],
      ['text, 4 indexes', 'text-all', text],
      ['text, address indexes', 'text-addr', text],
      ['objects, bare', 'obj-bare', docs.customers],
      ['text, bare', 'text-bare', text],
      [`${buckets.length} reference buckets`, 'refs', buckets],
    ];
    // Rotated between runs: a store written later in a profile writes slower.
    const shift = (rotate + r) % plan.length;
    for (const [label, store, values] of [...plan.slice(shift), ...plan.slice(0, shift)])
      (out[label] ??= []).push((await rawPutLoop(db, store, values)).ms);
    db.close();
    await deleteDb(name);
  }
  return out;
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
  aging,
  baselines,
  importBaselines,
  shapeBaselines,
  storage,
  deleteDb,
};
