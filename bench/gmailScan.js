// npm run bench: `duly gmail scan` of 10,000 customers against the loopback fake Gmail server,
// with the real Google client. Prints requests (per customer) and time; asserts nothing.
'use strict';
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const ts = require('typescript');
const dist = (m) => require(`../dist/node/${m}`);
const { synthLedger } = dist('core/synth');
const { scanMailbox } = dist('cli/gmail/scanCommand');
const { openGmail } = dist('cli/gmail/gmailClient');
const { createGmailCaller, DEFAULT_CALLER_OPTIONS } = dist('cli/gmail/gmailCaller');

// The fake lives with the tests in TypeScript; it imports only node: modules, so transpile it.
function loadFake() {
  const source = readFileSync(join(__dirname, '../test/fakes/fakeGmailServer.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'duly-bench-')), 'fakeGmailServer.js');
  writeFileSync(file, outputText);
  return require(file);
}

const CUSTOMERS = Number(process.env.BENCH_GMAIL_CUSTOMERS ?? 10_000);
const TODAY = '2026-07-01';
const ME = 'ar@seller.example';

function mailbox(ledger) {
  const messages = [];
  const at = (day, minute) =>
    Date.parse(`2026-06-${String(day).padStart(2, '0')}T09:00:00Z`) + minute * 60_000;
  ledger.customers.forEach((c, i) => {
    const to = c.contacts[0]?.email;
    if (!to) return;
    const thread = `t${i}`;
    const mail = (id, internalDate, headers, extra = {}) =>
      messages.push({
        id,
        threadId: thread,
        internalDate,
        labelIds: ['INBOX'],
        headers: { 'Message-ID': `<${id}@bench>`, ...headers },
        ...extra,
      });
    mail(
      `s${i}`,
      at(1 + (i % 25), 0),
      { From: ME, To: to, Subject: `Invoice reminder ${i}` },
      { labelIds: ['SENT'] },
    );
    if (i % 2 === 0)
      mail(
        `r${i}`,
        at(2 + (i % 25), 5),
        { From: to, To: ME, Subject: `Re: Invoice reminder ${i}` },
        {
          snippet: 'We will pay next week.',
        },
      );
    if (i % 10 === 1)
      mail(`o${i}`, at(1 + (i % 25), 1), {
        From: to,
        To: ME,
        Subject: `Automatic reply: Invoice reminder ${i}`,
        'Auto-Submitted': 'auto-replied',
      });
    if (i % 50 === 3)
      mail(`b${i}`, at(1 + (i % 25), 2), {
        From: 'mailer-daemon@googlemail.com',
        To: ME,
        Subject: 'Delivery Status Notification (Failure)',
        'X-Failed-Recipients': to,
      });
  });
  return messages;
}

async function main() {
  const { startFakeGmail } = loadFake();
  const ledger = synthLedger({
    customers: CUSTOMERS,
    invoices: CUSTOMERS * 3,
    events: 0,
    seed: 7,
    today: TODAY,
  });
  const messages = mailbox(ledger);
  const fake = await startFakeGmail({ email: ME, messages, accessToken: 'bench' });
  const session = () => ({
    gmail: openGmail({
      apiRoot: fake.url,
      env: { DULY_GMAIL_ACCESS_TOKEN: 'bench' },
      configDir: tmpdir(),
    }).gmail,
    caller: createGmailCaller(fake.url, DEFAULT_CALLER_OPTIONS),
  });
  const row = (name, text) => console.log(`${name.padEnd(44)} ${text}`);
  console.log(
    `duly gmail scan bench: ${CUSTOMERS} customers, ${messages.length} messages, concurrency ${DEFAULT_CALLER_OPTIONS.concurrency} (node ${process.version})`,
  );

  const run = async (input) => {
    const before = fake.requests.length;
    const start = performance.now();
    const result = await scanMailbox(input, '2026-01-02', session());
    const ms = performance.now() - start;
    const sent = fake.requests.slice(before);
    const lists = sent.filter((r) => r.path.endsWith('/messages')).length;
    return { ms, result, requests: sent.length, lists, gets: sent.length - lists - 1 };
  };
  const first = await run(ledger);
  row(
    'first scan (empty log)',
    `${(first.ms / 1000).toFixed(1)} s, ${first.requests} requests (${first.result.queries} searches, ${first.lists} list pages, ${first.gets} gets) = ${(first.requests / CUSTOMERS).toFixed(2)} per customer; ${first.result.added} events`,
  );
  const again = [];
  for (let i = 0; i < 3; i++) again.push(await run(first.result.ledger));
  again.sort((a, b) => a.ms - b.ms);
  const median = again[1];
  row(
    'second scan (all known), median of 3',
    `${(median.ms / 1000).toFixed(2)} s, ${median.requests} requests (${median.lists} list pages, ${median.gets} gets); ${median.result.added} events`,
  );
  await fake.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
