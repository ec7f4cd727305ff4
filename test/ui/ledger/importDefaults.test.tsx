import { readFileSync } from 'node:fs';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { importDefaults } from '../../../src/ui/ledger/importDefaults';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

const failing = (code: string) => ({
  settings: () => Promise.reject(Object.assign(new Error(code), { code })),
});

describe('importDefaults', () => {
  it("takes the seller's zone from the settings", async () => {
    const ledger = new MemoryLedgerRepository(
      parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
    );
    expect(await importDefaults(ledger, () => 'Asia/Tokyo')).toEqual({
      defaultTimeZone: 'Europe/Madrid',
    });
  });

  it("takes the machine's zone when the ledger has no settings yet", async () => {
    expect(await importDefaults(failing('not-found'), () => 'Asia/Shanghai')).toEqual({
      defaultTimeZone: 'Asia/Shanghai',
    });
    expect(await importDefaults(failing('not-found'), () => undefined)).toEqual({
      defaultTimeZone: 'UTC',
    });
  });

  it('passes any other failure on', async () => {
    await expect(importDefaults(failing('blocked'), () => 'UTC')).rejects.toThrow('blocked');
  });
});
