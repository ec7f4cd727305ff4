import { formatDate, formatDeadline, type CalendarDate } from '../calendarDate';
import { formatMoney, totalsByCurrency, type Money } from '../money';
import type { DraftInput, Deadline, InvoiceLine } from './types';
import type { TemplateValues } from './fillTemplate';
import type { LetterTexts, Plural } from './texts/letterTexts';

/** What every block writer needs: the input, the language's texts, formatters and shared values. */
export type LetterContext = {
  readonly input: DraftInput;
  readonly texts: LetterTexts;
  /** Values every text may use: name, customer, company, invoices, total, replyBy, maxDays, … */
  readonly values: TemplateValues;
  readonly money: (amount: Money) => string;
  readonly date: (date: CalendarDate) => string;
  readonly deadline: (deadline: Deadline) => string;
  readonly count: (n: number) => string;
  readonly days: (n: number) => string;
  /** Amounts in several currencies as one phrase: "USD 1,000.00 and EUR 500.00". */
  readonly amounts: (amounts: readonly Money[]) => string;
};

// formatDate, formatDeadline and formatMoney build Intl formatters on every call (~0.05 ms each);
// letters repeat the same dates and amounts, so results are kept per locale: pure, bounded.
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 2_000;

function remembered(key: string, format: () => string): string {
  const known = formatted.get(key);
  if (known !== undefined) return known;
  if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
  const value = format();
  formatted.set(key, value);
  return value;
}

function plural(forms: Plural, n: number, locale: string, count: string): string {
  const category = new Intl.PluralRules(locale).select(n);
  return (category === 'one' ? forms.one : forms.other).replace('{n}', count);
}

/** Invoice numbers of all lines in letter order: overdue first, then upcoming. */
export function invoiceNumbers(input: DraftInput): string[] {
  return [...input.overdue, ...input.upcoming].map((line) => line.number);
}

function owedLines(input: DraftInput): readonly InvoiceLine[] {
  return input.overdue.length > 0 ? input.overdue : input.upcoming;
}

/**
 * Builds the context of one letter from the texts of `input.language`; their locale drives every
 * date and amount.
 */
export function createLetterContext(input: DraftInput, texts: LetterTexts): LetterContext {
  const { locale } = texts;
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const money = (amount: Money) =>
    remembered(`${locale} ${amount.currency} ${amount.minor}`, () => formatMoney(amount, locale));
  const date = (d: CalendarDate) => remembered(`${locale} ${d}`, () => formatDate(d, locale));
  const deadline = (d: Deadline) =>
    remembered(`${locale} ${d.date} ${d.hour}:${d.minute} ${d.timeZone}`, () =>
      formatDeadline(d.date, { hour: d.hour, minute: d.minute }, d.timeZone, locale),
    );
  const count = (n: number) => numberFormat.format(n);
  const days = (n: number) => plural(texts.days, n, locale, count(n));
  const amounts = (list: readonly Money[]) => listFormat.format(totalsByCurrency(list).map(money));

  const contact = input.contactName?.trim() ? input.contactName : undefined;
  const maxDays = Math.max(0, ...input.overdue.map((line) => line.daysOverdue));
  const values: TemplateValues = {
    name: contact ?? input.customerName,
    customer: input.customerName,
    company: input.company.name,
    invoices: invoiceNumbers(input).join(texts.listSeparator),
    total: { strong: amounts(owedLines(input).map((line) => line.amountDue)) },
    replyBy: { strong: deadline(input.replyBy) },
    maxDays: days(maxDays),
    reminders: plural(texts.times, input.remindersSent, locale, count(input.remindersSent)),
    firstReminder:
      input.remindersSent > 0 && input.firstReminderOn ? date(input.firstReminderOn) : undefined,
    promisedDate: input.promisedFor ? date(input.promisedFor) : undefined,
  };
  return { input, texts, values, money, date, deadline, count, days, amounts };
}
