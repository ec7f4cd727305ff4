import fc from 'fast-check';
import type { CustomerId } from '../../src/core/model';
import { BUCKETS, bucketKey, bucketsOf, LookupBuckets } from '../../src/store/lookupBuckets';

const A = 'cus-a' as CustomerId;
const B = 'cus-b' as CustomerId;

describe('bucketKey', () => {
  it('names one of the buckets of its kind, the same for the same value', () => {
    fc.assert(
      fc.property(fc.constantFrom('e', 't', 'i', 'r' as const), fc.string(), (kind, value) => {
        const key = bucketKey(kind, value);
        expect(key).toBe(bucketKey(kind, value));
        const [prefix, n] = key.split(':');
        expect(prefix).toBe(kind);
        expect(Number(n)).toBeGreaterThanOrEqual(0);
        expect(Number(n)).toBeLessThan(bucketsOf(kind));
      }),
    );
  });

  it('spreads many ids over many buckets', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20_000; i++) keys.add(bucketKey('e', `evt-${i}`));
    expect(keys.size).toBeGreaterThan(BUCKETS * 0.9);
  });
});

describe('LookupBuckets', () => {
  it('finds what was added, for the customer it was added with, and nothing else', () => {
    const lookups = new LookupBuckets();
    lookups.add('t', 'thr-1', A);
    lookups.add('t', 'thr-1', B);
    lookups.add('t', 'thr-1', A);
    expect(lookups.customersOf('t', 'thr-1')).toEqual([A, B]);
    expect(lookups.has('t', 'thr-1')).toBe(true);
    expect(lookups.has('e', 'thr-1')).toBe(false);
    expect(lookups.customersOf('t', 'thr-2')).toEqual([]);
  });

  it('moves an owner and writes back only the buckets it changed, readable again', () => {
    const first = new LookupBuckets();
    first.addNew('i', 'inv-1', A);
    first.addNew('i', 'inv-2', A);
    const stored = first.changedRecords();
    const again = new LookupBuckets(stored);
    expect(again.changedRecords()).toEqual([]);
    again.setOwner('i', 'inv-1', A);
    expect(again.changedRecords()).toEqual([]);
    again.setOwner('i', 'inv-1', B);
    expect(again.changedRecords().map((r) => r.key)).toEqual([bucketKey('i', 'inv-1')]);
    const reread = new LookupBuckets([...stored, ...again.changedRecords()]);
    expect(reread.customersOf('i', 'inv-1')).toEqual([B]);
    expect(reread.customersOf('i', 'inv-2')).toEqual([A]);
    reread.setOwner('i', 'inv-2', undefined);
    expect(reread.has('i', 'inv-2')).toBe(false);
  });

  it('counts a bucket it was not given as empty', () => {
    const lookups = new LookupBuckets([undefined]);
    expect(lookups.has('e', 'evt-1')).toBe(false);
    lookups.add('e', 'evt-1', A);
    expect(lookups.has('e', 'evt-1')).toBe(true);
  });
});
