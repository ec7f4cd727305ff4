import { dateTimeFormat } from './intlCache';

/** A date without a time, `YYYY-MM-DD` (proleptic Gregorian). Due dates live in the seller's zone. */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const MS_PER_DAY = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The number written by `count` ASCII digits of `text` at `start`, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True when `text` is a real `YYYY-MM-DD` date (2026-02-30 is not). */
export function isCalendarDate(text: string): text is CalendarDate {
  // Read by character codes, not a regular expression: a ledger file checks millions of dates.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Checks and brands a `YYYY-MM-DD` string; throws naming the bad text. */
export function calendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) throw new Error(`Not a calendar date (YYYY-MM-DD): "${text}"`);
  return text;
}

/** Builds a date from parts; throws on an impossible date. */
export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return calendarDate(text);
}

/** The parts of a date. */
export function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Days since 1970-01-01 (negative before). Pure arithmetic on the civil date, no `Date`: `Date.UTC`
 * would read years 0–99 as 1900–1999.
 */
export function dayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  // Howard Hinnant's days_from_civil: years start on 1 March so the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `days` days after 1970-01-01; throws outside years 0000–9999. */
export function fromDayNumber(days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new Error(`Not a whole number of days: ${days}`);
  // Hinnant's civil_from_days, the inverse of dayNumber.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return dateFromParts(year, month, day);
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; valid for every year 0000–9999. */
function utcMs(date: CalendarDate, hour = 0, minute = 0): number {
  return dayNumber(date) * MS_PER_DAY + (hour * 60 + minute) * 60_000;
}

/** `date` plus `days` (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Compares two dates for sorting. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b;
}

const QUARTER_HOUR_MS = 900_000;
const MEMO_LIMIT = 200_000;
const dateMemo = new Map<string, Map<number, CalendarDate>>();

/**
 * The calendar date of an instant (ms since epoch) in an IANA time zone. Callers pass the instant:
 * core never reads the clock.
 */
export function calendarDateIn(instantMs: number, timeZone: string): CalendarDate {
  // Zone offsets change only on quarter-hour boundaries, so a date per quarter-hour is exact;
  // the memo spares formatToParts when a million events are folded.
  const slot = Math.floor(instantMs / QUARTER_HOUR_MS);
  let memo = dateMemo.get(timeZone);
  if (!memo) {
    memo = new Map();
    dateMemo.set(timeZone, memo);
  }
  const known = memo.get(slot);
  if (known) return known;
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(slot * QUARTER_HOUR_MS));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = calendarDate(`${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(slot, date);
  return date;
}

/**
 * The calendar date of an ISO 8601 date-time string in a zone ("2026-06-26T23:30:00Z" in
 * Asia/Shanghai is 06-27). A date-time without offset is a wall-clock time in that zone already.
 */
export function calendarDateOfIso(isoDateTime: string, timeZone: string): CalendarDate {
  if (isCalendarDate(isoDateTime)) return isoDateTime;
  // Without an offset, Date.parse would read the machine's zone: the answer must not depend on it.
  const local = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.exec(isoDateTime);
  if (local) return calendarDate(local[1] ?? '');
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO 8601 date-time: "${isoDateTime}"`);
  return calendarDateIn(ms, timeZone);
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Intl locale used for dates in a letter language. Bare `en` letters write day-month-year
 * ("5 July 2026", en-GB), the order read without doubt across the world; Intl's `en` is US order.
 */
export function dateLocaleOf(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A date for a letter in `locale`: "5 July 2026" (en), "2026年7月5日" (zh-CN), "5 de julio de 2026" (es). */
export function formatDate(date: CalendarDate, locale: string): string {
  return dateTimeFormat(dateLocaleOf(locale), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(utcMs(date)));
}

/** A short date for reasons in the UI: "26 Jun" (en). */
export function formatShortDate(date: CalendarDate, locale: string): string {
  return dateTimeFormat(dateLocaleOf(locale), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(utcMs(date)));
}

/**
 * The UTC offset of a zone at a local wall-clock time, in minutes (Asia/Shanghai → 480).
 * Found by formatting the instant with `longOffset` and correcting once for DST edges.
 */
export function offsetMinutesAt(
  date: CalendarDate,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wallAsUtc = utcMs(date, hour, minute);
  const offsetAt = (instant: number): number => {
    const name =
      dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(new Date(instant))
        .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!m) return 0;
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -minutes : minutes;
  };
  const first = offsetAt(wallAsUtc);
  return offsetAt(wallAsUtc - first * 60_000);
}

/** "UTC+8", "UTC−3:30", "UTC" for an offset in minutes. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? ':' + String(m).padStart(2, '0') : ''}`;
}

/**
 * A deadline stated with its zone, for a letter: "5 July 2026, 17:00 China Standard Time, UTC+8",
 * "2026年7月5日 17:00（中国标准时间，UTC+8）" in Chinese. The zone name comes from Intl in the
 * letter's locale (en-GB for `en`); the offset is always shown.
 */
export function formatDeadline(
  date: CalendarDate,
  time: { hour: number; minute: number },
  timeZone: string,
  locale: string,
): string {
  const { hour, minute } = time;
  if (
    !Number.isInteger(hour) ||
    hour < 0 ||
    hour > 23 ||
    !Number.isInteger(minute) ||
    minute < 0 ||
    minute > 59
  ) {
    throw new Error(`Not a time of day: ${hour}:${minute}`);
  }
  const offset = offsetMinutesAt(date, hour, minute, timeZone);
  const instant = utcMs(date, hour, minute) - offset * 60_000;
  const zoneName =
    dateTimeFormat(dateLocaleOf(locale), { timeZone, timeZoneName: 'long' })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const clock = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
  const offsetText = formatUtcOffset(offset);
  const name = zoneName.startsWith('GMT') || zoneName === offsetText ? timeZone : zoneName;
  const day = formatDate(date, locale);
  // Chinese sets the zone in full-width brackets with a full-width comma, never ASCII ", ".
  if (/^zh(-|$)/i.test(locale)) return `${day} ${clock}（${name}，${offsetText}）`;
  return `${day}, ${clock} ${name}, ${offsetText}`;
}
