import fc from 'fast-check';
import { searchKeysOf, searchQueriesOf } from '../../../src/cli/gmail/searchQueries';
import { DEFAULT_FREE_MAIL_DOMAINS } from '../../../src/core/model';
import { customer } from '../../fakes/builders';

describe('searchKeysOf', () => {
  it('searches domains, and exact addresses only where no domain covers them', () => {
    const keys = searchKeysOf(
      [
        customer({ contacts: [{ name: 'A', email: 'a@mail.buyer.es' }], domains: ['buyer.es'] }),
        customer({ contacts: [{ name: 'B', email: 'Bee@Gmail.com' }], domains: [] }),
        customer({
          contacts: [{ name: 'C', email: 'c@seller.example' }],
          domains: ['seller.example'],
        }),
        customer({ contacts: [{ name: 'D', email: 'd@other.cn' }], domains: [] }),
      ],
      DEFAULT_FREE_MAIL_DOMAINS,
      'ar@seller.example',
    );
    expect(keys).toEqual(['bee@gmail.com', 'buyer.es', 'other.cn']);
  });
});

describe('searchQueriesOf', () => {
  it('covers every key once, within the length limit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,40}\.[a-z]{2,6}$/), { maxLength: 300 }),
        fc.integer({ min: 300, max: 2000 }),
        (keys, max) => {
          const queries = searchQueriesOf(keys, 1767312000, max);
          for (const q of queries) {
            expect(q.length).toBeLessThanOrEqual(max);
            expect(q).toMatch(/^after:1767312000 \{.*\}$/);
          }
          const terms = queries.flatMap((q) => q.slice(q.indexOf('{') + 1, -1).split(' '));
          expect(terms.filter((t) => t.startsWith('from:')).map((t) => t.slice(5))).toEqual(keys);
          // Full queries: the next key would not have fitted.
          expect(queries.length).toBeLessThanOrEqual(
            Math.max(1, Math.ceil((keys.length * 150) / (max - 25))),
          );
        },
      ),
    );
  });

  it('makes no query for no keys', () => {
    expect(searchQueriesOf([], 0)).toEqual([]);
  });
});
