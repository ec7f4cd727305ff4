// npm run bench: the engine at the scale of DESIGN.md section 7 (10,000 customers, 100,000
// invoices, 1,000,000 events). Prints medians and p95; asserts nothing.
'use strict';
const { performance } = require('node:perf_hooks');
const dist = (m) => require(`../dist/node/${m}`);
const { synthLedger } = dist('core/synth');
const { serializeLedger, parseLedgerText } = dist('core/ledgerFile');
const { createLedgerIndex } = dist('core/ledgerIndex');
const { suggest } = dist('core/suggest');
const { contactHistoryOf } = dist('core/contactHistory');
const { silentCustomers } = dist('core/silence');
const { silentOf } = dist('cli/commands/silentCommand');

const SIZE = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
  invoices: Number(process.env.BENCH_INVOICES ?? 100_000),
  events: Number(process.env.BENCH_EVENTS ?? 1_000_000),
};
const TODAY = '2026-07-01';

function time(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}
function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
}
const f = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const row = (name, text) => console.log(`${name.padEnd(44)} ${text}`);

console.log(
  `duly bench: ${SIZE.customers} customers, ${SIZE.invoices} invoices, ${SIZE.events} events (node ${process.version})`,
);
const synth = time(() => synthLedger({ ...SIZE, seed: 1, today: TODAY }));
row('synthesize ledger', f(synth.ms));
const ledger = synth.value;
const text = time(() => serializeLedger(ledger));
row('serialize ledger file', `${f(text.ms)} (${(text.value.length / 1e6).toFixed(0)} MB)`);
const parsed = time(() => parseLedgerText(text.value, 'bench.json'));
row('parse + validate ledger file', f(parsed.ms));
const index = time(() => createLedgerIndex(ledger, ledger.settings.freeMailDomains));
row('build in-memory index', f(index.ms));

// Threads: a customer's contact writes, half the time naming an invoice in the subject.
const byCustomer = new Map();
for (const inv of ledger.invoices)
  if (!byCustomer.has(inv.customerId)) byCustomer.set(inv.customerId, inv);
const threads = [];
for (let i = 0; i < 1000; i++) {
  const c = ledger.customers[(i * 7919) % ledger.customers.length];
  const inv = byCustomer.get(c.id);
  threads.push({
    direction: 'inbound',
    from: c.contacts[0].email,
    to: ['ar@seller.example'],
    cc: [],
    subject: i % 2 && inv ? `RE: Invoice ${inv.number}` : 'RE: payment',
    body: 'Dear team, we are waiting for approval from our director and will pay by 15 July. Regards',
    receivedAt: '2026-06-30T10:00:00Z',
  });
}
const suggestTimes = threads.map(
  (item) =>
    time(() => suggest({ item, index: index.value, settings: ledger.settings, today: TODAY })).ms,
);
const s = stats(suggestTimes);
row(
  'suggest (match, stage, reason, draft)',
  `median ${f(s.median)}, p95 ${f(s.p95)} over ${s.n} threads`,
);

const silentRuns = [0, 1, 2].map(() => time(() => silentOf(ledger, TODAY)));
const sr = stats(silentRuns.map((r) => r.ms));
row(
  'silent list, folding 1M events',
  `median ${f(sr.median)} (${silentRuns[0].value.length} silent)`,
);

// What the store will do: histories kept per customer on write, so the list only ranks.
const entries = ledger.customers.map((customer) => ({
  customer,
  invoices: index.value.invoicesOf(customer.id),
  history: contactHistoryOf(index.value.eventsOf(customer.id), ledger.settings.company.timeZone),
}));
const summaryRuns = [0, 1, 2, 3, 4].map(() =>
  time(() => silentCustomers(entries, TODAY, () => ledger.settings.policy)),
);
const sm = stats(summaryRuns.map((r) => r.ms));
row('silent list from kept summaries', `median ${f(sm.median)}`);
