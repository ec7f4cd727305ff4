/// <reference types="google-apps-script" />
import type { FakeSpreadsheetApp } from './spreadsheetApp';

/**
 * A recording fake of the advanced Drive service (Drive API v3, `Drive.Files.get`) over the
 * Sheets of {@link FakeSpreadsheetApp}. As the API does under drive.file, a file the user has not
 * granted to the app answers 404, and only the default fields come back unless `fields` names
 * others; an unknown field is a 400.
 */
export type DriveCall = { readonly fileId: string; readonly fields?: string };

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
const KNOWN_FIELDS = new Set([...DEFAULT_FIELDS, 'version', 'modifiedTime']);

export class FakeDrive {
  readonly calls: DriveCall[] = [];

  constructor(private readonly sheets: FakeSpreadsheetApp) {}

  private get(fileId: string, optionalArgs: Record<string, unknown> = {}): Record<string, string> {
    const fields = optionalArgs.fields as string | undefined;
    this.calls.push({ fileId, fields });
    if (optionalArgs.alt === 'media')
      throw new Error('API call to drive.files.get failed: use files.export for Google Sheets');
    const book = this.sheets.books.get(fileId);
    if (!book || !this.sheets.granted.has(fileId))
      throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
    const wanted = fields === undefined ? DEFAULT_FIELDS : fields.split(',').map((f) => f.trim());
    for (const f of wanted)
      if (!KNOWN_FIELDS.has(f))
        throw new Error(
          `API call to drive.files.get failed with error: Invalid field selection ${f}`,
        );
    const all: Record<string, string> = {
      kind: 'drive#file',
      id: book.id,
      name: book.name,
      mimeType: 'application/vnd.google-apps.spreadsheet',
      version: String(book.version),
      modifiedTime: book.modifiedTime(),
    };
    return Object.fromEntries(wanted.map((f) => [f, all[f]!]));
  }

  asService(): GoogleAppsScript.Drive {
    return {
      Files: { get: (id: string, args?: Record<string, unknown>) => this.get(id, args) },
    } as unknown as GoogleAppsScript.Drive;
  }
}
