import { addDays, type CalendarDate } from './calendarDate';
import type { ContactHistory, PromiseRecord } from './contactHistory';
import { isUnpaid } from './invoiceState';
import type { Invoice } from './model';

/** Days after the promised date before a promise counts as broken (a transfer takes a day or two). */
export const PROMISE_GRACE_DAYS = 2;

export type PromiseStatus = 'pending' | 'kept' | 'broken';

/**
 * Whether a promise was kept: its invoices (all the customer's unpaid ones when it named none)
 * are paid, or a payment notice came by the promised date plus grace. Broken once that has passed.
 */
export function promiseStatus(
  promise: PromiseRecord,
  invoices: readonly Invoice[],
  history: Pick<ContactHistory, 'lastPaymentNoticeOn'>,
  today: CalendarDate,
): PromiseStatus {
  const named = promise.invoiceIds.length
    ? invoices.filter((i) => promise.invoiceIds.includes(i.id))
    : invoices.filter((i) => i.issueDate <= promise.madeOn);
  const stillOwed = named.some(isUnpaid);
  const deadline = addDays(promise.promisedFor, PROMISE_GRACE_DAYS);
  const noticeInTime =
    history.lastPaymentNoticeOn !== undefined &&
    history.lastPaymentNoticeOn >= promise.madeOn &&
    history.lastPaymentNoticeOn <= deadline;
  if (!stillOwed || noticeInTime) return 'kept';
  return today > deadline ? 'broken' : 'pending';
}

/** How many of the remembered promises were broken. */
export function brokenPromiseCount(
  history: ContactHistory,
  invoices: readonly Invoice[],
  today: CalendarDate,
): number {
  return history.promises.filter((p) => promiseStatus(p, invoices, history, today) === 'broken')
    .length;
}
