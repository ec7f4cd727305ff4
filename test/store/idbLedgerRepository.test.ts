import { customerMatchesQuery } from '../../src/core/customerSearch';
import { agingBuckets } from '../../src/core/agingBuckets';
import { contactHistoryOf } from '../../src/core/contactHistory';
import { serializeLedger } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import { threadClues } from '../../src/core/matching';
import type { CustomerId, Invoice, InvoiceId, Ledger, LedgerEvent } from '../../src/core/model';
import { money } from '../../src/core/money';
import { silentCustomers } from '../../src/core/silence';
import { policyFor } from '../../src/core/suggest';
import { openIdbLedgerRepository, type IdbLedgerRepository } from '../../src/store';
import { CHUNK_SIZE } from '../../src/store/schema';
import { FIXED_CLOCK, freshPartition, sampleLedger, sampleLedgerText, TODAY } from './testLedger';

async function seeded(ledger: Ledger = sampleLedger()): Promise<IdbLedgerRepository> {
  const repo = await openIdbLedgerRepository({
    clock: FIXED_CLOCK,
    partitionKey: freshPartition(),
  });
  await repo.replaceAll(ledger);
  return repo;
}

const sorted = <T>(map: ReadonlyMap<string, readonly T[]>, key: (t: T) => string) =>
  [...map]
    .map(([k, list]) => [k, list.map(key).sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));

/** Checks hitsFor on each reference against the engine over what the repository now holds. */
async function expectReferencesLikeEngine(
  repo: IdbLedgerRepository,
  references: readonly string[],
): Promise<void> {
  const ledger = await repo.exportAll();
  const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
  for (const reference of references) {
    const clues = threadClues(
      { direction: 'inbound', from: '', to: [], cc: [], subject: reference, body: '' },
      { freeMailDomains: ledger.settings.freeMailDomains },
    );
    const mine = await repo.hitsFor(clues);
    const theirs = index.hitsFor(clues);
    expect(sorted(mine.invoicesByNumber, (i) => `${i.id} ${i.customerId}`)).toEqual(
      sorted(theirs.invoicesByNumber, (i) => `${i.id} ${i.customerId}`),
    );
    expect(sorted(mine.invoicesByPo, (i) => `${i.id} ${i.customerId}`)).toEqual(
      sorted(theirs.invoicesByPo, (i) => `${i.id} ${i.customerId}`),
    );
  }
}

describe('IdbLedgerRepository', () => {
  it('answers thread clues exactly like the in-memory ledger index', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
    for (const customer of ledger.customers) {
      const invoice = ledger.invoices.find((i) => i.customerId === customer.id);
      const clues = threadClues(
        {
          direction: 'inbound',
          from: customer.contacts[0]?.email ?? 'nobody@nowhere.example',
          to: [],
          cc: [],
          subject: `Invoice ${invoice?.number ?? ''} PO ${invoice?.po ?? ''}`,
          body: '',
        },
        { freeMailDomains: ledger.settings.freeMailDomains },
      );
      const mine = await repo.hitsFor(clues);
      const theirs = index.hitsFor(clues);
      expect(sorted(mine.customersByAddress, (c) => c.id)).toEqual(
        sorted(theirs.customersByAddress, (c) => c.id),
      );
      expect(sorted(mine.customersByDomain, (c) => c.id)).toEqual(
        sorted(theirs.customersByDomain, (c) => c.id),
      );
      expect(sorted(mine.invoicesByNumber, (i) => i.id)).toEqual(
        sorted(theirs.invoicesByNumber, (i) => i.id),
      );
      expect(sorted(mine.invoicesByPo, (i) => i.id)).toEqual(
        sorted(theirs.invoicesByPo, (i) => i.id),
      );
    }
    repo.close();
  });

  it('finds customers for a search box in ledger order, up to the limit', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const expected = ledger.customers.filter((c) => customerMatchesQuery(c, 'gmbh'));
    expect(expected.length).toBeGreaterThan(0);
    expect((await repo.findCustomers('gmbh', 100)).map((c) => c.id)).toEqual(
      expected.map((c) => c.id),
    );
    expect((await repo.findCustomers('', 3)).map((c) => c.id)).toEqual(
      ledger.customers.slice(0, 3).map((c) => c.id),
    );
  });

  it('returns invoices, the latest events and the folded history of a customer', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
    for (const { id } of ledger.customers) {
      expect(await repo.invoicesOf(id)).toEqual(index.invoicesOf(id));
      const events = index.eventsOf(id);
      expect(await repo.recentEvents(id, 3)).toEqual(events.slice(-3));
      expect(await repo.historyOf(id)).toEqual(
        contactHistoryOf(events, ledger.settings.company.timeZone),
      );
    }
    repo.close();
  });

  it('exports, restores and exports again to the same bytes', async () => {
    const text = sampleLedgerText();
    const repo = await openIdbLedgerRepository({
      clock: FIXED_CLOCK,
      partitionKey: freshPartition(),
    });
    const restored = await repo.restoreBackup(text);
    expect(restored.ok).toBe(true);
    const first = await (await repo.exportBackup()).text();
    expect(first).toBe(serializeLedger(sampleLedger()));
    await repo.restoreBackup(first);
    expect(await (await repo.exportBackup()).text()).toBe(first);
    expect((await repo.storageInfo()).lastBackupAt).toBe('2026-07-01T09:00:00.000Z');
    repo.close();
  });

  it("serves the silent list and aging from the documents' list fields, equal to the engine over the whole ledger", async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
    const expected = silentCustomers(
      ledger.customers.map((customer) => ({
        customer,
        invoices: index.invoicesOf(customer.id),
        history: contactHistoryOf(index.eventsOf(customer.id), ledger.settings.company.timeZone),
      })),
      TODAY,
      (c) => policyFor(c, ledger.settings),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await repo.silentList(TODAY)).toEqual(expected);
    expect(await repo.aging(TODAY)).toEqual(agingBuckets(ledger.invoices, TODAY));
    repo.close();
  });

  it("ranks the silent list with the settings' exchange rates unless given others", async () => {
    const base = sampleLedger();
    const rates = { EUR: 1, USD: 0.9, GBP: 1.2, CNY: 0.13, JPY: 0.006, KWD: 3, CAD: 0.7 };
    const ledger: Ledger = { ...base, settings: { ...base.settings, rates } };
    const repo = await seeded(ledger);
    const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
    const engine = (r?: Record<string, number>) =>
      silentCustomers(
        ledger.customers.map((customer) => ({
          customer,
          invoices: index.invoicesOf(customer.id),
          history: contactHistoryOf(index.eventsOf(customer.id), ledger.settings.company.timeZone),
        })),
        TODAY,
        (c) => policyFor(c, ledger.settings),
        r,
      );
    const ranked = await repo.silentList(TODAY);
    expect(ranked).toEqual(engine(rates));
    expect(ranked.some((s) => s.atRiskConverted !== undefined)).toBe(true);
    const other = { ...rates, EUR: 1000 };
    expect(await repo.silentList(TODAY, other)).toEqual(engine(other));
    repo.close();
  });

  it('logs events in order, folds them into the history, and skips a repeated id', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const customerId = ledger.customers[0]!.id;
    const reminder: LedgerEvent = {
      id: 'evt-new-1',
      customerId,
      at: '2026-07-01T08:00:00Z',
      direction: 'outbound',
      channel: 'email',
      kind: 'reminder',
      threadId: 'thr-new',
      invoiceIds: [],
    };
    expect(await repo.logEvent(reminder)).toBe(true);
    expect(await repo.logEvent(reminder)).toBe(false);
    expect(await repo.hasEvent('evt-new-1')).toBe(true);
    const all = [...createLedgerIndex(ledger).eventsOf(customerId), reminder];
    expect(await repo.historyOf(customerId)).toEqual(
      contactHistoryOf(all, ledger.settings.company.timeZone),
    );
    expect(await repo.threadEvents('thr-new')).toEqual([reminder]);
    expect((await repo.recentEvents(customerId, 1))[0]).toEqual(reminder);
    repo.close();
  });

  it('refolds the history when an older event arrives late', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const customerId = ledger.customers[1]!.id;
    const old: LedgerEvent = {
      customerId,
      at: '2020-01-01T10:00:00Z',
      direction: 'inbound',
      channel: 'phone',
      kind: 'reply',
      messageId: 'm-old',
      invoiceIds: [],
    };
    expect(await repo.logEvent(old)).toBe(true);
    expect(await repo.logEvent(old)).toBe(false);
    const all = [...createLedgerIndex(ledger).eventsOf(customerId), old];
    expect(await repo.historyOf(customerId)).toEqual(
      contactHistoryOf(all, ledger.settings.company.timeZone),
    );
    expect((await repo.factsOf(customerId, 'm-old'))?.messageLogged).toBe(true);
    repo.close();
  });

  it('starts a new chunk when the last one is full, keeping every event', async () => {
    const ledger = sampleLedger();
    const repo = await seeded({ ...ledger, events: [] });
    const customerId = ledger.customers[2]!.id;
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < CHUNK_SIZE + 5; i++) {
      await repo.logEvent({
        id: `e${i}`,
        customerId,
        at: new Date(start + i * 60_000).toISOString(),
        direction: 'outbound',
        channel: 'email',
        kind: 'note',
        invoiceIds: [],
      });
    }
    const events = await repo.recentEvents(customerId, CHUNK_SIZE + 100);
    expect(events.map((e) => e.id)).toEqual(
      Array.from({ length: CHUNK_SIZE + 5 }, (_, i) => `e${i}`),
    );
    expect((await repo.exportAll()).events).toHaveLength(CHUNK_SIZE + 5);
    repo.close();
  });

  it('loses nothing when two connections log events at the same time', async () => {
    const ledger = sampleLedger();
    const partitionKey = freshPartition();
    const a = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    await a.replaceAll({ ...ledger, events: [] });
    const b = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    const customerId = ledger.customers[0]!.id;
    const event = (pane: string, i: number): LedgerEvent => ({
      id: `${pane}-${i}`,
      customerId,
      at: `2026-06-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
      direction: 'outbound',
      channel: 'email',
      kind: 'reminder',
      invoiceIds: [],
    });
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => [
        a.logEvent(event('a', i)),
        b.logEvent(event('b', i)),
      ]).flat(),
    );
    const ids = (await a.exportAll()).events.map((e) => e.id).sort();
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    a.close();
    b.close();
  });

  it('re-imports a ledger file by invoice number instead of duplicating', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const first = ledger.invoices[0]!;
    const file = serializeLedger({
      ...ledger,
      events: [],
      invoices: [{ ...first, id: 'inv-other-id' as InvoiceId, paid: first.amount, status: 'paid' }],
    });
    const outcome = await repo.importLedger(file);
    expect(outcome).toMatchObject({ ok: true, created: 0, updated: 1 });
    const exported = await repo.exportAll();
    expect(exported.invoices).toHaveLength(ledger.invoices.length);
    expect(exported.invoices.find((i) => i.number === first.number)).toMatchObject({
      id: first.id,
      status: 'paid',
    });
    repo.close();
  });

  it('keeps event ids unique across customers, and finds imported events by id and thread', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const taken = ledger.events.find((e) => e.id !== undefined)!;
    const other = ledger.customers.find((c) => c.id !== taken.customerId)!;
    const fresh: LedgerEvent = {
      id: 'evt-imported',
      customerId: other.id,
      at: '2026-06-30T09:00:00Z',
      direction: 'inbound',
      channel: 'email',
      kind: 'reply',
      threadId: 'thr-imported',
      invoiceIds: [],
    };
    const file = serializeLedger({
      ...ledger,
      events: [{ ...taken, customerId: other.id, at: '2026-06-30T08:00:00Z' }, fresh],
    });
    expect(await repo.importLedger(file)).toMatchObject({ ok: true, eventsAdded: 1 });
    expect(await repo.hasEvent('evt-imported')).toBe(true);
    expect(await repo.threadEvents('thr-imported')).toEqual([fresh]);
    expect(await repo.logEvent({ ...taken, customerId: other.id })).toBe(false);
    expect((await repo.exportAll()).events.filter((e) => e.id === taken.id)).toHaveLength(1);
    repo.close();
  });

  it('imports CSV in one transaction and reports every rejected row without writing', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const customer = ledger.customers[0]!;
    const good = [
      'Invoice,Customer,Email,Due date,Currency,Amount',
      `NEW-1,${customer.name},${customer.contacts[0]!.email},2026-06-01,EUR,100.00`,
      `NEW-2,Brand New Buyer,ap@brand-new-buyer.example,2026-06-02,EUR,200.50`,
    ].join('\n');
    const progress: number[] = [];
    const outcome = await repo.importInvoicesCsv(
      good,
      { defaultTimeZone: 'Europe/Paris' },
      { onProgress: (p) => progress.push(p.done) },
    );
    expect(outcome).toMatchObject({ ok: true, created: 2, updated: 0 });
    expect(progress[progress.length - 1]).toBeGreaterThan(0);
    const hits = await repo.hitsFor({
      role: 'sender',
      addresses: ['ap@brand-new-buyer.example'],
      domains: [],
      tokens: [{ value: 'NEW2', where: 'subject' }],
    });
    expect(hits.customersByAddress.get('ap@brand-new-buyer.example')?.[0]?.name).toBe(
      'Brand New Buyer',
    );
    expect(hits.invoicesByNumber.get('NEW2')?.[0]?.amount).toEqual(money(20050, 'EUR'));

    const before = await (await repo.exportBackup()).text();
    const bad = await repo.importInvoicesCsv(
      'Invoice,Customer,Due date,Currency,Amount\nX-1,Someone,2026-13-45,EUR,1\nX-2,Someone,2026-06-01,EUR,abc\n',
      { defaultTimeZone: 'Europe/Paris' },
    );
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.rejections.map((r) => r.line)).toEqual([2, 3]);
    expect(await (await repo.exportBackup()).text()).toBe(before);
    repo.close();
  });

  it('cancels an import and leaves the ledger as it was', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const before = await (await repo.exportBackup()).text();
    const flag = { aborted: false };
    const attempt = repo.restoreBackup(
      serializeLedger({ ...ledger, customers: ledger.customers.slice(0, 20), events: [] }),
      {
        signal: flag,
        onProgress: (p) => {
          if (p.phase === 'writing') flag.aborted = true;
        },
      },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'cancelled' });
    expect(await (await repo.exportBackup()).text()).toBe(before);
    repo.close();
  });

  it('records payments, pauses and disputes, and moves the silent list and aging with them', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const invoice = ledger.invoices.find((i) => i.status === 'open')!;
    const half = money(Math.floor(invoice.amount.minor / 2), invoice.amount.currency);
    expect((await repo.recordPayment({ invoiceId: invoice.id, paid: half })).status).toBe(
      'partly-paid',
    );
    expect((await repo.recordPayment({ invoiceId: invoice.id, paid: invoice.amount })).status).toBe(
      'paid',
    );
    const paused = await repo.setPause(invoice.id, {
      reason: 'manual',
      until: '2026-08-01' as never,
    });
    expect(paused.pause).toEqual({ reason: 'manual', until: '2026-08-01' });
    expect((await repo.setPause(invoice.id, undefined)).pause).toBeUndefined();
    const other = ledger.invoices.find((i) => i.status === 'open' && i.id !== invoice.id)!;
    await repo.markDisputed(other.customerId, [other.id]);
    const after = (await repo.invoicesOf(other.customerId)).find((i) => i.id === other.id);
    expect(after).toMatchObject({ status: 'disputed', pause: { reason: 'dispute' } });
    const rows = await repo.aging(TODAY);
    const updated = (await repo.exportAll()).invoices;
    expect(rows).toEqual(agingBuckets(updated, TODAY));
    await expect(
      repo.recordPayment({ invoiceId: 'nope' as InvoiceId, paid: half }),
    ).rejects.toMatchObject({ code: 'not-found' });
    repo.close();
  });

  it('saves customers and invoices, refusing a number another invoice has', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const customer = {
      ...ledger.customers[0]!,
      id: 'cus-new' as CustomerId,
      name: 'New Co',
      contacts: [{ name: 'A', email: 'a@newco.example' }],
      domains: [],
    };
    await repo.saveCustomer(customer);
    const invoice: Invoice = {
      ...ledger.invoices[0]!,
      id: 'inv-new' as InvoiceId,
      number: 'NC-1',
      customerId: customer.id,
    };
    await repo.saveInvoice(invoice);
    expect(await repo.invoicesOf(customer.id)).toEqual([invoice]);
    await expect(
      repo.saveInvoice({ ...invoice, id: 'inv-new-2' as InvoiceId }),
    ).rejects.toMatchObject({ code: 'failed' });
    const moved = { ...invoice, customerId: ledger.customers[1]!.id };
    await repo.saveInvoice(moved);
    expect(await repo.invoicesOf(customer.id)).toEqual([]);
    expect(await repo.invoicesOf(moved.customerId)).toContainEqual(moved);
    repo.close();
  });

  it('finds invoices by their current number and PO after saves, moves and re-imports', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const [a, b, c] = ledger.invoices.filter((i) => i.po !== undefined);
    const other = ledger.customers.find((x) => x.id !== b!.customerId)!;
    const references = [a!, b!, c!].flatMap((i) => [i.number, i.po!]);
    references.push('RN-900', 'PO-RN-900', 'PO-IMPORTED-7');
    await expectReferencesLikeEngine(repo, references);
    await repo.saveInvoice({ ...a!, number: 'RN-900', po: 'PO-RN-900' });
    await expectReferencesLikeEngine(repo, references);
    await repo.saveInvoice({ ...b!, customerId: other.id });
    await expectReferencesLikeEngine(repo, references);
    const file = serializeLedger({
      ...ledger,
      events: [],
      invoices: [{ ...c!, po: 'PO-IMPORTED-7', customerId: b!.customerId }],
    });
    expect(await repo.importLedger(file)).toMatchObject({ ok: true, updated: 1 });
    await expectReferencesLikeEngine(repo, references);
    const found = await repo.hitsFor({
      role: 'sender',
      addresses: [],
      domains: [],
      tokens: [{ value: 'POIMPORTED7', where: 'subject' }],
    });
    expect(found.invoicesByPo.get('POIMPORTED7')?.map((i) => i.customerId)).toEqual([
      b!.customerId,
    ]);
    repo.close();
  });

  it('re-indexes domains when the free-mail list changes', async () => {
    const ledger = sampleLedger();
    const repo = await seeded(ledger);
    const customer = ledger.customers[0]!;
    const domain = customer.contacts[0]!.email.split('@')[1]!;
    const clues = { role: 'sender' as const, addresses: [], domains: [domain], tokens: [] };
    expect((await repo.hitsFor(clues)).customersByDomain.get(domain)).toBeDefined();
    const settings = await repo.settings();
    await repo.saveSettings({
      ...settings,
      freeMailDomains: [...settings.freeMailDomains, domain],
    });
    expect((await repo.hitsFor(clues)).customersByDomain.get(domain)).toBeUndefined();
    repo.close();
  });

  it('remembers thread links and reports storage facts', async () => {
    const repo = await openIdbLedgerRepository({
      clock: FIXED_CLOCK,
      partitionKey: freshPartition(),
      storage: {
        persist: async () => true,
        persisted: async () => true,
        estimate: async () => ({ usage: 1234, quota: 99999 }),
      },
    });
    await repo.linkThread('t1', 'cus-1' as CustomerId);
    expect(await repo.threadLink('t1')).toBe('cus-1');
    await repo.unlinkThread('t1');
    expect(await repo.threadLink('t1')).toBeUndefined();
    expect(await repo.requestPersistence()).toBe(true);
    expect(await repo.storageInfo()).toMatchObject({
      persisted: true,
      usageBytes: 1234,
      quotaBytes: 99999,
      databaseName: expect.stringContaining('duly-ledger:'),
    });
    expect((await repo.storageInfo()).lastBackupAt).toBeUndefined();
    repo.close();
    await expect(repo.customer('cus-1' as CustomerId)).rejects.toMatchObject({ code: 'closed' });
  });

  it('says in plain words when the browser has no storage', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    try {
      await expect(
        openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey: freshPartition() }),
      ).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('private browsing'),
      });
    } finally {
      (globalThis as { indexedDB?: IDBFactory }).indexedDB = saved;
    }
  });
});
