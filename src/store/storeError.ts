import type { LedgerStoreErrorCode } from '../core';

/** Plain words for each failure, shown in the pane as they are. */
export const STORE_MESSAGES: Readonly<Record<LedgerStoreErrorCode, string>> = {
  unavailable:
    'Duly cannot keep its ledger in this browser: storage is turned off (private browsing, or site data blocked). Allow site data for this add-in, or use a normal window.',
  blocked:
    'Duly is being updated, but another Duly pane or tab is still open with the old version. Close the other Duly panes (or reload them), then try again.',
  'newer-version':
    'This ledger was saved by a newer version of Duly. Reload the pane to get the newer version.',
  timeout: 'The ledger did not answer in time. Close other Duly panes or reload this one.',
  cancelled: 'Cancelled: nothing was changed.',
  full: 'The browser has no room left for the ledger. Free some disk space, or export a backup and remove old data.',
  closed:
    'The ledger was closed (Duly was updated in another pane or tab). Reload this pane to continue.',
  'not-found': 'That record is not in the ledger.',
  failed: 'The ledger could not be read or written.',
};

/** The error every store call rejects with: a code for the pane's logic, plain words to show. */
export class StoreError extends Error {
  readonly code: LedgerStoreErrorCode;

  constructor(code: LedgerStoreErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${STORE_MESSAGES[code]} (${detail})` : STORE_MESSAGES[code], options);
    this.name = 'StoreError';
    this.code = code;
  }
}

/** Maps a DOMException or any failure to a StoreError, keeping StoreErrors as they are. */
export function storeErrorOf(error: unknown, what: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string } | null)?.name;
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError') return new StoreError('full', what, { cause: error });
  if (name === 'VersionError') return new StoreError('newer-version', what, { cause: error });
  if (name === 'InvalidStateError' && /clos/i.test(message))
    return new StoreError('closed', what, { cause: error });
  if (name === 'SecurityError' || name === 'UnknownError')
    return new StoreError('unavailable', `${what}: ${message}`, { cause: error });
  return new StoreError('failed', `${what}: ${message}`, { cause: error });
}

/** Rejects with a `timeout` StoreError naming `what` when `promise` takes longer than `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  if (!Number.isFinite(ms)) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreError('timeout', what)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(storeErrorOf(error, what));
      },
    );
  });
}
