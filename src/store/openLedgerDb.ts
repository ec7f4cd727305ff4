import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, type LedgerDb } from './schema';
import { StoreError, storeErrorOf } from './storeError';
import { upgradeLedgerDb } from './upgradeLedgerDb';

/** The base name of the database; a host partition key is appended when there is one. */
export const DB_BASE_NAME = 'duly-ledger';

/** How to open the ledger database. */
export type OpenOptions = {
  /** `Office.context.partitionKey` when the host gives one (read by the composition root). */
  readonly partitionKey?: string;
  /** Waits at most this long for the database (default 10 s), then rejects with `timeout`. */
  readonly timeoutMs?: number;
  /** Called when another pane holds an older connection open: tell the user to close it. */
  readonly onBlocked?: (message: string) => void;
  /** Called when another pane upgrades the database: this connection has closed itself. */
  readonly onVersionChange?: (message: string) => void;
};

/** The database name for a host partition: separate Outlook clients never share one by accident. */
export function databaseNameFor(partitionKey?: string): string {
  return partitionKey ? `${DB_BASE_NAME}:${partitionKey}` : DB_BASE_NAME;
}

/**
 * Opens (and upgrades) the ledger database. Never hangs: a blocked upgrade rejects with
 * `blocked` (after telling `onBlocked` at once), a silent one with `timeout`, storage that is
 * switched off with `unavailable`. The connection closes itself when another pane upgrades.
 */
export function openLedgerDb(options: OpenOptions = {}): Promise<IDBPDatabase<LedgerDb>> {
  const name = databaseNameFor(options.partitionKey);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(globalThis as { indexedDB?: IDBFactory }).indexedDB)
    return Promise.reject(new StoreError('unavailable', 'indexedDB is missing'));

  return new Promise((resolve, reject) => {
    let settled = false;
    let blocked = false;
    const fail = (error: StoreError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new StoreError(blocked ? 'blocked' : 'timeout', `opening ${name}`)),
      timeoutMs,
    );
    let opening: Promise<IDBPDatabase<LedgerDb>>;
    try {
      opening = openDB<LedgerDb>(name, DB_VERSION, {
        upgrade: (db, oldVersion, _newVersion, tx) => upgradeLedgerDb(db, oldVersion, tx),
        blocked: () => {
          blocked = true;
          options.onBlocked?.(new StoreError('blocked').message);
        },
        blocking: () => {
          // Another pane wants a newer version: step aside at once so it never deadlocks.
          void opening.then((db) => db.close());
          options.onVersionChange?.(new StoreError('closed').message);
        },
      });
    } catch (error) {
      fail(storeErrorOf(error, `opening ${name}`));
      return;
    }
    opening.then(
      (db) => {
        if (settled) {
          db.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => fail(storeErrorOf(error, `opening ${name}`)),
    );
  });
}
