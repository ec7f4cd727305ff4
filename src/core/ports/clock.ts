import type { CalendarDate } from '../calendarDate';

/** The only way core-facing code learns the time. Hosts use the system clock; tests a fixed one. */
export type Clock = {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Today's calendar date in an IANA zone. */
  today(timeZone: string): CalendarDate;
};
