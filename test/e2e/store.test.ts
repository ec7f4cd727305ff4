// The IndexedDB ledger in real Chromium: Debian's chromium, a fresh persistent profile, the
// built page dist/e2e/store.html (npm run test:e2e builds it first).
import { serializeLedger } from '../../src/core/ledgerFile';
import { normalizeReference } from '../../src/core/matching';
import type { Page } from 'playwright-core';
import { sampleLedger, sampleLedgerText } from '../store/testLedger';
import {
  assertBuilt,
  E2E_DIST,
  launchChromium,
  startStaticServer,
  type Browser,
  type StaticServer,
} from './harness';

const READY = 'duly store e2e ready';
let server: StaticServer;
let browser: Browser;
let page: Page;
let partition = 0;
const fresh = (): string => `e2e-${++partition}`;

beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer(E2E_DIST);
  browser = await launchChromium();
  page = await browser.open(`${server.url}store.html`, READY);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('IdbLedgerRepository in Chromium', () => {
  it('imports a ledger file in a worker and answers every lookup from its indexes', async () => {
    const text = sampleLedgerText();
    const ledger = sampleLedger();
    const customer = ledger.customers.find((c) =>
      ledger.invoices.some((i) => i.customerId === c.id && i.po),
    )!;
    const invoice = ledger.invoices.find((i) => i.customerId === customer.id && i.po)!;
    const found = await page.evaluate(
      async ({ key, text, email, number, po }) => {
        const { openRepo, core } = window.DulyE2E;
        const repo = await openRepo(key, { worker: true });
        const phases: string[] = [];
        const outcome = await repo.importLedger(new Blob([text]), {
          onProgress: (p) => phases.push(p.phase ?? ''),
        });
        const domain = core.domainOf(email);
        const hits = await repo.hitsFor({
          role: 'sender',
          addresses: [email],
          domains: [domain],
          tokens: [
            { value: core.normalizeReference(number), where: 'subject' },
            { value: core.normalizeReference(po), where: 'body' },
          ],
        });
        const result = {
          outcome,
          phases,
          byAddress: hits.customersByAddress.get(email)?.map((c) => c.id),
          byDomain: hits.customersByDomain.get(domain)?.map((c) => c.id),
          byNumber: hits.invoicesByNumber
            .get(core.normalizeReference(number))
            ?.map((i) => i.number),
          byPo: hits.invoicesByPo.get(core.normalizeReference(po))?.map((i) => i.number),
          silent: (await repo.silentList('2026-07-01' as never)).length,
        };
        repo.close();
        return result;
      },
      {
        key: fresh(),
        text,
        email: customer.contacts[0]!.email,
        number: invoice.number,
        po: invoice.po!,
      },
    );
    expect(found.outcome).toMatchObject({ ok: true, created: ledger.invoices.length });
    expect(found.phases).toContain('writing');
    expect(found.phases[found.phases.length - 1]).toBe('done');
    expect(found.byAddress).toEqual([customer.id]);
    expect(found.byDomain).toContain(customer.id);
    expect(found.byNumber).toEqual([invoice.number]);
    expect(found.byPo).toContain(invoice.number);
    expect(found.silent).toBeGreaterThan(0);
  });

  it('imports CSV, then finds the new invoices by number and thread events by thread id', async () => {
    const result = await page.evaluate(async (key) => {
      const { openRepo } = window.DulyE2E;
      const repo = await openRepo(key, { worker: true });
      const csv =
        'Invoice,Customer,Email,PO,Due date,Currency,Amount\nA-1,Acme GmbH,ap@acme.example,PO-9,2026-05-01,EUR,"1,200.00"\n';
      const outcome = await repo.importInvoicesCsv(new Blob([csv]), {
        defaultTimeZone: 'Europe/Berlin',
      });
      const again = await repo.importInvoicesCsv(csv, { defaultTimeZone: 'Europe/Berlin' });
      const hits = await repo.hitsFor({
        role: 'sender',
        addresses: [],
        domains: [],
        tokens: [{ value: 'A1', where: 'subject' }],
      });
      const invoice = hits.invoicesByNumber.get('A1')![0]!;
      await repo.logEvent({
        id: 'ev-1',
        customerId: invoice.customerId,
        at: '2026-06-30T10:00:00Z',
        direction: 'outbound',
        channel: 'email',
        kind: 'reminder',
        threadId: 'thread-1',
        invoiceIds: [invoice.id],
      });
      const thread = await repo.threadEvents('thread-1');
      const all = await repo.exportAll();
      repo.close();
      return {
        outcome,
        again,
        amount: invoice.amount,
        thread: thread.map((e) => e.id),
        invoices: all.invoices.length,
      };
    }, fresh());
    expect(result.outcome).toMatchObject({ ok: true, created: 1, customersCreated: 1 });
    expect(result.again).toMatchObject({ ok: true, created: 0, updated: 1 });
    expect(result.amount).toEqual({ minor: 120000, currency: 'EUR' });
    expect(result.thread).toEqual(['ev-1']);
    expect(result.invoices).toBe(1);
  });

  it('upgrades a version-1 database with data and keeps every record', async () => {
    const ledger = sampleLedger();
    const exported = await page.evaluate(
      async ({ key, ledger }) => {
        const { openRepo, openVersion1, databaseNameFor } = window.DulyE2E;
        const v1 = await openVersion1(databaseNameFor(key), ledger);
        v1.close();
        const repo = await openRepo(key);
        const text = await (await repo.exportBackup()).text();
        const silent = (await repo.silentList('2026-07-01' as never)).length;
        repo.close();
        return { text, silent };
      },
      { key: fresh(), ledger },
    );
    expect(exported.text).toBe(serializeLedger(ledger));
    expect(exported.silent).toBeGreaterThan(0);
  });

  it('upgrades a version-2 database with data to lookup buckets and keeps every record', async () => {
    const ledger = sampleLedger();
    const event = ledger.events.find((e) => e.id !== undefined && e.threadId !== undefined)!;
    const thread = ledger.events.filter((e) => e.threadId === event.threadId);
    const found = await page.evaluate(
      async ({ key, ledger, eventId, threadId }) => {
        const { openRepo, openVersion2, databaseNameFor } = window.DulyE2E;
        const link = { threadId: 'thr-by-hand', customerId: ledger.customers[1]!.id };
        const v2 = await openVersion2(databaseNameFor(key), ledger, link);
        v2.close();
        const repo = await openRepo(key);
        const result = {
          text: await (await repo.exportBackup()).text(),
          hasEvent: await repo.hasEvent(eventId),
          thread: await repo.threadEvents(threadId),
          link: await repo.threadLink(link.threadId),
        };
        repo.close();
        return { ...result, linked: link.customerId };
      },
      { key: fresh(), ledger, eventId: event.id!, threadId: event.threadId! },
    );
    expect(found.text).toBe(serializeLedger(ledger));
    expect(found.hasEvent).toBe(true);
    expect(found.thread.map((e) => e.id).sort()).toEqual(thread.map((e) => e.id).sort());
    expect(found.link).toBe(found.linked);
  });

  it('upgrades a version-3 database with data to reference buckets and keeps every record', async () => {
    const ledger = sampleLedger();
    const invoice = ledger.invoices.find((i) => i.po !== undefined)!;
    const found = await page.evaluate(
      async ({ key, ledger, number, po }) => {
        const { core, openRepo, openVersion3, databaseNameFor } = window.DulyE2E;
        const link = { threadId: 'thr-by-hand', customerId: ledger.customers[2]!.id };
        const v3 = await openVersion3(databaseNameFor(key), ledger, link);
        v3.close();
        const repo = await openRepo(key);
        const clues = core.threadClues(
          { direction: 'inbound', from: '', to: [], cc: [], subject: `${number} ${po}`, body: '' },
          { freeMailDomains: ledger.settings.freeMailDomains },
        );
        const hits = await repo.hitsFor(clues);
        const result = {
          text: await (await repo.exportBackup()).text(),
          byNumber: [...hits.invoicesByNumber.values()].flat().map((i) => i.id),
          byPo: [...hits.invoicesByPo.values()].flat().map((i) => i.id),
          link: await repo.threadLink(link.threadId),
        };
        repo.close();
        return { ...result, linked: link.customerId };
      },
      { key: fresh(), ledger, number: invoice.number, po: invoice.po! },
    );
    expect(found.text).toBe(serializeLedger(ledger));
    expect(found.byNumber).toEqual([invoice.id]);
    expect(found.byPo).toEqual(
      ledger.invoices
        .filter(
          (i) => i.po !== undefined && normalizeReference(i.po) === normalizeReference(invoice.po!),
        )
        .map((i) => i.id),
    );
    expect(found.link).toBe(found.linked);
  });

  it('tells the user to close the other tab when it blocks an upgrade', async () => {
    const key = fresh();
    const other = await browser.open(`${server.url}store.html`, READY);
    await other.evaluate(
      async ({ key, ledger }) => {
        const { openVersion1, databaseNameFor } = window.DulyE2E;
        // Kept open on purpose, without a versionchange handler: an old pane that never steps aside.
        (window as unknown as { held: IDBDatabase }).held = await openVersion1(
          databaseNameFor(key),
          ledger,
        );
      },
      { key, ledger: sampleLedger() },
    );
    const blocked = await page.evaluate(async (key) => {
      const told: string[] = [];
      try {
        await window.DulyE2E.openRepo(key, { timeoutMs: 1500, onBlocked: (m) => told.push(m) });
        return { code: 'opened', message: '', told };
      } catch (error) {
        const e = error as { code: string; message: string };
        return { code: e.code, message: e.message, told };
      }
    }, key);
    expect(blocked.code).toBe('blocked');
    expect(blocked.message).toContain('Close the other Duly panes');
    expect(blocked.told).toHaveLength(1);
    await other.close();
    const version = await page.evaluate(async (key) => {
      const repo = await window.DulyE2E.openRepo(key);
      const customers = (await repo.exportAll()).customers.length;
      repo.close();
      return customers;
    }, key);
    expect(version).toBe(sampleLedger().customers.length);
  });

  it('loses no event when two tabs log at the same time', async () => {
    const key = fresh();
    const ledger = sampleLedger();
    const customerId = ledger.customers[0]!.id;
    await page.evaluate(
      async ({ key, ledger }) => {
        const repo = await window.DulyE2E.openRepo(key);
        await repo.replaceAll({ ...ledger, events: [] });
        repo.close();
      },
      { key, ledger },
    );
    const other = await browser.open(`${server.url}store.html`, READY);
    const logFrom = (tab: Page, name: string) =>
      tab.evaluate(
        async ({ key, name, customerId }) => {
          const repo = await window.DulyE2E.openRepo(key);
          const results = await Promise.all(
            Array.from({ length: 60 }, (_, i) =>
              repo.logEvent({
                id: `${name}-${i}`,
                customerId: customerId as never,
                at: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
                direction: 'outbound',
                channel: 'email',
                kind: 'reminder',
                invoiceIds: [],
              }),
            ),
          );
          repo.close();
          return results.filter(Boolean).length;
        },
        { key, name, customerId },
      );
    const [a, b] = await Promise.all([logFrom(page, 'a'), logFrom(other, 'b')]);
    await other.close();
    expect(a + b).toBe(120);
    const ids = await page.evaluate(
      async ({ key, customerId }) => {
        const repo = await window.DulyE2E.openRepo(key);
        const events = await repo.recentEvents(customerId as never, 1000);
        repo.close();
        return events.map((e) => e.id);
      },
      { key, customerId },
    );
    expect(new Set(ids).size).toBe(120);
  });

  it('exports a backup, restores it and exports the same bytes again', async () => {
    const text = sampleLedgerText();
    const result = await page.evaluate(
      async ({ key, text }) => {
        const repo = await window.DulyE2E.openRepo(key, { worker: true });
        await repo.restoreBackup(new Blob([text]));
        const first = await repo.exportBackup();
        const firstText = await first.text();
        await repo.restoreBackup(first.handle as Blob);
        const second = await (await repo.exportBackup()).text();
        const info = await repo.storageInfo();
        repo.close();
        return {
          same: firstText === second,
          length: firstText.length,
          firstText,
          lastBackupAt: info.lastBackupAt,
          isBlob: first.handle instanceof Blob,
        };
      },
      { key: fresh(), text },
    );
    expect(result.same).toBe(true);
    expect(result.firstText).toBe(serializeLedger(sampleLedger()));
    expect(result.isBlob).toBe(true);
    expect(result.lastBackupAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('writes CSV exports that no spreadsheet runs as formulas', async () => {
    const ledger = sampleLedger();
    const csv = await page.evaluate(
      async ({ key, ledger }) => {
        const repo = await window.DulyE2E.openRepo(key, { worker: true });
        const first = ledger.customers[0]!;
        const evil = ['=HYPERLINK("http://x")', '+SUM(1,2)', '-2+3', '@cmd', '\tTAB', '\rCR'];
        await repo.replaceAll({
          ...ledger,
          customers: [{ ...first, name: evil[0]! }],
          invoices: evil.map((number, i) => ({
            ...ledger.invoices[0]!,
            id: `x-${i}` as never,
            customerId: first.id,
            number,
            po: undefined,
          })),
          events: [],
        });
        const text = await (await repo.exportInvoicesCsv()).text();
        repo.close();
        return text;
      },
      { key: fresh(), ledger },
    );
    const cells = csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) =>
        line
          .match(/("([^"]|"")*"|[^,]*)/g)!
          .filter((c, i, all) => c !== '' || all[i - 1] === undefined),
      );
    for (const row of cells) {
      for (const cell of row) {
        const value = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        if (/^-?\d+(\.\d+)?$/.test(value)) continue;
        expect(['=', '+', '-', '@', '\t', '\r']).not.toContain(value[0]);
      }
    }
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'+SUM`);
    expect(csv).toContain(`'@cmd`);
  });
});
