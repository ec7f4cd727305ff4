import { readdirSync, readFileSync } from 'node:fs';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { gmailCommand, type GmailDeps } from '../../../src/cli/gmail/gmailCommand';
import { startFakeGmail, type FakeGmail } from '../../fakes/fakeGmailServer';
import { duly, gmailLedger, gmailMailbox, ledgerFile, ME, TODAY } from './gmailFixtures';

const TOKEN = 'test-token';
let fake: FakeGmail;
const saved = process.env.DULY_GMAIL_ACCESS_TOKEN;

beforeEach(async () => {
  fake = await startFakeGmail({ email: ME, messages: gmailMailbox(), accessToken: TOKEN });
  process.env.DULY_GMAIL_ACCESS_TOKEN = TOKEN;
});
afterEach(async () => {
  await fake.close();
  if (saved === undefined) delete process.env.DULY_GMAIL_ACCESS_TOKEN;
  else process.env.DULY_GMAIL_ACCESS_TOKEN = saved;
});

const gmailPaths = () => fake.requests.filter((r) => r.path.startsWith('/gmail/'));
const lists = () => fake.requests.filter((r) => r.path === '/gmail/v1/users/me/messages');
const gets = () => fake.requests.filter((r) => r.path.startsWith('/gmail/v1/users/me/messages/'));

/** Runs `duly gmail …` with injected waits and environment (what main.ts cannot inject). */
async function gmail(sub: string, args: Record<string, unknown>, deps: Partial<GmailDeps> = {}) {
  let out = '';
  let err = '';
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
  const all: GmailDeps = {
    env: { DULY_GMAIL_ACCESS_TOKEN: TOKEN, DULY_CONFIG_DIR: '/nonexistent' },
    openUrl: () => undefined,
    loginTimeoutMs: 1000,
    caller: { baseDelayMs: 1, maxRetryWaitMs: 20 },
    ...deps,
  };
  try {
    return { code: await gmailCommand(sub, { 'api-root': fake.url, ...args }, io, all), out, err };
  } catch (error) {
    return { code: -1, out, err: `${err}${(error as Error).message}`, error };
  }
}

describe('duly gmail scan', () => {
  it('finds reminders, replies, autoreplies and bounces, and prints who is silent', async () => {
    const { file } = ledgerFile();
    const { code, out, err } = await duly(
      'gmail',
      'scan',
      '--ledger',
      file,
      '--today',
      TODAY,
      '--api-root',
      fake.url,
    );
    expect(err).toContain('5 reminders, 1 replies');
    expect(err).toContain('2 out-of-office, 1 bounces');
    expect(err).toMatch(
      /bounced: Ahmed Electronics Trading on 2026-06-18: Delivery failed to ahmed\.trading@gmail\.com/,
    );
    expect(code).toBe(0);
    const names = out
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s{2,}/)[1]);
    expect(names.sort()).toEqual([
      'Ahmed Electronics Trading',
      'Bayern Maschinenbau GmbH',
      'Comercial Ibérica SL',
      'Osaka Precision KK',
    ]);
    expect(out).not.toContain('Lone Star');
  });

  it('asks Gmail with few OR-combined queries and reads only headers', async () => {
    const { file } = ledgerFile();
    await duly('gmail', 'scan', '--ledger', file, '--today', TODAY, '--api-root', fake.url);
    const queries = lists().map((r) => r.query.q ?? '');
    const after = Date.parse('2026-01-02T00:00:00Z') / 1000;
    expect(queries).toEqual([
      `after:${after} {from:ahmed.trading@gmail.com to:ahmed.trading@gmail.com cc:ahmed.trading@gmail.com ` +
        'from:bayern.de to:bayern.de cc:bayern.de from:iberica.es to:iberica.es cc:iberica.es ' +
        'from:lonestar.com to:lonestar.com cc:lonestar.com ' +
        'from:osaka-precision.co.jp to:osaka-precision.co.jp cc:osaka-precision.co.jp}',
      `after:${after} {from:mailer-daemon from:postmaster}`,
    ]);
    // 9 customer messages + 1 bounce, each read once with format=metadata.
    expect(gets()).toHaveLength(10);
    for (const r of gets()) {
      expect(r.query.format).toBe('metadata');
      expect(r.query.metadataHeaders?.split(',')).toEqual(
        expect.arrayContaining(['Auto-Submitted', 'X-Autoreply', 'Precedence', 'Message-ID']),
      );
    }
    expect(gmailPaths()).toHaveLength(1 + 2 + 10);
    expect(fake.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('merges the events with --write, and a second scan adds nothing and reads only mail that made no event', async () => {
    const { dir, file } = ledgerFile();
    const first = await duly(
      'gmail',
      'scan',
      '--ledger',
      file,
      '--today',
      TODAY,
      '--write',
      '--api-root',
      fake.url,
    );
    expect(first.err).toContain(`Wrote 9 new events to ${file}`);
    const text = readFileSync(file, 'utf8');
    const events = parseLedgerText(text).events;
    expect(events.map((e) => e.id)).toContain('gmail:iberica-1:c-iberica');
    const bayern = events
      .filter((e) => e.customerId === 'c-bayern')
      .map((e) => [e.kind, e.returnDate]);
    expect(bayern).toEqual([
      ['reminder', undefined],
      ['out-of-office', '2026-07-10'],
    ]);
    const iberica = events.find((e) => e.id === 'gmail:iberica-1:c-iberica');
    expect(iberica).toMatchObject({
      direction: 'outbound',
      kind: 'reminder',
      threadId: 't-iberica',
      messageId: '<iberica-1@mail.example>',
      invoiceIds: ['inv-c-iberica'],
    });

    const before = gets().length;
    const second = await duly(
      'gmail',
      'scan',
      '--ledger',
      file,
      '--today',
      TODAY,
      '--write',
      '--api-root',
      fake.url,
    );
    expect(second.code).toBe(0);
    expect(second.err).toContain('0 new events');
    expect(second.err).toContain('already holds every event');
    // Only the colleague's message, which made no event, is read again.
    expect(gets().length - before).toBe(1);
    expect(second.err).toContain('10 messages found (9 already in the ledger), 1 read');
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it('follows nextPageToken to the last page', async () => {
    await fake.close();
    fake = await startFakeGmail({ email: ME, messages: gmailMailbox(), maxPageSize: 2 });
    const { file } = ledgerFile();
    const { code, err } = await gmail('scan', { ledger: file, today: TODAY });
    expect(err).toContain('10 read');
    expect(code).toBe(0);
    const customerPages = lists().filter((r) => !r.query.q?.includes('mailer-daemon'));
    expect(customerPages.map((r) => r.query.pageToken)).toEqual([undefined, '2', '4', '6', '8']);
  });

  it('splits many customers into queries that stay within the length limit', async () => {
    const base = gmailLedger();
    const many = Array.from({ length: 60 }, (_, i) => ({
      ...base.customers[0]!,
      id: `c-${i}` as never,
      contacts: [{ name: 'AP', email: `ap@customer-number-${i}.example.com` }],
      domains: [],
    }));
    const { file } = ledgerFile({ ...base, customers: [...base.customers, ...many] });
    const { code } = await gmail('scan', { ledger: file, today: TODAY });
    expect(code).toBe(0);
    const queries = lists().map((r) => r.query.q ?? '');
    expect(queries.length).toBeGreaterThan(3);
    expect(queries.length).toBeLessThan(10);
    for (const q of queries) expect(q.length).toBeLessThanOrEqual(1500);
    for (let i = 0; i < 60; i++)
      expect(
        queries.filter((q) => q.includes(`from:customer-number-${i}.example.com `)),
      ).toHaveLength(1);
  });

  it('retries a 429 after its Retry-After and a 500 with backoff', async () => {
    fake.fail({ path: /\/messages$/, status: 429, headers: { 'Retry-After': '1' }, times: 1 });
    fake.fail({ path: /\/messages\/m/, status: 500, times: 2 });
    const { file } = ledgerFile();
    const started = Date.now();
    const { code, err } = await gmail(
      'scan',
      { ledger: file, today: TODAY },
      {
        caller: { baseDelayMs: 1, maxRetryWaitMs: 300 },
      },
    );
    expect(code).toBe(0);
    expect(err).toContain('3 retried');
    // Backoff alone would wait ~1 ms; the 1 s Retry-After, capped by the test at 300 ms, shows.
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(gmailPaths()).toHaveLength(1 + 2 + 10 + 3);
  });

  it('retries a rate-limit 403 and gives up after the last try with the status', async () => {
    fake.fail({ path: /\/profile$/, status: 403, reason: 'userRateLimitExceeded', times: 1 });
    fake.fail({ path: /\/messages$/, status: 503, times: 100 });
    const { file } = ledgerFile();
    const { code, err } = await gmail(
      'scan',
      { ledger: file, today: TODAY },
      {
        caller: { baseDelayMs: 1, maxRetryWaitMs: 5, maxAttempts: 3 },
      },
    );
    expect(code).toBe(-1);
    expect(err).toMatch(/Gmail still answered 503 to messages\.list after 3 tries/);
    expect(fake.requests.filter((r) => r.path.endsWith('/profile'))).toHaveLength(2);
  });

  it('says to run duly gmail login on a 401 and leaves the ledger untouched', async () => {
    const { dir, file } = ledgerFile();
    const before = readFileSync(file, 'utf8');
    const saved = process.env.DULY_GMAIL_ACCESS_TOKEN;
    process.env.DULY_GMAIL_ACCESS_TOKEN = 'expired';
    const { code, err } = await duly(
      'gmail',
      'scan',
      '--ledger',
      file,
      '--write',
      '--api-root',
      fake.url,
    );
    process.env.DULY_GMAIL_ACCESS_TOKEN = saved;
    expect(code).toBe(1);
    expect(err).toContain('Gmail refused the credentials (401) on users.getProfile');
    expect(err).toContain('duly gmail login');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it('names the request that failed on a network error and writes nothing', async () => {
    fake.fail({ path: /\/messages\/m/, status: 0, hangUp: true, times: 100 });
    const { dir, file } = ledgerFile();
    const before = readFileSync(file, 'utf8');
    const { code, err } = await gmail('scan', { ledger: file, today: TODAY, write: true });
    expect(code).toBe(-1);
    expect(err).toMatch(
      new RegExp(
        `cannot reach Gmail at ${fake.url.replace(/[./]/g, '\\$&')} \\(messages\\.get m\\d+\\)`,
      ),
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['ledger.json']);
  });

  it('says when no credentials are available', async () => {
    const { file } = ledgerFile();
    const { code, err } = await gmail(
      'scan',
      { ledger: file },
      { env: { DULY_CONFIG_DIR: '/nonexistent/duly' } },
    );
    expect(code).toBe(-1);
    expect(err).toContain('not signed in to Gmail: run `duly gmail login --client-secret FILE`');
    expect(fake.requests).toHaveLength(0);
  });
});
