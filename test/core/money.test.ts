import fc from 'fast-check';
import { CURRENCY_EXPONENTS } from '../../src/core/currencies';
import {
  CURRENCY_MISMATCH,
  NOT_INTEGER_MINOR,
  UNKNOWN_CURRENCY,
  add,
  compare,
  currencyCode,
  exponentOf,
  formatMoney,
  isCurrencyCode,
  isZero,
  money,
  multiplyRatio,
  parseMoney,
  subtract,
  toDecimalString,
  totalsByCurrency,
  zero,
} from '../../src/core/money';

const usd = (minor: number) => money(minor, 'USD');

describe('currencyCode', () => {
  it.each(['USD', 'usd', ' eur ', 'Jpy'])('brands the known code %j in upper case', (text) => {
    expect(currencyCode(text)).toBe(text.trim().toUpperCase());
  });

  it.each(['', 'US', 'USDD', 'XXX', 'U$D', 'ZZZ'])('rejects %j naming it', (text) => {
    expect(() => currencyCode(text)).toThrow(`${UNKNOWN_CURRENCY}: "${text}"`);
  });
});

describe('isCurrencyCode', () => {
  it.each([
    ['USD', true],
    ['kwd', true],
    ['XXX', false],
    ['EU', false],
    ['EURO', false],
  ])('says %j is %s', (text, expected) => {
    expect(isCurrencyCode(text)).toBe(expected);
  });
});

describe('exponentOf', () => {
  // IQD, HUF and IDR are where Intl disagrees with ISO 4217: the shipped table wins.
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['USD', 2],
    ['EUR', 2],
    ['HUF', 2],
    ['IDR', 2],
    ['KWD', 3],
    ['BHD', 3],
    ['IQD', 3],
    ['CLF', 4],
  ])('gives %s %i decimals', (code, exponent) => {
    expect(exponentOf(currencyCode(code))).toBe(exponent);
  });
});

describe('money', () => {
  it('freezes the value', () => {
    expect(Object.isFrozen(usd(1))).toBe(true);
  });

  it('normalises negative zero to zero', () => {
    expect(Object.is(money(-0, 'USD').minor, 0)).toBe(true);
  });

  it.each([0.5, Number.NaN, Infinity, Number.MAX_SAFE_INTEGER + 1])(
    'rejects %p minor units',
    (minor) => {
      expect(() => money(minor, 'USD')).toThrow(NOT_INTEGER_MINOR);
    },
  );
});

describe('zero', () => {
  it('is zero in the given currency', () => {
    expect(zero('jpy')).toEqual({ minor: 0, currency: 'JPY' });
    expect(isZero(zero('EUR'))).toBe(true);
    expect(isZero(usd(-1))).toBe(false);
  });
});

describe('add', () => {
  it('adds minor units of one currency', () => {
    expect(add(usd(150), usd(-25))).toEqual(usd(125));
  });

  it('throws CURRENCY_MISMATCH across currencies', () => {
    expect(() => add(usd(1), money(1, 'EUR'))).toThrow(`${CURRENCY_MISMATCH}: USD and EUR`);
  });

  it('makes 0.1 + 0.2 exactly 0.30', () => {
    expect(toDecimalString(add(parseMoney('0.1', 'USD'), parseMoney('0.2', 'USD')))).toBe('0.30');
  });
});

describe('subtract', () => {
  it('subtracts minor units of one currency', () => {
    expect(subtract(usd(100), usd(250))).toEqual(usd(-150));
  });

  it('throws CURRENCY_MISMATCH across currencies', () => {
    expect(() => subtract(money(1, 'JPY'), usd(1))).toThrow(CURRENCY_MISMATCH);
  });
});

describe('compare', () => {
  it.each([
    [1, 2, -1],
    [2, 2, 0],
    [3, -2, 1],
  ])('orders %i against %i by sign %i', (a, b, sign) => {
    expect(Math.sign(compare(usd(a), usd(b)))).toBe(sign);
  });

  it('throws CURRENCY_MISMATCH across currencies', () => {
    expect(() => compare(usd(1), money(1, 'KWD'))).toThrow(CURRENCY_MISMATCH);
  });
});

describe('parseMoney', () => {
  it.each([
    ['25000.00', 'USD', 2_500_000],
    ['25000', 'USD', 2_500_000],
    ['-3.5', 'EUR', -350],
    ['+7.05', 'EUR', 705],
    [' 12.3 ', 'USD', 1230],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    ['0.5', 'KWD', 500],
    ['1.005', 'IQD', 1005],
    ['1.5', 'HUF', 150],
    ['15000.25', 'IDR', 1_500_025],
    ['-0', 'USD', 0],
    ['90071992547409.91', 'USD', Number.MAX_SAFE_INTEGER],
  ])('reads %j %s as %i minor units', (text, currency, minor) => {
    expect(parseMoney(text, currency)).toEqual(money(minor, currency));
  });

  it.each([
    ['1.005', 'USD', 'has more than 2 decimals for USD'],
    ['1.5', 'JPY', 'has more than 0 decimals for JPY'],
    ['0.0001', 'KWD', 'has more than 3 decimals for KWD'],
  ])('rejects %j in %s for too many decimals', (text, currency, message) => {
    expect(() => parseMoney(text, currency)).toThrow(message);
  });

  it.each(['', '1,000.00', '1e3', '.5', '12 000', 'USD 5', '--1', '0x10', 'NaN'])(
    'rejects %j as not a plain decimal',
    (text) => {
      expect(() => parseMoney(text, 'USD')).toThrow('Not a decimal amount');
    },
  );

  it.each(['90071992547409.92', '9007199254740993', '99999999999999999999'])(
    'rejects %j as too large to be exact',
    (text) => {
      expect(() => parseMoney(text, 'USD')).toThrow('Amount too large');
    },
  );
});

describe('toDecimalString', () => {
  it.each([
    [2_500_000, 'USD', '25000.00'],
    [5, 'USD', '0.05'],
    [-5, 'USD', '-0.05'],
    [1500, 'JPY', '1500'],
    [-1500, 'JPY', '-1500'],
    [1, 'KWD', '0.001'],
    [1234, 'IQD', '1.234'],
    [100, 'HUF', '1.00'],
    [0, 'KWD', '0.000'],
  ])('writes %i %s as %j', (minor, currency, text) => {
    expect(toDecimalString(money(minor, currency))).toBe(text);
  });

  it('round-trips through parseMoney for any safe amount in any currency', () => {
    const codes = Object.keys(CURRENCY_EXPONENTS);
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(...codes),
        (minor, currency) => {
          const amount = money(minor, currency);
          expect(parseMoney(toDecimalString(amount), currency)).toEqual(amount);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatMoney', () => {
  // Real Intl output (Node 20, ICU 78): fr groups with U+202F, a narrow no-break space.
  it.each([
    [2_500_000, 'USD', 'en', 'USD 25,000.00'],
    [2_500_000, 'USD', 'de', '25.000,00 USD'],
    [2_500_000, 'USD', 'zh-CN', 'USD 25,000.00'],
    [2_500_000, 'USD', 'fr', '25\u202f000,00 USD'],
    [1_234_567, 'KWD', 'en', 'KWD 1,234.567'],
    [1_234_567, 'KWD', 'de', '1.234,567 KWD'],
    [1_000, 'KWD', 'fr', '1,000 KWD'],
    [1_500_000, 'JPY', 'en', 'JPY 1,500,000'],
    [1_500_000, 'JPY', 'de', '1.500.000 JPY'],
    [1_500_000, 'JPY', 'zh-CN', 'JPY 1,500,000'],
    [1_234_567, 'IQD', 'en', 'IQD 1,234.567'],
    [150, 'HUF', 'de', '1,50 HUF'],
    [1_500_025, 'IDR', 'en', 'IDR 15,000.25'],
    [-1250, 'EUR', 'en', '-EUR 12.50'],
    [-1250, 'EUR', 'de', '-12,50 EUR'],
  ])('formats %i %s in %s as %j', (minor, currency, locale, expected) => {
    expect(formatMoney(money(minor, currency), locale)).toBe(expected);
  });

  it('never uses a no-break space between code and number', () => {
    expect(formatMoney(usd(100), 'de')).not.toMatch(/\u00a0/);
  });

  it('keeps every digit of the largest safe amount', () => {
    expect(formatMoney(money(Number.MAX_SAFE_INTEGER, 'KWD'), 'en')).toBe(
      'KWD 9,007,199,254,740.991',
    );
  });
});

describe('multiplyRatio', () => {
  it.each([
    // amount, numerator, denominator, expected minor units
    [100, 1n, 3n, 33],
    [200, 1n, 3n, 67],
    [5, 1n, 2n, 3], // 2.5 → 3: ties away from zero
    [-5, 1n, 2n, -3], // −2.5 → −3
    [15, 1n, 10n, 2], // 1.5 → 2
    [-15, 1n, 10n, -2],
    [14, 1n, 10n, 1],
    [-14, 1n, 10n, -1],
    [25, -1n, 10n, -3], // negative numerator: −2.5 → −3
    [25, 1n, -10n, -3], // negative denominator
    [-25, -1n, -10n, -3],
    [1_000_000, 18n * 45n, 100n * 365n, 22_192], // 1.5 %/month for 45 days on USD 10,000.00
    [0, 7n, 3n, 0],
  ])('makes %i × %p / %p into %i', (minor, numerator, denominator, expected) => {
    expect(multiplyRatio(usd(minor), numerator, denominator)).toEqual(usd(expected));
  });

  it('keeps the currency', () => {
    expect(multiplyRatio(money(1000, 'JPY'), 1n, 3n)).toEqual(money(333, 'JPY'));
  });

  it('throws on a zero denominator', () => {
    expect(() => multiplyRatio(usd(1), 1n, 0n)).toThrow('Division by zero');
  });

  it('is exact where floats are not', () => {
    // 1.005 × 1000 in floats is 1004.9999999999999.
    expect(multiplyRatio(usd(1005), 1n, 1000n)).toEqual(usd(1));
    expect(multiplyRatio(money(9_007_199_254_740_991, 'USD'), 1n, 1n).minor).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('rounds to the nearest unit, ties away from zero, for any ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.bigInt({ min: -1000n, max: 1000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (minor, numerator, denominator) => {
          const result = BigInt(multiplyRatio(usd(minor), numerator, denominator).minor);
          const exact2 = 2n * BigInt(minor) * numerator; // twice the exact value × denominator
          const distance2 = exact2 - 2n * result * denominator;
          const abs = (x: bigint) => (x < 0n ? -x : x);
          const isTie = abs(distance2) === denominator;
          expect(abs(distance2) <= denominator).toBe(true);
          expect(!isTie || abs(result) * 2n * denominator > abs(exact2)).toBe(true);
        },
      ),
    );
  });
});

describe('totalsByCurrency', () => {
  it('sums per currency in first-seen order', () => {
    const totals = totalsByCurrency([
      money(500, 'EUR'),
      usd(100),
      money(1000, 'JPY'),
      usd(250),
      money(-200, 'EUR'),
    ]);
    expect(totals).toEqual([money(300, 'EUR'), usd(350), money(1000, 'JPY')]);
  });

  it('gives no totals for no amounts', () => {
    expect(totalsByCurrency([])).toEqual([]);
  });

  it('keeps a currency whose total is zero', () => {
    expect(totalsByCurrency([usd(5), usd(-5)])).toEqual([usd(0)]);
  });

  it('matches add over any list of one currency', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (minors) => {
        const amounts = minors.map(usd);
        const expected = amounts.reduce(add, usd(0));
        expect(totalsByCurrency(amounts)).toEqual(minors.length ? [expected] : []);
      }),
    );
  });
});
