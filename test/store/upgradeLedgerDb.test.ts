import { serializeLedger } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import { threadClues } from '../../src/core/matching';
import type { Ledger } from '../../src/core/model';
import { openIdbLedgerRepository, type IdbLedgerRepository } from '../../src/store';
import { databaseNameFor, openLedgerDb } from '../../src/store/openLedgerDb';
import { DB_VERSION } from '../../src/store/schema';
import { FIXED_CLOCK, freshPartition, sampleLedger, TODAY } from './testLedger';
import { openVersion1 } from './v1Fixture';
import { openVersion2 } from './v2Fixture';
import { openVersion3 } from './v3Fixture';

const byId = <T extends { id: string }>(list: readonly T[]): string[] =>
  list.map((x) => x.id).sort();

/**
 * What the upgraded database answers from its lookup buckets (ids, threads, and since version 4
 * invoice and PO numbers), checked against the engine over `ledger`, and a write through each.
 */
async function expectVersion4Answers(repo: IdbLedgerRepository, ledger: Ledger): Promise<void> {
  const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
  for (const invoice of ledger.invoices) {
    const clues = threadClues(
      {
        direction: 'inbound',
        from: 'someone@nowhere.example',
        to: [],
        cc: [],
        subject: `Invoice ${invoice.number} PO ${invoice.po ?? ''}`,
        body: '',
      },
      { freeMailDomains: ledger.settings.freeMailDomains },
    );
    const mine = await repo.hitsFor(clues);
    const theirs = index.hitsFor(clues);
    expect(mine.invoicesByNumber.size).toBeGreaterThan(0);
    for (const [token, list] of theirs.invoicesByNumber)
      expect(byId(mine.invoicesByNumber.get(token) ?? [])).toEqual(byId(list));
    for (const [token, list] of theirs.invoicesByPo)
      expect(byId(mine.invoicesByPo.get(token) ?? [])).toEqual(byId(list));
    expect(mine.invoicesByNumber.size).toBe(theirs.invoicesByNumber.size);
    expect(mine.invoicesByPo.size).toBe(theirs.invoicesByPo.size);
  }
  const taken = ledger.invoices[1]!;
  await expect(
    repo.saveInvoice({ ...ledger.invoices[0]!, number: taken.number }),
  ).rejects.toMatchObject({ code: 'failed' });
  const threads = new Set(ledger.events.flatMap((e) => (e.threadId ? [e.threadId] : [])));
  expect(threads.size).toBeGreaterThan(0);
  for (const threadId of threads) {
    const owner = ledger.events.find((e) => e.threadId === threadId)!.customerId;
    const expected = index.eventsOf(owner).filter((e) => e.threadId === threadId);
    expect(await repo.threadEvents(threadId)).toEqual(expected);
  }
  for (const event of ledger.events) {
    if (event.id !== undefined) expect(await repo.hasEvent(event.id)).toBe(true);
  }
  expect(await repo.hasEvent('no-such-event')).toBe(false);
  const logged = ledger.events.find((e) => e.id !== undefined)!;
  expect(await repo.logEvent({ ...logged, at: '2026-07-01T10:00:00Z' })).toBe(false);
  const invoice = ledger.invoices.find((i) => i.status === 'open')!;
  expect((await repo.recordPayment({ invoiceId: invoice.id, paid: invoice.amount })).status).toBe(
    'paid',
  );
}

describe('upgradeLedgerDb', () => {
  it('keeps every record of a version-1 database, with the summaries and lookups of version 4', async () => {
    const ledger = sampleLedger();
    const partitionKey = freshPartition();
    const v1 = await openVersion1(indexedDB, databaseNameFor(partitionKey), ledger);
    v1.close();
    const repo = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    expect(await (await repo.exportBackup()).text()).toBe(serializeLedger(ledger));
    expect((await repo.silentList(TODAY)).length).toBeGreaterThan(0);
    await expectVersion4Answers(repo, ledger);
    repo.close();
  });

  it('keeps every record of a version-2 database and moves its id indexes into lookup buckets', async () => {
    const ledger = sampleLedger();
    const partitionKey = freshPartition();
    const link = { threadId: 'thr-linked-by-hand', customerId: ledger.customers[3]!.id };
    const v2 = await openVersion2(indexedDB, databaseNameFor(partitionKey), ledger, link);
    v2.close();
    const repo = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    expect(await (await repo.exportBackup()).text()).toBe(serializeLedger(ledger));
    expect(await repo.threadLink(link.threadId)).toBe(link.customerId);
    expect((await repo.silentList(TODAY)).length).toBeGreaterThan(0);
    await expectVersion4Answers(repo, ledger);
    // The position counter survived: a new event is exported after every old one.
    const event = {
      id: 'evt-after-upgrade',
      customerId: ledger.customers[0]!.id,
      at: '2026-07-01T11:00:00Z',
      direction: 'outbound' as const,
      channel: 'email' as const,
      kind: 'reminder' as const,
      invoiceIds: [],
    };
    expect(await repo.logEvent(event)).toBe(true);
    expect((await repo.exportAll()).events.at(-1)).toEqual(event);
    repo.close();
  });

  it('keeps every record of a version-3 database, with number indexes and summaries moved into buckets and documents', async () => {
    const ledger = sampleLedger();
    const partitionKey = freshPartition();
    const link = { threadId: 'thr-linked-by-hand', customerId: ledger.customers[2]!.id };
    const v3 = await openVersion3(indexedDB, databaseNameFor(partitionKey), ledger, link);
    v3.close();
    const repo = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    expect(await (await repo.exportBackup()).text()).toBe(serializeLedger(ledger));
    expect(await repo.threadLink(link.threadId)).toBe(link.customerId);
    expect((await repo.silentList(TODAY)).length).toBeGreaterThan(0);
    await expectVersion4Answers(repo, ledger);
    repo.close();
    const db = await openLedgerDb({ partitionKey });
    expect([...db.transaction('customers').store.indexNames].sort()).toEqual([
      'domain',
      'email',
      'order',
      'silent',
      'unpaid',
    ]);
    expect([...db.objectStoreNames]).not.toContain('summaries');
    const record = await db.get('customers', ledger.customers[0]!.id);
    expect(record).not.toHaveProperty('numbers');
    expect(record).not.toHaveProperty('pos');
    db.close();
  });

  it('tells the user to close the other pane when an old connection blocks the upgrade', async () => {
    const partitionKey = freshPartition();
    const v1 = await openVersion1(indexedDB, databaseNameFor(partitionKey), sampleLedger());
    const told: string[] = [];
    await expect(
      openLedgerDb({ partitionKey, timeoutMs: 300, onBlocked: (m) => told.push(m) }),
    ).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringContaining('Close the other Duly panes'),
    });
    expect(told).toHaveLength(1);
    v1.close();
    const db = await openLedgerDb({ partitionKey });
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('steps aside when another pane upgrades, so the upgrade never deadlocks', async () => {
    const partitionKey = freshPartition();
    const closedMessages: string[] = [];
    const first = await openLedgerDb({
      partitionKey,
      onVersionChange: (m) => closedMessages.push(m),
    });
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseNameFor(partitionKey), DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(raw.version).toBe(DB_VERSION + 1);
    expect(closedMessages[0]).toContain('Reload this pane');
    raw.close();
    first.close();
  });

  it('refuses a database written by a newer version in plain words', async () => {
    const partitionKey = freshPartition();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(databaseNameFor(partitionKey), DB_VERSION + 5);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    raw.close();
    await expect(openLedgerDb({ partitionKey })).rejects.toMatchObject({ code: 'newer-version' });
  });
});
