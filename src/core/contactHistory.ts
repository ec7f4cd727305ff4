import { calendarDateOfIso, type CalendarDate } from './calendarDate';
import type { Channel, CustomerReason, InvoiceId, LedgerEvent, Stage } from './model';

/** A promise to pay as logged: when it was made, for which date, on which invoices. */
export type PromiseRecord = {
  readonly madeOn: CalendarDate;
  readonly promisedFor: CalendarDate;
  readonly invoiceIds: readonly InvoiceId[];
};

/**
 * Everything the stage engine and the silence list need from a customer's contact log, folded
 * event by event so a store can keep it per customer and never scan events at query time.
 * Dates are calendar dates in the seller's zone.
 */
export type ContactHistory = {
  readonly lastReminder?: {
    readonly at: string;
    readonly on: CalendarDate;
    readonly channel: Channel;
    readonly stage?: Stage;
  };
  /** Reminders sent after the last reply, and the date of the first of them. */
  readonly remindersSinceReply: number;
  readonly firstReminderSinceReply?: CalendarDate;
  readonly lastReply?: {
    readonly at: string;
    readonly on: CalendarDate;
    readonly channel: Channel;
    readonly reason?: CustomerReason;
  };
  /** The latest customer event that carries a reason (promise, dispute, payment notice, out-of-office). */
  readonly lastSignal?: {
    readonly at: string;
    readonly on: CalendarDate;
    readonly kind: 'promise' | 'dispute' | 'payment-notice' | 'out-of-office';
    readonly reason?: CustomerReason;
    readonly returnDate?: CalendarDate;
    readonly invoiceIds: readonly InvoiceId[];
  };
  /** The latest promises, newest last; at most {@link MAX_PROMISES} kept. */
  readonly promises: readonly PromiseRecord[];
  readonly lastPaymentNoticeOn?: CalendarDate;
  readonly bounces: number;
};

export const MAX_PROMISES = 5;

export const EMPTY_HISTORY: ContactHistory = Object.freeze({
  remindersSinceReply: 0,
  promises: [],
  bounces: 0,
});

/** True for a real answer from the customer: inbound, and neither an autoreply nor a bounce. */
export function isReply(event: LedgerEvent): boolean {
  return event.direction === 'inbound' && event.kind !== 'out-of-office' && event.kind !== 'bounce';
}

/** True for an outbound chase on any channel. */
export function isReminder(event: LedgerEvent): boolean {
  return event.direction === 'outbound' && (event.kind === 'reminder' || event.kind === 'call');
}

function instant(at: string): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`Event time is not ISO 8601: "${at}"`);
  return ms;
}

/**
 * Adds one event to a history. Exact when events come in time order; an event older than the
 * latest reply or reminder updates only what it can (callers refold from the log to backfill).
 */
export function foldContact(
  history: ContactHistory,
  event: LedgerEvent,
  sellerTimeZone: string,
): ContactHistory {
  const at = instant(event.at);
  const on = calendarDateOfIso(event.at, sellerTimeZone);
  let next: ContactHistory = history;

  if (isReminder(event)) {
    const afterReply = !history.lastReply || at > instant(history.lastReply.at);
    const newest = !history.lastReminder || at >= instant(history.lastReminder.at);
    next = {
      ...next,
      lastReminder: newest
        ? { at: event.at, on, channel: event.channel, stage: event.stage }
        : history.lastReminder,
      remindersSinceReply: history.remindersSinceReply + (afterReply ? 1 : 0),
      firstReminderSinceReply:
        afterReply &&
        (history.firstReminderSinceReply === undefined || on < history.firstReminderSinceReply)
          ? on
          : history.firstReminderSinceReply,
    };
  }

  if (isReply(event) && (!history.lastReply || at >= instant(history.lastReply.at))) {
    const answersReminders = !history.lastReminder || at > instant(history.lastReminder.at);
    next = {
      ...next,
      lastReply: { at: event.at, on, channel: event.channel, reason: event.reason },
      remindersSinceReply: answersReminders ? 0 : next.remindersSinceReply,
      firstReminderSinceReply: answersReminders ? undefined : next.firstReminderSinceReply,
    };
  }

  if (
    (event.kind === 'promise' ||
      event.kind === 'dispute' ||
      event.kind === 'payment-notice' ||
      event.kind === 'out-of-office') &&
    event.direction === 'inbound' &&
    (!history.lastSignal || at >= instant(history.lastSignal.at))
  ) {
    next = {
      ...next,
      lastSignal: {
        at: event.at,
        on,
        kind: event.kind,
        reason: event.reason,
        returnDate: event.returnDate,
        invoiceIds: event.invoiceIds,
      },
    };
  }

  if (event.kind === 'promise' && event.promisedFor) {
    const record: PromiseRecord = {
      madeOn: on,
      promisedFor: event.promisedFor,
      invoiceIds: event.invoiceIds,
    };
    const promises = [...next.promises, record].sort((a, b) =>
      a.madeOn < b.madeOn ? -1 : a.madeOn > b.madeOn ? 1 : 0,
    );
    next = { ...next, promises: promises.slice(-MAX_PROMISES) };
  }

  if (event.kind === 'payment-notice' && event.direction === 'inbound') {
    if (!next.lastPaymentNoticeOn || on > next.lastPaymentNoticeOn)
      next = { ...next, lastPaymentNoticeOn: on };
  }

  if (event.kind === 'bounce') next = { ...next, bounces: next.bounces + 1 };
  return next;
}

/** Folds a whole log (any order: it is sorted by time first). */
export function contactHistoryOf(
  events: readonly LedgerEvent[],
  sellerTimeZone: string,
): ContactHistory {
  const timed = events.map((event) => ({ event, ms: instant(event.at) }));
  timed.sort((a, b) => a.ms - b.ms);
  let history = EMPTY_HISTORY;
  for (const { event } of timed) history = foldContact(history, event, sellerTimeZone);
  return history;
}
