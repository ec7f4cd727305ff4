// The worker entry: imports, restores and exports run here so the pane's thread stays free.
import type { IDBPDatabase } from 'idb';
import { runLedgerJob } from './ledgerJobs';
import { openLedgerDb } from './openLedgerDb';
import type { LedgerDb } from './schema';
import { storeErrorOf } from './storeError';
import type { FromWorker, ToWorker } from './workerProtocol';

type WorkerScope = {
  onmessage: ((event: { data: ToWorker }) => void) | null;
  postMessage(message: FromWorker): void;
};

const scope = globalThis as unknown as WorkerScope;
const cancelled = new Set<number>();
const connections = new Map<string, Promise<IDBPDatabase<LedgerDb>>>();

function connection(partitionKey: string | undefined): Promise<IDBPDatabase<LedgerDb>> {
  const key = partitionKey ?? '';
  let db = connections.get(key);
  if (!db) {
    db = openLedgerDb({ partitionKey, onVersionChange: () => connections.delete(key) });
    db.catch(() => connections.delete(key));
    connections.set(key, db);
  }
  return db;
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id } = message;
  try {
    const db = await connection(message.partitionKey);
    const result = await runLedgerJob(db, message.job, {
      signal: {
        get aborted() {
          return cancelled.has(id);
        },
      },
      onProgress: (progress) => scope.postMessage({ type: 'progress', id, progress }),
    });
    // A file's text goes back as a Blob: handing over a handle, not copying hundreds of MB.
    const out = typeof result === 'string' ? new Blob([result]) : result;
    scope.postMessage({ type: 'done', id, result: out });
  } catch (error) {
    const failure = storeErrorOf(error, message.job.kind);
    scope.postMessage({ type: 'error', id, code: failure.code, message: failure.message });
  } finally {
    cancelled.delete(id);
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') cancelled.add(message.id);
  else void run(message);
};
