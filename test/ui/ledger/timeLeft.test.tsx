import { timeLeftMs } from '../../../src/ui/ledger/timeLeft';

describe('timeLeftMs', () => {
  it.each([
    // first, latest, total, expected
    [{ at: 0, done: 0 }, { at: 1000, done: 100 }, 1000, 9000],
    [{ at: 500, done: 200 }, { at: 1500, done: 400 }, 1000, 3000],
    [{ at: 0, done: 0 }, { at: 2000, done: 1000 }, 1000, 0],
  ])('extrapolates the rate since %j to %j over %i rows', (first, latest, total, expected) => {
    expect(timeLeftMs(first, latest, total)).toBe(expected);
  });

  it('knows no rate before a row or a millisecond has passed', () => {
    expect(timeLeftMs({ at: 0, done: 10 }, { at: 1000, done: 10 }, 100)).toBeUndefined();
    expect(timeLeftMs({ at: 5, done: 0 }, { at: 5, done: 10 }, 100)).toBeUndefined();
  });
});
