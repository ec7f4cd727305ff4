import fc from 'fast-check';
import { currencyCode, toDecimalString } from '../../src/core/money';
import { decimalStyleOf, readMoneyInput } from '../../src/core/moneyInput';

const USD = currencyCode('USD');
const JPY = currencyCode('JPY');
const KWD = currencyCode('KWD');

describe('readMoneyInput', () => {
  it.each([
    ['25000', USD, 'point', 2_500_000],
    ['25,000.50', USD, 'point', 2_500_050],
    ['1.234,56', USD, 'point', 123_456],
    ['1234,5', USD, 'comma', 123_450],
    ['1250000', JPY, 'point', 1_250_000],
    ['1,250.500', KWD, 'point', 1_250_500],
    ['US$ 19.99', USD, 'point', 1999],
    ['0.1', USD, 'point', 10],
  ] as const)('reads %s in %s (%s) as %i minor units', (text, currency, style, minor) => {
    expect(readMoneyInput(text, currency, style)).toEqual({
      ok: true,
      money: { minor, currency },
    });
  });

  it.each([
    ['', USD, 'required'],
    ['   ', USD, 'required'],
    ['abc', USD, 'not-an-amount'],
    ['12.3.4', USD, 'not-an-amount'],
    ['1.5', JPY, 'too-many-decimals'],
    ['1.0001', KWD, 'too-many-decimals'],
    ['0.001', USD, 'too-many-decimals'],
    ['-5', USD, 'negative'],
    ['€ 10', USD, 'other-currency'],
    ['99999999999999999999', USD, 'too-large'],
  ] as const)('refuses %j in %s as %s', (text, currency, problem) => {
    expect(readMoneyInput(text, currency, 'point')).toEqual({ ok: false, problem });
  });

  it('reads back every amount it writes, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const text = toDecimalString({ minor, currency: KWD });
        expect(readMoneyInput(text, KWD, 'point')).toEqual({
          ok: true,
          money: { minor, currency: KWD },
        });
      }),
    );
  });
});

describe('decimalStyleOf', () => {
  it.each([
    ['en-GB', 'point'],
    ['zh-CN', 'point'],
    ['de-DE', 'comma'],
    ['fr-FR', 'comma'],
  ])('gives %s a decimal %s', (locale, style) => {
    expect(decimalStyleOf(locale)).toBe(style);
  });
});
