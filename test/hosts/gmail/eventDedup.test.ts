import { DOUBLE_LOG_WINDOW_MS, isDuplicateEvent } from '../../../src/hosts/gmail/eventDedup';
import type { LoggedEventKey } from '../../../src/hosts/gmail/eventDedup';
import type { CustomerId } from '../../../src/core/model';

const base: LoggedEventKey = {
  id: 'gmail-draft:t1:2026-07-01T08:00:00.000Z',
  customerId: 'c-1' as CustomerId,
  at: '2026-07-01T08:00:00.000Z',
  kind: 'reminder',
  threadId: 't1',
};
const later = (ms: number) => new Date(Date.parse(base.at) + ms).toISOString();

describe('isDuplicateEvent', () => {
  it.each([
    ['the same id', { ...base }, true],
    [
      'a second click on the same thread 1 s later',
      { ...base, id: 'other', at: later(1000) },
      true,
    ],
    [
      'a click just inside the window',
      { ...base, id: 'other', at: later(DOUBLE_LOG_WINDOW_MS - 1) },
      true,
    ],
    [
      'a reminder at the end of the window',
      { ...base, id: 'o', at: later(DOUBLE_LOG_WINDOW_MS) },
      false,
    ],
    ['another thread', { ...base, id: 'other', threadId: 't2' }, false],
    ['another customer', { ...base, id: 'other', customerId: 'c-2' as CustomerId }, false],
    ['another kind', { ...base, id: 'other', kind: 'call' as const }, false],
  ])('treats %s as %s', (_what, event, duplicate) => {
    expect(isDuplicateEvent(event, [base])).toBe(duplicate);
  });

  it('matches a message by its id, customer and kind, whatever the time', () => {
    const reply: LoggedEventKey = {
      customerId: 'c-1' as CustomerId,
      at: '2026-06-01T08:00:00Z',
      kind: 'reply',
      messageId: 'm1',
    };
    expect(isDuplicateEvent({ ...reply, at: '2026-07-01T08:00:00Z' }, [reply])).toBe(true);
    expect(isDuplicateEvent({ ...reply, messageId: 'm2' }, [reply])).toBe(false);
    expect(isDuplicateEvent({ ...reply, kind: 'promise' }, [reply])).toBe(false);
  });
});
