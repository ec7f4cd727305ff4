/**
 * A CSV problem in plain words. `line` is the 1-based physical line of the file (the header is
 * line 1 unless blank lines precede it; a quoted cell with line breaks spans several lines).
 * `file` names the file when an import reads more than one.
 */
export type CsvRejection = {
  readonly line: number;
  readonly column?: string;
  readonly message: string;
  readonly file?: string;
};

/** One record of a CSV file, its cells exactly as written (unquoted), and the line it starts on. */
export type CsvRow = { readonly line: number; readonly cells: string[] };

/** The parsed shape of a CSV file; `errors` lists quoting problems, each with its line. */
export type CsvRows = {
  readonly headers: string[];
  readonly headerLine: number;
  readonly rows: CsvRow[];
  readonly delimiter: string;
  readonly errors: CsvRejection[];
};

/** Delimiters recognised, in order of preference when a header line is ambiguous. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

const STRAY_QUOTE =
  'stray quote: a cell with a quote must be quoted as a whole, with inner quotes doubled ("12"" pipe")';
const TEXT_AFTER_QUOTE = 'stray quote: text follows the closing quote of this cell';
const UNCLOSED_QUOTE = 'unclosed quote: the quoted cell starting on this line never ends';

/** Counts delimiter candidates outside quotes on the first record and picks the most frequent. */
function detectDelimiter(text: string, start: number): string {
  const counts = [0, 0, 0];
  const codes = CSV_DELIMITERS.map((d) => d.charCodeAt(0));
  let inQuotes = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) {
      if (counts.some((n) => n > 0)) break;
    } else if (!inQuotes) {
      const index = codes.indexOf(c);
      if (index >= 0) counts[index]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  return CSV_DELIMITERS[best]!;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Splits CSV text (comma, semicolon or tab, detected; UTF-8 BOM ignored) into a header and rows of
 * string cells, never converting values. Blank rows are skipped. Unlike lenient parsers it reports
 * every stray or unclosed quote with its physical line, and keeps parsing so later rows are checked.
 */
export function parseCsvRows(text: string): CsvRows {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const delimiter = detectDelimiter(text, start);
  const delimiterCode = delimiter.charCodeAt(0);
  const n = text.length;
  const records: {
    line: number;
    cells: string[];
    problems: { line: number; cell: number; message: string }[];
  }[] = [];
  let cells: string[] = [];
  let problems: { line: number; cell: number; message: string }[] = [];
  let line = 1;
  let rowLine = 1;
  let i = start;

  let plainCellHasQuote = false;
  const endOfPlainCell = (from: number): number => {
    plainCellHasQuote = false;
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === delimiterCode || c === LF || c === CR) break;
      if (c === QUOTE) plainCellHasQuote = true;
      k++;
    }
    return k;
  };

  for (;;) {
    let j = i;
    while (j < n && text.charCodeAt(j) === SPACE) j++;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      const quoteLine = line;
      let value = '';
      let k = j + 1;
      let segment = k;
      let closed = false;
      let linesInside = 0;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === QUOTE) {
          if (k + 1 < n && text.charCodeAt(k + 1) === QUOTE) {
            value += text.slice(segment, k + 1);
            k += 2;
            segment = k;
            continue;
          }
          value += text.slice(segment, k);
          k++;
          closed = true;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) linesInside++;
        k++;
      }
      if (closed) {
        line += linesInside;
        let m = k;
        while (m < n && text.charCodeAt(m) === SPACE) m++;
        const next = m < n ? text.charCodeAt(m) : -1;
        if (next !== -1 && next !== delimiterCode && next !== LF && next !== CR) {
          problems.push({ line, cell: cells.length, message: TEXT_AFTER_QUOTE });
          const end = endOfPlainCell(m);
          value += text.slice(k, end);
          m = end;
        }
        cells.push(value);
        i = m;
      } else {
        // Read the opening quote as a literal and go on from the same line, so that one bad
        // cell does not swallow the rest of the file and hide the rows after it.
        problems.push({ line: quoteLine, cell: cells.length, message: UNCLOSED_QUOTE });
        const end = endOfPlainCell(j);
        cells.push(text.slice(j, end));
        i = end;
      }
    } else {
      const end = endOfPlainCell(i);
      if (plainCellHasQuote) problems.push({ line, cell: cells.length, message: STRAY_QUOTE });
      cells.push(text.slice(i, end));
      i = end;
    }

    if (i >= n) {
      records.push({ line: rowLine, cells, problems });
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delimiterCode) {
      i++;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push({ line: rowLine, cells, problems });
    line++;
    rowLine = line;
    cells = [];
    problems = [];
  }

  let headerIndex = records.findIndex((r) => !isBlank(r.cells) || r.problems.length > 0);
  if (headerIndex < 0) headerIndex = records.length;
  const header = records[headerIndex];
  const headers = header ? header.cells.map((h) => h.trim()) : [];
  const errors: CsvRejection[] = [];
  const rows: CsvRow[] = [];
  for (let r = headerIndex; r < records.length; r++) {
    const record = records[r]!;
    for (const p of record.problems) {
      const column = r === headerIndex ? undefined : headers[p.cell];
      errors.push(
        column
          ? { line: p.line, column, message: p.message }
          : { line: p.line, message: p.message },
      );
    }
    if (r > headerIndex && (!isBlank(record.cells) || record.problems.length > 0)) {
      rows.push({ line: record.line, cells: record.cells });
    }
  }
  return { headers, headerLine: header?.line ?? 1, rows, delimiter, errors };
}
