import type { LedgerEvent } from '../../core/model';

/** The fields of a logged event that decide whether a new one repeats it. */
export type LoggedEventKey = Pick<
  LedgerEvent,
  'id' | 'customerId' | 'at' | 'kind' | 'threadId' | 'messageId'
>;

/**
 * Two events of one kind for the same customer and thread this close together are one click
 * counted twice (a double click, or the same button in two Gmail windows): the ids of reminders
 * and of logged calls, promises and disputes carry their instant, so they differ.
 */
export const DOUBLE_LOG_WINDOW_MS = 2 * 60 * 1000;

/**
 * Whether `event` is already in `logged`: the same id; the same message logged as the same kind
 * for the same customer; or, without a message id, the same kind, customer and thread within
 * {@link DOUBLE_LOG_WINDOW_MS}.
 */
export function isDuplicateEvent(
  event: LoggedEventKey,
  logged: readonly LoggedEventKey[],
): boolean {
  const at = Date.parse(event.at);
  return logged.some((e) => {
    if (event.id && e.id === event.id) return true;
    if (e.customerId !== event.customerId || e.kind !== event.kind) return false;
    if (event.messageId) return e.messageId === event.messageId;
    return (
      !e.messageId &&
      (e.threadId || '') === (event.threadId || '') &&
      Math.abs(Date.parse(e.at) - at) < DOUBLE_LOG_WINDOW_MS
    );
  });
}
