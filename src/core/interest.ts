import { addDays, compareDates, daysBetween, partsOf, type CalendarDate } from './calendarDate';
import type { InterestQuote } from './drafts/types';
import type { DayCount, InterestTerms } from './model';
import {
  currencyCode,
  exponentOf,
  money,
  multiplyRatio,
  type CurrencyCode,
  type Money,
} from './money';

/** Where the rate comes from: the contract, EU directive 2011/7/EU, or the UK Late Payment Act. */
export type InterestBasis = 'contract' | 'eu' | 'uk';

/** Points added to the reference rate by statutory late interest, in percent per year (EU and UK). */
export const STATUTORY_MARGIN_PERCENT = 8;

export const DAY_COUNTS: readonly DayCount[] = ['actual/365', 'actual/360', '30/360'];

/**
 * The method of a late-interest clause as data, for the draft composer to put into words. Rates
 * are exact decimal strings in percent ("1.5"), never floats; statutory terms override the
 * contractual rate, period and day count.
 */
export type InterestMethodParts = {
  readonly basis: InterestBasis;
  /** The rate per `per`: as stated for a contract, reference + margin for statutory interest. */
  readonly ratePercent: string;
  readonly per: 'month' | 'year';
  /** The same rate per year: a monthly rate × 12. */
  readonly annualRatePercent: string;
  readonly dayCount: DayCount;
  /** Days after the due date before interest starts to run. */
  readonly graceDays: number;
  /** Statutory only: the reference rate (ECB or Bank of England) and the margin added to it. */
  readonly referenceRatePercent?: string;
  readonly marginPercent?: string;
  /** Statutory only: the currency the fixed compensation is set in (EUR for 'eu', GBP for 'uk'). */
  readonly compensationCurrency?: CurrencyCode;
};

/** A field of `InterestTerms` that cannot be used, in plain words. */
export type InterestTermsProblem = {
  readonly field: keyof InterestTerms;
  readonly message: string;
};

/** An exact decimal: `units` / 10^`scale`. */
type Decimal = { readonly units: bigint; readonly scale: number };

/** The exact decimal a number was written as ("1.5" → 15/10), read from its shortest string form. */
function decimalOf(value: number): Decimal {
  return decimalOfText(String(value));
}

/** Reads "1.5", "-0.25" or "1e-7" exactly. */
function decimalOfText(text: string): Decimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new Error(`Not a finite rate: ${text}`);
  const [, sign, whole = '0', fraction = '', exponent = '0'] = match;
  const units = BigInt(sign + whole + fraction);
  const scale = fraction.length - Number(exponent);
  return scale >= 0 ? { units, scale } : { units: units * 10n ** BigInt(-scale), scale: 0 };
}

function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  const up = (d: Decimal) => d.units * 10n ** BigInt(scale - d.scale);
  return { units: up(a) + up(b), scale };
}

/** The shortest exact decimal string: "18", "1.5", "0.125", "-0.5". */
function decimalText(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = digits.slice(digits.length - d.scale).replace(/0+$/, '');
  return (negative ? '-' : '') + whole + (fraction ? '.' + fraction : '');
}

function basisOf(terms: InterestTerms): InterestBasis {
  return terms.statutory === 'eu' || terms.statutory === 'uk' ? terms.statutory : 'contract';
}

/** Lists what makes interest terms unusable (empty when they are fine); run when settings are saved. */
export function interestTermsProblems(terms: InterestTerms): InterestTermsProblem[] {
  const problems: InterestTermsProblem[] = [];
  const basis = basisOf(terms);
  if (!Number.isFinite(terms.ratePercent) || terms.ratePercent < 0) {
    problems.push({
      field: 'ratePercent',
      message: 'The interest rate must be a number of 0 or more.',
    });
  }
  if (terms.per !== 'month' && terms.per !== 'year') {
    problems.push({ field: 'per', message: 'The interest rate must be per month or per year.' });
  }
  if (!DAY_COUNTS.includes(terms.dayCount)) {
    problems.push({
      field: 'dayCount',
      message: 'The day count must be actual/365, actual/360 or 30/360.',
    });
  }
  if (!Number.isSafeInteger(terms.graceDays) || terms.graceDays < 0) {
    problems.push({
      field: 'graceDays',
      message: 'The grace period must be a whole number of days, 0 or more.',
    });
  }
  if (terms.statutory !== undefined && !['none', 'eu', 'uk'].includes(terms.statutory)) {
    problems.push({ field: 'statutory', message: 'Statutory interest must be none, EU or UK.' });
  }
  if (basis !== 'contract') {
    const reference = terms.referenceRatePercent;
    if (reference === undefined || !Number.isFinite(reference)) {
      const source = basis === 'eu' ? 'the ECB reference rate' : 'the Bank of England base rate';
      problems.push({
        field: 'referenceRatePercent',
        message: `Statutory interest needs ${source}, in percent.`,
      });
    } else if (reference + STATUTORY_MARGIN_PERCENT < 0) {
      problems.push({
        field: 'referenceRatePercent',
        message: 'The reference rate plus 8 points is below zero.',
      });
    }
  }
  return problems;
}

/**
 * The method of the clause as data (rate, period, day count, grace, statutory parts). Throws the
 * first problem of {@link interestTermsProblems} when the terms cannot be used.
 */
export function interestMethodParts(terms: InterestTerms): InterestMethodParts {
  const problem = interestTermsProblems(terms)[0];
  if (problem) throw new Error(problem.message);
  const basis = basisOf(terms);
  if (basis === 'contract') {
    const rate = decimalOf(terms.ratePercent);
    const annual = terms.per === 'month' ? { units: rate.units * 12n, scale: rate.scale } : rate;
    return {
      basis,
      ratePercent: decimalText(rate),
      per: terms.per,
      annualRatePercent: decimalText(annual),
      dayCount: terms.dayCount,
      graceDays: terms.graceDays,
    };
  }
  const reference = decimalOf(terms.referenceRatePercent ?? 0);
  const rate = decimalText(addDecimals(reference, decimalOf(STATUTORY_MARGIN_PERCENT)));
  return {
    basis,
    ratePercent: rate,
    per: 'year',
    annualRatePercent: rate,
    dayCount: 'actual/365',
    graceDays: terms.graceDays,
    referenceRatePercent: decimalText(reference),
    marginPercent: String(STATUTORY_MARGIN_PERCENT),
    compensationCurrency: currencyCode(basis === 'eu' ? 'EUR' : 'GBP'),
  };
}

/**
 * Days from `from` to `to` under a day count. 30/360 is the ISDA 2006 "30/360" (bond basis, the
 * US rule without the February end-of-month adjustment): day 31 counts as 30, and so does an end
 * day of 31 when the start day is 30 or 31.
 */
export function dayCountDays(from: CalendarDate, to: CalendarDate, dayCount: DayCount): number {
  if (dayCount !== '30/360') return daysBetween(from, to);
  const a = partsOf(from);
  const b = partsOf(to);
  const d1 = Math.min(a.day, 30);
  const d2 = b.day === 31 && d1 === 30 ? 30 : b.day;
  return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (d2 - d1);
}

/** Days in the year of a day count: 365 for actual/365, 360 otherwise. */
function yearDays(dayCount: DayCount): bigint {
  return dayCount === 'actual/365' ? 365n : 360n;
}

/**
 * The fixed statutory compensation on a debt, or null when the law sets none in its currency:
 * EU EUR 40 on EUR debts; UK GBP 40 under £1,000, 70 under £10,000, 100 from £10,000 on GBP debts.
 */
export function statutoryCompensation(basis: InterestBasis, principal: Money): Money | null {
  const whole = (major: number) =>
    money(major * 10 ** exponentOf(principal.currency), principal.currency);
  if (basis === 'eu' && principal.currency === 'EUR') return whole(40);
  if (basis === 'uk' && principal.currency === 'GBP') {
    if (principal.minor < 100_000) return whole(40);
    return principal.minor < 1_000_000 ? whole(70) : whole(100);
  }
  return null;
}

/**
 * Simple late interest on what is still due, from the due date + grace to `today`, at the annual
 * rate × days / year days, exact and rounded half-up to the currency's minor unit. Null when
 * nothing accrues yet (not past the grace period, nothing due, or a zero amount and no compensation).
 */
export function interestQuote(
  invoice: { readonly number: string; readonly dueDate: CalendarDate; readonly amountDue: Money },
  terms: InterestTerms,
  today: CalendarDate,
): InterestQuote | null {
  const parts = interestMethodParts(terms);
  const principal = invoice.amountDue;
  const from = addDays(invoice.dueDate, parts.graceDays);
  if (principal.minor <= 0 || compareDates(today, from) <= 0) return null;
  const days = dayCountDays(from, today, parts.dayCount);
  const annual = decimalOfText(parts.annualRatePercent);
  // principal × (units / 10^scale) / 100 × days / yearDays, in one exact rational step.
  const amount = multiplyRatio(
    principal,
    annual.units * BigInt(days),
    10n ** BigInt(annual.scale) * 100n * yearDays(parts.dayCount),
  );
  const compensation = statutoryCompensation(parts.basis, principal);
  if (amount.minor === 0 && !compensation) return null;
  return {
    invoiceNumber: invoice.number,
    terms,
    from,
    to: today,
    days,
    principal,
    amount,
    ...(compensation ? { compensation } : {}),
  };
}

/**
 * The statutory compensation a quote leaves out because the invoice is not in the law's currency
 * (EU: EUR only; UK: GBP only), for the clause to say so; null when nothing was left out.
 */
export function omittedCompensation(
  quote: InterestQuote,
): { readonly basis: 'eu' | 'uk'; readonly currency: CurrencyCode } | null {
  const basis = basisOf(quote.terms);
  if (basis === 'contract' || quote.compensation) return null;
  return { basis, currency: currencyCode(basis === 'eu' ? 'EUR' : 'GBP') };
}
