import { CURRENCY_EXPONENTS } from './currencies';
import { numberFormat } from './intlCache';

/** An ISO 4217 alphabetic code known to {@link CURRENCY_EXPONENTS}. */
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

/** An amount as integer minor units (cents, fils, yen) with its currency. Immutable; never a fraction. */
export type Money = { readonly minor: number; readonly currency: CurrencyCode };

export const CURRENCY_MISMATCH = 'Cannot combine amounts in different currencies';
export const UNKNOWN_CURRENCY = 'Unknown ISO 4217 currency code';
export const NOT_INTEGER_MINOR = 'Money needs a whole number of minor units';

/** Checks and brands an ISO 4217 code; throws with the code in the message when unknown. */
export function currencyCode(code: string): CurrencyCode {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper) || CURRENCY_EXPONENTS[upper] === undefined) {
    throw new Error(`${UNKNOWN_CURRENCY}: "${code}"`);
  }
  return upper as CurrencyCode;
}

/** True when `code` is a known ISO 4217 code (case-insensitive). */
export function isCurrencyCode(code: string): boolean {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && CURRENCY_EXPONENTS[upper] !== undefined;
}

/** Minor-unit exponent of a currency: JPY 0, USD 2, KWD 3. */
export function exponentOf(currency: CurrencyCode): number {
  const exponent = CURRENCY_EXPONENTS[currency];
  if (exponent === undefined) throw new Error(`${UNKNOWN_CURRENCY}: "${currency}"`);
  return exponent;
}

/** Money from integer minor units; throws on fractions and unsafe integers. */
export function money(minor: number, currency: CurrencyCode | string): Money {
  if (!Number.isSafeInteger(minor)) throw new Error(`${NOT_INTEGER_MINOR}: ${minor}`);
  return Object.freeze({ minor: minor === 0 ? 0 : minor, currency: currencyCode(currency) });
}

/** Zero in a currency. */
export function zero(currency: CurrencyCode | string): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency)
    throw new Error(`${CURRENCY_MISMATCH}: ${a.currency} and ${b.currency}`);
}

/** a + b; throws CURRENCY_MISMATCH across currencies. */
export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor + b.minor, a.currency);
}

/** a − b; throws CURRENCY_MISMATCH across currencies. */
export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.minor - b.minor, a.currency);
}

/** Compares two amounts of one currency: negative, zero or positive. */
export function compare(a: Money, b: Money): number {
  sameCurrency(a, b);
  return a.minor - b.minor;
}

/** True when the amount is zero. */
export function isZero(a: Money): boolean {
  return a.minor === 0;
}

/**
 * Parses a decimal string in major units ("25000.00", "-3.5", "1250") exactly, without floats.
 * Throws when it has more decimals than the currency allows or is not a plain decimal.
 */
export function parseMoney(text: string, currency: CurrencyCode | string): Money {
  const code = currencyCode(currency);
  const exponent = exponentOf(code);
  const match = /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) throw new Error(`Not a decimal amount: "${text}"`);
  const [, sign, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new Error(
      `"${text}" has more than ${exponent} decimal${exponent === 1 ? '' : 's'} for ${code}`,
    );
  }
  // BigInt keeps the check exact: Number() of a long digit string rounds before it is tested.
  const digits = BigInt(whole + fraction.padEnd(exponent, '0'));
  if (digits > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`Amount too large: "${text}"`);
  const minor = Number(digits);
  return money(sign === '-' ? -minor : minor, code);
}

/** The exact decimal string in major units, as the ledger file stores it ("25000.00", "1500" for JPY). */
export function toDecimalString(amount: Money): string {
  const exponent = exponentOf(amount.currency);
  const negative = amount.minor < 0;
  const digits = String(Math.abs(amount.minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? '.' + digits.slice(digits.length - exponent) : '';
  return (negative ? '-' : '') + whole + fraction;
}

/**
 * Formats for a letter in `locale` ("USD 25,000.00", "25.000,00 USD"), with the ISO code rather
 * than a symbol so "$" is never ambiguous, and with the ISO exponent rather than Intl's.
 */
export function formatMoney(amount: Money, locale: string): string {
  const exponent = exponentOf(amount.currency);
  const format = numberFormat(locale, {
    style: 'currency',
    currency: amount.currency,
    currencyDisplay: 'code',
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl takes a decimal string exactly (ES2023); a Number would round large or 3-decimal amounts.
  return format.format(toDecimalString(amount) as unknown as number).replace(/\u00a0/g, ' ');
}

/**
 * Multiplies by a rational factor numerator/denominator with half-up rounding (away from zero on
 * ties), exactly, using BigInt. Used for interest and instalment splits.
 */
export function multiplyRatio(amount: Money, numerator: bigint, denominator: bigint): Money {
  if (denominator === 0n) throw new Error('Division by zero');
  let n = BigInt(amount.minor) * numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const negative = n < 0n;
  const absN = negative ? -n : n;
  const rounded = (absN * 2n + d) / (2n * d);
  return money(Number(negative ? -rounded : rounded), amount.currency);
}

/** Sums amounts per currency, keeping first-seen currency order. */
export function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<CurrencyCode, number>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.minor);
  return [...totals].map(([currency, minor]) => money(minor, currency));
}
