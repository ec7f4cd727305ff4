/// <reference types="google-apps-script" />
/**
 * A fake of SpreadsheetApp holding values in memory. It records every write (`writes`), so tests
 * can check that events are appended and never rewritten, and it checks ranges as Sheets does
 * (1-based, inside the grid, setValues dimensions equal to the range). Every change, by the
 * add-on or by a person in the Sheet (`editCell`), bumps the file's Drive `version`; writes stay
 * pending until `flush()`, which the fake LockService checks before a lock is released.
 */

export type SheetWrite = {
  readonly sheet: string;
  readonly op: 'appendRow' | 'setValues' | 'setNumberFormat';
  readonly row: number;
  readonly rows: number;
};

export class FakeSheet {
  maxRows = 1000;
  numberFormat = new Map<number, string>();
  frozenRows = 0;

  constructor(
    private readonly book: FakeSpreadsheet,
    public name: string,
    public values: unknown[][] = [],
  ) {}

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    this.book.touch();
    return this;
  }
  getLastRow(): number {
    return this.values.length;
  }
  getLastColumn(): number {
    return this.values.reduce((w, r) => Math.max(w, r.length), 0);
  }
  getMaxRows(): number {
    return Math.max(this.maxRows, this.values.length);
  }
  setFrozenRows(n: number): this {
    this.frozenRows = n;
    this.book.touch();
    return this;
  }
  appendRow(row: unknown[]): this {
    this.values.push([...row]);
    this.book.write({ sheet: this.name, op: 'appendRow', row: this.values.length, rows: 1 });
    return this;
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getRange(
    row: number,
    column: number,
    numRows = 1,
    numColumns = 1,
  ): GoogleAppsScript.Spreadsheet.Range {
    if (![row, column, numRows, numColumns].every((n) => Number.isInteger(n) && n >= 1))
      throw new Error('The coordinates or dimensions of the range are invalid.');
    const range = {
      getValues: () => {
        this.book.reads++;
        return Array.from({ length: numRows }, (_, r) =>
          Array.from(
            { length: numColumns },
            (_, c) => this.values[row - 1 + r]?.[column - 1 + c] ?? '',
          ),
        );
      },
      setValues: (values: unknown[][]) => {
        if (values.length !== numRows || values.some((r) => r.length !== numColumns))
          throw new Error(
            `The number of rows or columns in the data does not match the range (${numRows}x${numColumns}).`,
          );
        values.forEach((r, i) => {
          const target = (this.values[row - 1 + i] ??= []);
          r.forEach((v, j) => (target[column - 1 + j] = v));
        });
        for (let i = 0; i < row - 1; i++) this.values[i] ??= [];
        this.book.write({ sheet: this.name, op: 'setValues', row, rows: numRows });
        return range;
      },
      setNumberFormat: (format: string) => {
        for (let c = column; c < column + numColumns; c++) this.numberFormat.set(c, format);
        this.book.write({ sheet: this.name, op: 'setNumberFormat', row, rows: numRows });
        return range;
      },
    };
    return range as unknown as GoogleAppsScript.Spreadsheet.Range;
  }
}

/** The instant the fake Drive reports for a file's first version. */
const EPOCH = Date.parse('2026-06-01T00:00:00Z');

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly writes: SheetWrite[] = [];
  reads = 0;
  /** Drive's file version: it grows with every change, by anyone. */
  version = 1;
  /** Writes not yet flushed (SpreadsheetApp batches them until flush or the end of the script). */
  pending = 0;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly timeZone = 'Europe/Madrid',
  ) {}

  getId(): string {
    return this.id;
  }
  /** Drive's modifiedTime: one second per version past the epoch, so it moves with every change. */
  modifiedTime(): string {
    return new Date(EPOCH + this.version * 1000).toISOString();
  }
  touch(): void {
    this.version++;
  }
  write(entry: SheetWrite): void {
    this.writes.push(entry);
    this.pending++;
    this.touch();
  }
  /** Test helper: a person edits one cell in place in the Sheet (1-based, as Sheets numbers). */
  editCell(tab: string, row: number, column: number, value: unknown): this {
    const sheet = this.getSheetByName(tab);
    if (!sheet) throw new Error(`no tab ${tab}`);
    (sheet.values[row - 1] ??= [])[column - 1] = value;
    this.touch();
    return this;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (this.getSheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this, name);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.touch();
    return sheet;
  }
  /** Test helper: a tab with these values (header row first). */
  withTab(name: string, values: readonly (readonly unknown[])[]): this {
    const sheet = this.getSheetByName(name) ?? this.insertSheet(name);
    sheet.values = values.map((r) => [...r]);
    this.touch();
    return this;
  }
}

/**
 * One user's SpreadsheetApp. Users of a team pass the same `books` (Drive), but each has its own
 * drive.file grants: the files the add-on created for that user, or that the user granted it.
 */
export class FakeSpreadsheetApp {
  /** Files the add-on may open under drive.file: those it created, or the test granted. */
  readonly granted = new Set<string>();
  flushes = 0;

  constructor(readonly books = new Map<string, FakeSpreadsheet>()) {}

  add(book: FakeSpreadsheet): FakeSpreadsheet {
    this.books.set(book.id, book);
    this.granted.add(book.id);
    return book;
  }
  create(name: string): FakeSpreadsheet {
    const book = new FakeSpreadsheet(`sheet-${this.books.size + 1}`, name);
    book.insertSheet('Sheet1');
    return this.add(book);
  }
  openById(id: string): FakeSpreadsheet {
    const book = this.books.get(id);
    if (!book || !this.granted.has(id))
      throw new Error(`You do not have permission to access the requested document (${id}).`);
    return book;
  }
  flush(): void {
    this.flushes++;
    for (const book of this.books.values()) book.pending = 0;
  }
  /** Writes made and not yet flushed, in every book this user can open. */
  pendingWrites(): number {
    let n = 0;
    for (const id of this.granted) n += this.books.get(id)?.pending ?? 0;
    return n;
  }
  asService(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return this as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }
}
