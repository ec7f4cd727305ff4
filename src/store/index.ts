// The IndexedDB ledger: the repository, how to open it, and the worker runner for long jobs.
export { IdbLedgerRepository, openIdbLedgerRepository } from './idbLedgerRepository';
export type { JobRunner, RepositoryOptions, StorageLike } from './idbLedgerRepository';
export { DB_BASE_NAME, databaseNameFor, openLedgerDb } from './openLedgerDb';
export type { OpenOptions } from './openLedgerDb';
export { DB_VERSION, CHUNK_SIZE } from './schema';
export { StoreError, STORE_MESSAGES } from './storeError';
export { csvCell, csvText } from './csvExport';
export { workerJobRunner } from './workerJobRunner';
export type { WorkerLike } from './workerJobRunner';
