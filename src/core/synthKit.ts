// Shared pieces of the synthetic ledger generator (synth*.ts): random draws, codes, lookup tables.
import { fromDayNumber, type CalendarDate } from './calendarDate';
import { currencyCode, type CurrencyCode } from './money';
import type { InvoiceStatus } from './model';
import { SYNTH_CURRENCIES } from './synthData';

/** A source of numbers in [0, 1), as made by `createRng`. */
export type Rng = () => number;

/** Days before `today` over which invoices are issued (about 18 months). */
export const HISTORY_DAYS = 548;
/** Payment terms in days and their relative weights. */
export const TERMS = [30, 45, 60, 90] as const;
export const TERM_WEIGHTS = [8, 4, 5, 3];
/** Seconds in a civil day; instants are seconds since the epoch. */
export const SECONDS_PER_DAY = 86_400;
/** "No date" in an Int32 day column. */
export const NO_DAY = -2_147_483_648;
/** "Written with Z" in an offset column; no zone is this far from UTC. */
export const Z_OFFSET = -32_768;

/** Invoice status codes of the generator's columns, indexes into {@link STATUS_NAMES}. */
export const STATUS_OPEN = 0;
export const STATUS_PARTLY = 1;
export const STATUS_PAID = 2;
export const STATUS_DISPUTED = 3;
export const STATUS_WRITTEN_OFF = 4;
export const STATUS_NAMES: readonly InvoiceStatus[] = [
  'open',
  'partly-paid',
  'paid',
  'disputed',
  'written-off',
];

/** Pause codes of the generator's columns. */
export const PAUSE_NONE = 0;
export const PAUSE_DISPUTE = 1;
export const PAUSE_PROMISE = 2;
export const PAUSE_PAYMENT_SENT = 3;

/** One item of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** A whole number from `low` to `high`, both included. */
export function between(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** An index of `weights`, drawn in proportion to them. */
export function pickWeighted(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng() * total;
  for (let i = 0; i < weights.length; i += 1) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Index of the first cumulative weight above `r` (binary search). */
export function searchCumulative(cumulative: Float64Array, r: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] ?? 0) > r) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** `value` with leading zeros to `width` digits; longer values stay whole. */
export function pad(value: number, width: number): string {
  const limit = 10 ** width;
  // Slicing a number string yields a flat string; padStart builds a rope that costs memory per event.
  return value < limit ? String(limit + value).slice(1) : String(value);
}

/** Digits needed to number `count` items, at least `minimum`. */
export function widthFor(count: number, minimum: number): number {
  return Math.max(minimum, String(count).length);
}

/** `day` as a CalendarDate, from a table over the generated range. */
export class DateTable {
  private readonly texts: CalendarDate[] = [];
  constructor(
    private readonly first: number,
    last: number,
  ) {
    for (let day = first; day <= last; day += 1) this.texts.push(fromDayNumber(day));
  }
  at(day: number): CalendarDate {
    return this.texts[day - this.first] ?? fromDayNumber(day);
  }
}

/** UTC offsets in minutes per zone and day, each looked up once through Intl. */
export class ZoneOffsets {
  readonly zones: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly formats: Intl.DateTimeFormat[] = [];
  private readonly cache: Int16Array[] = [];
  private readonly texts = new Map<number, string>();
  constructor(
    private readonly first: number,
    private readonly days: number,
  ) {}

  /** The index of a zone, registering it on first use. */
  zoneIndex(zone: string): number {
    let found = this.index.get(zone);
    if (found === undefined) {
      found = this.zones.length;
      this.zones.push(zone);
      this.index.set(zone, found);
      this.formats.push(
        new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }),
      );
      this.cache.push(new Int16Array(this.days).fill(Z_OFFSET));
    }
    return found;
  }

  /** Offset at local noon of `day`: business hours never straddle a DST switch, which happens at night. */
  offset(zone: number, day: number): number {
    const slot = day - this.first;
    const cache = this.cache[zone] as Int16Array;
    const cached = slot >= 0 && slot < this.days ? (cache[slot] ?? Z_OFFSET) : Z_OFFSET;
    if (cached !== Z_OFFSET) return cached;
    const noonUtc = (day * SECONDS_PER_DAY + 12 * 3600) * 1000;
    const first = this.measure(zone, noonUtc);
    const value = this.measure(zone, noonUtc - first * 60_000);
    if (slot >= 0 && slot < this.days) cache[slot] = value;
    return value;
  }

  /** "+08:00", "-03:00", "+05:30". */
  text(minutes: number): string {
    let found = this.texts.get(minutes);
    if (found === undefined) {
      const abs = Math.abs(minutes);
      found = `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
      this.texts.set(minutes, found);
    }
    return found;
  }

  private measure(zone: number, instantMs: number): number {
    const parts = (this.formats[zone] as Intl.DateTimeFormat).formatToParts(new Date(instantMs));
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(name);
    if (!m) return 0;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  }
}

/** Cumulative weights of a table, for {@link searchCumulative}. */
export function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) {
    total += weights[i] ?? 0;
    out[i] = total;
  }
  return out;
}

/** Branded codes of SYNTH_CURRENCIES, and each code's index in that table. */
export const CURRENCY_CODES: readonly CurrencyCode[] = SYNTH_CURRENCIES.map(([code]) =>
  currencyCode(code),
);
export const CURRENCY_INDEX = new Map<string, number>(
  SYNTH_CURRENCIES.map(([code], i) => [code, i]),
);
