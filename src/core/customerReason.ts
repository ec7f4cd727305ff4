import { daysBetween, formatShortDate, type CalendarDate } from './calendarDate';
import type { ContactHistory } from './contactHistory';
import { isUnpaid } from './invoiceState';
import type { CustomerReason, Invoice, StagePolicy } from './model';
import { brokenPromiseCount, promiseStatus } from './promises';

/** What a message said, as reasonDetection finds it. */
export type MessageReason = {
  readonly reason: CustomerReason;
  readonly promisedFor?: CalendarDate;
  readonly returnDate?: CalendarDate;
  readonly evidence: string;
};

/** The customer's reason with where it came from, ready for the path and the sidebar. */
export type ReasonResult = {
  readonly reason: CustomerReason;
  readonly source: 'user' | 'message' | 'history' | 'none';
  /** Plain words: the phrase quoted, or the event it came from. */
  readonly evidence: string;
  readonly promisedFor?: CalendarDate;
  readonly returnDate?: CalendarDate;
  readonly promiseBroken: boolean;
  readonly brokenPromises: number;
};

/** Broken promises that make a delay deliberate, and unanswered reminders that do (once escalated). */
export const DELIBERATE_BROKEN_PROMISES = 2;
export const DELIBERATE_UNANSWERED_REMINDERS = 3;

/** How long a payment notice explains an open balance before it is chased again. */
export const PAYMENT_NOTICE_DAYS = 10;

// A reason that answers the debt (a dispute, a transfer, an autoreply) outranks a history of
// delay; promises and excuses do not.
const HISTORY_CANNOT_OVERRIDE: ReadonlySet<CustomerReason> = new Set([
  'dispute',
  'payment-sent',
  'out-of-office',
]);

/**
 * The customer's reason (DESIGN.md 4.3): the user's choice first, then the latest inbound message,
 * then the latest logged signal (promise, dispute, payment notice, out-of-office) still in force.
 * Several broken promises or ignored reminders past escalation make it `deliberate`.
 */
export function reasonOf(input: {
  readonly message?: MessageReason;
  readonly override?: CustomerReason;
  readonly history: ContactHistory;
  readonly invoices: readonly Invoice[];
  readonly today: CalendarDate;
  readonly policy: StagePolicy;
  /** Days the oldest chaseable invoice is overdue. */
  readonly daysOverdue: number;
}): ReasonResult {
  const { history, invoices, today, policy } = input;
  const brokenPromises = brokenPromiseCount(history, invoices, today);
  const latestPromise = history.promises[history.promises.length - 1];
  const promiseBroken =
    latestPromise !== undefined &&
    promiseStatus(latestPromise, invoices, history, today) === 'broken';
  const base = { promiseBroken, brokenPromises };

  if (input.override && input.override !== 'none') {
    return { ...base, reason: input.override, source: 'user', evidence: 'chosen by you' };
  }

  const deliberate =
    brokenPromises >= DELIBERATE_BROKEN_PROMISES ||
    (history.remindersSinceReply >= DELIBERATE_UNANSWERED_REMINDERS &&
      input.daysOverdue >= policy.escalationDays);
  const deliberateResult = (): ReasonResult => ({
    ...base,
    reason: 'deliberate',
    source: 'history',
    evidence:
      brokenPromises >= DELIBERATE_BROKEN_PROMISES
        ? `${brokenPromises} promises to pay broken`
        : `${history.remindersSinceReply} reminders without a reply`,
  });

  const message = input.message;
  if (message && message.reason !== 'none') {
    if (deliberate && !HISTORY_CANNOT_OVERRIDE.has(message.reason)) return deliberateResult();
    return {
      ...base,
      reason: message.reason,
      source: 'message',
      evidence: message.evidence,
      promisedFor: message.promisedFor,
      returnDate: message.returnDate,
    };
  }

  const signal = history.lastSignal;
  const fromSignal = ((): ReasonResult | undefined => {
    if (!signal) return undefined;
    const when = formatShortDate(signal.on, 'en-GB');
    switch (signal.kind) {
      case 'out-of-office':
        return signal.returnDate && signal.returnDate >= today
          ? {
              ...base,
              reason: 'out-of-office',
              source: 'history',
              evidence: `away until ${formatShortDate(signal.returnDate, 'en-GB')}`,
              returnDate: signal.returnDate,
            }
          : undefined;
      case 'dispute': {
        const open = invoices.some((i) => i.status === 'disputed' && isUnpaid(i));
        return open
          ? { ...base, reason: 'dispute', source: 'history', evidence: `dispute logged on ${when}` }
          : undefined;
      }
      case 'payment-notice':
        return daysBetween(signal.on, today) <= PAYMENT_NOTICE_DAYS && invoices.some(isUnpaid)
          ? {
              ...base,
              reason: 'payment-sent',
              source: 'history',
              evidence: `payment notice on ${when}`,
            }
          : undefined;
      case 'promise':
        return latestPromise &&
          !promiseBroken &&
          promiseStatus(latestPromise, invoices, history, today) === 'pending'
          ? {
              ...base,
              reason: 'promise',
              source: 'history',
              evidence: `promise on ${when} to pay by ${formatShortDate(latestPromise.promisedFor, 'en-GB')}`,
              promisedFor: latestPromise.promisedFor,
            }
          : undefined;
    }
  })();
  if (fromSignal && HISTORY_CANNOT_OVERRIDE.has(fromSignal.reason)) return fromSignal;
  if (deliberate) return deliberateResult();
  if (fromSignal) return fromSignal;
  const reply = history.lastReply;
  if (reply?.reason && reply.reason !== 'none' && history.remindersSinceReply === 0) {
    return {
      ...base,
      reason: reply.reason,
      source: 'history',
      evidence: `reply on ${formatShortDate(reply.on, 'en-GB')}`,
    };
  }
  return { ...base, reason: 'none', source: 'none', evidence: '' };
}
