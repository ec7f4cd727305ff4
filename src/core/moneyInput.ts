import { plainDecimal, readAmountCell, type DecimalStyle } from './csvAmounts';
import { numberFormat } from './intlCache';
import { exponentOf, parseMoney, type CurrencyCode, type Money } from './money';

/** Why a typed amount is not accepted; a form shows each in the UI language. */
export type MoneyInputProblem =
  'required' | 'not-an-amount' | 'other-currency' | 'too-many-decimals' | 'too-large' | 'negative';

/** A typed amount read exactly, or the one problem that stops it. */
export type MoneyInputResult =
  | { readonly ok: true; readonly money: Money }
  | { readonly ok: false; readonly problem: MoneyInputProblem };

/** The decimal separator a person of `locale` types: "1,5" in de-DE is `comma`, "1.5" in en-GB `point`. */
export function decimalStyleOf(locale: string): DecimalStyle {
  const mark = numberFormat(locale, {})
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value;
  return mark === ',' ? 'comma' : 'point';
}

/**
 * Reads an amount a person typed ("25000", "25,000.50", "€ 1.234,56" in a comma locale) into
 * integer minor units of `currency`, exactly (no floats), with the currency's exponent: "1.5" is
 * refused for JPY, "1.2345" for KWD. Group separators must sit where thousands separators belong;
 * a currency sign or code, when typed, must fit `currency`. Negative amounts are refused.
 */
export function readMoneyInput(
  text: string,
  currency: CurrencyCode,
  style: DecimalStyle,
): MoneyInputResult {
  const cell = readAmountCell(text);
  if (cell.kind === 'empty') return { ok: false, problem: 'required' };
  if (cell.kind === 'invalid') return { ok: false, problem: 'not-an-amount' };
  if (cell.currencies && !cell.currencies.includes(currency))
    return { ok: false, problem: 'other-currency' };
  if (cell.negative) return { ok: false, problem: 'negative' };
  // A separator the cell proves on its own ("1.234,56") wins over the locale's habit.
  const plain = plainDecimal(cell.digits, cell.hint ?? style);
  if (!('decimal' in plain)) return { ok: false, problem: 'not-an-amount' };
  const fraction = plain.decimal.split('.')[1] ?? '';
  if (fraction.length > exponentOf(currency)) return { ok: false, problem: 'too-many-decimals' };
  try {
    return { ok: true, money: parseMoney(plain.decimal, currency) };
  } catch {
    // The shape and decimals were checked above: what parseMoney still refuses is the size.
    return { ok: false, problem: 'too-large' };
  }
}
