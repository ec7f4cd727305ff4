/** How long an Office call may stay silent before its promise rejects and frees its queue slot. */
export const OFFICE_CALL_TIMEOUT_MS = 30_000;

/** An Office async call that answered with a failure, threw, or never answered. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    /** The Office call, e.g. `item.body.getAsync`. */
    readonly call: string,
    message: string,
    /** Office's error code, when it gave one. */
    readonly code?: number,
    /** Office's error name, e.g. `InvalidCategory`, when it gave one. */
    readonly officeName?: string,
  ) {
    super(`${call} failed: ${message}`);
  }
}

/**
 * Wraps one `…Async` call in a promise. `start` receives the callback to hand to Office; the
 * promise resolves with `asyncResult.value` or rejects with an OfficeCallError naming `call`.
 * Nothing ever throws inside the Office callback: an exception there never reaches the caller
 * (https://learn.microsoft.com/office/dev/add-ins/develop/asynchronous-programming-in-office-add-ins).
 */
export function officeCall<T>(
  call: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs: number = OFFICE_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (outcome: () => void): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new OfficeCallError(call, `Outlook did not answer within ${timeoutMs / 1000} s`)),
        ),
      timeoutMs,
    );
    const callback = (result: Office.AsyncResult<T>): void => {
      try {
        if (!result || typeof result !== 'object') {
          finish(() => reject(new OfficeCallError(call, 'Outlook returned no result')));
        } else if (isFailed(result.status)) {
          const error = result.error as Office.Error | undefined;
          const message = error?.message || error?.name || 'Outlook reported an error';
          finish(() => reject(new OfficeCallError(call, message, error?.code, error?.name)));
        } else {
          finish(() => resolve(result.value));
        }
      } catch (error) {
        finish(() => reject(new OfficeCallError(call, describe(error))));
      }
    };
    try {
      start(callback);
    } catch (error) {
      finish(() => reject(new OfficeCallError(call, describe(error))));
    }
  });
}

/** Runs a synchronous Office call (the pre-1.9 form APIs throw on bad input) as a promise. */
export function officeSyncCall(call: string, run: () => void): Promise<void> {
  try {
    run();
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(new OfficeCallError(call, describe(error)));
  }
}

// office.js defines the enum as strings ('succeeded', 'failed'); the typings say numbers.
function isFailed(status: Office.AsyncResultStatus): boolean {
  const failed = typeof Office === 'undefined' ? undefined : Office.AsyncResultStatus?.Failed;
  return String(status) === 'failed' || (failed !== undefined && status === failed);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === 'object' && 'message' in error) return String(error.message);
  return String(error);
}
