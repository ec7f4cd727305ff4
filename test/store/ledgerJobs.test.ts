import type { Progress } from '../../src/core';
import { readSource, readSourcePieces } from '../../src/store/ledgerJobs';

describe('readSource', () => {
  it('decodes a large Blob slice by slice, keeping characters split across slices', async () => {
    // 3- and 4-byte characters so that slice edges fall inside characters.
    const text = 'Zürich € 😀 '.repeat(1_500_000);
    const blob = new Blob(['\ufeff', text]);
    const seen: Progress[] = [];
    const read = await readSource(blob, { onProgress: (p) => seen.push(p) });
    expect(read.length).toBe(text.length);
    expect(read === text).toBe(true);
    const reading = seen.filter((p) => p.phase === 'reading' && p.total > 0);
    expect(reading.length).toBeGreaterThan(1);
    expect(reading[reading.length - 1]).toEqual({
      done: blob.size,
      total: blob.size,
      phase: 'reading',
    });
  });

  it('returns a string source as it is', async () => {
    await expect(readSource('{"a":1}')).resolves.toBe('{"a":1}');
  });
});

describe('readSourcePieces', () => {
  it('hands a large Blob over as decoded pieces that together are the text', async () => {
    const text = 'Zürich € 😀 '.repeat(1_500_000);
    const pieces = await readSourcePieces(new Blob(['\ufeff', text]));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('') === text).toBe(true);
  });

  it('hands a string over as one piece', async () => {
    await expect(readSourcePieces('{"a":1}')).resolves.toEqual(['{"a":1}']);
  });
});
