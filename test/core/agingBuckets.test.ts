import { agingBuckets, bucketOf } from '../../src/core/agingBuckets';
import { invoice, TODAY } from '../fakes/builders';

describe('bucketOf', () => {
  it.each([
    [-5, 'current'],
    [0, 'current'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '91-120'],
    [120, '91-120'],
    [121, '120+'],
  ])('puts %i days past due in %s', (days, bucket) => {
    expect(bucketOf(days)).toBe(bucket);
  });
});

describe('agingBuckets', () => {
  it('sums unpaid amounts per currency and bucket, with the money over 90 days', () => {
    const rows = agingBuckets(
      [
        invoice(-3, { amount: '100.00' }),
        invoice(15, { amount: '200.00', paid: '50.00', status: 'partly-paid' }),
        invoice(95, { amount: '300.00', status: 'disputed' }),
        invoice(200, { amount: '400.00' }),
        invoice(45, { amount: '500.00', paid: '500.00', status: 'paid' }),
        invoice(10, { amount: '1500', currency: 'JPY' }),
      ],
      TODAY,
    );
    expect(rows.map((r) => r.currency)).toEqual(['JPY', 'USD']);
    const usd = rows[1]!;
    expect(usd.buckets.current.minor).toBe(10000);
    expect(usd.buckets['1-30'].minor).toBe(15000);
    expect(usd.buckets['31-60'].minor).toBe(0);
    expect(usd.over90.minor).toBe(70000);
    expect(usd.total.minor).toBe(95000);
    expect(rows[0]!.buckets['1-30'].minor).toBe(1500);
  });
});
