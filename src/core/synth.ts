import { dayNumber, isCalendarDate, type CalendarDate } from './calendarDate';
import type { CompanySettings, Customer, Ledger } from './model';
import { buildCustomers } from './synthCustomers';
import { SYNTH_CUSTOMER_NOTES } from './synthData';
import { buildEvents } from './synthEvents';
import { buildInvoices, hasLongOverdue, indexInvoices } from './synthInvoices';
import { DateTable, HISTORY_DAYS, ZoneOffsets, pick } from './synthKit';
import { synthSettings } from './synthSettings';

/** What to generate: exact counts, a seed (same seed, same ledger) and the seller's "today". */
export type SynthOptions = {
  readonly customers: number;
  readonly invoices: number;
  readonly events: number;
  readonly seed: number | string;
  readonly today: CalendarDate;
  readonly company?: Partial<CompanySettings>;
};

/**
 * A seeded PRNG (sfc32 over a cyrb128 hash of `String(seed)`) returning numbers in [0, 1).
 * The same seed gives the same sequence on every run; `7` and `'7'` are the same seed.
 */
export function createRng(seed: number | string): () => number {
  const text = String(seed);
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  let a = (h1 ^ h2 ^ h3 ^ h4) >>> 0;
  let b = (h2 ^ h1) >>> 0;
  let c = (h3 ^ h1) >>> 0;
  let d = (h4 ^ h1) >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed; discard them.
  for (let i = 0; i < 15; i += 1) next();
  return next;
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`synthLedger: ${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * A realistic demo ledger with exactly the requested numbers of customers, invoices and events,
 * identical for the same options. Invoices are issued over the ~18 months before `today`; events all
 * happen before the end of `today` in the seller's zone and are sorted by instant.
 */
export function synthLedger(options: SynthOptions): Ledger {
  checkCount('customers', options.customers);
  checkCount('invoices', options.invoices);
  checkCount('events', options.events);
  if (!isCalendarDate(options.today))
    throw new RangeError(`synthLedger: today is not a date: "${options.today}"`);
  if (options.customers === 0 && (options.invoices > 0 || options.events > 0)) {
    throw new RangeError('synthLedger: invoices and events need at least one customer');
  }
  const rng = createRng(options.seed);
  const settings = synthSettings(options.company);
  const todayDay = dayNumber(options.today);
  const firstDay = todayDay - HISTORY_DAYS - 500;
  const lastDay = todayDay + 400;
  const dates = new DateTable(firstDay, lastDay);
  const offsets = new ZoneOffsets(firstDay, lastDay - firstDay + 1);
  const sellerZone = offsets.zoneIndex(settings.company.timeZone);
  const { drafts, columns } = buildCustomers(rng, options.customers, offsets);
  const { invoices, columns: invoiceColumns } = buildInvoices(
    rng,
    options.invoices,
    todayDay,
    columns,
    drafts,
    dates,
  );
  const events = buildEvents(
    rng,
    options.events,
    todayDay,
    sellerZone,
    offsets,
    settings.policy,
    columns,
    drafts,
    invoiceColumns,
    invoices,
    dates,
  );
  const index = indexInvoices(invoiceColumns, drafts.length, todayDay);
  const customers: Customer[] = drafts.map((draft, c) => {
    const customer: { -readonly [K in keyof Customer]: Customer[K] } = {
      ...draft,
      paymentTermsDays: columns.terms[c] ?? 30,
    };
    if (hasLongOverdue(c, index, invoiceColumns, todayDay, settings.policy) && rng() < 0.4)
      customer.creditHold = true;
    if (rng() < 0.06) customer.notes = pick(rng, SYNTH_CUSTOMER_NOTES);
    return customer;
  });
  return { settings, customers, invoices, events };
}
