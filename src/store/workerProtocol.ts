import type { LedgerStoreErrorCode, Progress } from '../core';
import type { LedgerJob } from './ledgerJobs';

/** Pane → worker: run a job on the database of `partitionKey`, or cancel job `id`. */
export type ToWorker =
  | {
      readonly type: 'run';
      readonly id: number;
      readonly partitionKey?: string;
      readonly job: LedgerJob;
    }
  | { readonly type: 'cancel'; readonly id: number };

/** Worker → pane: progress, the result, or a failure in plain words. */
export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly progress: Progress }
  | { readonly type: 'done'; readonly id: number; readonly result: unknown }
  | {
      readonly type: 'error';
      readonly id: number;
      readonly code: LedgerStoreErrorCode;
      readonly message: string;
    };
