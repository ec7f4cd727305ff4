import { isCalendarDate, type CalendarDate } from './calendarDate';
import type { DecimalStyle } from './csvAmounts';
import { readCurrencyCell } from './csvAmounts';
import { compare, toDecimalString, zero, type CurrencyCode, type Money } from './money';
import { readMoneyInput, type MoneyInputProblem } from './moneyInput';
import {
  INVOICE_STATUSES,
  type CustomerId,
  type Invoice,
  type InvoiceId,
  type InvoiceStatus,
} from './model';

/** An invoice as a person edits it: every field as typed. */
export type InvoiceForm = {
  readonly number: string;
  readonly po: string;
  readonly issueDate: string;
  readonly dueDate: string;
  /** In major units, as typed ("25,000.00"); read with the currency's exponent. */
  readonly amount: string;
  readonly currency: string;
  readonly status: string;
};

/** Why a field is not accepted; the form shows each in the UI language. */
export type InvoiceFormProblem =
  | MoneyInputProblem
  | 'not-a-date'
  | 'due-before-issue'
  | 'not-a-currency'
  | 'currency-after-payment'
  | 'below-paid'
  | 'zero'
  | 'not-a-status'
  | 'needs-part-payment';

export type InvoiceFormField =
  'number' | 'issueDate' | 'dueDate' | 'amount' | 'currency' | 'status';

/** The checked form: the invoice to save when nothing is wrong, and every problem by field. */
export type InvoiceFormCheck = {
  readonly invoice?: Invoice;
  readonly issues: Readonly<Partial<Record<InvoiceFormField, InvoiceFormProblem>>>;
};

/** The form of an existing invoice, or an empty one in `currency` dated `today`. */
export function invoiceFormOf(
  invoice: Invoice | undefined,
  defaults: { readonly currency: string; readonly today: CalendarDate },
): InvoiceForm {
  if (!invoice) {
    return {
      number: '',
      po: '',
      issueDate: defaults.today,
      dueDate: '',
      amount: '',
      currency: defaults.currency,
      status: 'open',
    };
  }
  return {
    number: invoice.number,
    po: invoice.po ?? '',
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amount: toDecimalString(invoice.amount),
    currency: invoice.amount.currency,
    status: invoice.status,
  };
}

/**
 * Checks an invoice form with the ledger's rules: a number, real dates with the due date not
 * before the issue date, a known currency, an amount above zero read exactly with the currency's
 * exponent and not below what is already paid, one of the statuses. `base` is the invoice being
 * edited: its payment, pause and unknown fields are kept, and its currency cannot change once
 * something is paid. A status of `paid` records the full amount; `partly-paid` needs a part
 * payment already recorded. Whether the number is free is the repository's to answer.
 */
export function checkInvoiceForm(
  form: InvoiceForm,
  target: {
    readonly id: InvoiceId;
    readonly customerId: CustomerId;
    readonly base?: Invoice;
    readonly decimalStyle: DecimalStyle;
  },
): InvoiceFormCheck {
  const issues: Partial<Record<InvoiceFormField, InvoiceFormProblem>> = {};
  const { base } = target;
  const number = form.number.trim();
  if (number === '') issues.number = 'required';
  const issueDate = dateOf(form.issueDate, 'issueDate', issues);
  const dueDate = dateOf(form.dueDate, 'dueDate', issues);
  if (issueDate && dueDate && dueDate < issueDate) issues.dueDate = 'due-before-issue';

  const currency = readCurrencyCell(form.currency);
  let amount: Money | undefined;
  if (currency === undefined) issues.currency = 'not-a-currency';
  else if (base && base.paid.minor > 0 && base.paid.currency !== currency)
    issues.currency = 'currency-after-payment';
  else {
    const read = readMoneyInput(form.amount, currency, target.decimalStyle);
    if (!read.ok) issues.amount = read.problem;
    else if (read.money.minor === 0) issues.amount = 'zero';
    else if (base && compare(read.money, paidIn(base, currency)) < 0) issues.amount = 'below-paid';
    else amount = read.money;
  }

  const status = (INVOICE_STATUSES as readonly string[]).includes(form.status)
    ? (form.status as InvoiceStatus)
    : undefined;
  if (status === undefined) issues.status = 'not-a-status';
  let paid = currency ? paidIn(base, currency) : undefined;
  if (status === 'paid' && amount) paid = amount;
  if (
    status === 'partly-paid' &&
    amount &&
    paid &&
    (paid.minor === 0 || paid.minor >= amount.minor)
  )
    issues.status = 'needs-part-payment';

  if (Object.keys(issues).length > 0 || !issueDate || !dueDate || !amount || !paid || !status) {
    return { issues };
  }
  const invoice: { -readonly [K in keyof Invoice]: Invoice[K] } = {
    id: target.id,
    number,
    customerId: target.customerId,
    issueDate,
    dueDate,
    amount,
    paid,
    status,
  };
  const po = form.po.trim();
  if (po !== '') invoice.po = po;
  if (base?.pause) invoice.pause = base.pause;
  if (base?.extra) invoice.extra = base.extra;
  return { invoice, issues };
}

/** Why a "paid so far" entry is not accepted. */
export type PaidSoFarProblem = MoneyInputProblem | 'above-amount';

/**
 * Reads the total paid so far on `invoice`, typed by a person, in the invoice currency: exact,
 * not negative, not above the invoice amount.
 */
export function readPaidSoFar(
  text: string,
  invoice: Invoice,
  style: DecimalStyle,
):
  | { readonly ok: true; readonly paid: Money }
  | { readonly ok: false; readonly problem: PaidSoFarProblem } {
  const read = readMoneyInput(text, invoice.amount.currency, style);
  if (!read.ok) return read;
  if (compare(read.money, invoice.amount) > 0) return { ok: false, problem: 'above-amount' };
  return { ok: true, paid: read.money };
}

function paidIn(base: Invoice | undefined, currency: CurrencyCode): Money {
  return base && base.paid.currency === currency ? base.paid : zero(currency);
}

function dateOf(
  text: string,
  field: 'issueDate' | 'dueDate',
  issues: Partial<Record<InvoiceFormField, InvoiceFormProblem>>,
): CalendarDate | undefined {
  const value = text.trim();
  if (value === '') issues[field] = 'required';
  else if (!isCalendarDate(value)) issues[field] = 'not-a-date';
  else return value;
  return undefined;
}
