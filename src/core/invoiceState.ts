import { addDays, daysBetween, type CalendarDate } from './calendarDate';
import { subtract, type Money } from './money';
import type { Invoice } from './model';

/** What is still owed on an invoice: amount − paid, in the invoice currency. */
export function amountDue(invoice: Invoice): Money {
  return subtract(invoice.amount, invoice.paid);
}

/** True while the invoice is owed: open or partly paid with something left (disputed ones are owed too, but not chased). */
export function isUnpaid(invoice: Invoice): boolean {
  return (
    (invoice.status === 'open' ||
      invoice.status === 'partly-paid' ||
      invoice.status === 'disputed') &&
    amountDue(invoice).minor > 0
  );
}

/** True when a pause holds on `today` (a pause without a date holds until lifted). */
export function isPaused(invoice: Invoice, today: CalendarDate): boolean {
  if (!invoice.pause) return false;
  return invoice.pause.until === undefined || invoice.pause.until >= today;
}

/** True when the invoice is to be chased today: unpaid, not disputed, not paused. */
export function isChaseable(invoice: Invoice, today: CalendarDate): boolean {
  return isUnpaid(invoice) && invoice.status !== 'disputed' && !isPaused(invoice, today);
}

/** Days past the due date on `today`; negative before it. */
export function daysOverdue(invoice: Invoice, today: CalendarDate): number {
  return daysBetween(invoice.dueDate, today);
}

/** The day after a pause ends, when chasing resumes; undefined for an open-ended pause. */
export function resumesOn(invoice: Invoice): CalendarDate | undefined {
  return invoice.pause?.until === undefined ? undefined : addDays(invoice.pause.until, 1);
}
