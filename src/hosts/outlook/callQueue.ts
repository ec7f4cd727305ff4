/** Runs async work with at most `limit` tasks in flight, the rest waiting in arrival order. */
export type CallQueue = {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks started and not yet settled. */
  readonly inFlight: number;
};

/**
 * Outlook on the web and new Outlook reject a fourth concurrent async call, so every Office call
 * goes through one queue of 3 (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export const OFFICE_CONCURRENT_CALLS = 3;

/** Creates a queue that never runs more than `limit` tasks at once. */
export function createCallQueue(limit: number = OFFICE_CONCURRENT_CALLS): CallQueue {
  const waiting: (() => void)[] = [];
  let inFlight = 0;

  const next = (): void => {
    if (inFlight >= limit) return;
    const start = waiting.shift();
    if (start) start();
  };

  return {
    get inFlight() {
      return inFlight;
    },
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          inFlight += 1;
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error);
          }
          settled.then(resolve, reject).finally(() => {
            inFlight -= 1;
            next();
          });
        });
        next();
      });
    },
  };
}
