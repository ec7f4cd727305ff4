// npm run bench:store: the IndexedDB ledger in real Chromium (Debian's chromium, persistent
// profile) at the scale of DESIGN.md section 7, each figure beside a raw-IndexedDB baseline
// measured in the same run. Prints figures; asserts nothing.
'use strict';
/* global window */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
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
const { toDecimalString } = dist('core/money');

const ms = (v) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const s = (v) => `${(v / 1000).toFixed(2)} s`;
const mb = (v) => `${(v / 1e6).toFixed(0)} MB`;
const row = (name, figure, baseline, ratio) =>
  console.log(
    `${name.padEnd(40)} ${figure.padEnd(44)} ${baseline ? `raw: ${baseline}`.padEnd(40) : ''.padEnd(40)} ${ratio ?? ''}`,
  );
const phasesOf = (job) =>
  Object.entries(job.phases)
    .filter(([, t]) => t >= 1)
    .map(([name, t]) => `${name} ${s(t)}`)
    .join(', ');
const ratio = (a, b) => (b > 0 ? `×${(a / b).toFixed(1)}` : '');
// BENCH_ONLY=imports or BENCH_ONLY=restore runs one half (for back-to-back comparisons);
// BENCH_ONLY=shapes times bare put loops of the document shapes weighed for schema version 4.
const ONLY = process.env.BENCH_ONLY ?? '';

function csvOf(ledger) {
  const names = new Map(ledger.customers.map((c) => [c.id, c]));
  const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    'Invoice number,Customer id,Customer name,Email,PO,Issue date,Due date,Currency,Amount,Paid,Status',
  ];
  for (const i of ledger.invoices) {
    const c = names.get(i.customerId);
    lines.push(
      [
        i.number,
        c.id,
        c.name,
        c.contacts[0]?.email ?? '',
        i.po ?? '',
        i.issueDate,
        i.dueDate,
        i.amount.currency,
        toDecimalString(i.amount),
        toDecimalString(i.paid),
        i.status,
      ]
        .map(q)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function duBytes(dir) {
  try {
    return Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
  } catch {
    return NaN;
  }
}

async function main() {
  assertBuilt();
  console.log(
    `duly store bench: ${SIZE.customers} customers, ${SIZE.invoices} invoices, ${SIZE.events} events, Chromium persistent profile`,
  );
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-bench-data-'));
  const ledger = synthLedger({ ...SIZE, seed: 1, today: TODAY });
  if (ONLY === '' || ONLY === 'restore')
    fs.writeFileSync(path.join(data, 'full.json'), serializeLedger(ledger));
  fs.writeFileSync(path.join(data, 'invoices.json'), serializeLedger({ ...ledger, events: [] }));
  fs.writeFileSync(path.join(data, 'invoices.csv'), csvOf(ledger));
  // A month later: a third of the unpaid invoices paid in full since, the rest as they were.
  let unpaidSeen = 0;
  const resync = {
    ...ledger,
    invoices: ledger.invoices.map((i) =>
      i.status !== 'paid' && unpaidSeen++ % 3 === 0 ? { ...i, status: 'paid', paid: i.amount } : i,
    ),
  };
  const paidSince = Math.ceil(unpaidSeen / 3);
  fs.writeFileSync(path.join(data, 'resync.csv'), csvOf(resync));
  const server = await startStaticServer(process.env.DULY_E2E_DIST ?? E2E_DIST, {
    '/data/full.json': path.join(data, 'full.json'),
    '/data/invoices.json': path.join(data, 'invoices.json'),
    '/data/invoices.csv': path.join(data, 'invoices.csv'),
    '/data/resync.csv': path.join(data, 'resync.csv'),
  });
  const browser = await launchChromium();
  try {
    const page = await browser.open(`${server.url}store.html`, 'duly store e2e ready');
    page.setDefaultTimeout(0);
    const run = (fn, arg) => page.evaluate(fn, arg);
    if (ONLY === 'shapes') {
      const shapes = await run(
        (url) => window.DulyE2E.bench.shapeBaselines(url, 3),
        '/data/invoices.json',
      );
      console.log('bare put loops of 10k customer documents (median of 3, order rotated):');
      for (const [label, times] of Object.entries(shapes)) {
        const sorted = [...times].sort((a, b) => a - b);
        row(`  ${label}`, '', `put ${s(sorted[1])}`);
      }
      return;
    }

    // Threads as in bench/run.js: a contact writes, half the time naming an invoice.
    const firstInvoice = new Map();
    for (const i of ledger.invoices)
      if (!firstInvoice.has(i.customerId)) firstInvoice.set(i.customerId, i);
    const threads = [];
    for (let i = 0; i < 1000; i++) {
      const c = ledger.customers[(i * 7919) % ledger.customers.length];
      const inv = firstInvoice.get(c.id);
      threads.push({
        from: c.contacts[0].email,
        subject: i % 2 && inv ? `RE: Invoice ${inv.number}` : 'RE: payment',
      });
    }
    const emails = threads.map((t) => t.from);
    const logTargets = Array.from(
      { length: 200 },
      (_, i) => ledger.customers[(i * 104729) % ledger.customers.length].id,
    );

    // Imports first, each into its own fresh database in a fresh profile: run after deleting a
    // few hundred MB of databases (the restore's, or the baselines'), an import took seconds
    // longer. The raw baseline databases are kept until the end for the same reason.
    let json, csv, importBase;
    if (ONLY !== 'restore') {
      json = await run(() => window.DulyE2E.bench.longJob('json', '/data/invoices.json', 'json'));
      csv = await run(() => window.DulyE2E.bench.longJob('csv', '/data/invoices.csv', 'csv'));
      importBase = await run(
        (url) => window.DulyE2E.bench.importBaselines(url),
        '/data/invoices.json',
      );
      for (const name of ['duly-ledger:json', 'duly-ledger:csv', 'raw-import'])
        await run((n) => window.DulyE2E.bench.deleteDb(n), name);
    }
    const idbDir = path.join(browser.profileDir, 'Default', 'IndexedDB');

    let base;
    if (ONLY !== 'imports') {
      base = await run(({ url, emails }) => window.DulyE2E.bench.baselines(url, emails), {
        url: '/data/full.json',
        emails,
      });

      const before = await run(() => window.DulyE2E.bench.storage());
      const diskBefore = duBytes(idbDir);
      const restore = await run(
        ({ url }) => window.DulyE2E.bench.longJob('restore', url, 'restore'),
        { url: '/data/full.json' },
      );
      const after = await run(() => window.DulyE2E.bench.storage());
      const diskAfter = duBytes(idbDir);
      const rawDocs = base.putCustomerDocs.ms + base.putEventChunks.ms;
      row(
        'restore whole ledger (worker)',
        `${s(restore.ms)} (${mb(restore.bytes)} file)`,
        `put docs ${s(rawDocs)}`,
        ratio(restore.ms, rawDocs),
      );
      row(
        '  longest main-thread task',
        ms(restore.longestTask),
        `put loop ${ms(Math.max(base.putCustomerDocs.longestTask, base.putEventChunks.longestTask))}`,
      );
      row(
        '  longest gap between progress reports',
        `${ms(restore.maxProgressGap)} (before: ${restore.gapBefore})`,
      );
      row('  time per phase (from progress reports)', phasesOf(restore));
      const rawIndexed = base.putIndexedDocs.ms + base.putEventChunks.ms + base.putLookups.ms;
      row(
        "  put docs with the ledger's indexes",
        '',
        `put docs ${s(rawIndexed)}`,
        ratio(restore.ms, rawIndexed),
      );
      row(
        '    of which',
        '',
        `docs ${s(base.putIndexedDocs.ms)}, chunks ${s(base.putEventChunks.ms)}, ${base.lookupRecords} lookup buckets ${s(base.putLookups.ms)}`,
      );
      if (base.putV3Docs)
        row(
          "  put docs with version 3's indexes",
          '',
          `docs ${s(base.putV3Docs.ms)} (invoice and PO number indexes; version 4 keeps them in buckets)`,
        );
      const rawV2 = base.putV2Docs.ms + base.putV2Chunks.ms;
      row(
        '  put docs with version 2 indexes',
        '',
        `put docs ${s(rawV2)}`,
        ratio(restore.ms, rawV2),
      );
      row(
        '    of which',
        '',
        `docs ${s(base.putV2Docs.ms)}, chunks ${s(base.putV2Chunks.ms)} (thread index alone ${s(base.putThreadChunks.ms)})`,
      );

      const lookups = await run(
        ({ threads, free }) => window.DulyE2E.bench.lookups('restore', threads, free),
        {
          threads,
          free: ledger.settings.freeMailDomains,
        },
      );
      row(
        'open thread: match + facts + 50 events',
        `p95 ${ms(lookups.p95)}, median ${ms(lookups.median)}`,
        `index getAll p95 ${ms(base.indexGet.p95)}`,
        ratio(lookups.p95, base.indexGet.p95),
      );
      const logs = await run(({ ids }) => window.DulyE2E.bench.logEvents('restore', ids), {
        ids: logTargets,
      });
      row(
        'log one event',
        `p95 ${ms(logs.p95)}, median ${ms(logs.median)}`,
        `one-record put p95 ${ms(base.onePut.p95)}`,
        ratio(logs.p95, base.onePut.p95),
      );
      const silent = await run(() => window.DulyE2E.bench.silent('restore', 5));
      row(
        'silent list (all customers)',
        `median ${ms(silent.median)} (${silent.count} silent)`,
        `getAll ${base.silentCandidates} docs ${ms(base.getAllSilentSized)}`,
        ratio(silent.median, base.getAllSilentSized),
      );
      if (base.getAllSummaries !== undefined) {
        const aging = await run(() => window.DulyE2E.bench.aging('restore', 5));
        row(
          'aging (all customers)',
          `median ${ms(aging.median)} (${aging.rows} currencies)`,
          `getAll ${base.summaryRecords} version-3 summaries ${ms(base.getAllSummaries)}`,
          ratio(aging.median, base.getAllSummaries),
        );
      }
      row(
        'storage after restore',
        `estimate +${mb(after.usage - before.usage)}, on disk +${mb(diskAfter - diskBefore)}`,
        '',
      );
      if (!restore.ok) console.log('WARNING: the restore reported rejected rows');

      // The 100k invoices imported again into the full ledger (1M events), matched by number:
      // unchanged, then with one in ten paid since (a monthly re-sync from the ERP).
      if (ONLY === '') {
        for (const [label, url, kind] of [
          ['unchanged, ledger JSON', '/data/invoices.json', 'json'],
          ['unchanged, CSV', '/data/invoices.csv', 'csv'],
          [`${paidSince} of them paid since, CSV`, '/data/resync.csv', 'csv'],
        ]) {
          const again = await run(
            ({ url, kind }) => window.DulyE2E.bench.longJob('restore', url, kind),
            { url, kind },
          );
          row(
            `re-import 100k invoices, ${label}`,
            `${s(again.ms)} (${again.updated} matched, ${again.created} new)`,
            `put docs ${s(base.putIndexedDocs.ms)}`,
            ratio(again.ms, base.putIndexedDocs.ms),
          );
          row('  time per phase', phasesOf(again));
          row(
            '  longest gap between progress reports',
            `${ms(again.maxProgressGap)} (before: ${again.gapBefore})`,
          );
          if (!again.ok) console.log('WARNING: the re-import reported rejected rows');
        }
      }
    }

    if (ONLY !== 'restore') {
      console.log(
        'imports: first in a fresh profile, each into its own new database, before the baselines and the restore',
      );
      for (const [label, job] of [
        ['ledger JSON', json],
        ['CSV', csv],
      ]) {
        row(
          `import 100k invoices, ${label}`,
          s(job.ms),
          `put 100k invoices ${s(importBase.putInvoices.ms)}`,
          ratio(job.ms, importBase.putInvoices.ms),
        );
        row(
          '  against the indexed document floor',
          '',
          `put 10k docs, indexes ${s(importBase.putIndexedDocs.ms)}`,
          ratio(job.ms, importBase.putIndexedDocs.ms),
        );
        row(
          '  longest main-thread task',
          ms(job.longestTask),
          `put loop ${ms(importBase.putInvoices.longestTask)}`,
        );
      }
      row(
        '  customer documents alone',
        '',
        `put 10k docs ${s(importBase.putDocs.ms)}, with the ledger's indexes ${s(importBase.putIndexedDocs.ms)}, with version 3's ${importBase.putV3Docs ? s(importBase.putV3Docs.ms) : '(not measured)'} (after the imports)${base ? `; later in the run ${s(base.putCustomerDocs.ms)}, ${s(base.putIndexedDocs.ms)}, version 2's ${s(base.putV2Docs.ms)}` : ''}`,
      );
      if (importBase.putLookups)
        row(
          '  other records of an import',
          '',
          `${importBase.lookupRecords} lookup buckets ${s(importBase.putLookups.ms)} (invoice-id ones alone ${s(importBase.putIdBuckets.ms)}), ${importBase.summaryRecords} summaries as version 3 wrote them ${s(importBase.putSummaries.ms)} (ids only ${s(importBase.putTinySummaries.ms)}; version 4 writes none)`,
        );
      row('  JSON time per phase', phasesOf(json));
      row('  CSV time per phase', phasesOf(csv));
      row(
        '  longest gap between progress reports',
        `JSON ${ms(json.maxProgressGap)} (before: ${json.gapBefore}), CSV ${ms(csv.maxProgressGap)} (before: ${csv.gapBefore})`,
        '',
      );
      if (!json.ok || !csv.ok) console.log('WARNING: an import reported rejected rows');
    }
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
