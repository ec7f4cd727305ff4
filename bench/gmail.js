// npm run bench (Gmail part): the message card built from a 10,000-invoice ledger Sheet through
// the Apps Script fakes, cold (Sheet read, engine validation, cache write) and warm (from the
// chunked cache). Real Apps Script adds its own service-call latency; this measures our code.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const ts = require('typescript');

// Load the TypeScript sources and test fakes directly, transpiled on require.
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
const root = path.resolve(__dirname, '..');
const { synthLedger } = require(path.join(root, 'src/core/synth.ts'));
const { ledgerTabs } = require(path.join(root, 'src/hosts/gmail/sheetRows.ts'));
const { TAB_NAMES } = require(path.join(root, 'src/hosts/gmail/sheetLayout.ts'));
const { SHEET_ID_PROPERTY } = require(path.join(root, 'src/hosts/gmail/ledgerStore.ts'));
const { onMessage, onHomepage } = require(path.join(root, 'src/hosts/gmail/handlers.ts'));
const { createAppsScriptFakes, FakeSpreadsheet } = require(
  path.join(root, 'test/fakes/appsScript/index.ts'),
);

const SIZE = {
  customers: Number(process.env.GMAIL_BENCH_CUSTOMERS ?? 1_000),
  invoices: Number(process.env.GMAIL_BENCH_INVOICES ?? 10_000),
  events: Number(process.env.GMAIL_BENCH_EVENTS ?? 20_000),
};
const RUNS = Number(process.env.GMAIL_BENCH_RUNS ?? 30);
const TODAY = '2026-07-01';

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
}
const f = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const row = (name, s) =>
  console.log(`${name.padEnd(44)} median ${f(s.median)}, p95 ${f(s.p95)} over ${s.n} runs`);

const ledger = synthLedger({ ...SIZE, seed: 1, today: TODAY });
const tabs = ledgerTabs(ledger, ['ar@seller.example']);
console.log(
  `duly gmail bench: a Sheet of ${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ${ledger.events.length} events (node ${process.version})`,
);

function fakesWithSheet() {
  const fakes = createAppsScriptFakes(`${TODAY}T08:00:00Z`);
  const book = fakes.sheets.add(
    new FakeSpreadsheet('bench', 'Duly ledger', ledger.settings.company.timeZone),
  );
  for (const name of TAB_NAMES) book.withTab(name, tabs[name]);
  fakes.properties.setProperty(SHEET_ID_PROPERTY, book.id);
  ledger.customers.forEach((c, i) =>
    fakes.gmail.add({
      id: `m${i}`,
      threadId: `t${i}`,
      accessToken: `k${i}`,
      from: c.contacts[0].email,
      to: 'ar@seller.example',
      cc: '',
      subject: 'RE: payment',
      plainBody: 'Dear team, we are waiting for approval and will pay by 15 July. Regards',
      date: new Date(`${TODAY}T06:00:00Z`),
    }),
  );
  return fakes;
}
const event = (i) => ({
  commonEventObject: {
    hostApp: 'GMAIL',
    platform: 'WEB',
    userLocale: 'en',
    parameters: {},
    formInputs: {},
  },
  gmail: { messageId: `m${i}`, threadId: `t${i}`, accessToken: `k${i}` },
});
const time = (fn) => {
  const start = performance.now();
  const card = fn();
  if (card.name === 'error') throw new Error(JSON.stringify(card));
  return performance.now() - start;
};

const cold = [];
for (let r = 0; r < Math.min(RUNS, 10); r++) {
  const fakes = fakesWithSheet();
  cold.push(time(() => onMessage(fakes.host, event((r * 7919) % ledger.customers.length))));
}
row('message card, cold (read + validate Sheet)', stats(cold));

const warmFakes = fakesWithSheet();
onMessage(warmFakes.host, event(0));
const warm = [];
for (let r = 1; r <= RUNS; r++)
  warm.push(time(() => onMessage(warmFakes.host, event((r * 7919) % ledger.customers.length))));
row('message card, warm (chunked cache)', stats(warm));

const home = [];
for (let r = 0; r < Math.min(RUNS, 10); r++)
  home.push(time(() => onHomepage(warmFakes.host, event(0))));
row('homepage card (silent list), warm', stats(home));
