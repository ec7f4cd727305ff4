import fc from 'fast-check';
import {
  chunkText,
  getChunked,
  MAX_CHUNK_BYTES,
  putChunked,
} from '../../../src/hosts/gmail/ledgerCache';
import { FakeCache, MAX_VALUE_BYTES } from '../../fakes/appsScript';

describe('chunkText', () => {
  it('splits into pieces under the byte limit that join back to the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 4, max: 400 }),
        (text, max) => {
          const chunks = chunkText(text, max);
          expect(chunks.join('')).toBe(text);
          for (const c of chunks) expect(Buffer.byteLength(c, 'utf8')).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

describe('putChunked', () => {
  it('stores a multi-megabyte ledger under the 100 KB value limit and reads it back', () => {
    const cache = new FakeCache();
    const text = JSON.stringify({
      rows: Array.from({ length: 40_000 }, (_, i) => `客户-${i}-Ünïcødé`),
    });
    putChunked(cache, 'k', text);
    expect(cache.values.size).toBeGreaterThan(3);
    for (const v of cache.values.values())
      expect(Buffer.byteLength(v)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(MAX_CHUNK_BYTES).toBeLessThan(MAX_VALUE_BYTES);
    expect(getChunked(cache, 'k')).toBe(text);
  });

  it('misses when any piece has expired, never returning part of the text', () => {
    const cache = new FakeCache();
    putChunked(cache, 'k', 'x'.repeat(MAX_CHUNK_BYTES * 2 + 10));
    cache.remove('k:1');
    expect(getChunked(cache, 'k')).toBeNull();
  });
});
