import type { GmailHost } from './appsScript';
import { SHEET_ID_PROPERTY } from './ledgerStore';
import { TAB_NAMES, type TabName } from './sheetLayout';

/** A Drive file id as it appears in a Sheets link: letters, digits, `-` and `_`. */
const ID = /^[A-Za-z0-9_-]{20,}$/;

/** The Sheet id in a Google Sheets link (…/spreadsheets/d/<id>/…) or a bare id; else null. */
export function sheetIdFromUrl(text: string): string | null {
  const trimmed = text.trim();
  const inLink =
    /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)/.exec(trimmed);
  const id = inLink ? inLink[1]! : trimmed;
  return ID.test(id) ? id : null;
}

/** The link that opens a Sheet in Google Sheets. */
export function sheetUrlOf(sheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${sheetId}/edit`;
}

/** What happened when the user asked Duly to use a Sheet as the ledger. */
export type UseLedgerResult =
  | { readonly kind: 'used'; readonly name: string; readonly url: string }
  | { readonly kind: 'no-access'; readonly url: string }
  | { readonly kind: 'not-a-ledger'; readonly url: string; readonly missing: readonly TabName[] };

/**
 * Makes the Sheet the user's ledger when the add-on may open it under drive.file (it created the
 * Sheet, or the user granted it from the Sheet's own Duly panel) and it has the four tabs. The
 * drive.file scope gives no way to open a teammate's Sheet from a pasted link alone: that case
 * answers `no-access`, and the card explains how to grant it.
 */
export function useLedgerSheet(host: GmailHost, sheetId: string): UseLedgerResult {
  const url = sheetUrlOf(sheetId);
  let spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  try {
    spreadsheet = host.SpreadsheetApp.openById(sheetId);
  } catch {
    return { kind: 'no-access', url };
  }
  const missing = TAB_NAMES.filter((name) => !spreadsheet.getSheetByName(name));
  if (missing.length > 0) return { kind: 'not-a-ledger', url, missing };
  host.PropertiesService.getUserProperties().setProperty(SHEET_ID_PROPERTY, sheetId);
  return { kind: 'used', name: spreadsheet.getName(), url: spreadsheet.getUrl() };
}
