import { importInvoicesCsv, type CsvRejection } from '../../core/csvImport';
import { invoiceNumberKey, LedgerFileError, parseLedger } from '../../core/ledgerFile';
import type { InvoiceId, Ledger, LedgerEvent } from '../../core/model';
import { csvCell, cellText, instantText } from './sheetCells';
import {
  OWN_ADDRESSES_KEY,
  TAB_HEADERS,
  type EventColumn,
  type SheetProblem,
  type TabName,
  type TabValues,
} from './sheetLayout';
import { defaultSettings, settingsFromRows, settingsJson } from './settingsRows';

/** The ledger read from the Sheet, or every problem found (tab, row, column, reason). */
export type SheetLedgerResult =
  | {
      readonly ok: true;
      readonly ledger: Ledger;
      readonly ownAddresses: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/** A tab as CSV text, and the Sheet row each CSV line belongs to (cells may hold line breaks). */
function tabCsv(rows: readonly (readonly unknown[])[], sheetTimeZone: string) {
  const lines: string[] = [];
  const rowOfLine: number[] = [0];
  rows.forEach((cells, index) => {
    const line = cells.map((c) => csvCell(cellText(c, sheetTimeZone).trim())).join(',');
    lines.push(line);
    const breaks = line.split(/\r\n|\r|\n/).length;
    for (let i = 0; i < breaks; i++) rowOfLine.push(index + 1);
  });
  return { text: lines.join('\n'), rowOfLine };
}

function columnIndex(headers: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => index.set(String(h ?? '').trim(), i));
  return index;
}

/**
 * Reads the four tabs with the engine: Customers and Invoices through the CSV import (all rows or
 * none, each bad row reported), Settings and Events through the ledger-file validation. Never
 * guesses past a problem: any problem means no ledger.
 */
export function readSheetLedger(tabs: TabValues, sheetTimeZone: string): SheetLedgerResult {
  const problems: SheetProblem[] = [];

  // Settings: one key per row, over the defaults.
  const settingRows: { key: string; value: string; row: number }[] = [];
  let ownAddresses: string[] = [];
  tabs.Settings.slice(1).forEach((cells, i) => {
    const key = cellText(cells[0], sheetTimeZone).trim();
    const value = cellText(cells[1], sheetTimeZone);
    if (key === '') return;
    if (key === OWN_ADDRESSES_KEY)
      ownAddresses = value
        .split(/[,;\s]+/)
        .map((a) => a.trim().toLowerCase())
        .filter((a) => a !== '');
    else settingRows.push({ key, value, row: i + 2 });
  });
  const defaults = settingsJson(defaultSettings('My company', 'UTC'));
  const settings = settingsFromRows(settingRows, defaults);
  const company = settings.json.company as Record<string, unknown> | undefined;
  const zone = typeof company?.timeZone === 'string' ? company.timeZone : 'UTC';
  let importZone = 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    importZone = zone;
  } catch {
    // Reported below by the ledger validation, with its row.
  }

  // Customers and Invoices: the CSV import, exactly as for an ERP export.
  const customers = tabCsv(tabs.Customers, sheetTimeZone);
  const invoices = tabCsv(tabs.Invoices, sheetTimeZone);
  const imported = importInvoicesCsv(invoices.text, {
    fileName: 'Invoices',
    customersCsv: customers.text,
    customersFileName: 'Customers',
    defaultTimeZone: importZone,
    freeMailDomains: Array.isArray(settings.json.freeMailDomains)
      ? (settings.json.freeMailDomains as string[])
      : undefined,
  });
  if (!imported.ok) {
    for (const r of imported.rejections) problems.push(csvProblem(r, customers, invoices));
  }
  const importedInvoices = imported.ok ? imported.invoices : [];
  const importedCustomers = imported.ok ? imported.customers : [];

  // Events: ledger-file fields, invoice numbers instead of internal ids.
  const idByNumber = new Map(importedInvoices.map((i) => [invoiceNumberKey(i.number), i.id]));
  const headers = columnIndex(tabs.Events[0] ?? []);
  const eventRows: { json: Record<string, unknown>; invoiceIds: InvoiceId[]; row: number }[] = [];
  tabs.Events.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const cell = (column: EventColumn): string => {
      const at = headers.get(column);
      if (at === undefined) return '';
      return column === 'at' ? instantText(cells[at]) : cellText(cells[at], sheetTimeZone).trim();
    };
    if (TAB_HEADERS.Events.every((c) => cell(c) === '')) return;
    const json: Record<string, unknown> = {};
    for (const column of TAB_HEADERS.Events) {
      const value = cell(column);
      if (value === '' || column === 'invoiceNumbers') continue;
      json[column] = column === 'blocks' ? value.split(/[,\s]+/).filter(Boolean) : value;
    }
    const invoiceIds: InvoiceId[] = [];
    for (const number of cell('invoiceNumbers').split(/[,;]/)) {
      if (number.trim() === '') continue;
      const id = idByNumber.get(invoiceNumberKey(number));
      if (id) invoiceIds.push(id);
      else if (imported.ok)
        problems.push({
          tab: 'Events',
          row,
          column: 'invoiceNumbers',
          message: `invoice "${number.trim()}" is not on the Invoices tab`,
        });
    }
    eventRows.push({ json, invoiceIds, row });
  });
  for (const column of ['customerId', 'at', 'direction', 'channel', 'kind'] as const) {
    if (!headers.has(column))
      problems.push({
        tab: 'Events',
        row: 1,
        message: `the header has no "${column}" column: the Events tab needs ${TAB_HEADERS.Events.join(', ')}`,
      });
  }
  if (problems.length > 0) return { ok: false, problems };

  // The ledger-file validation checks settings and events, with customers to check references.
  let ledger: Ledger;
  try {
    ledger = parseLedger({
      format: 'duly-ledger',
      version: 1,
      settings: settings.json,
      customers: importedCustomers,
      invoices: [],
      events: eventRows.map((e) => e.json),
    });
  } catch (error) {
    if (!(error instanceof LedgerFileError)) throw error;
    return {
      ok: false,
      problems: error.issues.map((issue) =>
        fileProblem(issue.path, issue.message, settings.rowOfPath, eventRows),
      ),
    };
  }
  const events: LedgerEvent[] = ledger.events.map((e, i) => ({
    ...e,
    invoiceIds: eventRows[i]!.invoiceIds,
  }));
  return {
    ok: true,
    ledger: { ...ledger, invoices: importedInvoices, events },
    ownAddresses,
    warnings: imported.ok ? imported.warnings : [],
  };
}

function csvProblem(
  rejection: CsvRejection,
  customers: { rowOfLine: number[] },
  invoices: { rowOfLine: number[] },
): SheetProblem {
  const tab: TabName = rejection.file === 'Customers' ? 'Customers' : 'Invoices';
  const map = tab === 'Customers' ? customers.rowOfLine : invoices.rowOfLine;
  return {
    tab,
    row: map[rejection.line] ?? rejection.line,
    ...(rejection.column !== undefined ? { column: rejection.column } : {}),
    message: rejection.message,
  };
}

const EVENT_PATH = /^events\[(\d+)\](?:\.(\w+))?/;

function fileProblem(
  path: string,
  message: string,
  rowOfSetting: Map<string, number>,
  eventRows: readonly { row: number }[],
): SheetProblem {
  const event = EVENT_PATH.exec(path);
  if (event) {
    const row = eventRows[Number(event[1])]?.row ?? 1;
    return { tab: 'Events', row, ...(event[2] ? { column: event[2] } : {}), message };
  }
  if (path.startsWith('settings')) {
    let probe = path;
    while (!rowOfSetting.has(probe)) {
      const shorter = probe.replace(/(\.\w+|\[\d+\])$/, '');
      if (shorter === probe) break;
      probe = shorter;
    }
    const row = rowOfSetting.get(probe);
    const key = path
      .replace(/^settings\.?/, '')
      .replace(/\[(\d+)\]/g, (_m, i: string) => `.${Number(i) + 1}`);
    return {
      tab: 'Settings',
      row: row ?? 1,
      column: 'Value',
      message: row === undefined ? `${message} (add a row "${key}")` : message,
    };
  }
  return { tab: 'Customers', row: 1, message };
}
