import { guessColumns } from '../../core/csvColumns';
import { parseCsvRows, type CsvRow } from '../../core/csvRows';
import type { ColumnMapping } from './columnMapping';

/** What the mapping step shows of a picked file, read by the engine's own CSV reader. */
export type CsvPreview = {
  readonly headers: readonly string[];
  /** The first rows, cells as written. */
  readonly rows: readonly CsvRow[];
  /** Rows in the file, when the head read was the whole file. */
  readonly rowCount?: number;
  /** The engine's guess from the headers: what it reads when no column is given. */
  readonly guessed: ColumnMapping;
};

/** Bytes read for the preview: a header and a few rows, never a whole export on the main thread. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The start of a file as text, cut after its last complete line unless the whole file was read
 * (a cut can split a character or a row; the import itself reads the whole file).
 */
export async function readHead(
  file: Blob,
  bytes = HEAD_BYTES,
): Promise<{ text: string; complete: boolean }> {
  const complete = file.size <= bytes;
  const text = await file.slice(0, bytes).text();
  if (complete) return { text, complete };
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { text: end < 0 ? text : text.slice(0, end), complete };
}

/** Reads the header and the first `limit` rows of a CSV text, with the engine's guessed columns. */
export function csvPreviewOf(text: string, complete: boolean, limit = 5): CsvPreview {
  const parsed = parseCsvRows(text);
  return {
    headers: parsed.headers,
    rows: parsed.rows.slice(0, limit),
    ...(complete ? { rowCount: parsed.rows.length } : {}),
    guessed: guessColumns(parsed.headers),
  };
}
