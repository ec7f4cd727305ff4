import { serializeLedger } from '../../src/core/ledgerFile';
import { openIdbLedgerRepository } from '../../src/store';
import { databaseNameFor, openLedgerDb } from '../../src/store/openLedgerDb';
import { DB_VERSION } from '../../src/store/schema';
import { FIXED_CLOCK, freshPartition, sampleLedger, TODAY } from './testLedger';
import { openVersion1 } from './v1Fixture';

describe('upgradeLedgerDb', () => {
  it('keeps every record of a version-1 database and builds the version-2 summaries', async () => {
    const ledger = sampleLedger();
    const partitionKey = freshPartition();
    const v1 = await openVersion1(indexedDB, databaseNameFor(partitionKey), ledger);
    v1.close();
    const repo = await openIdbLedgerRepository({ clock: FIXED_CLOCK, partitionKey });
    expect(await (await repo.exportBackup()).text()).toBe(serializeLedger(ledger));
    expect((await repo.silentList(TODAY)).length).toBeGreaterThan(0);
    const invoice = ledger.invoices.find((i) => i.status === 'open')!;
    expect((await repo.recordPayment({ invoiceId: invoice.id, paid: invoice.amount })).status).toBe(
      'paid',
    );
    repo.close();
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
