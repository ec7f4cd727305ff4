import {
  createGmailCaller,
  DEFAULT_CALLER_OPTIONS,
  retryAfterMs,
} from '../../../src/cli/gmail/gmailCaller';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-07-01T10:00:00Z');
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Wed, 01 Jul 2026 10:00:30 GMT', 30_000],
    ['Wed, 01 Jul 2026 09:00:00 GMT', 0],
    ['soon', undefined],
    [undefined, undefined],
  ])('reads %s as %s ms', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});

describe('createGmailCaller', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    const caller = createGmailCaller('http://x/', { ...DEFAULT_CALLER_OPTIONS, concurrency: 3 });
    let active = 0;
    let peak = 0;
    const request = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      return { data: 1 };
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => caller.call('x', request)));
    expect(results).toHaveLength(20);
    expect(peak).toBe(3);
    expect(caller.requests).toBe(20);
  });
});
