import { CliError } from '../io';

/** Gmail answered with an error status that retrying does not cure (or retries ran out). */
export class GmailHttpError extends CliError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** How hard to push Gmail: parallel requests, retries, and the longest wait between two tries. */
export type CallerOptions = {
  /** Requests in flight at once (Gmail allows 250 quota units per user per second; a get is 5). */
  readonly concurrency: number;
  /** Tries per request, the first included, on 429, 5xx, rate-limit 403 and network errors. */
  readonly maxAttempts: number;
  /** First backoff wait; doubled on each retry, with up to 50% jitter. */
  readonly baseDelayMs: number;
  /** Upper bound on any wait, Retry-After included (tests set it low). */
  readonly maxRetryWaitMs: number;
  /** What to tell the user on a 401. */
  readonly loginHint: string;
};

export const DEFAULT_CALLER_OPTIONS: CallerOptions = {
  concurrency: 8,
  maxAttempts: 6,
  baseDelayMs: 500,
  maxRetryWaitMs: 60_000,
  loginHint: 'run `duly gmail login`',
};

/** Runs Gmail requests with bounded concurrency and backoff, and counts what it sent. */
export type GmailCaller = {
  /** `what` names the request in errors ("messages.list", "messages.get 18c…"). */
  call<T>(what: string, request: () => Promise<{ data: T }>): Promise<T>;
  /** HTTP requests sent so far, retries included. */
  readonly requests: number;
  readonly retries: number;
};

type HttpError = {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; headers?: unknown; data?: unknown };
};

const NETWORK_ATTEMPTS = 3;

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function')
    return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Retry-After in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function reasonOf(data: unknown): string | undefined {
  const error = (data as { error?: { errors?: { reason?: string }[] } } | undefined)?.error;
  return error?.errors?.[0]?.reason;
}

function gmailMessage(data: unknown): string | undefined {
  const error = (data as { error?: { message?: string } | string } | undefined)?.error;
  return typeof error === 'string' ? error : error?.message;
}

// fetch reports "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a reset) is in its causes.
function deepestMessage(error: unknown): string {
  let current = error as { message?: string; cause?: unknown } | undefined;
  let message = current?.message ?? String(error);
  for (let depth = 0; current?.cause && depth < 5; depth++) {
    current = current.cause as { message?: string; cause?: unknown };
    if (current?.message) message = current.message;
  }
  return message;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A caller for one command run; `apiRoot` is named when Gmail cannot be reached. */
export function createGmailCaller(apiRoot: string, options: CallerOptions): GmailCaller {
  let active = 0;
  const waiting: (() => void)[] = [];
  let requests = 0;
  let retries = 0;

  async function slot(): Promise<void> {
    if (active < options.concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  async function once<T>(what: string, request: () => Promise<{ data: T }>, attempt: number) {
    requests++;
    try {
      return { ok: true as const, data: (await request()).data };
    } catch (raw) {
      const error = raw as HttpError;
      const status =
        error.response?.status ?? (typeof error.status === 'number' ? error.status : undefined);
      if (status === undefined) {
        if (attempt >= Math.min(NETWORK_ATTEMPTS, options.maxAttempts))
          throw new CliError(`cannot reach Gmail at ${apiRoot} (${what}): ${deepestMessage(raw)}`);
        return { ok: false as const, wait: undefined };
      }
      const data = error.response?.data;
      const reason = reasonOf(data);
      if ((data as { error?: unknown } | undefined)?.error === 'invalid_grant')
        throw new CliError(
          `Google refused the stored sign-in on ${what} (invalid_grant: revoked, or a test-mode app's 7-day refresh token expired): ${options.loginHint}`,
        );
      if (status === 401)
        throw new CliError(`Gmail refused the credentials (401) on ${what}: ${options.loginHint}`);
      const transient =
        status === 429 ||
        status >= 500 ||
        (status === 403 && (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded'));
      if (!transient) {
        const hint =
          status === 403 && reason === 'insufficientPermissions'
            ? `: the token lacks a scope, ${options.loginHint}`
            : '';
        throw new GmailHttpError(
          `Gmail answered ${status} to ${what}: ${gmailMessage(data) ?? error.message ?? 'no message'}${hint}`,
          status,
        );
      }
      if (attempt >= options.maxAttempts)
        throw new GmailHttpError(
          `Gmail still answered ${status} to ${what} after ${attempt} tries: try again later`,
          status,
        );
      return {
        ok: false as const,
        wait: retryAfterMs(header(error.response?.headers, 'retry-after'), Date.now()),
      };
    }
  }

  return {
    async call<T>(what: string, request: () => Promise<{ data: T }>): Promise<T> {
      await slot();
      try {
        for (let attempt = 1; ; attempt++) {
          const result = await once(what, request, attempt);
          if (result.ok) return result.data;
          retries++;
          const backoff = options.baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random() / 2);
          await sleep(Math.min(result.wait ?? backoff, options.maxRetryWaitMs));
        }
      } finally {
        release();
      }
    },
    get requests() {
      return requests;
    },
    get retries() {
      return retries;
    },
  };
}
