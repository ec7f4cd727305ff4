import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Google's servers: the Gmail REST endpoints `duly gmail` uses
 * (users.getProfile, messages.list/get, threads.get, drafts.list/get/create) and the OAuth
 * authorize + token endpoints, with Gmail's payload shapes and error bodies. It records every
 * request so tests can assert on counts, query strings and the drafts created.
 * Self-contained (node: modules only) so the bench can transpile and load it too.
 */

/** One stored message: headers by name as Gmail returns them with `format=metadata`. */
export type FakeMessage = {
  readonly id: string;
  readonly threadId: string;
  /** Milliseconds since the epoch, as Gmail's `internalDate`. */
  readonly internalDate: number;
  readonly labelIds?: readonly string[];
  readonly snippet?: string;
  readonly headers: Readonly<Record<string, string>>;
};

/** A request the server received. */
export type FakeRequest = {
  readonly method: string;
  /** Path without the query string, e.g. `/gmail/v1/users/me/messages`. */
  readonly path: string;
  /** Query parameters; repeated ones (metadataHeaders) are joined with commas. */
  readonly query: Readonly<Record<string, string>>;
  readonly authorization?: string;
  readonly body?: unknown;
};

/** A draft created through the API, with its raw message decoded. */
export type FakeDraft = {
  readonly id: string;
  readonly message: FakeMessage;
  /** The decoded RFC 2822 text of `message.raw`. */
  readonly raw: string;
};

/** Answers the next `times` requests matching `method` and `path` with `status` instead. */
export type FakeFailure = {
  readonly method?: string;
  readonly path: RegExp;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Gmail error reason, e.g. `rateLimitExceeded`. */
  readonly reason?: string;
  /** Close the socket without answering (a network failure). */
  readonly hangUp?: boolean;
  times: number;
};

export type FakeGmailOptions = {
  readonly email: string;
  readonly messages?: readonly FakeMessage[];
  /** Drafts already in the mailbox (as if made by an earlier run or by hand). */
  readonly drafts?: readonly { id: string; message: FakeMessage }[];
  /** The bearer token accepted; any other gets a 401. */
  readonly accessToken?: string;
  /** Largest page messages.list and drafts.list return, whatever maxResults asks (Gmail: 500). */
  readonly maxPageSize?: number;
  /** Longer `q` strings get Gmail's 400 "Invalid query". */
  readonly maxQueryLength?: number;
};

export type FakeGmail = {
  /** Root URL to pass as `--api-root` (ends with a slash). */
  readonly url: string;
  readonly requests: FakeRequest[];
  readonly drafts: FakeDraft[];
  /** Codes issued by the authorize endpoint, for token-exchange assertions. */
  readonly issuedCodes: Map<string, { challenge: string; method: string; redirectUri: string }>;
  fail(failure: FakeFailure): void;
  close(): Promise<void>;
};

const PREFIX = '/gmail/v1/users/me';

function gmailError(res: ServerResponse, status: number, message: string, reason: string): void {
  send(res, status, {
    error: {
      code: status,
      message,
      errors: [{ message, domain: 'global', reason }],
      status:
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 429
            ? 'RESOURCE_EXHAUSTED'
            : status === 404
              ? 'NOT_FOUND'
              : status >= 500
                ? 'INTERNAL'
                : 'INVALID_ARGUMENT',
    },
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function addressesOf(value: string | undefined): string[] {
  if (!value) return [];
  return (value.match(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g) ?? []).map((a) => a.toLowerCase());
}

function headerOf(message: FakeMessage, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(message.headers))
    if (key.toLowerCase() === wanted) return value;
  return undefined;
}

// Gmail matches `from:buyer.es` on the domain (and its subdomains), `from:mailer-daemon` on the
// local part: each address is indexed once under all of these keys.
const keyCache = new WeakMap<FakeMessage, Record<'from' | 'to' | 'cc', Set<string>>>();

function keysOf(message: FakeMessage): Record<'from' | 'to' | 'cc', Set<string>> {
  let keys = keyCache.get(message);
  if (!keys) {
    const of = (header: string) => {
      const set = new Set<string>();
      for (const address of addressesOf(headerOf(message, header))) {
        const at = address.lastIndexOf('@');
        set.add(address);
        set.add(address.slice(0, at));
        const labels = address.slice(at + 1).split('.');
        for (let i = 0; i < labels.length - 1; i++) set.add(labels.slice(i).join('.'));
      }
      return set;
    };
    keys = { from: of('From'), to: of('To'), cc: of('Cc') };
    keyCache.set(message, keys);
  }
  return keys;
}

type Term = (message: FakeMessage) => boolean;

function termOf(token: string): Term {
  const m = /^(from|to|cc|after|before):(.+)$/i.exec(token);
  if (!m) throw new Error(`unsupported search term "${token}"`);
  const op = m[1]!.toLowerCase() as 'from' | 'to' | 'cc' | 'after' | 'before';
  const value = m[2]!.toLowerCase().replace(/^"|"$/g, '');
  if (op === 'after' || op === 'before') {
    const ms = /^\d+$/.test(value)
      ? Number(value) * 1000
      : Date.parse(value.replace(/\//g, '-') + 'T00:00:00Z');
    return op === 'after' ? (msg) => msg.internalDate >= ms : (msg) => msg.internalDate < ms;
  }
  return (msg) => keysOf(msg)[op].has(value);
}

/** Parses the subset of Gmail's search syntax duly sends: terms, AND by space, `{…}` for OR. */
export function parseGmailQuery(q: string): Term {
  const parts: Term[] = [];
  const tokens = q.match(/\{[^}]*\}|\S+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('{')) {
      // An OR of address terms is one set lookup per address key, not a test per term.
      const wanted = { from: new Set<string>(), to: new Set<string>(), cc: new Set<string>() };
      const others: Term[] = [];
      for (const inner of token.slice(1, -1).trim().split(/\s+/).filter(Boolean)) {
        const m = /^(from|to|cc):([^"]+)$/i.exec(inner);
        if (m) wanted[m[1]!.toLowerCase() as 'from' | 'to' | 'cc'].add(m[2]!.toLowerCase());
        else others.push(termOf(inner));
      }
      parts.push((msg) => {
        const keys = keysOf(msg);
        for (const op of ['from', 'to', 'cc'] as const)
          for (const key of keys[op]) if (wanted[op].has(key)) return true;
        return others.some((t) => t(msg));
      });
    } else {
      parts.push(termOf(token));
    }
  }
  return (msg) => parts.every((t) => t(msg));
}

function metadata(message: FakeMessage, wanted: readonly string[] | undefined): object {
  const names = wanted && wanted.length > 0 ? wanted.map((n) => n.toLowerCase()) : undefined;
  const headers = Object.entries(message.headers)
    .filter(([name]) => !names || names.includes(name.toLowerCase()))
    .map(([name, value]) => ({ name, value }));
  return {
    id: message.id,
    threadId: message.threadId,
    labelIds: message.labelIds ?? ['INBOX'],
    snippet: message.snippet ?? '',
    historyId: '1000',
    internalDate: String(message.internalDate),
    sizeEstimate: 2048,
    payload: {
      partId: '',
      mimeType: headerOf(message, 'Content-Type')?.split(';')[0] ?? 'text/plain',
      filename: '',
      headers,
      body: { size: 0 },
    },
  };
}

function page<T>(items: readonly T[], query: Record<string, string>, cap: number) {
  const size = Math.min(Number(query.maxResults ?? 100) || 100, cap);
  const start = Number(query.pageToken ?? 0);
  const slice = items.slice(start, start + size);
  const next = start + size < items.length ? String(start + size) : undefined;
  return { slice, next };
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function unfoldHeaders(raw: string): Record<string, string> {
  const head = raw.split(/\r\n\r\n/)[0] ?? '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon)] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Starts the fake on 127.0.0.1 with an OS-chosen port. */
export async function startFakeGmail(options: FakeGmailOptions): Promise<FakeGmail> {
  const token = options.accessToken ?? 'test-token';
  const messages = [...(options.messages ?? [])].sort((a, b) => b.internalDate - a.internalDate);
  const byId = new Map(messages.map((m) => [m.id, m]));
  const drafts: FakeDraft[] = (options.drafts ?? []).map((d) => ({ ...d, raw: '' }));
  const created: FakeDraft[] = [];
  const requests: FakeRequest[] = [];
  const failures: FakeFailure[] = [];
  const issuedCodes = new Map<string, { challenge: string; method: string; redirectUri: string }>();
  const cap = options.maxPageSize ?? 500;
  const maxQuery = options.maxQueryLength ?? 1500;
  let nextId = 1;
  // Results per query, so later pages do not search again (the mailbox never changes).
  const searches = new Map<string, FakeMessage[]>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string> = {};
    for (const key of new Set(url.searchParams.keys()))
      query[key] = url.searchParams.getAll(key).join(',');
    const text = req.method === 'POST' ? await bodyOf(req) : '';
    let body: unknown;
    if (text) {
      const type = req.headers['content-type'] ?? '';
      body = type.includes('json')
        ? JSON.parse(text)
        : Object.fromEntries(new URLSearchParams(text).entries());
    }
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      authorization: req.headers.authorization,
      body,
    });

    const failure = failures.find(
      (f) => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === req.method),
    );
    if (failure) {
      failure.times--;
      if (failure.hangUp) {
        req.socket.destroy();
        return;
      }
      res.writeHead(failure.status, {
        'content-type': 'application/json; charset=UTF-8',
        ...failure.headers,
      });
      res.end(
        JSON.stringify({
          error: {
            code: failure.status,
            message: `Injected ${failure.status}`,
            errors: [{ reason: failure.reason ?? 'backendError', domain: 'global' }],
          },
        }),
      );
      return;
    }

    if (url.pathname === '/o/oauth2/auth') {
      const code = `code-${nextId++}`;
      const redirectUri = query.redirect_uri ?? '';
      issuedCodes.set(code, {
        challenge: query.code_challenge ?? '',
        method: query.code_challenge_method ?? 'plain',
        redirectUri,
      });
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      if (query.state) target.searchParams.set('state', query.state);
      res.writeHead(302, { location: target.toString() });
      res.end();
      return;
    }
    if (url.pathname === '/token') {
      const form = (body ?? {}) as Record<string, string>;
      const issued = form.code ? issuedCodes.get(form.code) : undefined;
      const verifier = form.code_verifier ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        form.grant_type === 'authorization_code' &&
        issued &&
        issued.method === 'S256' &&
        issued.challenge === challenge &&
        issued.redirectUri === form.redirect_uri
      ) {
        send(res, 200, {
          access_token: token,
          refresh_token: 'refresh-1',
          expires_in: 3599,
          scope:
            'https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/gmail.compose',
          token_type: 'Bearer',
        });
      } else if (form.grant_type === 'refresh_token' && form.refresh_token === 'refresh-1') {
        send(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
      } else {
        send(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
      }
      return;
    }

    if (!url.pathname.startsWith(PREFIX)) {
      gmailError(res, 404, 'Not Found', 'notFound');
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      gmailError(
        res,
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token.',
        'authError',
      );
      return;
    }
    const rest = url.pathname.slice(PREFIX.length);
    const wanted = query.metadataHeaders?.split(',');

    if (req.method === 'GET' && rest === '/profile') {
      send(res, 200, {
        emailAddress: options.email,
        messagesTotal: messages.length,
        threadsTotal: new Set(messages.map((m) => m.threadId)).size,
        historyId: '1000',
      });
      return;
    }
    if (req.method === 'GET' && rest === '/messages') {
      const q = query.q ?? '';
      if (q.length > maxQuery) {
        gmailError(res, 400, 'Invalid query', 'invalidArgument');
        return;
      }
      let matching = searches.get(q);
      if (!matching) {
        try {
          const test = parseGmailQuery(q);
          matching = messages.filter((m) => !(m.labelIds ?? []).includes('DRAFT') && test(m));
        } catch {
          gmailError(res, 400, 'Invalid query', 'invalidArgument');
          return;
        }
        searches.set(q, matching);
      }
      const { slice, next } = page(matching, query, cap);
      send(res, 200, {
        ...(slice.length > 0
          ? { messages: slice.map((m) => ({ id: m.id, threadId: m.threadId })) }
          : {}),
        ...(next ? { nextPageToken: next } : {}),
        resultSizeEstimate: matching.length,
      });
      return;
    }
    const messageMatch = /^\/messages\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && messageMatch) {
      const message = byId.get(decodeURIComponent(messageMatch[1]!));
      if (!message) gmailError(res, 404, 'Requested entity was not found.', 'notFound');
      else send(res, 200, metadata(message, wanted));
      return;
    }
    const threadMatch = /^\/threads\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && threadMatch) {
      const id = decodeURIComponent(threadMatch[1]!);
      const inThread = [...messages, ...drafts.map((d) => d.message)]
        .filter((m) => m.threadId === id)
        .sort((a, b) => a.internalDate - b.internalDate);
      if (inThread.length === 0)
        gmailError(res, 404, 'Requested entity was not found.', 'notFound');
      else
        send(res, 200, {
          id,
          historyId: '1000',
          messages: inThread.map((m) => metadata(m, wanted)),
        });
      return;
    }
    if (req.method === 'GET' && rest === '/drafts') {
      const { slice, next } = page(drafts, query, cap);
      send(res, 200, {
        ...(slice.length > 0
          ? {
              drafts: slice.map((d) => ({
                id: d.id,
                message: { id: d.message.id, threadId: d.message.threadId },
              })),
            }
          : {}),
        ...(next ? { nextPageToken: next } : {}),
        resultSizeEstimate: drafts.length,
      });
      return;
    }
    const draftMatch = /^\/drafts\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && draftMatch) {
      const draft = drafts.find((d) => d.id === decodeURIComponent(draftMatch[1]!));
      if (!draft) gmailError(res, 404, 'Requested entity was not found.', 'notFound');
      else send(res, 200, { id: draft.id, message: metadata(draft.message, wanted) });
      return;
    }
    if (req.method === 'POST' && rest === '/drafts') {
      const message = (body as { message?: { raw?: string; threadId?: string } } | undefined)
        ?.message;
      if (!message?.raw) {
        gmailError(
          res,
          400,
          "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
          'invalidArgument',
        );
        return;
      }
      const raw = Buffer.from(message.raw, 'base64url').toString('utf8');
      const n = nextId++;
      const stored: FakeMessage = {
        id: `draft-msg-${n}`,
        threadId: message.threadId ?? `draft-thread-${n}`,
        internalDate: Date.now(),
        labelIds: ['DRAFT'],
        headers: unfoldHeaders(raw),
      };
      const draft: FakeDraft = { id: `r-${n}`, message: stored, raw };
      drafts.push(draft);
      created.push(draft);
      send(res, 200, {
        id: draft.id,
        message: { id: stored.id, threadId: stored.threadId, labelIds: ['DRAFT'] },
      });
      return;
    }
    gmailError(res, 404, 'Not Found', 'notFound');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) gmailError(res, 500, String(error), 'backendError');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    drafts: created,
    issuedCodes,
    fail: (failure) => failures.push(failure),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
