import { dateFromParts, daysInMonth, type CalendarDate } from './calendarDate';

/** Order of day and month in a date written with the year last: 05/07/2026 is 5 July in `dmy`. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * A date cell read without knowing the column's order: `fixed` when the text says which part is
 * the month (2026-07-05, 5 Jul 2026, 2026年7月5日), `pair` when the year is last (05/07/2026).
 */
export type DateCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'fixed'; readonly date: CalendarDate }
  | {
      readonly kind: 'pair';
      readonly first: number;
      readonly second: number;
      readonly year: number;
    }
  | { readonly kind: 'invalid'; readonly reason: string };

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const DAY_NAMED_MONTH = /^(\d{1,2})\.?[\s-]*([a-z]{3,9})\.?[\s,-]*(\d{4}|\d{2})$/;
const NAMED_MONTH_DAY = /^([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})$/;
const TIME_SUFFIX =
  /[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const EXCEL_SERIAL = /^\d{5}(?:\.\d+)?$/;

const MONTHS = new Map<string, number>();
[
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['may'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
].forEach((names, index) => names.forEach((name) => MONTHS.set(name, index + 1)));

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function fixed(year: number, month: number, day: number, text: string): DateCell {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'invalid', reason: `"${text}" is not a real date` };
  }
  return { kind: 'fixed', date: dateFromParts(year, month, day) };
}

/** Reads one date cell: ISO and year-first dates, Chinese dates, named months, and d/m/y or m/d/y. */
export function readDateCell(cell: string): DateCell {
  const raw = cell.trim();
  if (raw === '') return { kind: 'empty' };
  const text = raw.includes(':') ? raw.replace(TIME_SUFFIX, '') : raw;
  let m = YEAR_FIRST.exec(text);
  if (m) return fixed(Number(m[1]), Number(m[3]), Number(m[4]), raw);
  m = CHINESE.exec(text);
  if (m) return fixed(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = YEAR_LAST.exec(text);
  if (m) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), fullYear(m[4]!)];
    if ((first > 12 && second > 12) || first === 0 || second === 0) {
      return { kind: 'invalid', reason: `"${raw}" is not a real date` };
    }
    return { kind: 'pair', first, second, year };
  }
  const lower = text.toLowerCase();
  m = DAY_NAMED_MONTH.exec(lower);
  if (m && MONTHS.has(m[2]!)) return fixed(fullYear(m[3]!), MONTHS.get(m[2]!)!, Number(m[1]), raw);
  m = NAMED_MONTH_DAY.exec(lower);
  if (m && MONTHS.has(m[1]!)) return fixed(Number(m[3]), MONTHS.get(m[1]!)!, Number(m[2]), raw);
  if (EXCEL_SERIAL.test(text)) {
    return {
      kind: 'invalid',
      reason: `"${raw}" looks like a spreadsheet serial number, not a date: export dates as text`,
    };
  }
  return { kind: 'invalid', reason: `"${raw}" is not a date` };
}

/** The orders a `pair` cell can be read in: both when day and month are ≤ 12 and differ. */
export function ordersOf(cell: { first: number; second: number; year: number }): DateOrder[] {
  const orders: DateOrder[] = [];
  if (cell.second <= 12 && cell.first <= daysInMonth(cell.year, cell.second)) orders.push('dmy');
  if (cell.first <= 12 && cell.second <= daysInMonth(cell.year, cell.first)) orders.push('mdy');
  return orders;
}

/** The date of a `pair` cell in `order`, or undefined when it is no date in that order. */
export function pairDate(
  cell: { first: number; second: number; year: number },
  order: DateOrder,
): CalendarDate | undefined {
  const [day, month] = order === 'dmy' ? [cell.first, cell.second] : [cell.second, cell.first];
  if (month > 12 || day > daysInMonth(cell.year, month)) return undefined;
  return dateFromParts(cell.year, month, day);
}

/** What the cells of one column say about its order: counts of rows that fit only one order. */
export type OrderEvidence = {
  readonly dmy: number;
  readonly mdy: number;
  /** The first row that fits only one order, for messages. */
  readonly first?: { readonly order: DateOrder; readonly index: number };
  /** True when some row reads as two different dates. */
  readonly ambiguous: boolean;
};

/** Tallies the rows of a date column that fit only d/m/y or only m/d/y, and whether any row is ambiguous. */
export function orderEvidence(cells: readonly DateCell[]): OrderEvidence {
  let dmy = 0;
  let mdy = 0;
  let first: OrderEvidence['first'];
  let ambiguous = false;
  cells.forEach((cell, index) => {
    if (cell.kind !== 'pair') return;
    const orders = ordersOf(cell);
    if (orders.length === 2) {
      if (cell.first !== cell.second) ambiguous = true;
    } else if (orders.length === 1) {
      if (orders[0] === 'dmy') dmy++;
      else mdy++;
      first ??= { order: orders[0]!, index };
    }
  });
  return first ? { dmy, mdy, first, ambiguous } : { dmy, mdy, ambiguous };
}

/** The order the evidence decides: the majority of decisive rows, the first one on a tie. */
export function decidedOrder(evidence: OrderEvidence): DateOrder | undefined {
  if (evidence.dmy > evidence.mdy) return 'dmy';
  if (evidence.mdy > evidence.dmy) return 'mdy';
  return evidence.first?.order;
}
