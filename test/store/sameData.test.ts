import { sameData } from '../../src/store/sameData';

describe('sameData', () => {
  it('ignores key order and keys whose value is undefined', () => {
    expect(sameData({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameData({ a: 1, note: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, note: undefined })).toBe(true);
  });

  it('tells apart values, lengths, shapes and missing keys', () => {
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData([1, 2], [1, 2, 3])).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData('1', 1)).toBe(false);
  });
});
