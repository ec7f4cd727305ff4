// npm run bench:thread: the sidebar in real Chromium (Debian's chromium, persistent profile) on an
// IndexedDB ledger at the scale of DESIGN.md section 7: thread change → customer heading and draft
// preview shown, and cold pane open → first suggestion. Prints figures; asserts nothing.
'use strict';
/* global window */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  E2E_DIST,
  SIZE,
  TODAY,
  assertBuilt,
  dist,
  launchChromium,
  startStaticServer,
} = require('./chromiumBench');
const { synthLedger } = dist('core/synth');
const { serializeLedger } = dist('core/ledgerFile');
// DULY_E2E_DIST: a private build of the bench page (webpack --config-name e2e --output-path …), so
// a bench run does not race other builds of dist/e2e.
const PAGES = process.env.DULY_E2E_DIST ? path.resolve(process.env.DULY_E2E_DIST) : E2E_DIST;
const SWITCHES = 200;
const COLD_OPENS = 10;
const INSERTS = 40;
const LIMIT_MS = 5_000;

const ms = (v) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const row = (name, figure, target) =>
  console.log(`${name.padEnd(44)} ${figure.padEnd(52)} ${target ? `target: ${target}` : ''}`);
const spread = (q) => `p95 ${ms(q.p95)}, median ${ms(q.median)}, max ${ms(q.max)} (n=${q.n})`;

function quantiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0, n: s.length };
}

/**
 * Threads from customers with something to chase (an unpaid, unpaused invoice), so the sidebar
 * has a draft to preview: a contact writes, half the time naming one of their invoices.
 */
function threadsOf(ledger, count) {
  const chasable = new Map();
  for (const i of ledger.invoices) {
    if (
      (i.status === 'open' || i.status === 'partly-paid') &&
      !i.pause &&
      !chasable.has(i.customerId)
    )
      chasable.set(i.customerId, i);
  }
  const customers = ledger.customers.filter((c) => chasable.has(c.id) && c.contacts.length > 0);
  const threads = [];
  for (let i = 0; i < count; i++) {
    const c = customers[(i * 7919) % customers.length];
    const invoice = chasable.get(c.id);
    threads.push({
      customerName: c.name,
      item: {
        direction: 'inbound',
        from: c.contacts[0].email,
        to: ['maria.lopez@duly-demo.es'],
        cc: [],
        subject: i % 2 ? `RE: Invoice ${invoice.number}` : 'RE: payment',
        body: 'Hello, we are looking into it.',
        receivedAt: '2026-07-01T06:30:00Z',
        threadId: `bench-thread-${i}`,
        messageId: `bench-message-${i}`,
      },
    });
  }
  return threads;
}

async function main() {
  if (PAGES === E2E_DIST) assertBuilt('thread-bench.html');
  else if (!fs.existsSync(path.join(PAGES, 'thread-bench.html')))
    throw new Error(`${PAGES}/thread-bench.html is missing: build it with --output-path ${PAGES}.`);
  console.log(
    `duly thread bench: ${SIZE.customers} customers, ${SIZE.invoices} invoices, ${SIZE.events} events, Chromium persistent profile`,
  );
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-bench-thread-'));
  const ledger = synthLedger({ ...SIZE, seed: 1, today: TODAY });
  fs.writeFileSync(path.join(data, 'full.json'), serializeLedger(ledger));
  const threads = threadsOf(ledger, SWITCHES + 1);
  const server = await startStaticServer(PAGES, {
    '/data/full.json': path.join(data, 'full.json'),
  });
  const browser = await launchChromium();
  const pageUrl = `${server.url}thread-bench.html`;
  try {
    const page = await browser.open(pageUrl, 'duly thread bench ready');
    page.setDefaultTimeout(0);
    const seeded = await page.evaluate(
      (url) => window.DulyThreadBench.seed(url),
      '/data/full.json',
    );
    row('seed the ledger (restore through the worker)', `${(seeded.ms / 1000).toFixed(1)} s`);
    if (!seeded.ok) console.log('WARNING: the restore reported rejected rows');

    const run = await page.evaluate(
      ({ list, limit }) => window.DulyThreadBench.switches(list, limit, 2),
      { list: threads, limit: LIMIT_MS },
    );
    const [first, again] = run.passes;
    row('thread switch → heading + preview in the DOM', spread(first.dom), 'p95 ≤ 50 ms');
    row('  … to the next animation frame', spread(first.frame), 'p95 ≤ 50 ms');
    row(
      '  longest main-thread task while switching',
      `${ms(first.longestTask)} (${first.longTasks} tasks over 50 ms)`,
      'none > 50 ms',
    );
    const slowest = (pass) =>
      pass.slowest.forEach((s) => console.log(`    ${ms(s.dom)}: ${s.calls.join(', ')}`));
    if (process.env.BENCH_VERBOSE) {
      console.log('  slowest switches, ledger calls in ms from the switch (start→end):');
      slowest(first);
    }
    row('same threads again (reply already logged)', spread(again.dom));
    row(
      '  longest main-thread task',
      `${ms(again.longestTask)} (${again.longTasks} tasks over 50 ms)`,
    );
    if (process.env.BENCH_VERBOSE) slowest(again);
    if (!run.longTasksObservable)
      console.log(
        'WARNING: this Chromium does not report long tasks: the task figures mean nothing',
      );
    if (run.misses.length > 0)
      console.log(`WARNING: ${run.misses.length} switches not shown: ${run.misses[0]}`);
    await page.close();

    // Inserts in read mode, in a fresh tab: the reply form opens with the draft, the reminder
    // is logged, and the pane says so.
    const insertTab = await browser.open(pageUrl, 'duly thread bench ready');
    insertTab.setDefaultTimeout(0);
    const inserted = await insertTab.evaluate(
      ({ list, limit, said }) => window.DulyThreadBench.inserts(list, limit, said),
      {
        list: threads.slice(-INSERTS),
        limit: LIMIT_MS,
        said: 'The reply is open with the draft. The reminder is logged.',
      },
    );
    row('Insert draft → reply open and reminder logged', spread(inserted));
    row(
      '  longest main-thread task while inserting',
      `${ms(inserted.longestTask)} (${inserted.longTasks} tasks over 50 ms)`,
      'none > 50 ms',
    );
    if (inserted.misses.length > 0)
      console.log(`WARNING: ${inserted.misses.length} inserts failed: ${inserted.misses[0]}`);
    await insertTab.close();

    // Cold opens: a fresh tab each time, the ledger already on disk, timed from navigation start.
    const dom = [];
    const frame = [];
    const errors = [];
    for (let i = 0; i < COLD_OPENS; i++) {
      const s = threads[i * 13];
      const tab = await browser.context.newPage();
      tab.setDefaultTimeout(60_000);
      await tab.goto(`${pageUrl}?cold=${encodeURIComponent(JSON.stringify(s))}`);
      await tab.waitForFunction(() => window.DulyThreadBench !== undefined);
      const result = await tab.evaluate(() => window.DulyThreadBench.cold);
      if (result.error) errors.push(result.error);
      else {
        dom.push(result.dom);
        frame.push(result.frame);
      }
      await tab.close();
    }
    row('cold open → first suggestion in the DOM', spread(quantiles(dom)), 'p95 ≤ 1 s');
    row('  … to the next animation frame', spread(quantiles(frame)), 'p95 ≤ 1 s');
    if (errors.length > 0) console.log(`WARNING: ${errors.length} cold opens failed: ${errors[0]}`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
