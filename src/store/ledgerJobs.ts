import type { IDBPDatabase } from 'idb';
import {
  emptyLedger,
  importInvoicesCsvSteps,
  LedgerFileError,
  parseLedgerPiecesSteps,
  serializeLedger,
  type CsvImportOutcome,
  type CsvImportRequest,
  type Customer,
  type Invoice,
  type InvoiceId,
  type Ledger,
  type LedgerEvent,
  type LedgerImportOutcome,
  type LongWork,
  type Settings,
  type TextSource,
  type WorkStep,
} from '../core';
import { invoicesCsv } from './csvExport';
import { abortQuietly, checkCancel, ProgressTracker, SLICE_ROWS, writeSliced } from './batchWriter';
import { eventsOfChunk } from './eventChunks';
import { ledgerDocumentSteps, type LedgerDocumentSource } from './ledgerDocuments';
import { LedgerMerge } from './ledgerMerge';
import { LookupBuckets, type LookupKind } from './lookupBuckets';
import type { CustomerRecord, EventChunk, LedgerDb } from './schema';
import { StoreError, storeErrorOf } from './storeError';

/** Long work on the whole ledger, run where the repository decides (inline or in a worker). */
export type LedgerJob =
  | { readonly kind: 'replaceAll'; readonly ledger: Ledger }
  | { readonly kind: 'restore'; readonly source: TextSource; readonly fileName?: string }
  | { readonly kind: 'importLedger'; readonly source: TextSource; readonly fileName?: string }
  | { readonly kind: 'importCsv'; readonly source: TextSource; readonly options: CsvImportRequest }
  | { readonly kind: 'exportLedger' }
  | { readonly kind: 'exportBackup'; readonly at: string }
  | { readonly kind: 'exportInvoicesCsv' };

/** What each job kind resolves to; a worker hands file texts back as Blobs (no big copy). */
export type JobResult<J extends LedgerJob> = J extends { kind: 'replaceAll' }
  ? void
  : J extends { kind: 'restore' | 'importLedger' }
    ? LedgerImportOutcome
    : J extends { kind: 'importCsv' }
      ? CsvImportOutcome
      : J extends { kind: 'exportLedger' }
        ? Ledger
        : string | Blob;

/** Bytes decoded per step when reading a Blob: about a tenth of a second each. */
const READ_SLICE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a text source (a string, or a File or Blob) as consecutive pieces and reports the reading
 * phase. A large Blob is decoded slice by slice (UTF-8, BOM dropped as Blob.text does), reporting
 * bytes read after each slice: reading a 400 MB backup in one call left five seconds without
 * progress. The pieces are not joined: one 400 MB string took seconds to build and collect
 * without a report (bench/store.js, restore), so the ledger parser reads the pieces as they are.
 */
export async function readSourcePieces(source: TextSource, work?: LongWork): Promise<string[]> {
  if (typeof source === 'string') return [source];
  work?.onProgress?.({ done: 0, total: 0, phase: 'reading' });
  if (
    typeof Blob !== 'function' ||
    !(source instanceof Blob) ||
    source.size <= READ_SLICE_BYTES ||
    typeof TextDecoder !== 'function'
  )
    return [await source.text()];
  const decoder = new TextDecoder('utf-8');
  const pieces: string[] = [];
  for (let at = 0; at < source.size; at += READ_SLICE_BYTES) {
    checkCancel(work);
    const bytes = await source.slice(at, at + READ_SLICE_BYTES).arrayBuffer();
    pieces.push(decoder.decode(bytes, { stream: true }));
    const done = Math.min(source.size, at + READ_SLICE_BYTES);
    work?.onProgress?.({ done, total: source.size, phase: 'reading' });
  }
  pieces.push(decoder.decode());
  return pieces;
}

/** {@link readSourcePieces} joined into one string, for readers that need one (CSV). */
export async function readSource(source: TextSource, work?: LongWork): Promise<string> {
  return (await readSourcePieces(source, work)).join('');
}

type Db = IDBPDatabase<LedgerDb>;

const WRITE_STORES = ['customers', 'events', 'settings', 'meta', 'lookups'] as const;

/** Runs one job against an open database. CPU work happens on the calling thread. */
export async function runLedgerJob<J extends LedgerJob>(
  db: Db,
  job: J,
  work?: LongWork,
): Promise<JobResult<J>> {
  try {
    return (await dispatch(db, job, work)) as JobResult<J>;
  } catch (error) {
    throw storeErrorOf(error, job.kind);
  }
}

async function dispatch(db: Db, job: LedgerJob, work?: LongWork): Promise<unknown> {
  switch (job.kind) {
    case 'replaceAll':
      return replaceAll(db, job.ledger, work);
    case 'restore':
      return restore(db, await readSourcePieces(job.source, work), job.fileName, work);
    case 'importLedger':
      return importLedger(db, await readSourcePieces(job.source, work), job.fileName, work);
    case 'importCsv':
      return importCsv(db, await readSource(job.source, work), job.options, work);
    case 'exportInvoicesCsv': {
      const ledger = await exportLedger(db);
      return invoicesCsv(ledger.invoices, new Map(ledger.customers.map((c) => [c.id, c])));
    }
    case 'exportLedger':
      return exportLedger(db);
    case 'exportBackup': {
      const text = serializeLedger(await exportLedger(db));
      await db.put('meta', { key: 'backup', at: job.at });
      return text;
    }
  }
}

/** How often sliced CPU work reports progress and lets the thread take messages (a cancel). */
const STEP_REPORT_MS = 200;

/**
 * Runs sliced engine work (a parse, a CSV read) to its end, reporting `checking` progress every
 * STEP_REPORT_MS and yielding to the event loop then, so progress keeps coming during the long
 * CPU part of a job and a cancel is seen within a fraction of a second.
 */
export async function runSliced<T>(
  steps: Generator<WorkStep, T>,
  work?: LongWork,
  pause: () => Promise<unknown> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<T> {
  let last = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    const now = Date.now();
    if (now - last >= STEP_REPORT_MS) {
      last = now;
      work?.onProgress?.({ done: step.value.done, total: step.value.total, phase: 'checking' });
      await pause();
      checkCancel(work);
    }
  }
}

async function parseOrIssues(
  text: readonly string[],
  fileName: string | undefined,
  work: LongWork | undefined,
): Promise<Ledger | { ok: false; issues: LedgerFileError['issues'] }> {
  try {
    return await runSliced(parseLedgerPiecesSteps(text, fileName), work);
  } catch (error) {
    if (error instanceof LedgerFileError) return { ok: false, issues: error.issues };
    throw error;
  }
}

async function restore(
  db: Db,
  text: readonly string[],
  fileName: string | undefined,
  work?: LongWork,
): Promise<LedgerImportOutcome> {
  work?.onProgress?.({ done: 0, total: 0, phase: 'checking' });
  const ledger = await parseOrIssues(text, fileName, work);
  if ('ok' in ledger) return ledger;
  await replaceAll(db, ledger, work);
  return {
    ok: true,
    customersCreated: ledger.customers.length,
    customersUpdated: 0,
    created: ledger.invoices.length,
    updated: 0,
    eventsAdded: ledger.events.length,
  };
}

async function replaceAll(db: Db, ledger: Ledger, work?: LongWork): Promise<void> {
  checkCancel(work);
  const total = ledger.customers.length + ledger.invoices.length + ledger.events.length;
  const tracker = new ProgressTracker(total, work);
  tracker.phase('checking');
  const source = await runSliced(ledgerDocumentSteps(ledger), work);
  checkCancel(work);
  const tx = db.transaction([...WRITE_STORES], 'readwrite');
  tracker.phase('writing');
  await Promise.all([
    tx.objectStore('customers').clear(),
    tx.objectStore('events').clear(),
    tx.objectStore('lookups').clear(),
    tx.objectStore('settings').put(ledger.settings, 'settings'),
    tx.objectStore('meta').put({ key: 'counter', next: source.nextOrder }),
    ledger.extra
      ? tx.objectStore('meta').put({ key: 'ledgerExtra', extra: ledger.extra })
      : tx.objectStore('meta').delete('ledgerExtra'),
  ]);
  await writeDocuments(tx, source, tracker, work);
  await tracker.during(tx.done);
  tracker.finish();
}

/**
 * Builds and puts the documents slice by slice with one slice in flight: the next slice is folded
 * and cloned while the database writes the previous one, so folding costs no extra time.
 */
async function writeDocuments(
  tx: ReturnType<typeof writeTransaction>,
  source: LedgerDocumentSource,
  tracker: ProgressTracker,
  work: LongWork | undefined,
): Promise<void> {
  try {
    await writeDocumentSlices(tx, source, tracker, work);
  } catch (error) {
    // A throw mid-way must not let the transaction commit what was already put.
    abortQuietly(tx);
    throw error;
  }
}

async function writeDocumentSlices(
  tx: ReturnType<typeof writeTransaction>,
  source: LedgerDocumentSource,
  tracker: ProgressTracker,
  work: LongWork | undefined,
): Promise<void> {
  const customers = tx.objectStore('customers');
  const events = tx.objectStore('events');
  let i = 0;
  while (i < source.count) {
    checkCancel(work, tx);
    let rows = 0;
    let first: Promise<unknown> | undefined;
    while (i < source.count && rows < SLICE_ROWS) {
      const { record, chunks } = source.documentsAt(i++);
      const put = quiet(customers.put(record));
      first ??= put;
      rows += 1 + record.invoices.length;
      for (const chunk of chunks) {
        quiet(events.put(chunk));
        rows += chunk.count;
      }
    }
    tracker.add(rows);
    await first;
  }
  const lookups = tx.objectStore('lookups');
  let put = 0;
  let first: Promise<unknown> | undefined;
  for (const record of source.lookups()) {
    const request = quiet(lookups.put(record));
    first ??= request;
    if (++put % LOOKUP_SLICE === 0) {
      await first;
      first = undefined;
      tracker.add(0);
      checkCancel(work, tx);
    }
  }
  await first;
}

/** Lookup buckets put per slice (a few MB of JSON text), each slice written to JSON in turn. */
const LOOKUP_SLICE = 500;

/** Failures abort the transaction and surface through tx.done: the request itself is quiet. */
function quiet(request: Promise<unknown>): Promise<unknown> {
  request.catch(() => undefined);
  return request;
}

/** The lookup buckets of `kind` (keys `${kind}:0` … `${kind}:${BUCKETS - 1}`). */
function lookupRange(kind: LookupKind): IDBKeyRange {
  return IDBKeyRange.bound(`${kind}:`, `${kind}:\uffff`);
}

/**
 * Opens the merge's transaction and loads every customer document, the settings, the position
 * counter and the lookup buckets a merge changes: invoice ids and references always, event and
 * thread ids only when events arrive (a million events make those buckets the larger part).
 */
async function loadForMerge(
  db: Db,
  work: LongWork | undefined,
  withEvents: boolean,
): Promise<{
  tx: ReturnType<typeof writeTransaction>;
  records: CustomerRecord[];
  settings: Settings | undefined;
  next: number;
  lookups: LookupBuckets;
}> {
  const tx = writeTransaction(db);
  const lookupStore = tx.objectStore('lookups');
  const kinds: LookupKind[] = withEvents ? ['i', 'r', 'e', 't'] : ['i', 'r'];
  const [records, settings, counter, ...buckets] = await Promise.all([
    tx.objectStore('customers').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('meta').get('counter'),
    ...kinds.map((kind) => lookupStore.getAll(lookupRange(kind))),
  ]);
  checkCancel(work, tx);
  return {
    tx,
    records,
    settings,
    next: counter && counter.key === 'counter' ? counter.next : 0,
    lookups: new LookupBuckets(buckets.flat()),
  };
}

function writeTransaction(db: Db) {
  return db.transaction([...WRITE_STORES], 'readwrite');
}

async function finishMerge(
  merge: LedgerMerge,
  loaded: Awaited<ReturnType<typeof loadForMerge>>,
  settings: Settings,
  tracker: ProgressTracker,
  work: LongWork | undefined,
): Promise<void> {
  const { tx } = loaded;
  tracker.phase('writing');
  // The settings store is out-of-line: its one record is written with its key.
  if (!loaded.settings) quiet(tx.objectStore('settings').put(settings, 'settings'));
  quiet(tx.objectStore('meta').put({ key: 'counter', next: merge.nextOrder }));
  // The ops are built as they are written: each slice of documents is built while the database
  // writes the slice before (building them all first left the database idle for 0.3 s).
  await writeSliced(tx, merge.writes(settings.freeMailDomains), tracker, work);
  await tracker.during(tx.done);
  tracker.finish();
}

/** Rows merged between two looks at the clock in a synchronous merge loop. */
const HEARTBEAT_ROWS = 2000;

async function importLedger(
  db: Db,
  text: readonly string[],
  fileName: string | undefined,
  work?: LongWork,
): Promise<LedgerImportOutcome> {
  work?.onProgress?.({ done: 0, total: 0, phase: 'checking' });
  const file = await parseOrIssues(text, fileName, work);
  if ('ok' in file) return file;
  checkCancel(work);
  const tracker = new ProgressTracker(
    file.customers.length + file.invoices.length + file.events.length,
    work,
  );
  const loaded = await tracker.during(loadForMerge(db, work, file.events.length > 0), 'checking');
  const merge = new LedgerMerge(loaded.records, loaded.next, loaded.lookups);
  for (const c of file.customers) merge.upsertCustomer(c);
  // Invoices are matched by number: a re-imported number keeps the ledger's id.
  const renamed = new Map<InvoiceId, InvoiceId>();
  for (const [n, invoice] of file.invoices.entries()) {
    if (n % HEARTBEAT_ROWS === 0) tracker.heartbeat('checking');
    const known = merge.idOfNumber(invoice.number);
    if (known !== undefined && known !== invoice.id) renamed.set(invoice.id, known);
    merge.upsertInvoice(known === undefined ? invoice : { ...invoice, id: known });
  }
  const events: LedgerEvent[] =
    renamed.size === 0
      ? [...file.events]
      : file.events.map((e) => ({
          ...e,
          invoiceIds: e.invoiceIds.map((id) => renamed.get(id) ?? id),
        }));
  await loadLogs(loaded.tx, merge, events);
  const settings = loaded.settings ?? file.settings;
  merge.addEvents(events, settings.company.timeZone);
  await finishMerge(merge, loaded, settings, tracker, work);
  return {
    ok: true,
    customersCreated: merge.customersCreated,
    customersUpdated: merge.customersUpdated,
    created: merge.created,
    updated: merge.updated,
    eventsAdded: merge.eventsAdded,
  };
}

async function loadLogs(
  tx: ReturnType<typeof writeTransaction>,
  merge: LedgerMerge,
  events: readonly LedgerEvent[],
): Promise<void> {
  const ids = merge.customersNeedingLogs(events);
  const store = tx.objectStore('events');
  const logs: EventChunk[][] = await Promise.all(
    ids.map((id) => store.getAll(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]))),
  );
  ids.forEach((id, i) => merge.setLog(id, logs[i]!));
}

async function importCsv(
  db: Db,
  text: string,
  options: CsvImportRequest,
  work?: LongWork,
): Promise<CsvImportOutcome> {
  checkCancel(work);
  // Reading a full ledger back takes about a second: the bar keeps moving meanwhile.
  const loaded = await new ProgressTracker(0, work).during(
    loadForMerge(db, work, false),
    'checking',
  );
  const merge = new LedgerMerge(loaded.records, loaded.next, loaded.lookups);
  const settings =
    loaded.settings ??
    emptyLedger({ name: 'My company', timeZone: options.defaultTimeZone, signature: '' }).settings;
  work?.onProgress?.({ done: 0, total: 0, phase: 'checking' });
  const result = await runSliced(
    importInvoicesCsvSteps(text, {
      ...options,
      existing: merge.snapshot(),
      freeMailDomains: settings.freeMailDomains,
    }),
    work,
    // A timer would let the open transaction commit: a small read keeps it alive instead.
    () => loaded.tx.objectStore('meta').get('counter'),
  );
  if (!result.ok) {
    loaded.tx.abort();
    await loaded.tx.done.catch(() => undefined);
    return { ok: false, rejections: result.rejections };
  }
  checkCancel(work, loaded.tx);
  const tracker = new ProgressTracker(result.customers.length + result.invoices.length, work);
  upsertAll(merge, result.customers, result.invoices, tracker);
  await finishMerge(merge, loaded, settings, tracker, work);
  return {
    ok: true,
    created: result.created,
    updated: result.updated,
    customersCreated: result.customersCreated,
    customersUpdated: result.customersUpdated,
    warnings: result.warnings,
  };
}

function upsertAll(
  merge: LedgerMerge,
  customers: readonly Customer[],
  invoices: readonly Invoice[],
  tracker: ProgressTracker,
): void {
  for (const c of customers) merge.upsertCustomer(c);
  for (const [n, invoice] of invoices.entries()) {
    if (n % HEARTBEAT_ROWS === 0) tracker.heartbeat('checking');
    merge.upsertInvoice(invoice);
  }
}

/** Reads the whole ledger back in ledger order (positions recorded on write). */
export async function exportLedger(db: Db): Promise<Ledger> {
  const tx = db.transaction(['customers', 'events', 'settings', 'meta'], 'readonly');
  const [records, chunks, settings, extra] = await Promise.all([
    tx.objectStore('customers').index('order').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('settings').get('settings'),
    tx.objectStore('meta').get('ledgerExtra'),
  ]);
  await tx.done;
  if (!settings) throw new StoreError('not-found', 'the ledger has no settings yet');
  const invoices: { value: Invoice; order: number }[] = [];
  for (const r of records) {
    r.invoices.forEach((value, i) => invoices.push({ value, order: r.invoiceOrder[i]! }));
  }
  const events: { value: LedgerEvent; order: number }[] = [];
  for (const c of chunks)
    eventsOfChunk(c).forEach((value, i) => events.push({ value, order: c.order[i]! }));
  const byOrder = (a: { order: number }, b: { order: number }): number => a.order - b.order;
  return {
    settings,
    customers: records.map((r) => r.customer),
    invoices: invoices.sort(byOrder).map((x) => x.value),
    events: events.sort(byOrder).map((x) => x.value),
    ...(extra?.key === 'ledgerExtra' ? { extra: extra.extra } : {}),
  };
}
