import { calendarDateIn } from '../../core/calendarDate';

/**
 * A cell value from `getValues()` as the text the CSV import reads: dates (Sheets gives a Date at
 * midnight in the spreadsheet's zone) as YYYY-MM-DD in that zone, numbers in their shortest exact
 * decimal form, booleans as yes/no, empty as ''.
 */
export function cellText(value: unknown, sheetTimeZone: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || isDateLike(value)) {
    const ms = (value as Date).getTime();
    return Number.isNaN(ms) ? '' : calendarDateIn(ms, sheetTimeZone);
  }
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** An instant cell (the Events `at` column) as ISO 8601 UTC when Sheets turned it into a Date. */
export function instantText(value: unknown): string {
  if (value instanceof Date || isDateLike(value)) {
    const ms = (value as Date).getTime();
    return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  }
  return value === null || value === undefined ? '' : String(value).trim();
}

// A Date made in another realm (Apps Script's, or node:vm's in the bundle test) fails instanceof.
function isDateLike(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A CSV cell: quoted when it holds a delimiter, quote or line break, inner quotes doubled. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
