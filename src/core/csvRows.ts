import { parse } from 'papaparse';

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

type QuoteProblem = {
  readonly record: number;
  readonly line: number;
  readonly cell: number;
  readonly message: string;
};

/** What {@link checkQuotes} learns of a CSV text. */
type QuoteCheck = {
  /** The physical line each record starts on. */
  readonly lines: number[];
  readonly problems: QuoteProblem[];
  /** The same table as strict CSV for papaparse: see {@link checkQuotes}. */
  readonly text: string;
  /** The one line break `text` uses outside quotes. */
  readonly newline: '\n' | '\r\n' | '\r';
};

function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Walks the quoting of a CSV text once, for what papaparse does not tell: the physical line each
 * record starts on (its `row` counts records), and every stray or unclosed quote (it accepts some
 * silently, and lets an unclosed one swallow the rest of the file). Returns the text rewritten as
 * strict CSV that papaparse reads cell for cell as intended: every line break outside quotes
 * becomes the first one of the file (papaparse knows one kind per parse), spaces around a quoted
 * cell go, and each bad cell is quoted as read here: an unclosed quote as a literal character, text
 * after a closing quote joined to the cell. Line breaks stay one for one, so the lines agree.
 */
function checkQuotes(text: string, delimiterCode: number): QuoteCheck {
  const n = text.length;
  const lines = [1];
  const problems: QuoteProblem[] = [];
  const parts: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, by: string): void => {
    parts.push(text.slice(copied, from), by);
    copied = to;
  };
  /** The end of an unquoted cell from `from`, and whether a quote is in it. */
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

  let newline: '\n' | '\r\n' | '\r' | undefined;
  let line = 1;
  let record = 0;
  let cell = 0;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < n && text.charCodeAt(j) === SPACE) j++;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      let k = j + 1;
      let closed = false;
      let linesInside = 0;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === QUOTE) {
          if (text.charCodeAt(k + 1) === QUOTE) {
            k += 2;
            continue;
          }
          closed = true;
          break;
        }
        if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) linesInside++;
        k++;
      }
      if (closed) {
        line += linesInside;
        let m = k + 1;
        while (m < n && text.charCodeAt(m) === SPACE) m++;
        const next = m < n ? text.charCodeAt(m) : -1;
        if (next !== -1 && next !== delimiterCode && next !== LF && next !== CR) {
          problems.push({ record, line, cell, message: TEXT_AFTER_QUOTE });
          const end = endOfPlainCell(m);
          const inside = text.slice(j + 1, k).replace(/""/g, '"');
          replace(i, end, quoted(inside + text.slice(k + 1, end)));
          i = end;
        } else {
          if (j > i || m > k + 1) replace(i, m, text.slice(j, k + 1));
          i = m;
        }
      } else {
        // Read the opening quote as a literal and go on from the same line, so that one bad
        // cell does not swallow the rest of the file and hide the rows after it.
        problems.push({ record, line, cell, message: UNCLOSED_QUOTE });
        const end = endOfPlainCell(j);
        replace(i, end, quoted(text.slice(j, end)));
        i = end;
      }
    } else {
      const end = endOfPlainCell(i);
      if (plainCellHasQuote) {
        problems.push({ record, line, cell, message: STRAY_QUOTE });
        replace(i, end, quoted(text.slice(i, end)));
      }
      i = end;
    }

    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === delimiterCode) {
      i++;
      cell++;
      continue;
    }
    const width = c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    const lineBreak = width === 2 ? '\r\n' : c === CR ? '\r' : '\n';
    newline ??= lineBreak;
    if (lineBreak !== newline) replace(i, i + width, newline);
    i += width;
    line++;
    record++;
    cell = 0;
    lines.push(line);
  }
  newline ??= '\n';
  if (copied === 0) return { lines, problems, text, newline };
  parts.push(text.slice(copied));
  return { lines, problems, text: parts.join(''), newline };
}

/** The records of strict CSV text (see {@link checkQuotes}), by papaparse, every cell a string. */
function splitRecords(check: QuoteCheck, delimiter: string): string[][] {
  const { text, newline } = check;
  // papaparse returns no record for an empty text, where a CSV has one empty record.
  if (text === '') return [['']];
  // papaparse drops one leading byte order mark; a second one (the first went already) is data.
  const input = text.charCodeAt(0) === 0xfeff ? '\uFEFF' + text : text;
  const parsed = parse(input, {
    delimiter,
    newline,
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const expected = check.lines.length;
  if (parsed.errors.length > 0 || parsed.data.length !== expected) {
    // The text was made strict above; a disagreement is a bug here, never a problem of the file.
    throw new Error(
      `CSV records disagree: ${parsed.data.length} read, ${expected} expected (${parsed.errors[0]?.message ?? 'no error'})`,
    );
  }
  return parsed.data;
}

/**
 * Splits CSV text (comma, semicolon or tab, detected; UTF-8 BOM ignored) into a header and rows of
 * string cells, never converting values (papaparse without `dynamicTyping`: "00123" stays text).
 * Blank rows are skipped. Unlike lenient parsers it reports every stray or unclosed quote with its
 * physical line, and keeps parsing so later rows are checked.
 */
export function parseCsvRows(text: string): CsvRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body, 0);
  const check = checkQuotes(body, delimiter.charCodeAt(0));
  const records = splitRecords(check, delimiter);
  const problemsOf = new Map<number, QuoteProblem[]>();
  for (const problem of check.problems) {
    const list = problemsOf.get(problem.record);
    if (list) list.push(problem);
    else problemsOf.set(problem.record, [problem]);
  }

  let headerIndex = records.findIndex((cells, r) => !isBlank(cells) || problemsOf.has(r));
  if (headerIndex < 0) headerIndex = records.length;
  const header = records[headerIndex];
  const headers = header ? header.map((h) => h.trim()) : [];
  const errors: CsvRejection[] = [];
  const rows: CsvRow[] = [];
  for (let r = headerIndex; r < records.length; r++) {
    const cells = records[r]!;
    const problems = problemsOf.get(r);
    for (const p of problems ?? []) {
      const column = r === headerIndex ? undefined : headers[p.cell];
      errors.push(
        column
          ? { line: p.line, column, message: p.message }
          : { line: p.line, message: p.message },
      );
    }
    if (r > headerIndex && (!isBlank(cells) || problems !== undefined)) {
      rows.push({ line: check.lines[r]!, cells });
    }
  }
  return { headers, headerLine: header ? check.lines[headerIndex]! : 1, rows, delimiter, errors };
}
