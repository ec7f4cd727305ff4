/// <reference types="google-apps-script" />
import type { CalendarDate } from '../../../src/core/calendarDate';
import { calendarDateIn } from '../../../src/core/calendarDate';
import type { Clock } from '../../../src/core/ports/clock';
import type { GmailHost } from '../../../src/hosts/gmail/appsScript';
import { FakeCache, fakeCacheService } from './cacheService';
import { createFakeCardService } from './cardService';
import { FakeDrive } from './drive';
import { FakeGmailApp } from './gmailApp';
import { FakeLockService } from './lockService';
import { FakeProperties, fakePropertiesService } from './propertiesService';
import { FakeSpreadsheetApp } from './spreadsheetApp';

export * from './cacheService';
export * from './cardService';
export * from './drive';
export * from './gmailApp';
export * from './lockService';
export * from './propertiesService';
export * from './spreadsheetApp';

/** A clock stopped at an instant (ISO 8601). */
export function fixedClock(iso: string): Clock & { at: number } {
  const at = Date.parse(iso);
  return {
    at,
    now: () => at,
    today: (zone: string): CalendarDate => calendarDateIn(at, zone),
  };
}

/** What users of one team share: the Drive holding the Sheets, and the script's lock. */
export type SharedFakes = {
  readonly books: FakeSpreadsheetApp['books'];
  readonly locks: FakeLockService;
};

/**
 * Every Apps Script fake, wired as one user's host, plus handles to inspect them. Pass another
 * user's `team` to share their Drive and lock (with separate grants, cache and properties);
 * `drive: false` leaves the advanced Drive service off, as in a project that does not enable it.
 */
export function createAppsScriptFakes(
  now = '2026-07-01T08:00:00Z',
  options: { team?: SharedFakes; user?: string; drive?: boolean } = {},
) {
  const user = options.user ?? 'maria';
  const gmail = new FakeGmailApp();
  const sheets = new FakeSpreadsheetApp(options.team?.books);
  const drive = new FakeDrive(sheets);
  const locks = options.team?.locks ?? new FakeLockService();
  const cache = new FakeCache();
  const properties = new FakeProperties();
  const clock = fixedClock(now);
  const host: GmailHost = {
    CardService: createFakeCardService(),
    GmailApp: gmail.asService(),
    SpreadsheetApp: sheets.asService(),
    CacheService: fakeCacheService(cache),
    PropertiesService: fakePropertiesService(properties),
    LockService: locks.asService(user, () => sheets.pendingWrites()),
    Drive: options.drive === false ? undefined : drive.asService(),
    clock,
  };
  const team: SharedFakes = { books: sheets.books, locks };
  return { host, gmail, sheets, drive, locks, cache, properties, clock, team };
}
