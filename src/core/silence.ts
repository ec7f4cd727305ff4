import { addDays, daysBetween, maxDate, type CalendarDate } from './calendarDate';
import type { ContactHistory } from './contactHistory';
import { amountDue, daysOverdue, isChaseable } from './invoiceState';
import { exponentOf, totalsByCurrency, type Money } from './money';
import { stageOf } from './aging';
import type { Channel, Customer, CustomerId, Invoice, Stage, StagePolicy } from './model';

/** One customer who has not answered since the last reminder. */
export type SilentCustomer = {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly daysSilent: number;
  readonly lastReminderOn: CalendarDate;
  readonly lastReminderChannel: Channel;
  /** Overdue money still chased, per currency, largest first. */
  readonly atRisk: readonly Money[];
  /** At risk converted to the rates' base currency, when rates cover every currency. */
  readonly atRiskConverted?: number;
  readonly stage: Stage;
  /** The day the next step may go out: minimum interval, an autoreply's return date, a promise. */
  readonly nextStepOn: CalendarDate;
};

/** Per-customer input: the store keeps `history` up to date on write, so nothing scans events. */
export type SilenceEntry = {
  readonly customer: Customer;
  readonly invoices: readonly Invoice[];
  readonly history: ContactHistory;
};

/** Units of a common base currency per one major unit of each currency, set by the user. */
export type Rates = Readonly<Record<string, number>>;

/**
 * Customers whose last reminder (any channel) has had no reply for `policy.silenceDays` or more,
 * with overdue money at risk. Autoreplies and bounces are not replies. Ranked by money at risk
 * (converted with `rates` when they cover it; otherwise grouped by currency, largest first), then
 * by days silent.
 */
export function silentCustomers(
  entries: Iterable<SilenceEntry>,
  today: CalendarDate,
  policyOf: (customer: Customer) => StagePolicy,
  rates?: Rates,
): SilentCustomer[] {
  const silent: SilentCustomer[] = [];
  for (const { customer, invoices, history } of entries) {
    const reminder = history.lastReminder;
    if (!reminder || history.remindersSinceReply === 0) continue;
    const policy = policyOf(customer);
    const daysSilent = daysBetween(reminder.on, today);
    if (daysSilent < policy.silenceDays) continue;
    const overdue = invoices.filter((i) => isChaseable(i, today) && daysOverdue(i, today) > 0);
    if (overdue.length === 0) continue;
    const atRisk = totalsByCurrency(overdue.map(amountDue)).sort((a, b) => b.minor - a.minor);
    const stage = stageOf(invoices, history, today, policy);
    let nextStepOn = stage.nextStepOn ?? today;
    const away =
      history.lastSignal?.kind === 'out-of-office' ? history.lastSignal.returnDate : undefined;
    if (away && away >= today) nextStepOn = maxDate(nextStepOn, addDays(away, 1));
    silent.push({
      customerId: customer.id,
      name: customer.name,
      daysSilent,
      lastReminderOn: reminder.on,
      lastReminderChannel: reminder.channel,
      atRisk,
      atRiskConverted: convert(atRisk, rates),
      stage: stage.stage,
      nextStepOn,
    });
  }
  return silent.sort(compareSilent);
}

function convert(amounts: readonly Money[], rates: Rates | undefined): number | undefined {
  if (!rates) return undefined;
  let total = 0;
  for (const a of amounts) {
    const rate = rates[a.currency];
    if (rate === undefined) return undefined;
    // Ranking only: a float is fine here, nothing is booked or shown from it.
    total += (a.minor / 10 ** exponentOf(a.currency)) * rate;
  }
  return total;
}

function compareSilent(a: SilentCustomer, b: SilentCustomer): number {
  if (
    a.atRiskConverted !== undefined &&
    b.atRiskConverted !== undefined &&
    a.atRiskConverted !== b.atRiskConverted
  ) {
    return b.atRiskConverted - a.atRiskConverted;
  }
  if (a.atRiskConverted === undefined || b.atRiskConverted === undefined) {
    const ca = a.atRisk[0]?.currency ?? '';
    const cb = b.atRisk[0]?.currency ?? '';
    if (ca !== cb) return ca < cb ? -1 : 1;
    const diff = (b.atRisk[0]?.minor ?? 0) - (a.atRisk[0]?.minor ?? 0);
    if (diff !== 0) return diff;
  }
  return b.daysSilent - a.daysSilent || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
