import type { GmailHost } from './appsScript';

/**
 * How long a callback waits for another writer of the ledger Sheet. A write under the lock takes
 * a second or two; this leaves most of the 30 s a card callback may run for the work itself.
 */
export const LOCK_WAIT_MS = 10_000;

/** Thrown when another execution kept the ledger lock past {@link LOCK_WAIT_MS}. */
export class LedgerBusyError extends Error {
  constructor() {
    super(
      'Someone (perhaps you, in another Gmail window) is saving to the ledger Sheet right now. Nothing was logged: try again in a moment.',
    );
    this.name = 'LedgerBusyError';
  }
}

/**
 * Runs `write` while holding the script lock, then flushes the Sheet and releases the lock.
 * The script lock, not the user lock: teammates sharing the Sheet are different users, and every
 * writer of the Sheet must queue (a document lock is null outside a container-bound script, which
 * a Gmail add-on is not). The flush commits the writes while access is still exclusive, as the
 * LockService reference asks (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function withLedgerLock<T>(host: GmailHost, write: () => T): T {
  const lock = host.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new LedgerBusyError();
  try {
    const result = write();
    host.SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
