import { backupReminder } from '../../../src/ui/ledger/backupAge';

const NOW = Date.parse('2026-07-01T07:00:00Z');

describe('backupReminder', () => {
  it('reminds when no backup was ever made', () => {
    expect(backupReminder(undefined, NOW)).toEqual({ kind: 'never' });
  });

  it.each([
    ['2026-06-24T07:00:00Z', undefined],
    ['2026-06-24T06:59:59Z', { kind: 'old', days: 7 }],
    ['2026-06-21T07:00:00Z', { kind: 'old', days: 10 }],
    ['2026-06-30T07:00:00Z', undefined],
  ])('for a backup made at %s says %j', (at, expected) => {
    expect(backupReminder(at, NOW)).toEqual(expected);
  });
});
