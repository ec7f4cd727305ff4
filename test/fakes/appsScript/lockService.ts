/// <reference types="google-apps-script" />
/**
 * A fake of LockService that enforces mutual exclusion between executions. Tests run one
 * execution at a time, so a second execution cannot wait for the first: `tryLock` on a lock held
 * by another execution returns false at once (as the real one does once its timeout runs out),
 * and `interleave` runs another execution just before the next lock attempt, the moment a real
 * race would let it slip in first. As documented, `getDocumentLock` is null outside a
 * container-bound script, and a lock is released only after pending Sheet writes are flushed.
 */

/** A card callback has 30 s in all: a longer wait for a lock can never be honoured. */
export const MAX_LOCK_WAIT_MS = 30_000;

export type LockAttempt = {
  readonly domain: string;
  readonly timeoutMs: number;
  readonly acquired: boolean;
};

export class FakeLock {
  constructor(
    private readonly service: FakeLockService,
    readonly domain: string,
    private readonly pendingWrites: () => number,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    if (!Number.isInteger(timeoutInMillis) || timeoutInMillis < 0)
      throw new Error(`Invalid argument: timeoutInMillis (${timeoutInMillis})`);
    if (timeoutInMillis > MAX_LOCK_WAIT_MS)
      throw new Error(
        `tryLock(${timeoutInMillis}) waits longer than a card callback may run (${MAX_LOCK_WAIT_MS} ms)`,
      );
    this.service.runInterleaved();
    const holder = this.service.holders.get(this.domain);
    const acquired = holder === undefined || holder === this;
    if (acquired) this.service.holders.set(this.domain, this);
    this.service.attempts.push({ domain: this.domain, timeoutMs: timeoutInMillis, acquired });
    return acquired;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  hasLock(): boolean {
    return this.service.holders.get(this.domain) === this;
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    const pending = this.pendingWrites();
    if (pending > 0)
      throw new Error(
        `releaseLock() with ${pending} Sheet write(s) pending: call SpreadsheetApp.flush() first, while access is still exclusive`,
      );
    this.service.holders.delete(this.domain);
  }
}

/** One LockService shared by every user of the script (the script lock is global to it). */
export class FakeLockService {
  /** Who holds each lock: `script`, or `user:<name>` for user locks. */
  readonly holders = new Map<string, FakeLock>();
  readonly attempts: LockAttempt[] = [];
  private readonly queued: (() => void)[] = [];

  /** Runs `execution` just before the next lock attempt, as a concurrent callback would. */
  interleave(execution: () => void): void {
    this.queued.push(execution);
  }

  /** Another execution (say, a teammate's) holds the script lock until `release` is called. */
  holdElsewhere(domain = 'script'): { release: () => void } {
    const lock = new FakeLock(this, domain, () => 0);
    this.holders.set(domain, lock);
    return { release: () => lock.releaseLock() };
  }

  runInterleaved(): void {
    const next = this.queued.shift();
    if (next) next();
  }

  /** The service as one user's execution sees it. */
  asService(user: string, pendingWrites: () => number): GoogleAppsScript.Lock.LockService {
    return {
      getScriptLock: () => new FakeLock(this, 'script', pendingWrites),
      getUserLock: () => new FakeLock(this, `user:${user}`, pendingWrites),
      getDocumentLock: () => null,
    } as unknown as GoogleAppsScript.Lock.LockService;
  }
}
