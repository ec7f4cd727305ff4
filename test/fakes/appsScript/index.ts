/// <reference types="google-apps-script" />
import type { CalendarDate } from '../../../src/core/calendarDate';
import { calendarDateIn } from '../../../src/core/calendarDate';
import type { Clock } from '../../../src/core/ports/clock';
import type { GmailHost } from '../../../src/hosts/gmail/appsScript';
import { FakeCache, fakeCacheService } from './cacheService';
import { createFakeCardService } from './cardService';
import { FakeGmailApp } from './gmailApp';
import { FakeProperties, fakePropertiesService } from './propertiesService';
import { FakeSpreadsheetApp } from './spreadsheetApp';

export * from './cacheService';
export * from './cardService';
export * from './gmailApp';
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

/** Every Apps Script fake, wired as the add-on's host, plus handles to inspect them. */
export function createAppsScriptFakes(now = '2026-07-01T08:00:00Z') {
  const gmail = new FakeGmailApp();
  const sheets = new FakeSpreadsheetApp();
  const cache = new FakeCache();
  const properties = new FakeProperties();
  const clock = fixedClock(now);
  const host: GmailHost = {
    CardService: createFakeCardService(),
    GmailApp: gmail.asService(),
    SpreadsheetApp: sheets.asService(),
    CacheService: fakeCacheService(cache),
    PropertiesService: fakePropertiesService(properties),
    clock,
  };
  return { host, gmail, sheets, cache, properties, clock };
}
