import { createLedgerIndex, type LedgerIndex } from '../../core/ledgerIndex';
import type { Ledger, LedgerEvent } from '../../core/model';
import type { GmailHost } from './appsScript';
import { CACHE_SECONDS, getChunked, MAX_CHUNK_BYTES, putChunked } from './ledgerCache';
import { readSheetLedger } from './sheetLedger';
import { TAB_HEADERS, TAB_NAMES, type SheetProblem, type TabName } from './sheetLayout';
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
    };

type Cached =
  | { ok: true; ledger: Ledger; ownAddresses: string[]; warnings: string[]; eventRows: number }
  | { ok: false; problems: SheetProblem[] };

function cacheKeyOf(sheetId: string, fingerprint: string): string {
  return `duly:${sheetId}:${fingerprint}`;
}

// Sheets gives no cheap revision number under drive.file; the tabs' sizes change with every
// pasted export, and the 10-minute cache expiry catches edits in place. Events rows are left out:
// events the add-on appends go to a small tail entry instead of rewriting the whole cached ledger.
function fingerprintOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return TAB_NAMES.map((name) => {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return '-';
    return name === 'Events'
      ? `${sheet.getLastColumn()}`
      : `${sheet.getLastRow()}x${sheet.getLastColumn()}`;
  }).join('.');
}

function eventRowsOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  return spreadsheet.getSheetByName('Events')?.getLastRow() ?? 0;
}

/** Appended events beyond the cached ledger, kept small; folded into the ledger past this size. */
const MAX_TAIL_EVENTS = 200;

function ready(sheetId: string, url: string, cacheKey: string, cached: Cached): OpenedLedger {
  if (!cached.ok) return { kind: 'problems', sheetId, url, problems: cached.problems };
  return {
    kind: 'ready',
    sheetId,
    url,
    ledger: cached.ledger,
    index: createLedgerIndex(cached.ledger, cached.ledger.settings.freeMailDomains),
    ownAddresses: cached.ownAddresses,
    warnings: cached.warnings,
    cacheKey,
  };
}

/**
 * Opens the user's ledger Sheet: from the user cache when the tabs have not changed size in the
 * last 10 minutes, else read and validated with the engine, then cached (chunked).
 */
export function openLedger(host: GmailHost): OpenedLedger {
  const sheetId = host.PropertiesService.getUserProperties().getProperty(SHEET_ID_PROPERTY);
  if (!sheetId) return { kind: 'none' };
  const spreadsheet = host.SpreadsheetApp.openById(sheetId);
  const url = spreadsheet.getUrl();
  const cacheKey = cacheKeyOf(sheetId, fingerprintOf(spreadsheet));
  const cache = host.CacheService.getUserCache();
  const hit = cache ? getChunked(cache, cacheKey) : null;
  if (hit !== null && cache) {
    const cached = JSON.parse(hit) as Cached;
    if (!cached.ok) return ready(sheetId, url, cacheKey, cached);
    const tail = JSON.parse(cache.get(`${cacheKey}:tail`) ?? '[]') as LedgerEvent[];
    // Rows appended by someone else (a teammate, a paste) mean the tail is not the whole story.
    if (cached.eventRows + tail.length === eventRowsOf(spreadsheet)) {
      const ledger = tail.length
        ? { ...cached.ledger, events: [...cached.ledger.events, ...tail] }
        : cached.ledger;
      return ready(sheetId, url, cacheKey, { ...cached, ledger });
    }
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
        eventRows: eventRowsOf(spreadsheet),
      }
    : { ok: false, problems: [...read.problems] };
  if (cache) {
    putChunked(cache, cacheKey, JSON.stringify(cached));
    cache.remove(`${cacheKey}:tail`);
  }
  return ready(sheetId, url, cacheKey, cached);
}

/** Drops the cached copy so the next card reads the Sheet again. */
export function forgetLedger(host: GmailHost, opened: OpenedLedger): void {
  if (opened.kind !== 'ready') return;
  host.CacheService.getUserCache()?.remove(`${opened.cacheKey}:n`);
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

/**
 * Appends events to the Events tab, one row each, never rewriting a row; an event whose id or
 * message id (same customer and kind) is already logged is skipped. Returns the events appended.
 */
export function appendEvents(
  host: GmailHost,
  opened: Extract<OpenedLedger, { kind: 'ready' }>,
  events: readonly LedgerEvent[],
): LedgerEvent[] {
  const logged = opened.ledger.events;
  const fresh = events.filter(
    (event) =>
      !logged.some(
        (e) =>
          (event.id !== undefined && e.id === event.id) ||
          (event.messageId !== undefined &&
            e.messageId === event.messageId &&
            e.customerId === event.customerId &&
            e.kind === event.kind),
      ),
  );
  if (fresh.length === 0) return [];
  const spreadsheet = host.SpreadsheetApp.openById(opened.sheetId);
  const sheet = spreadsheet.getSheetByName('Events');
  if (!sheet) throw new Error('The ledger Sheet has no Events tab: add it back to log events.');
  const numbers = new Map(opened.ledger.invoices.map((i) => [i.id as string, i.number]));
  for (const event of fresh) sheet.appendRow(eventRow(event, (id) => numbers.get(id)));
  // The cache follows the Sheet through a small tail entry, so the next card sees the event
  // without re-reading every tab or rewriting the whole cached ledger.
  const cache = host.CacheService.getUserCache();
  if (cache) {
    const key = `${opened.cacheKey}:tail`;
    const tail = [...(JSON.parse(cache.get(key) ?? '[]') as LedgerEvent[]), ...fresh];
    const text = JSON.stringify(tail);
    if (tail.length <= MAX_TAIL_EVENTS && text.length < MAX_CHUNK_BYTES / 4)
      cache.put(key, text, CACHE_SECONDS);
    else cache.remove(`${opened.cacheKey}:n`);
  }
  return fresh;
}
