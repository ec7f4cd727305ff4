import { isCurrencyCode, type CurrencyCode } from './money';

/** Which character separates decimals in an export: "1,234.56" is `point`, "1.234,56" is `comma`. */
export type DecimalStyle = 'point' | 'comma';

/**
 * An amount cell read without knowing the file's decimal style. `hint` is the style the cell
 * proves on its own, if any ("1.234,56" proves comma; "1,234" proves nothing). `currencies` are
 * those its symbol or code fits ("$" fits several).
 */
export type AmountCell =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'number';
      readonly negative: boolean;
      readonly digits: string;
      readonly hint?: DecimalStyle;
      readonly currencies?: readonly CurrencyCode[];
      readonly marker?: string;
    }
  | { readonly kind: 'invalid'; readonly reason: string };

const DOLLARS = ['USD', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP'];

/** Currency signs and words seen in exports, upper-cased, with the ISO codes each can mean. */
const SIGNS = new Map<string, readonly string[]>([
  ['$', DOLLARS],
  ['US$', ['USD']],
  ['USD$', ['USD']],
  ['HK$', ['HKD']],
  ['S$', ['SGD']],
  ['A$', ['AUD']],
  ['AU$', ['AUD']],
  ['C$', ['CAD']],
  ['CA$', ['CAD']],
  ['NZ$', ['NZD']],
  ['NT$', ['TWD']],
  ['MX$', ['MXN']],
  ['R$', ['BRL']],
  ['€', ['EUR']],
  ['£', ['GBP']],
  ['¥', ['JPY', 'CNY']],
  ['￥', ['JPY', 'CNY']],
  ['円', ['JPY']],
  ['元', ['CNY']],
  ['RMB', ['CNY']],
  ['人民币', ['CNY']],
  ['美元', ['USD']],
  ['欧元', ['EUR']],
  ['英镑', ['GBP']],
  ['日元', ['JPY']],
  ['港币', ['HKD']],
  ['港元', ['HKD']],
  ['₹', ['INR']],
  ['RS', ['INR', 'PKR', 'LKR', 'NPR']],
  ['₩', ['KRW']],
  ['₽', ['RUB']],
  ['₺', ['TRY']],
  ['₫', ['VND']],
  ['₱', ['PHP']],
  ['₪', ['ILS']],
  ['฿', ['THB']],
  ['₴', ['UAH']],
  ['₦', ['NGN']],
  ['ZŁ', ['PLN']],
  ['KČ', ['CZK']],
  ['FT', ['HUF']],
  ['KR', ['SEK', 'NOK', 'DKK', 'ISK']],
  ['FR', ['CHF']],
  ['SFR', ['CHF']],
  ['R', ['ZAR']],
]);

/** Currency words of a currency column that are not ISO codes. */
const CURRENCY_WORDS = new Map<string, string>([
  ['RMB', 'CNY'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['US$', 'USD'],
]);

/** A currency cell as an ISO code ("usd", "RMB", "人民币", "€" are understood), or undefined. */
export function readCurrencyCell(cell: string): CurrencyCode | undefined {
  const text = cell.trim().toUpperCase();
  const word = CURRENCY_WORDS.get(text);
  if (word) return word as CurrencyCode;
  return /^[A-Z]{3}$/.test(text) && isCurrencyCode(text) ? (text as CurrencyCode) : undefined;
}

const SHAPE =
  /^([^\d.,]*?)\s*(\d[\d.,'\s\u00a0\u202f\u2009]*|[.,]\d[\d.,'\s\u00a0\u202f\u2009]*)\s*([^\d.,]*)$/;
const SPACES = /[\s\u00a0\u202f\u2009']/g;
const SIGN = /^[-−+]|[-−+]$/;
const GROUPED_3 = /^\d{1,3}(?:,\d{3})+$/;
const GROUPED_INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}$/;

function markerCurrencies(marker: string): readonly CurrencyCode[] | undefined {
  const upper = marker.toUpperCase().replace(/\.$/, '');
  const known = SIGNS.get(upper);
  if (known) return known as readonly CurrencyCode[];
  if (/^[A-Z]{3}$/.test(upper) && isCurrencyCode(upper)) return [upper as CurrencyCode];
  return undefined;
}

function styleHint(number: string): DecimalStyle | undefined {
  const lastPoint = number.lastIndexOf('.');
  const lastComma = number.lastIndexOf(',');
  if (lastPoint >= 0 && lastComma >= 0) return lastPoint > lastComma ? 'point' : 'comma';
  const separator = lastPoint >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (separator === '') return undefined;
  const count = number.split(separator).length - 1;
  const after = number.length - number.lastIndexOf(separator) - 1;
  const decimalStyle: DecimalStyle = separator === '.' ? 'point' : 'comma';
  const groupingStyle: DecimalStyle = separator === '.' ? 'comma' : 'point';
  if (count > 1) return groupingStyle;
  return after === 3 ? undefined : decimalStyle;
}

/** Reads an amount cell: sign, currency sign or code before or after, digits with separators. */
export function readAmountCell(cell: string): AmountCell {
  let text = cell.trim();
  if (text === '') return { kind: 'empty' };
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const m = SHAPE.exec(text);
  if (!m) return { kind: 'invalid', reason: `"${cell.trim()}" is not an amount` };
  let prefix = m[1]!.trim();
  let suffix = m[3]!.trim();
  for (;;) {
    const before = prefix + '|' + suffix;
    if (SIGN.test(prefix)) {
      negative = true;
      prefix = prefix.replace(SIGN, '').trim();
    }
    if (SIGN.test(suffix)) {
      negative = true;
      suffix = suffix.replace(SIGN, '').trim();
    }
    if (before === prefix + '|' + suffix) break;
  }
  if (prefix !== '' && suffix !== '')
    return { kind: 'invalid', reason: `"${cell.trim()}" is not an amount` };
  const marker = prefix || suffix;
  let currencies: readonly CurrencyCode[] | undefined;
  if (marker !== '') {
    currencies = markerCurrencies(marker);
    if (!currencies)
      return {
        kind: 'invalid',
        reason: `"${cell.trim()}" has "${marker}", which is no currency sign or code`,
      };
  }
  const digits = m[2]!.replace(SPACES, '');
  const hint = styleHint(digits);
  // One object shape for every cell (absent parts undefined): this runs on each amount of a file.
  return {
    kind: 'number',
    negative,
    digits,
    hint,
    currencies,
    marker: currencies ? marker : undefined,
  };
}

/**
 * The plain decimal ("1234.56") of an amount's digits in the file's decimal style, or a reason
 * why they do not fit it (a decimal comma in a decimal-point file, badly placed group separators).
 */
export function plainDecimal(
  digits: string,
  style: DecimalStyle,
): { decimal: string } | { reason: string } {
  const decimalMark = style === 'point' ? '.' : ',';
  const groupMark = style === 'point' ? ',' : '.';
  const parts = digits.split(decimalMark);
  if (parts.length > 2) return { reason: 'has more than one decimal separator' };
  const whole = parts[0]!;
  const fraction = parts[1];
  if (fraction !== undefined && fraction.includes(groupMark)) {
    return {
      reason: `uses a decimal ${style === 'point' ? 'comma' : 'point'} while this file uses a decimal ${style}`,
    };
  }
  if (fraction === '') return { reason: 'ends with a decimal separator' };
  let wholeDigits = whole;
  if (whole.includes(groupMark)) {
    const asCommas = groupMark === ',' ? whole : whole.split('.').join(',');
    if (!GROUPED_3.test(asCommas) && !GROUPED_INDIAN.test(asCommas)) {
      return { reason: `has "${groupMark}" where no thousands separator belongs` };
    }
    wholeDigits = whole.split(groupMark).join('');
  }
  return {
    decimal:
      (wholeDigits === '' ? '0' : wholeDigits) + (fraction === undefined ? '' : '.' + fraction),
  };
}
