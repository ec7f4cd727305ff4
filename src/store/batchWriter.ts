import type { IDBPTransaction, StoreNames } from 'idb';
import type { LongWork, Progress } from '../core';
import type { LedgerDb } from './schema';
import { StoreError } from './storeError';

/** One write of a job: a put, or a delete of a key or key range. `rows` counts for progress. */
export type WriteOp =
  | { readonly store: StoreNames<LedgerDb>; readonly value: unknown; readonly rows: number }
  | { readonly store: StoreNames<LedgerDb>; readonly remove: IDBValidKey | IDBKeyRange };

type WriteTransaction = IDBPTransaction<LedgerDb, StoreNames<LedgerDb>[], 'readwrite'>;

/**
 * Rows (customers, invoices, events) cloned per slice. Each slice is one task on the thread that
 * writes; about 4,000 rows of structured clone stay far below the 50 ms a pane can spare.
 */
export const SLICE_ROWS = 4000;

/** Counts rows done and reports progress, at most every `everyMs` and always at the end. */
export class ProgressTracker {
  private done = 0;
  private lastReport = 0;

  constructor(
    private readonly total: number,
    private readonly work: LongWork | undefined,
    private readonly everyMs = 100,
  ) {}

  /** Reports a phase change at once. */
  phase(phase: Progress['phase']): void {
    this.lastReport = Date.now();
    this.work?.onProgress?.({ done: this.done, total: this.total, phase });
  }

  add(rows: number): void {
    this.done = Math.min(this.total, this.done + rows);
    const now = Date.now();
    if (now - this.lastReport >= this.everyMs) {
      this.lastReport = now;
      this.work?.onProgress?.({ done: this.done, total: this.total, phase: 'writing' });
    }
  }

  /**
   * Repeats the last report in `phase` when `everyMs` have passed since the last one: for long
   * synchronous loops (merging a re-import into a full ledger), which no timer can interrupt.
   */
  heartbeat(phase: Progress['phase']): void {
    if (Date.now() - this.lastReport >= this.everyMs) this.phase(phase);
  }

  /**
   * Awaits `work` (a transaction committing, a ledger being read), repeating the last report in
   * `phase` every `everyMs` × 5 so a progress bar keeps moving: committing a million-event
   * restore takes seconds.
   */
  async during<T>(work: Promise<T>, phase: Progress['phase'] = 'writing'): Promise<T> {
    const timer = setInterval(() => {
      this.work?.onProgress?.({ done: this.done, total: this.total, phase });
    }, this.everyMs * 5);
    try {
      return await work;
    } finally {
      clearInterval(timer);
    }
  }

  finish(): void {
    this.done = this.total;
    this.work?.onProgress?.({ done: this.total, total: this.total, phase: 'done' });
  }
}

/** Throws `cancelled` (after aborting `tx` when given) once the caller's flag is set. */
export function checkCancel(work: LongWork | undefined, tx?: WriteTransaction): void {
  if (!work?.signal?.aborted) return;
  if (tx) abortQuietly(tx);
  throw new StoreError('cancelled');
}

/** Aborts `tx` unless it already ended; its `done` rejection is expected and swallowed. */
export function abortQuietly(tx: WriteTransaction): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing more to undo.
  }
}

/**
 * Issues the writes in slices inside one transaction, one slice in flight: the next slice starts
 * from the success callback of the previous slice's first request, which keeps the transaction
 * alive, lets the thread breathe between slices, and clones a slice while the database writes
 * the one before. Failures abort the transaction and surface through `tx.done`.
 */
export async function writeSliced(
  tx: WriteTransaction,
  ops: Iterable<WriteOp>,
  tracker: ProgressTracker,
  work: LongWork | undefined,
): Promise<void> {
  try {
    await writeSlices(tx, ops, tracker, work);
  } catch (error) {
    // A throw mid-way (a value that cannot be cloned) must not let the rest commit.
    abortQuietly(tx);
    throw error;
  }
}

type AnyStore = {
  put(value: unknown): Promise<unknown>;
  delete(key: IDBValidKey | IDBKeyRange): Promise<unknown>;
};

async function writeSlices(
  tx: WriteTransaction,
  ops: Iterable<WriteOp>,
  tracker: ProgressTracker,
  work: LongWork | undefined,
): Promise<void> {
  const stores = new Map<string, AnyStore>();
  const iterator = ops[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    checkCancel(work, tx);
    let rows = 0;
    let first: Promise<unknown> | undefined;
    for (; !next.done && rows < SLICE_ROWS; next = iterator.next()) {
      const op = next.value;
      let store = stores.get(op.store);
      if (!store) {
        // The store name is data here; idb cannot narrow the value type from a union name.
        store = tx.objectStore(op.store) as unknown as AnyStore;
        stores.set(op.store, store);
      }
      let request: Promise<unknown>;
      if ('value' in op) {
        request = store.put(op.value);
        rows += Math.max(1, op.rows);
      } else {
        request = store.delete(op.remove);
        rows += 1;
      }
      request.catch(() => undefined);
      first ??= request;
    }
    await first;
    tracker.add(rows);
  }
}
