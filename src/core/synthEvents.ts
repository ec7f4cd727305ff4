import type {
  BlockKind,
  Channel,
  CustomerReason,
  EventKind,
  Invoice,
  InvoiceId,
  LedgerEvent,
  Stage,
  StagePolicy,
} from './model';
import type { CustomerColumns, CustomerDraft } from './synthCustomers';
import { SYNTH_DISPUTE_NOTES } from './synthData';
import { indexInvoices, type InvoiceColumns, type InvoiceIndex } from './synthInvoices';
import {
  HISTORY_DAYS,
  NO_DAY,
  PAUSE_NONE,
  PAUSE_PAYMENT_SENT,
  PAUSE_PROMISE,
  SECONDS_PER_DAY,
  STATUS_DISPUTED,
  STATUS_OPEN,
  STATUS_PAID,
  STATUS_PARTLY,
  STATUS_WRITTEN_OFF,
  Z_OFFSET,
  between,
  pad,
  pickWeighted,
  searchCumulative,
  widthFor,
  type DateTable,
  type Rng,
  type ZoneOffsets,
} from './synthKit';

/** Event kinds the generator writes, by code. */
const KIND_NAMES: readonly EventKind[] = [
  'reminder',
  'reply',
  'promise',
  'dispute',
  'payment-notice',
  'out-of-office',
  'bounce',
];
const K_REMINDER = 0;
const K_REPLY = 1;
const K_PROMISE = 2;
const K_DISPUTE = 3;
const K_PAYMENT = 4;
const K_OOO = 5;
const K_BOUNCE = 6;

const CHANNEL_NAMES: readonly Channel[] = ['email', 'phone', 'im', 'visit', 'letter'];
const C_EMAIL = 0;
const C_PHONE = 1;
const C_VISIT = 3;
const C_LETTER = 4;

const STAGE_NAMES: readonly Stage[] = [
  'upcoming',
  'due',
  'follow-up',
  'escalation',
  'stakes',
  'final',
];

const REASON_NAMES: readonly CustomerReason[] = [
  'none',
  'not-received',
  'approval',
  'cash-flow',
  'payment-sent',
  'promise',
  'dispute',
];
const R_PAYMENT_SENT = 4;
const R_PROMISE = 5;
const R_DISPUTE = 6;
/** Reasons of ordinary replies and their weights. */
const REPLY_REASON_WEIGHTS = [3, 2, 3, 3, 1];
/** Before the due date a buyer only acknowledges the invoice or says it never arrived. */
const COURTESY_REASON_WEIGHTS = [4, 1];

/** What a buyer does after a reminder, by the invoice's fate; SILENCE is no answer at all. */
const SILENCE = -1;
type AnswerTable = { readonly kinds: readonly number[]; readonly weights: readonly number[] };
const PAID_ANSWERS: AnswerTable = {
  kinds: [SILENCE, K_REPLY, K_PROMISE, K_PAYMENT],
  weights: [20, 15, 15, 35],
};
const UNPAID_ANSWERS: AnswerTable = {
  kinds: [SILENCE, K_REPLY, K_PROMISE, K_DISPUTE, K_PAYMENT],
  weights: [40, 25, 20, 2, 3],
};
const WRITTEN_OFF_ANSWERS: AnswerTable = {
  kinds: [SILENCE, K_REPLY, K_PROMISE],
  weights: [70, 10, 20],
};
const COURTESY_ANSWERS: AnswerTable = { kinds: [SILENCE, K_REPLY], weights: [50, 50] };

/** Blocks of an e-mailed reminder per stage; the second set adds the apology after a dispute. */
const STAGE_BLOCKS: readonly (readonly BlockKind[])[] = [
  ['opening', 'invoice-table', 'payment-instructions', 'closing'],
  ['opening', 'invoice-table', 'payment-instructions', 'closing'],
  ['opening', 'inquiry', 'invoice-table', 'payment-instructions', 'closing'],
  [
    'opening',
    'inquiry',
    'opportunity',
    'instalment-offer',
    'late-interest',
    'invoice-table',
    'payment-instructions',
    'closing',
  ],
  ['opening', 'stakes', 'invoice-table', 'late-interest', 'payment-instructions', 'closing'],
  ['opening', 'stakes', 'invoice-table', 'late-interest', 'payment-instructions', 'closing'],
];
const APOLOGY_BLOCKS: readonly BlockKind[] = [
  'opening',
  'apology-resolution',
  'invoice-table',
  'payment-instructions',
  'closing',
];
const NO_STAGE_BLOCKS: readonly BlockKind[] = ['opening', 'invoice-table', 'closing'];

/** "HH:MM:SS" of each second of a day, built on first use and shared by all events. */
class ClockTexts {
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SECONDS_PER_DAY);
  at(second: number): string {
    let text = this.texts[second];
    if (text === undefined) {
      text = `${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}`;
      this.texts[second] = text;
    }
    return text;
  }
}

/** Fields of an event record while it is generated; one record is 12 consecutive integers. */
const F_CUSTOMER = 0;
const F_INSTANT = 1;
/** Minutes east of UTC for the text of `at`, or Z_OFFSET for "Z". */
const F_OFFSET = 2;
const F_KIND = 3;
const F_CHANNEL = 4;
const F_STAGE = 5;
/** 0–5 stage blocks, 6 apology blocks, 7 blocks without stage, -1 none. */
const F_BLOCKS = 6;
const F_REASON = 7;
const F_NOTE = 8;
const F_PROMISED = 9;
const F_RETURN = 10;
const F_THREAD = 11;
const STRIDE = 12;

/**
 * Events as packed integer records while they are generated; turned into objects once sorted.
 * One record per event keeps the sorted (random-order) read to one cache line per event.
 */
class EventRecords {
  length = 0;
  readonly data: Int32Array;

  /** `base` is the instant (seconds) records count from, so instants fit 32 bits. */
  constructor(
    readonly capacity: number,
    readonly base: number,
  ) {
    this.data = new Int32Array(capacity * STRIDE);
  }

  get full(): boolean {
    return this.length >= this.capacity;
  }

  /** Appends an event at an instant (seconds since the epoch) and returns its row; callers check `full` first. */
  push(
    customer: number,
    instant: number,
    offset: number,
    kind: number,
    channel: number,
    thread: number,
  ): number {
    const row = this.length;
    const at = row * STRIDE;
    const data = this.data;
    data[at + F_CUSTOMER] = customer;
    data[at + F_INSTANT] = instant - this.base;
    data[at + F_OFFSET] = offset;
    data[at + F_KIND] = kind;
    data[at + F_CHANNEL] = channel;
    data[at + F_STAGE] = -1;
    data[at + F_BLOCKS] = -1;
    data[at + F_REASON] = -1;
    data[at + F_NOTE] = -1;
    data[at + F_PROMISED] = NO_DAY;
    data[at + F_RETURN] = NO_DAY;
    data[at + F_THREAD] = thread;
    this.length = row + 1;
    return row;
  }

  set(row: number, field: number, value: number): void {
    this.data[row * STRIDE + field] = value;
  }

  get(row: number, field: number): number {
    return this.data[row * STRIDE + field] ?? 0;
  }

  /** The instant of a row in seconds since the epoch. */
  instant(row: number): number {
    return this.base + (this.data[row * STRIDE + F_INSTANT] ?? 0);
  }
}

/** Stage of a reminder sent `overdue` days after the due date, by the policy's thresholds; -1 for none. */
function stageIndex(overdue: number, policy: StagePolicy): number {
  if (overdue < -policy.upcomingDays) return -1;
  if (overdue < 0) return 0;
  if (overdue < policy.followUpDays) return 1;
  if (overdue < policy.escalationDays) return 2;
  if (overdue < policy.stakesDays) return 3;
  if (overdue < policy.finalDays) return 4;
  return 5;
}

/** Everything one conversation needs; reused across conversations to avoid per-item allocation. */
type Conversation = {
  customer: number;
  zone: number;
  thread: number;
  invoice: number;
  status: number;
  pause: number;
};

type EventContext = {
  readonly rng: Rng;
  readonly todayDay: number;
  /** Last second of today in the seller's zone: nothing happens after it. */
  readonly limit: number;
  readonly sellerZone: number;
  readonly offsets: ZoneOffsets;
  readonly policy: StagePolicy;
  readonly invoices: InvoiceColumns;
  readonly events: EventRecords;
};

/** The instant (seconds since the epoch) of a wall-clock second of `day` in a zone. */
function instantAt(ctx: EventContext, zone: number, day: number, second: number): number {
  return day * SECONDS_PER_DAY + second - ctx.offsets.offset(zone, day) * 60;
}

/** A business-hours second of the day (08:00–18:59 local). */
function businessSecond(rng: Rng): number {
  return 8 * 3600 + Math.floor(rng() * 11 * 3600);
}

/** A second of the seller's office hours (09:00–18:29). */
function officeSecond(rng: Rng): number {
  return 9 * 3600 + Math.floor(rng() * 9.5 * 3600);
}

/** The local calendar day of an instant in a zone. */
function localDay(ctx: EventContext, zone: number, instant: number): number {
  const guess = Math.floor(instant / SECONDS_PER_DAY);
  return Math.floor((instant + ctx.offsets.offset(zone, guess) * 60) / SECONDS_PER_DAY);
}

/** Appends an inbound event on a customer's local day, after `after`; -1 when it would fall after today. */
function inbound(
  ctx: EventContext,
  conv: Conversation,
  day: number,
  after: number,
  kind: number,
  channel: number,
): number {
  const { rng, events } = ctx;
  let instant = instantAt(ctx, conv.zone, day, businessSecond(rng));
  if (instant <= after) instant = after + between(rng, 120, 5400);
  if (instant > ctx.limit || events.full) return -1;
  const offset = ctx.offsets.offset(conv.zone, localDay(ctx, conv.zone, instant));
  return events.push(conv.customer, instant, offset, kind, channel, conv.thread);
}

/** Appends an automatic reply (bounce, out-of-office) minutes after `after`; -1 when past today. */
function automatic(
  ctx: EventContext,
  conv: Conversation,
  after: number,
  kind: number,
  zulu: boolean,
): number {
  const instant = after + between(ctx.rng, 20, 900);
  if (instant > ctx.limit || ctx.events.full) return -1;
  const offset = zulu ? Z_OFFSET : ctx.offsets.offset(conv.zone, localDay(ctx, conv.zone, instant));
  return ctx.events.push(conv.customer, instant, offset, kind, C_EMAIL, conv.thread);
}

/**
 * One conversation about an invoice: reminders from the seller and what the buyer does about them,
 * shaped by the invoice's fate (paid, open, disputed, paused on a promise).
 */
function converse(ctx: EventContext, conv: Conversation, startDay: number): void {
  const { rng, events, invoices, policy } = ctx;
  const due = conv.invoice >= 0 ? (invoices.due[conv.invoice] ?? 0) : NO_DAY;
  const unpaid =
    conv.status === STATUS_OPEN || conv.status === STATUS_PARTLY || conv.status === STATUS_DISPUTED;
  let day = startDay;
  let last = 0;
  let channel = pickWeighted(rng, [82, 10, 6, 1, 1]);
  let disputed = false;
  for (let round = 0; round < 8 && day <= ctx.todayDay && !events.full; round += 1) {
    let instant = instantAt(ctx, ctx.sellerZone, day, officeSecond(rng));
    if (instant <= last) {
      // A reminder never precedes the answer it follows: it goes out the next day instead.
      day = localDay(ctx, ctx.sellerZone, last) + 1;
      if (day > ctx.todayDay) return;
      instant = instantAt(ctx, ctx.sellerZone, day, officeSecond(rng));
    }
    const stage = due === NO_DAY ? -1 : stageIndex(day - due, policy);
    if (stage === 5 && rng() < 0.2) channel = C_LETTER;
    const row = events.push(conv.customer, instant, Z_OFFSET, K_REMINDER, channel, conv.thread);
    events.set(row, F_STAGE, stage);
    if (channel === C_EMAIL || channel === C_LETTER)
      events.set(row, F_BLOCKS, disputed ? 6 : stage < 0 ? 7 : stage);
    last = instant;
    const answerDay = localDay(ctx, conv.zone, instant) + pickWeighted(rng, [3, 4, 2, 1]);
    const live = channel === C_PHONE || channel === C_VISIT;
    // Paused invoices get the answer that explains the pause; the rest draw one by their fate.
    let answer: number;
    if (round === 0 && conv.pause === PAUSE_PROMISE) answer = K_PROMISE;
    else if (round === 0 && conv.pause === PAUSE_PAYMENT_SENT) answer = K_PAYMENT;
    else if (conv.status === STATUS_DISPUTED && !disputed && round < 2) answer = K_DISPUTE;
    else if (channel === C_EMAIL && rng() < 0.03) answer = K_BOUNCE;
    else if (channel === C_EMAIL && rng() < 0.06) answer = K_OOO;
    else {
      const table =
        conv.status === STATUS_PAID
          ? PAID_ANSWERS
          : stage < 0
            ? COURTESY_ANSWERS
            : unpaid
              ? UNPAID_ANSWERS
              : WRITTEN_OFF_ANSWERS;
      answer = table.kinds[pickWeighted(rng, table.weights)] ?? SILENCE;
    }
    const answerChannel = channel === C_LETTER ? C_EMAIL : channel;
    switch (answer) {
      case SILENCE:
        day += between(rng, policy.minIntervalDays, policy.minIntervalDays + 4);
        if (!unpaid && rng() < 0.5) return;
        break;
      case K_BOUNCE: {
        if (automatic(ctx, conv, instant, K_BOUNCE, true) < 0) return;
        channel = C_PHONE;
        day += between(rng, 0, 1);
        break;
      }
      case K_OOO: {
        const row = automatic(ctx, conv, instant, K_OOO, false);
        if (row < 0) return;
        const back = localDay(ctx, conv.zone, events.instant(row)) + between(rng, 2, 14);
        events.set(row, F_RETURN, back);
        day = Math.max(day + 1, back + between(rng, 0, 1));
        last = events.instant(row);
        break;
      }
      case K_REPLY: {
        const row = inbound(
          ctx,
          conv,
          live ? answerDay - 1 : answerDay,
          instant,
          K_REPLY,
          answerChannel,
        );
        if (row < 0) return;
        events.set(
          row,
          F_REASON,
          conv.status === STATUS_PAID && rng() < 0.4
            ? R_PAYMENT_SENT
            : pickWeighted(rng, stage < 0 ? COURTESY_REASON_WEIGHTS : REPLY_REASON_WEIGHTS),
        );
        last = events.instant(row);
        day = localDay(ctx, ctx.sellerZone, last) + between(rng, 2, 6);
        break;
      }
      case K_PROMISE: {
        const row = inbound(
          ctx,
          conv,
          live ? answerDay - 1 : answerDay,
          instant,
          K_PROMISE,
          answerChannel,
        );
        if (row < 0) return;
        last = events.instant(row);
        const promised =
          round === 0 && conv.pause === PAUSE_PROMISE
            ? (invoices.pauseUntil[conv.invoice] ?? ctx.todayDay + 1)
            : localDay(ctx, conv.zone, last) + between(rng, 3, 21);
        events.set(row, F_REASON, R_PROMISE);
        events.set(row, F_PROMISED, promised);
        if (conv.status === STATUS_PAID) {
          const kept = inbound(ctx, conv, promised, last, K_PAYMENT, C_EMAIL);
          if (kept >= 0) events.set(kept, F_REASON, R_PAYMENT_SENT);
          return;
        }
        if (conv.pause === PAUSE_PROMISE && round === 0) return;
        // The promise is broken: the next reminder follows a day or three after the promised date.
        day = promised + between(rng, 1, 3);
        break;
      }
      case K_DISPUTE: {
        const row = inbound(ctx, conv, answerDay, instant, K_DISPUTE, C_EMAIL);
        if (row < 0) return;
        events.set(row, F_REASON, R_DISPUTE);
        events.set(row, F_NOTE, between(rng, 0, SYNTH_DISPUTE_NOTES.length - 1));
        disputed = true;
        last = events.instant(row);
        day = localDay(ctx, ctx.sellerZone, last) + between(rng, 1, 3);
        channel = C_EMAIL;
        break;
      }
      case K_PAYMENT: {
        const row = inbound(ctx, conv, answerDay, instant, K_PAYMENT, C_EMAIL);
        if (row >= 0) events.set(row, F_REASON, R_PAYMENT_SENT);
        return;
      }
      default:
        return;
    }
    if (!unpaid && rng() < 0.4) return;
    if (unpaid && rng() < 0.25) return;
    if (channel !== C_EMAIL && rng() < 0.7) channel = C_EMAIL;
  }
}

/**
 * Exactly `count` events in conversations (threads) about each customer's own invoices, more for
 * customers with overdue ones, all before the end of today in the seller's zone and sorted by instant.
 */
export function buildEvents(
  rng: Rng,
  count: number,
  todayDay: number,
  sellerZone: number,
  offsets: ZoneOffsets,
  policy: StagePolicy,
  customers: CustomerColumns,
  drafts: readonly CustomerDraft[],
  invoiceColumns: InvoiceColumns,
  invoices: readonly Invoice[],
  dates: DateTable,
): LedgerEvent[] {
  const customerCount = drafts.length;
  const index = indexInvoices(invoiceColumns, customerCount, todayDay);
  const weights = new Float64Array(customerCount);
  const anyInvoices = invoices.length > 0;
  let total = 0;
  for (let c = 0; c < customerCount; c += 1) {
    const own = (index.start[c + 1] ?? 0) - (index.start[c] ?? 0);
    const w = anyInvoices
      ? own > 0
        ? 1 + Math.min(own, 30) * 0.2 + Math.min(index.overdue[c] ?? 0, 10) * 1.5
        : 0
      : 1;
    total += w;
    weights[c] = total;
  }
  const limit = (todayDay + 1) * SECONDS_PER_DAY - offsets.offset(sellerZone, todayDay) * 60 - 1;
  const events = new EventRecords(count, (todayDay - HISTORY_DAYS - 500) * SECONDS_PER_DAY);
  const ctx: EventContext = {
    rng,
    todayDay,
    limit,
    sellerZone,
    offsets,
    policy,
    invoices: invoiceColumns,
    events,
  };
  const conv: Conversation = {
    customer: 0,
    zone: 0,
    thread: 0,
    invoice: -1,
    status: STATUS_OPEN,
    pause: PAUSE_NONE,
  };
  const threadInvoices: (readonly InvoiceId[])[] = [];
  const NONE: readonly InvoiceId[] = [];
  while (!events.full) {
    const c = searchCumulative(weights, rng() * total);
    const own = (index.start[c + 1] ?? 0) - (index.start[c] ?? 0);
    const open = (index.openStart[c + 1] ?? 0) - (index.openStart[c] ?? 0);
    let k = -1;
    if (open > 0 && rng() < 0.65)
      k = index.openRows[(index.openStart[c] ?? 0) + Math.floor(rng() * open)] ?? -1;
    else if (own > 0) k = index.rows[(index.start[c] ?? 0) + Math.floor(rng() * own)] ?? -1;
    conv.customer = c;
    conv.zone = customers.zone[c] ?? 0;
    conv.invoice = k;
    conv.status = k >= 0 ? (invoiceColumns.status[k] ?? STATUS_OPEN) : STATUS_PAID;
    conv.pause = k >= 0 ? (invoiceColumns.pause[k] ?? PAUSE_NONE) : PAUSE_NONE;
    let startDay: number;
    let ids: readonly InvoiceId[] = NONE;
    if (k < 0) {
      startDay = todayDay - between(rng, 0, HISTORY_DAYS);
    } else {
      const issueDay = invoiceColumns.issue[k] ?? todayDay;
      const dueDay = invoiceColumns.due[k] ?? todayDay;
      const from = Math.max(issueDay, dueDay - policy.upcomingDays);
      if (from > todayDay) {
        // Invoices not yet due see at most a courtesy check that they arrived, so most draws move on.
        if (rng() < 0.7) continue;
        conv.invoice = -1;
        conv.status = STATUS_OPEN;
        startDay = between(rng, Math.min(issueDay + 2, todayDay), todayDay);
      } else if (conv.pause === PAUSE_PROMISE || conv.pause === PAUSE_PAYMENT_SENT) {
        startDay = Math.max(from, todayDay - between(rng, 1, 10));
      } else {
        const unpaid = conv.status !== STATUS_PAID && conv.status !== STATUS_WRITTEN_OFF;
        const to = unpaid
          ? todayDay
          : Math.min(todayDay, dueDay + (conv.status === STATUS_PAID ? 45 : 200));
        startDay = between(rng, from, to);
      }
      const chased =
        conv.invoice >= 0 && conv.status !== STATUS_PAID && conv.status !== STATUS_WRITTEN_OFF;
      ids = threadIdsFor(rng, k, c, index, invoices, chased);
    }
    conv.thread = threadInvoices.length;
    threadInvoices.push(ids);
    converse(ctx, conv, startDay);
  }
  return eventObjects(events, drafts, threadInvoices, offsets, dates);
}

/**
 * The invoice ids of a thread: the chosen invoice, and when it is still being chased, sometimes one
 * or two more of the customer's unpaid invoices.
 */
function threadIdsFor(
  rng: Rng,
  k: number,
  c: number,
  index: InvoiceIndex,
  invoices: readonly Invoice[],
  chased: boolean,
): readonly InvoiceId[] {
  const first = (invoices[k] as Invoice).id;
  const open = (index.openStart[c + 1] ?? 0) - (index.openStart[c] ?? 0);
  if (!chased || open < 2 || rng() < 0.75) return [first];
  const ids = [first];
  const extra = between(rng, 1, Math.min(2, open - 1));
  for (let n = 0; n < extra; n += 1) {
    const other = (
      invoices[index.openRows[(index.openStart[c] ?? 0) + Math.floor(rng() * open)] ?? k] as Invoice
    ).id;
    if (!ids.includes(other)) ids.push(other);
  }
  return ids;
}

/** Sorts the columns by instant (row breaks ties) and builds the event objects with their ids. */
function eventObjects(
  events: EventRecords,
  drafts: readonly CustomerDraft[],
  threadInvoices: readonly (readonly InvoiceId[])[],
  offsets: ZoneOffsets,
  dates: DateTable,
): LedgerEvent[] {
  const count = events.length;
  const data = events.data;
  let span = 0;
  for (let i = 0; i < count; i += 1) span = Math.max(span, data[i * STRIDE + F_INSTANT] ?? 0);
  const order = new Uint32Array(count);
  if ((span + 1) * count < Number.MAX_SAFE_INTEGER) {
    // One numeric key per event (instant, then row) sorts a million events without a comparator.
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i += 1) keys[i] = (data[i * STRIDE + F_INSTANT] ?? 0) * count + i;
    keys.sort();
    for (let r = 0; r < count; r += 1) order[r] = (keys[r] ?? 0) % count;
  } else {
    for (let i = 0; i < count; i += 1) order[i] = i;
    order.sort((a, b) => events.get(a, F_INSTANT) - events.get(b, F_INSTANT) || a - b);
  }
  const idWidth = widthFor(count, 6);
  const threadWidth = widthFor(threadInvoices.length, 6);
  const threadIds: (string | undefined)[] = new Array<string | undefined>(threadInvoices.length);
  const out: LedgerEvent[] = new Array<LedgerEvent>(count);
  const clocks = new ClockTexts();
  const prefixes = new Map<number, string>();
  for (let r = 0; r < count; r += 1) {
    const at0 = (order[r] ?? 0) * STRIDE;
    const instant = events.base + (data[at0 + F_INSTANT] ?? 0);
    const offset = data[at0 + F_OFFSET] ?? Z_OFFSET;
    const local = offset === Z_OFFSET ? instant : instant + offset * 60;
    const day = Math.floor(local / SECONDS_PER_DAY);
    const second = local - day * SECONDS_PER_DAY;
    let prefix = prefixes.get(day);
    if (prefix === undefined) {
      prefix = dates.at(day) + 'T';
      prefixes.set(day, prefix);
    }
    const at = prefix + clocks.at(second) + (offset === Z_OFFSET ? 'Z' : offsets.text(offset));
    const thread = data[at0 + F_THREAD] ?? 0;
    let threadId = threadIds[thread];
    if (threadId === undefined) {
      threadId = `thr-${pad(thread + 1, threadWidth)}`;
      threadIds[thread] = threadId;
    }
    const kind = data[at0 + F_KIND] ?? K_REMINDER;
    const event: { -readonly [K in keyof LedgerEvent]: LedgerEvent[K] } = {
      id: 'evt-' + pad(r + 1, idWidth),
      customerId: (drafts[data[at0 + F_CUSTOMER] ?? 0] as CustomerDraft).id,
      at,
      direction: kind === K_REMINDER ? 'outbound' : 'inbound',
      channel: CHANNEL_NAMES[data[at0 + F_CHANNEL] ?? C_EMAIL] as Channel,
      kind: KIND_NAMES[kind] as EventKind,
      threadId,
      invoiceIds: threadInvoices[thread] ?? [],
    };
    const stage = data[at0 + F_STAGE] ?? -1;
    if (stage >= 0) event.stage = STAGE_NAMES[stage];
    const blocks = data[at0 + F_BLOCKS] ?? -1;
    if (blocks >= 0) {
      event.blocks =
        blocks === 6 ? APOLOGY_BLOCKS : blocks === 7 ? NO_STAGE_BLOCKS : STAGE_BLOCKS[blocks];
    }
    const reason = data[at0 + F_REASON] ?? -1;
    if (reason >= 0) event.reason = REASON_NAMES[reason];
    const promised = data[at0 + F_PROMISED] ?? NO_DAY;
    if (promised !== NO_DAY) event.promisedFor = dates.at(promised);
    const back = data[at0 + F_RETURN] ?? NO_DAY;
    if (back !== NO_DAY) event.returnDate = dates.at(back);
    const note = data[at0 + F_NOTE] ?? -1;
    if (note >= 0) event.note = SYNTH_DISPUTE_NOTES[note];
    out[r] = event;
  }
  return out;
}
