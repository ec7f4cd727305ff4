import { serializeLedger } from '../../src/core/ledgerFile';
import { threadClues } from '../../src/core/matching';
import { openIdbLedgerRepository } from '../../src/store';
import { MemoryLedgerRepository } from '../fakes/memoryLedgerRepository';
import { FIXED_CLOCK, freshPartition, sampleLedger, TODAY } from './testLedger';

// The fake must answer like the real store, or the sidebar's fast tests prove nothing.
describe('MemoryLedgerRepository', () => {
  it('gives the same answers as the IndexedDB repository on the sample ledger', async () => {
    const ledger = sampleLedger();
    const memory = new MemoryLedgerRepository(ledger, FIXED_CLOCK);
    const idb = await openIdbLedgerRepository({
      clock: FIXED_CLOCK,
      partitionKey: freshPartition(),
    });
    await idb.replaceAll(ledger);
    for (const customer of ledger.customers) {
      const clues = threadClues(
        {
          direction: 'inbound',
          from: customer.contacts[0]!.email,
          to: [],
          cc: [],
          subject: '',
          body: '',
        },
        { freeMailDomains: ledger.settings.freeMailDomains },
      );
      const a = await memory.hitsFor(clues);
      const b = await idb.hitsFor(clues);
      expect([...a.customersByAddress.keys()]).toEqual([...b.customersByAddress.keys()]);
      expect(await memory.factsOf(customer.id)).toEqual(await idb.factsOf(customer.id));
      expect(await memory.recentEvents(customer.id, 5)).toEqual(
        await idb.recentEvents(customer.id, 5),
      );
    }
    expect(await memory.silentList(TODAY)).toEqual(await idb.silentList(TODAY));
    expect(await memory.aging(TODAY)).toEqual(await idb.aging(TODAY));
    expect(await (await memory.exportBackup()).text()).toBe(serializeLedger(ledger));
    idb.close();
  });
});
