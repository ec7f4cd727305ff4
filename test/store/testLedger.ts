import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedgerText } from '../../src/core/ledgerFile';
import type { Ledger } from '../../src/core/model';
import type { Clock } from '../../src/core/ports/clock';
import type { CalendarDate } from '../../src/core/calendarDate';

/** The sample ledger of the repository (20 customers, every stage and reason). */
export function sampleLedgerText(): string {
  return readFileSync(join(__dirname, '../../samples/ledger.json'), 'utf8');
}

export function sampleLedger(): Ledger {
  return parseLedgerText(sampleLedgerText(), 'ledger.json');
}

export const TODAY = '2026-07-01' as CalendarDate;

/** A clock stopped at 2026-07-01 09:00 UTC. */
export const FIXED_CLOCK: Clock = {
  now: () => Date.parse('2026-07-01T09:00:00Z'),
  today: () => TODAY,
};

let counter = 0;
/** A partition key no other test uses, so each test gets a fresh database. */
export function freshPartition(): string {
  counter += 1;
  return `test-${process.pid}-${counter}`;
}
