import { exponentOf, money, type CurrencyCode, type Money } from './money';
import type { Invoice, InvoiceId, InvoiceStatus, Pause, StagePolicy } from './model';
import type { CustomerColumns, CustomerDraft } from './synthCustomers';
import { SYNTH_CURRENCIES } from './synthData';
import {
  CURRENCY_CODES,
  HISTORY_DAYS,
  NO_DAY,
  PAUSE_DISPUTE,
  PAUSE_NONE,
  PAUSE_PAYMENT_SENT,
  PAUSE_PROMISE,
  STATUS_DISPUTED,
  STATUS_NAMES,
  STATUS_OPEN,
  STATUS_PAID,
  STATUS_PARTLY,
  STATUS_WRITTEN_OFF,
  TERMS,
  between,
  normal,
  pad,
  searchCumulative,
  widthFor,
  type DateTable,
  type Rng,
} from './synthKit';

/** Invoice facts in columns, in the chronological order of the output. */
export type InvoiceColumns = {
  readonly customer: Int32Array;
  readonly issue: Int32Array;
  readonly due: Int32Array;
  readonly status: Uint8Array;
  readonly pause: Uint8Array;
  readonly pauseUntil: Int32Array;
};

/** Forced invoices, so every stage and status shows up even in a tiny ledger: due offset range and status. */
const SPOTLIGHT: readonly (readonly [number, number, number, number])[] = [
  [1, 3, STATUS_OPEN, PAUSE_NONE],
  [0, 0, STATUS_OPEN, PAUSE_NONE],
  [-6, -1, STATUS_OPEN, PAUSE_NONE],
  [-29, -7, STATUS_OPEN, PAUSE_NONE],
  [-59, -30, STATUS_PARTLY, PAUSE_NONE],
  [-180, -60, STATUS_OPEN, PAUSE_NONE],
  [-90, -10, STATUS_DISPUTED, PAUSE_DISPUTE],
  [-400, -200, STATUS_WRITTEN_OFF, PAUSE_NONE],
  [-40, -10, STATUS_OPEN, PAUSE_PROMISE],
];

/** Chance an invoice is still unpaid `overdue` days after its due date, before the payer factor. */
function unpaidChance(overdue: number): number {
  if (overdue < 7) return 0.55;
  if (overdue < 30) return 0.3;
  if (overdue < 60) return 0.15;
  if (overdue < 180) return 0.06;
  return 0.02;
}
const PAYER_FACTOR = [0.5, 1.3, 3];

function amountMinor(rng: Rng, currency: number, sizeLog: number): number {
  const [, median] = SYNTH_CURRENCIES[currency] ?? ['USD', 10_000];
  const scale = 10 ** exponentOf(CURRENCY_CODES[currency] as CurrencyCode);
  const major = Math.exp(Math.log(median) + sizeLog + 0.9 * normal(rng));
  const clamped = Math.min(Math.max(major, median / 200), median * 400);
  const roundness = rng();
  // Many invoices are whole or round amounts; the rest keep their cents (fils, centavos).
  const step = roundness < 0.2 ? scale * 100 : roundness < 0.55 ? scale : 1;
  return Math.max(step, Math.round((clamped * scale) / step) * step);
}

/**
 * `count` invoices issued over the HISTORY_DAYS before today and sorted by issue date, with
 * statuses that follow each customer's payer habit; a few forced ones cover every stage.
 */
export function buildInvoices(
  rng: Rng,
  count: number,
  todayDay: number,
  customers: CustomerColumns,
  drafts: readonly CustomerDraft[],
  dates: DateTable,
): { invoices: Invoice[]; columns: InvoiceColumns } {
  const customerCount = drafts.length;
  const customer = new Int32Array(count);
  const issue = new Int32Array(count);
  const due = new Int32Array(count);
  const status = new Uint8Array(count);
  const pause = new Uint8Array(count);
  const pauseUntil = new Int32Array(count).fill(NO_DAY);
  const currency = new Uint8Array(count);
  const amount = new Float64Array(count);
  const paid = new Float64Array(count);
  const activity = new Float64Array(customerCount);
  let total = 0;
  for (let c = 0; c < customerCount; c += 1) {
    total += customers.activity[c] ?? 0;
    activity[c] = total;
  }
  const spotlightEvery = count >= SPOTLIGHT.length ? Math.floor(count / SPOTLIGHT.length) : 1;
  for (let i = 0; i < count; i += 1) {
    const c = i < customerCount ? i : searchCumulative(activity, rng() * total);
    customer[i] = c;
    const terms = rng() < 0.9 ? (customers.terms[c] ?? 30) : (TERMS[between(rng, 0, 3)] ?? 30);
    const spotlight = i % spotlightEvery === 0 ? SPOTLIGHT[i / spotlightEvery] : undefined;
    let dueDay: number;
    let state: number;
    let pauseKind = PAUSE_NONE;
    if (spotlight) {
      dueDay = todayDay + between(rng, spotlight[0], spotlight[1]);
      state = spotlight[2];
      pauseKind = spotlight[3];
    } else {
      dueDay = todayDay - between(rng, 0, HISTORY_DAYS) + terms;
      const overdue = todayDay - dueDay;
      if (overdue < 0) {
        const r = rng();
        state = r < 0.9 ? STATUS_OPEN : r < 0.94 ? STATUS_PARTLY : STATUS_PAID;
      } else if (
        rng() < Math.min(0.97, unpaidChance(overdue) * (PAYER_FACTOR[customers.payer[c] ?? 0] ?? 1))
      ) {
        const r = rng();
        if (overdue >= 120 && r < 0.25) state = STATUS_WRITTEN_OFF;
        else if (r < 0.31) state = STATUS_DISPUTED;
        else if (r < 0.46) state = STATUS_PARTLY;
        else state = STATUS_OPEN;
        if (state === STATUS_DISPUTED) pauseKind = PAUSE_DISPUTE;
        else if (state !== STATUS_WRITTEN_OFF && overdue >= 1) {
          const p = rng();
          pauseKind = p < 0.1 ? PAUSE_PROMISE : p < 0.13 ? PAUSE_PAYMENT_SENT : PAUSE_NONE;
        }
      } else {
        state = STATUS_PAID;
      }
    }
    issue[i] = dueDay - terms;
    due[i] = dueDay;
    status[i] = state;
    pause[i] = pauseKind;
    if (pauseKind === PAUSE_PROMISE) pauseUntil[i] = todayDay + between(rng, 1, 14);
    else if (pauseKind === PAUSE_PAYMENT_SENT) pauseUntil[i] = todayDay + between(rng, 2, 7);
    const secondary = customers.secondaryCurrency[c] ?? -1;
    const cur = secondary >= 0 && rng() < 0.25 ? secondary : (customers.primaryCurrency[c] ?? 0);
    currency[i] = cur;
    const minor = amountMinor(rng, cur, customers.sizeLog[c] ?? 0);
    amount[i] = minor;
    if (state === STATUS_PAID) paid[i] = minor;
    else if (state === STATUS_PARTLY || (state !== STATUS_OPEN && rng() < 0.2)) {
      const part = Math.floor((minor * between(rng, 10, 90)) / 100);
      paid[i] = part > 0 && part < minor ? part : 0;
      if (paid[i] === 0 && state === STATUS_PARTLY) status[i] = STATUS_OPEN;
    }
  }

  // Number and list invoices in order of issue; the index breaks ties so the order is total.
  const order = new Float64Array(count);
  const firstIssue = todayDay - HISTORY_DAYS - 1000;
  for (let i = 0; i < count; i += 1) order[i] = ((issue[i] ?? 0) - firstIssue) * count + i;
  order.sort();
  const columns: InvoiceColumns = {
    customer: new Int32Array(count),
    issue: new Int32Array(count),
    due: new Int32Array(count),
    status: new Uint8Array(count),
    pause: new Uint8Array(count),
    pauseUntil: new Int32Array(count),
  };
  const invoices: Invoice[] = [];
  const idWidth = widthFor(count, 6);
  const perYear = new Map<string, number>();
  const poOffset = Math.floor(rng() * 100_000_000);
  const zeroes = new Map<number, Money>();
  for (let k = 0; k < count; k += 1) {
    const i = (order[k] ?? 0) % count;
    const c = customer[i] ?? 0;
    const issueDate = dates.at(issue[i] ?? 0);
    const year = issueDate.slice(0, 4);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    const cur = currency[i] ?? 0;
    const code = CURRENCY_CODES[cur] as CurrencyCode;
    const total = money(amount[i] ?? 0, code);
    const paidMinor = paid[i] ?? 0;
    let paidMoney: Money;
    if (paidMinor === total.minor) paidMoney = total;
    else if (paidMinor === 0) {
      paidMoney = zeroes.get(cur) ?? money(0, code);
      zeroes.set(cur, paidMoney);
    } else paidMoney = money(paidMinor, code);
    const state = status[i] ?? STATUS_OPEN;
    const pauseKind = pause[i] ?? PAUSE_NONE;
    const invoice: { -readonly [K in keyof Invoice]: Invoice[K] } = {
      id: `inv-${pad(k + 1, idWidth)}` as InvoiceId,
      number: `INV-${year}-${pad(sequence, 6)}`,
      customerId: (drafts[c] as CustomerDraft).id,
      issueDate,
      dueDate: dates.at(due[i] ?? 0),
      amount: total,
      paid: paidMoney,
      status: STATUS_NAMES[state] as InvoiceStatus,
    };
    // Multiplying by a number prime to 10^8 permutes the PO numbers, so they never repeat.
    if (rng() < 0.85) invoice.po = `PO-${4_500_000_000 + ((k * 7919 + poOffset) % 100_000_000)}`;
    if (pauseKind !== PAUSE_NONE)
      invoice.pause = pauseOf(pauseKind, pauseUntil[i] ?? NO_DAY, dates);
    invoices.push(invoice);
    columns.customer[k] = c;
    columns.issue[k] = issue[i] ?? 0;
    columns.due[k] = due[i] ?? 0;
    columns.status[k] = state;
    columns.pause[k] = pauseKind;
    columns.pauseUntil[k] = pauseUntil[i] ?? NO_DAY;
  }
  return { invoices, columns };
}

function pauseOf(kind: number, until: number, dates: DateTable): Pause {
  if (kind === PAUSE_DISPUTE) return { reason: 'dispute' };
  return { reason: kind === PAUSE_PROMISE ? 'promise' : 'payment-sent', until: dates.at(until) };
}

/** Per-customer lists of invoice rows (CSR): all, and those still being chased. */
export type InvoiceIndex = {
  readonly start: Int32Array;
  readonly rows: Int32Array;
  readonly openStart: Int32Array;
  readonly openRows: Int32Array;
  /** Per customer, how many unpaid invoices are past due. */
  readonly overdue: Int32Array;
};

/** Groups invoice rows by customer; unpaid means open, partly paid or disputed. */
export function indexInvoices(
  columns: InvoiceColumns,
  customerCount: number,
  todayDay: number,
): InvoiceIndex {
  const count = columns.customer.length;
  const start = new Int32Array(customerCount + 1);
  const openStart = new Int32Array(customerCount + 1);
  const overdue = new Int32Array(customerCount);
  const isOpen = (k: number): boolean => {
    const s = columns.status[k];
    return s === STATUS_OPEN || s === STATUS_PARTLY || s === STATUS_DISPUTED;
  };
  for (let k = 0; k < count; k += 1) {
    const c = columns.customer[k] ?? 0;
    start[c + 1] = (start[c + 1] ?? 0) + 1;
    if (isOpen(k)) {
      openStart[c + 1] = (openStart[c + 1] ?? 0) + 1;
      if ((columns.due[k] ?? 0) < todayDay) overdue[c] = (overdue[c] ?? 0) + 1;
    }
  }
  for (let c = 0; c < customerCount; c += 1) {
    start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
    openStart[c + 1] = (openStart[c + 1] ?? 0) + (openStart[c] ?? 0);
  }
  const rows = new Int32Array(count);
  const openRows = new Int32Array(openStart[customerCount] ?? 0);
  const fill = start.slice(0, customerCount);
  const openFill = openStart.slice(0, customerCount);
  for (let k = 0; k < count; k += 1) {
    const c = columns.customer[k] ?? 0;
    rows[fill[c] ?? 0] = k;
    fill[c] = (fill[c] ?? 0) + 1;
    if (isOpen(k)) {
      openRows[openFill[c] ?? 0] = k;
      openFill[c] = (openFill[c] ?? 0) + 1;
    }
  }
  return { start, rows, openStart, openRows, overdue };
}

/** True when customer `c` has an unpaid invoice at least `policy.finalDays` overdue. */
export function hasLongOverdue(
  c: number,
  index: InvoiceIndex,
  columns: InvoiceColumns,
  todayDay: number,
  policy: StagePolicy,
): boolean {
  for (let r = index.openStart[c] ?? 0; r < (index.openStart[c + 1] ?? 0); r += 1) {
    if (todayDay - (columns.due[index.openRows[r] ?? 0] ?? 0) >= policy.finalDays) return true;
  }
  return false;
}
