import type { LongWork, TextSource } from '../core';
import type { JobRunner } from './idbLedgerRepository';
import type { LedgerJob } from './ledgerJobs';
import { StoreError } from './storeError';
import type { FromWorker, ToWorker } from './workerProtocol';

/** The part of a Worker the runner uses. */
export type WorkerLike = {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
};

/** How often a cancel flag set by the caller is passed on to the worker. */
const CANCEL_POLL_MS = 50;

type Pending = {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  work?: LongWork;
};

/**
 * Runs long jobs in a dedicated worker (created on first use), so parsing, folding and the
 * structured clones of a 100,000-invoice import never block the pane's thread. Files go over as
 * Blobs (a handle, no copy); progress comes back at least once a second.
 */
export function workerJobRunner(createWorker: () => WorkerLike, partitionKey?: string): JobRunner {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const started = (): WorkerLike => {
    if (worker) return worker;
    const created = createWorker();
    created.addEventListener('message', ({ data }) => {
      const job = pending.get(data.id);
      if (!job) return;
      if (data.type === 'progress') job.work?.onProgress?.(data.progress);
      else {
        pending.delete(data.id);
        if (data.type === 'done') job.resolve(data.result);
        else {
          const error = new StoreError(data.code);
          error.message = data.message;
          job.reject(error);
        }
      }
    });
    created.addEventListener('error', (event) => {
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new StoreError('failed', `the import worker stopped: ${event.message ?? ''}`));
      }
      worker = undefined;
    });
    worker = created;
    return created;
  };

  const transferable = async (source: TextSource): Promise<TextSource> =>
    typeof source === 'string' || (typeof Blob === 'function' && source instanceof Blob)
      ? source
      : source.text();

  const runner = async (job: LedgerJob, work?: LongWork): Promise<unknown> => {
    const sendable: LedgerJob =
      'source' in job ? { ...job, source: await transferable(job.source) } : job;
    const id = nextId++;
    const target = started();
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => {
        if (work?.signal?.aborted) {
          target.postMessage({ type: 'cancel', id });
          clearInterval(poll);
        }
      }, CANCEL_POLL_MS);
      const stop = (): void => clearInterval(poll);
      pending.set(id, {
        resolve: (value) => {
          stop();
          resolve(value);
        },
        reject: (error) => {
          stop();
          reject(error);
        },
        work,
      });
      target.postMessage({ type: 'run', id, partitionKey, job: sendable });
    });
  };
  return runner as JobRunner;
}
