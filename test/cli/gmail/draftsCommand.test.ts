import { readFileSync } from 'node:fs';
import { startFakeGmail, type FakeGmail, type FakeMessage } from '../../fakes/fakeGmailServer';
import { duly, gmailMailbox, ledgerFile, ME, TODAY } from './gmailFixtures';

const TOKEN = 'test-token';
let fake: FakeGmail;
let file: string;
let mailbox: FakeMessage[];
const saved = process.env.DULY_GMAIL_ACCESS_TOKEN;

beforeEach(async () => {
  mailbox = gmailMailbox();
  fake = await startFakeGmail({ email: ME, messages: mailbox, accessToken: TOKEN });
  process.env.DULY_GMAIL_ACCESS_TOKEN = TOKEN;
  ({ file } = ledgerFile());
  const scan = await duly(
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
  if (scan.code !== 0) throw new Error(`scan failed: ${scan.err}`);
  fake.requests.length = 0;
});
afterEach(async () => {
  await fake.close();
  if (saved === undefined) delete process.env.DULY_GMAIL_ACCESS_TOKEN;
  else process.env.DULY_GMAIL_ACCESS_TOKEN = saved;
});

const drafts = (...extra: string[]) =>
  duly('gmail', 'drafts', '--ledger', file, '--today', TODAY, '--api-root', fake.url, ...extra);

/** The stage `duly silent` gives a customer of the scanned ledger. */
async function stageOf(customerId: string): Promise<string> {
  const { out } = await duly('silent', '--ledger', file, '--today', TODAY, '--json');
  return (JSON.parse(out) as { customerId: string; stage: string }[]).find(
    (s) => s.customerId === customerId,
  )!.stage;
}

/** Headers of a raw message, unfolded, RFC 2047 words decoded. */
function headersOf(raw: string): Record<string, string> {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon)] = line
      .slice(colon + 1)
      .trim()
      .replace(/\?= =\?/g, '?==?')
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) =>
        Buffer.from(b64, 'base64').toString('utf8'),
      );
  }
  return headers;
}

/** The decoded body parts of a multipart/alternative message, by content type. */
function partsOf(raw: string): Record<string, string> {
  const boundary = /boundary="([^"]+)"/.exec(raw)![1]!;
  const parts: Record<string, string> = {};
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const [head, body] = part.split('\r\n\r\n') as [string, string];
    const type = /Content-Type: ([^;\r\n]+)/.exec(head)![1]!;
    expect(head).toContain('charset=UTF-8');
    expect(head).toContain('Content-Transfer-Encoding: base64');
    parts[type] = Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8');
  }
  return parts;
}

describe('duly gmail drafts', () => {
  it('creates a threaded reply draft per silent customer whose next step is due', async () => {
    const { code, out, err } = await drafts();
    expect(code).toBe(0);
    expect(out).toContain('- not yet Bayern Maschinenbau GmbH: next step on 2026-07-11');
    expect(err).toContain('3 created, 0 already in Gmail');
    expect(err).toContain('Nothing was sent.');
    const byThread = new Map(fake.drafts.map((d) => [d.message.threadId, d]));
    expect([...byThread.keys()].sort()).toEqual(['t-ahmed', 't-iberica', 't-osaka']);

    const iberica = byThread.get('t-iberica')!;
    const headers = headersOf(iberica.raw);
    expect(headers['In-Reply-To']).toBe('<iberica-1@mail.example>');
    expect(headers.References).toBe('<iberica-1@mail.example>');
    expect(headers.Subject).toBe('Re: Factura INV-2000 vencida – Ibérica');
    expect(iberica.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(headers.To).toBe('Alicia Martín <alicia@iberica.es>');
    expect(iberica.raw).toMatch(/^To: =\?UTF-8\?B\?\S+\?= <alicia@iberica\.es>\r$/m);
    expect(headers['X-Duly-Draft']).toBe(`customer=c-iberica; stage=${await stageOf('c-iberica')}`);
    expect(headers['Content-Type']).toMatch(/^multipart\/alternative; boundary="duly-[0-9a-f]+"$/);
    const parts = partsOf(iberica.raw);
    expect(parts['text/plain']).toContain('INV-2000');
    expect(parts['text/html']).toContain('INV-2000');
    expect(parts['text/html']).toMatch(/^<|<p|<table/);

    // The bounce and the autoreply are not what a reply answers: the last human message is.
    const ahmed = headersOf(byThread.get('t-ahmed')!.raw);
    const sent = mailbox.find((m) => m.threadId === 't-ahmed' && m.labelIds?.includes('SENT'))!;
    expect(ahmed['In-Reply-To']).toBe(sent.headers['Message-ID']);
    expect(headersOf(byThread.get('t-osaka')!.raw).Subject).toBe('Re: Invoice INV-2004');

    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.path)).toEqual(Array(3).fill('/gmail/v1/users/me/drafts'));
    expect(posts[0]!.body).toEqual({
      message: { raw: expect.stringMatching(/^[A-Za-z0-9_-]+$/), threadId: expect.any(String) },
    });
  });

  it('does not create a second draft for the same customer and stage', async () => {
    await drafts();
    fake.requests.length = 0;
    const { code, out, err } = await drafts();
    expect(code).toBe(0);
    expect(err).toContain('0 created, 3 already in Gmail');
    expect(out.match(/a draft for this stage is already in Gmail/g)).toHaveLength(3);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    expect(fake.drafts).toHaveLength(3);
  });

  it('only reads with --dry-run', async () => {
    const { code, out, err } = await drafts('--dry-run');
    expect(code).toBe(0);
    expect(out).toContain(
      `~ would create Comercial Ibérica SL (${await stageOf('c-iberica')}) to alicia@iberica.es, reply in thread t-iberica`,
    );
    expect(err).toContain('3 would be created');
    expect(fake.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(fake.drafts).toHaveLength(0);
  });

  it('stops at --limit, most money at risk first', async () => {
    const { code } = await drafts('--limit', '1');
    expect(code).toBe(0);
    // Osaka owes EUR 5,000, the most of the three due.
    expect(fake.drafts.map((d) => d.message.threadId)).toEqual(['t-osaka']);
  });

  it('refuses a --limit that is not a positive whole number', async () => {
    const { code, err } = await drafts('--limit', '0');
    expect(code).toBe(2);
    expect(err).toContain('--limit: "0"');
  });

  it('leaves the ledger file as it was', async () => {
    const before = readFileSync(file, 'utf8');
    await drafts();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
