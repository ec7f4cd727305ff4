import type { CalendarDate } from './calendarDate';
import { amountDue, daysOverdue, isUnpaid } from './invoiceState';
import { add, zero, type CurrencyCode, type Money } from './money';
import type { Invoice } from './model';

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '91-120', '120+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Unpaid money of one currency by age, and the part over 90 days (the money at risk). */
export type AgingRow = {
  readonly currency: CurrencyCode;
  readonly buckets: Readonly<Record<AgingBucket, Money>>;
  readonly total: Money;
  readonly over90: Money;
};

/** The bucket of an invoice `days` past due: `current` until the due date has passed. */
export function bucketOf(days: number): AgingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  if (days <= 120) return '91-120';
  return '120+';
}

/** Aging of all unpaid invoices (disputed and paused included: they are still owed), per currency, sorted by code. */
export function agingBuckets(invoices: Iterable<Invoice>, today: CalendarDate): AgingRow[] {
  const rows = new Map<CurrencyCode, Record<AgingBucket, Money>>();
  for (const invoice of invoices) {
    if (!isUnpaid(invoice)) continue;
    const due = amountDue(invoice);
    let row = rows.get(due.currency);
    if (!row) {
      const z = zero(due.currency);
      row = { current: z, '1-30': z, '31-60': z, '61-90': z, '91-120': z, '120+': z };
      rows.set(due.currency, row);
    }
    const bucket = bucketOf(daysOverdue(invoice, today));
    row[bucket] = add(row[bucket], due);
  }
  return [...rows]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, buckets]) => ({
      currency,
      buckets,
      total: AGING_BUCKETS.reduce((sum, b) => add(sum, buckets[b]), zero(currency)),
      over90: add(buckets['91-120'], buckets['120+']),
    }));
}
