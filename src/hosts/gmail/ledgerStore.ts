import { createLedgerIndex, type LedgerIndex } from '../../core/ledgerIndex';
import type { CustomerId, Ledger, LedgerEvent } from '../../core/model';
import type { GmailHost } from './appsScript';
import { isDuplicateEvent, type LoggedEventKey } from './eventDedup';
import { CACHE_SECONDS, getChunked, MAX_CHUNK_BYTES, putChunked } from './ledgerCache';
import { withLedgerLock } from './ledgerLock';
import { readSheetLedger } from './sheetLedger';
import { TAB_HEADERS, TAB_NAMES, type SheetProblem, type TabName } from './sheetLayout';
import { driveStamp, sizeStamp } from './sheetStamp';
import { eventRow, ledgerTabs } from './sheetRows';
import { defaultSettings } from './settingsRows';

/** The user property holding the id of the user's ledger Sheet. */
export const SHEET_ID_PROPERTY = 'duly.ledgerSheetId';

/** The user's ledger: none yet, a Sheet with problems to fix, or ready to use. */
export type OpenedLedger =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'problems';
      readonly sheetId: string;
      readonly url: string;
      readonly problems: readonly SheetProblem[];
    }
  | {
      readonly kind: 'ready';
      readonly sheetId: string;
      readonly url: string;
      readonly ledger: Ledger;
      readonly index: LedgerIndex;
      readonly ownAddresses: readonly string[];
      readonly warnings: readonly string[];
      readonly cacheKey: string;
      /** The Sheet's stamp this ledger was read at (see sheetStamp.ts). */
      readonly stamp: string;
    };

type Cached =
  | { ok: true; ledger: Ledger; ownAddresses: string[]; warnings: string[] }
  | { ok: false; problems: SheetProblem[] };

/**
 * The small cache entry naming the cached ledger (`gen`, the stamp it was read at) and the stamp
 * the Sheet had after the add-on's own last append, so a card can trust the cache without opening
 * the Sheet: the stamp still matches means nobody has changed the file since.
 */
type Head = { readonly gen: string; readonly stamp: string; readonly url: string };

function headKey(sheetId: string): string {
  return `duly:${sheetId}:head`;
}

function ledgerKey(sheetId: string, gen: string): string {
  return `duly:${sheetId}:${gen}`;
}

function readHead(cache: GoogleAppsScript.Cache.Cache, sheetId: string): Head | null {
  const text = cache.get(headKey(sheetId));
  return text ? (JSON.parse(text) as Head) : null;
}

/** Appended events beyond the cached ledger, kept small; folded into the ledger past this size. */
const MAX_TAIL_EVENTS = 200;

function ready(
  sheetId: string,
  url: string,
  cacheKey: string,
  stamp: string,
  cached: Cached,
): OpenedLedger {
  if (!cached.ok) return { kind: 'problems', sheetId, url, problems: cached.problems };
  return {
    kind: 'ready',
    sheetId,
    url,
    stamp,
    ledger: cached.ledger,
    index: createLedgerIndex(cached.ledger, cached.ledger.settings.freeMailDomains),
    ownAddresses: cached.ownAddresses,
    warnings: cached.warnings,
    cacheKey,
  };
}

function fromCache(
  cache: GoogleAppsScript.Cache.Cache,
  sheetId: string,
  head: Head,
): OpenedLedger | null {
  const key = ledgerKey(sheetId, head.gen);
  const hit = getChunked(cache, key);
  if (hit === null) return null;
  const cached = JSON.parse(hit) as Cached;
  if (!cached.ok) return ready(sheetId, head.url, key, head.stamp, cached);
  const tail = JSON.parse(cache.get(`${key}:tail`) ?? '[]') as LedgerEvent[];
  const ledger = tail.length
    ? { ...cached.ledger, events: [...cached.ledger.events, ...tail] }
    : cached.ledger;
  return ready(sheetId, head.url, key, head.stamp, { ...cached, ledger });
}

/**
 * Opens the user's ledger Sheet: from the user cache while the Sheet's stamp (its Drive version,
 * else its tabs' sizes) is the one cached, without opening the Sheet; else read and validated
 * with the engine, then cached (chunked) for 10 minutes.
 */
export function openLedger(host: GmailHost): OpenedLedger {
  const sheetId = host.PropertiesService.getUserProperties().getProperty(SHEET_ID_PROPERTY);
  if (!sheetId) return { kind: 'none' };
  const cache = host.CacheService.getUserCache();
  // The stamp is read before the tabs, so an edit made during the read shows as a newer stamp.
  const fromDrive = driveStamp(host, sheetId);
  const head = cache ? readHead(cache, sheetId) : null;
  if (cache && head && fromDrive !== null && head.stamp === fromDrive) {
    const hit = fromCache(cache, sheetId, head);
    if (hit) return hit;
  }
  const spreadsheet = host.SpreadsheetApp.openById(sheetId);
  const url = spreadsheet.getUrl();
  const stamp = fromDrive ?? sizeStamp(spreadsheet);
  if (cache && head && fromDrive === null && head.stamp === stamp) {
    const hit = fromCache(cache, sheetId, head);
    if (hit) return hit;
  }

  const missing = TAB_NAMES.filter((name) => !spreadsheet.getSheetByName(name));
  if (missing.length > 0) {
    return {
      kind: 'problems',
      sheetId,
      url,
      problems: missing.map((tab) => ({
        tab,
        row: 1,
        message: `the tab "${tab}" is missing: add it back with the header ${TAB_HEADERS[tab].join(', ')}`,
      })),
    };
  }
  const values = Object.fromEntries(
    TAB_NAMES.map((name) => [name, spreadsheet.getSheetByName(name)!.getDataRange().getValues()]),
  ) as Record<TabName, unknown[][]>;
  const read = readSheetLedger(values, spreadsheet.getSpreadsheetTimeZone());
  const cached: Cached = read.ok
    ? {
        ok: true,
        ledger: read.ledger,
        ownAddresses: [...read.ownAddresses],
        warnings: [...read.warnings],
      }
    : { ok: false, problems: [...read.problems] };
  const key = ledgerKey(sheetId, stamp);
  if (cache) {
    putChunked(cache, key, JSON.stringify(cached));
    cache.remove(`${key}:tail`);
    const fresh: Head = { gen: stamp, stamp, url };
    cache.put(headKey(sheetId), JSON.stringify(fresh), CACHE_SECONDS);
  }
  return ready(sheetId, url, key, stamp, cached);
}

/** Drops the cached copy so the next card reads the Sheet again. */
export function forgetLedger(host: GmailHost, opened: OpenedLedger): void {
  if (opened.kind === 'none') return;
  host.CacheService.getUserCache()?.remove(headKey(opened.sheetId));
}

/**
 * Creates the ledger Sheet in the user's Drive (the add-on's own file under drive.file), with the
 * four tabs as plain-text columns (so "00123" and ISO instants stay text) and default settings.
 */
export function createLedgerSheet(host: GmailHost, companyName: string, timeZone: string): string {
  const spreadsheet = host.SpreadsheetApp.create('Duly ledger');
  const tabs = ledgerTabs({
    settings: defaultSettings(companyName, timeZone),
    customers: [],
    invoices: [],
    events: [],
  });
  const first = spreadsheet.getSheets()[0];
  TAB_NAMES.forEach((name, i) => {
    const sheet =
      i === 0 && first
        ? first.setName(name)
        : spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    const rows = tabs[name] as string[][];
    const width = TAB_HEADERS[name].length;
    sheet.getRange(1, 1, sheet.getMaxRows(), width).setNumberFormat('@');
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
    sheet.setFrozenRows(1);
  });
  const id = spreadsheet.getId();
  host.PropertiesService.getUserProperties().setProperty(SHEET_ID_PROPERTY, id);
  return id;
}

/** The Events columns that identify a logged event: id through messageId, the first eight. */
const KEY_COLUMNS = 8;

function cellText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value ?? '');
}

/** The events in the Events tab as they stand now, by the columns that identify them. */
function loggedKeys(sheet: GoogleAppsScript.Spreadsheet.Sheet): LoggedEventKey[] {
  const rows = sheet.getLastRow() - 1;
  if (rows < 1) return [];
  return sheet
    .getRange(2, 1, rows, KEY_COLUMNS)
    .getValues()
    .map((r) => {
      const [id, customerId, at, , , kind, threadId, messageId] = r.map(cellText);
      return {
        id: id || undefined,
        customerId: customerId as CustomerId,
        at: at!,
        kind: kind as LedgerEvent['kind'],
        threadId: threadId || undefined,
        messageId: messageId || undefined,
      };
    });
}

/**
 * Appends events to the Events tab, one row each, never rewriting a row. Under the ledger lock,
 * when the Sheet changed since the ledger was read, the tab's events are read again and any event
 * already there is skipped (see isDuplicateEvent), so two callbacks racing to log the same thing
 * log it once. Returns the events appended; throws
 * LedgerBusyError when another writer keeps the lock.
 */
export function appendEvents(
  host: GmailHost,
  opened: Extract<OpenedLedger, { kind: 'ready' }>,
  events: readonly LedgerEvent[],
): LedgerEvent[] {
  // Events the cached ledger already holds need no lock and no Sheet call.
  const candidates = events.filter((e) => !isDuplicateEvent(e, opened.ledger.events));
  if (candidates.length === 0) return [];
  return withLedgerLock(host, () => {
    const spreadsheet = host.SpreadsheetApp.openById(opened.sheetId);
    const sheet = spreadsheet.getSheetByName('Events');
    if (!sheet) throw new Error('The ledger Sheet has no Events tab: add it back to log events.');
    const before = driveStamp(host, opened.sheetId) ?? sizeStamp(spreadsheet);
    // An unchanged stamp means the Sheet holds just the events already checked against; else
    // someone wrote since this ledger was read, and the tab is read again.
    const logged = before === opened.stamp ? [] : loggedKeys(sheet);
    const fresh: LedgerEvent[] = [];
    for (const event of candidates)
      if (!isDuplicateEvent(event, [...logged, ...fresh])) fresh.push(event);
    if (fresh.length === 0) return [];
    const numbers = new Map(opened.ledger.invoices.map((i) => [i.id as string, i.number]));
    for (const event of fresh) sheet.appendRow(eventRow(event, (id) => numbers.get(id)));
    // Committed before the stamp is read, so the stamp includes these rows.
    host.SpreadsheetApp.flush();
    followAppend(
      host,
      opened,
      before,
      driveStamp(host, opened.sheetId) ?? sizeStamp(spreadsheet),
      fresh,
    );
    return fresh;
  });
}

/**
 * The cache follows the Sheet through a small tail entry, so the next card sees the events
 * without re-reading every tab. That holds only if the Sheet was unchanged since it was cached
 * (the stamp before the append is the cached one); otherwise the next card reads it again.
 */
function followAppend(
  host: GmailHost,
  opened: Extract<OpenedLedger, { kind: 'ready' }>,
  before: string,
  after: string,
  fresh: readonly LedgerEvent[],
): void {
  const cache = host.CacheService.getUserCache();
  if (!cache) return;
  const head = readHead(cache, opened.sheetId);
  if (!head || head.stamp !== before || ledgerKey(opened.sheetId, head.gen) !== opened.cacheKey) {
    cache.remove(headKey(opened.sheetId));
    return;
  }
  const key = `${opened.cacheKey}:tail`;
  const tail = [...(JSON.parse(cache.get(key) ?? '[]') as LedgerEvent[]), ...fresh];
  const text = JSON.stringify(tail);
  if (tail.length > MAX_TAIL_EVENTS || text.length >= MAX_CHUNK_BYTES / 4) {
    cache.remove(headKey(opened.sheetId));
    return;
  }
  cache.put(key, text, CACHE_SECONDS);
  cache.put(headKey(opened.sheetId), JSON.stringify({ ...head, stamp: after }), CACHE_SECONDS);
}
