import {
  amountDue,
  toDecimalString,
  type Customer,
  type CustomerId,
  type Invoice,
  type SilentCustomer,
} from '../core';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV cell, safe to open in a spreadsheet: a text starting with =, +, -, @, tab or CR gets a
 * leading apostrophe so it is never run as a formula (OWASP "CSV Injection"); a plain number
 * such as -12.50 stays a number. Cells with commas, quotes or line breaks are quoted.
 */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV text: header first, CRLF line ends (RFC 4180), every cell through {@link csvCell}. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Invoices as CSV, one row each, with their customer's name. */
export function invoicesCsv(
  invoices: readonly Invoice[],
  customers: ReadonlyMap<CustomerId, Customer>,
): string {
  return csvText(
    [
      'Invoice number',
      'Customer id',
      'Customer',
      'PO number',
      'Issue date',
      'Due date',
      'Currency',
      'Amount',
      'Paid',
      'Amount due',
      'Status',
      'Paused until',
    ],
    invoices.map((i) => [
      i.number,
      i.customerId,
      customers.get(i.customerId)?.name,
      i.po,
      i.issueDate,
      i.dueDate,
      i.amount.currency,
      toDecimalString(i.amount),
      toDecimalString(i.paid),
      toDecimalString(amountDue(i)),
      i.status,
      i.pause ? (i.pause.until ?? 'lifted by hand') : undefined,
    ]),
  );
}

/** The silent list as CSV, in its ranking order. */
export function silentCsv(silent: readonly SilentCustomer[]): string {
  return csvText(
    [
      'Customer id',
      'Customer',
      'Days silent',
      'Last reminder',
      'Channel',
      'At risk',
      'Stage',
      'Next step on',
    ],
    silent.map((s) => [
      s.customerId,
      s.name,
      s.daysSilent,
      s.lastReminderOn,
      s.lastReminderChannel,
      s.atRisk.map((m) => `${toDecimalString(m)} ${m.currency}`).join('; '),
      s.stage,
      s.nextStepOn,
    ]),
  );
}
