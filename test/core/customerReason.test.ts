import { contactHistoryOf, EMPTY_HISTORY } from '../../src/core/contactHistory';
import { calendarDate } from '../../src/core/calendarDate';
import { reasonOf } from '../../src/core/customerReason';
import { DEFAULT_POLICY, type InvoiceId } from '../../src/core/model';
import { event, invoice, TODAY } from '../fakes/builders';

const ZONE = 'Europe/Madrid';
const base = { invoices: [invoice(9)], today: TODAY, policy: DEFAULT_POLICY, daysOverdue: 9 };
const historyOf = (...events: ReturnType<typeof event>[]) => contactHistoryOf(events, ZONE);
const broken = (daysAgo: number, promisedFor: string) =>
  event(-daysAgo, {
    direction: 'inbound',
    kind: 'promise',
    promisedFor: calendarDate(promisedFor),
  });

describe('reasonOf', () => {
  it('takes the reason of the latest inbound message', () => {
    const result = reasonOf({
      ...base,
      history: EMPTY_HISTORY,
      message: { reason: 'cash-flow', evidence: 'tight cash flow' },
    });
    expect(result).toMatchObject({
      reason: 'cash-flow',
      source: 'message',
      evidence: 'tight cash flow',
    });
  });

  it('lets the user override everything', () => {
    const result = reasonOf({
      ...base,
      history: EMPTY_HISTORY,
      override: 'approval',
      message: { reason: 'cash-flow', evidence: 'x' },
    });
    expect(result).toMatchObject({ reason: 'approval', source: 'user' });
  });

  it('falls back to a pending promise in the log when there is no message', () => {
    const h = historyOf(
      event(-1, { direction: 'inbound', kind: 'promise', promisedFor: calendarDate('2026-07-10') }),
    );
    expect(reasonOf({ ...base, history: h })).toMatchObject({
      reason: 'promise',
      source: 'history',
      promisedFor: '2026-07-10',
    });
  });

  it('falls back to an open dispute in the log', () => {
    const h = historyOf(event(-2, { direction: 'inbound', kind: 'dispute' }));
    const invoices = [invoice(9), invoice(20, { status: 'disputed' })];
    expect(reasonOf({ ...base, invoices, history: h }).reason).toBe('dispute');
    expect(reasonOf({ ...base, history: h }).reason).toBe('none');
  });

  it('falls back to an out-of-office until the return date', () => {
    const h = historyOf(
      event(-2, {
        direction: 'inbound',
        kind: 'out-of-office',
        returnDate: calendarDate('2026-07-03'),
      }),
    );
    expect(reasonOf({ ...base, history: h })).toMatchObject({
      reason: 'out-of-office',
      returnDate: '2026-07-03',
    });
    expect(reasonOf({ ...base, history: h, today: calendarDate('2026-07-04') }).reason).toBe(
      'none',
    );
  });

  it('falls back to a recent payment notice while money is still open', () => {
    const h = historyOf(event(-3, { direction: 'inbound', kind: 'payment-notice' }));
    expect(reasonOf({ ...base, history: h }).reason).toBe('payment-sent');
    expect(reasonOf({ ...base, history: h, today: calendarDate('2026-07-20') }).reason).toBe(
      'none',
    );
  });

  it('names a broken promise', () => {
    const result = reasonOf({ ...base, history: historyOf(broken(20, '2026-06-20')) });
    expect(result).toMatchObject({ promiseBroken: true, brokenPromises: 1, reason: 'none' });
  });

  it('calls two broken promises deliberate, over a new excuse', () => {
    const h = historyOf(broken(30, '2026-06-05'), broken(15, '2026-06-20'));
    const result = reasonOf({
      ...base,
      history: h,
      message: { reason: 'cash-flow', evidence: 'cash' },
    });
    expect(result).toMatchObject({ reason: 'deliberate', evidence: '2 promises to pay broken' });
  });

  it('keeps a dispute over a history of delay', () => {
    const h = historyOf(broken(30, '2026-06-05'), broken(15, '2026-06-20'));
    expect(
      reasonOf({ ...base, history: h, message: { reason: 'dispute', evidence: 'damaged' } }).reason,
    ).toBe('dispute');
  });

  it('calls three ignored reminders past escalation deliberate, but not before', () => {
    const h = historyOf(event(-12), event(-8), event(-4));
    expect(reasonOf({ ...base, history: h }).reason).toBe('deliberate');
    expect(reasonOf({ ...base, history: h, daysOverdue: 6 }).reason).toBe('none');
  });

  it('counts a promise as kept when its invoices are paid', () => {
    const paid = invoice(30, { id: 'inv-p' as InvoiceId, paid: '25000.00', status: 'paid' });
    const h = historyOf(
      event(-30, {
        direction: 'inbound',
        kind: 'promise',
        promisedFor: calendarDate('2026-06-10'),
        invoiceIds: ['inv-p' as InvoiceId],
      }),
    );
    expect(reasonOf({ ...base, invoices: [paid, invoice(9)], history: h }).promiseBroken).toBe(
      false,
    );
  });
});
