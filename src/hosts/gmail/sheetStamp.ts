import type { GmailHost } from './appsScript';
import { TAB_NAMES } from './sheetLayout';

/**
 * The ledger Sheet's Drive version (`v…`): it grows with every change to the file, by anyone,
 * including a cell edited in place. Read through the advanced Drive service, because DriveApp's
 * getFileById needs the restricted drive.readonly or drive scope, while the Drive API's files.get
 * accepts drive.file (https://developers.google.com/drive/api/reference/rest/v3/files/get).
 * Null when the service is off or does not answer: the caller falls back to {@link sizeStamp}.
 */
export function driveStamp(host: GmailHost, sheetId: string): string | null {
  if (!host.Drive) return null;
  try {
    const version = host.Drive.Files.get(sheetId, { fields: 'version' }).version;
    return version ? `v${version}` : null;
  } catch {
    return null;
  }
}

/**
 * The tabs' sizes (`s…`): what changes when rows are pasted or appended. It misses a cell edited
 * in place, which then waits for the cache to expire: the fallback when Drive gives no version.
 */
export function sizeStamp(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return `s${TAB_NAMES.map((name) => {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet ? `${sheet.getLastRow()}x${sheet.getLastColumn()}` : '-';
  }).join('.')}`;
}
