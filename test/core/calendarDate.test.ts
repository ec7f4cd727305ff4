import fc from 'fast-check';
import {
  addDays,
  calendarDate,
  calendarDateIn,
  calendarDateOfIso,
  compareDates,
  dateFromParts,
  dateLocaleOf,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDeadline,
  formatShortDate,
  formatUtcOffset,
  fromDayNumber,
  isCalendarDate,
  isTimeZone,
  maxDate,
  offsetMinutesAt,
  partsOf,
  type CalendarDate,
} from '../../src/core/calendarDate';

const d = calendarDate;

/** Any real date of years 0001–9998, built from a day number so every date is reachable. */
const anyDate = fc
  .integer({ min: dayNumber(d('0001-01-01')), max: dayNumber(d('9998-12-31')) })
  .map(fromDayNumber);

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-05', false],
    ['26-01-05', false],
    ['2026-01-05T00:00', false],
    [' 2026-01-05', false],
    ['', false],
  ])('says %j is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('calendarDate', () => {
  it('brands a real date', () => {
    expect(calendarDate('2028-02-29')).toBe('2028-02-29');
  });

  it('throws naming the bad text', () => {
    expect(() => calendarDate('2026-02-29')).toThrow('"2026-02-29"');
  });
});

describe('daysInMonth', () => {
  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
    [2026, 13, 0],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('dateFromParts', () => {
  it('pads the parts', () => {
    expect(dateFromParts(2026, 7, 5)).toBe('2026-07-05');
    expect(partsOf(d('2026-07-05'))).toEqual({ year: 2026, month: 7, day: 5 });
  });

  it('throws on an impossible date', () => {
    expect(() => dateFromParts(2026, 2, 29)).toThrow('Not a calendar date');
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2026-07-05', 20_639],
    ['0001-01-01', -719_162],
    ['0050-01-01', -701_265],
  ])('counts %s as day %i', (date, days) => {
    expect(dayNumber(d(date))).toBe(days);
  });

  it('round-trips through fromDayNumber for every date', () => {
    fc.assert(fc.property(anyDate, (date) => expect(fromDayNumber(dayNumber(date))).toBe(date)));
  });
});

describe('fromDayNumber', () => {
  it('throws beyond year 9999', () => {
    expect(() => fromDayNumber(dayNumber(d('9999-12-31')) + 1)).toThrow('Not a calendar date');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-07-05', 0, '2026-07-05'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2026-06-30', 60, '2026-08-29'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(d(date), days)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-02-01', '2026-03-01', 28],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-07-05', '2026-06-30', -5],
    ['2026-07-05', '2026-07-05', 0],
  ])('counts %s to %s as %i days', (from, to, days) => {
    expect(daysBetween(d(from), d(to))).toBe(days);
  });

  it('undoes addDays for any date and shift', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -3000, max: 3000 }), (date, n) => {
        fc.pre(date >= '0010-01-01' && date <= '9990-01-01');
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('adds up over a middle date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});

describe('compareDates', () => {
  it('sorts dates in calendar order', () => {
    const dates = ['2026-07-05', '2025-12-31', '2026-07-04', '2026-07-05'].map(d);
    expect([...dates].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-07-04',
      '2026-07-05',
      '2026-07-05',
    ]);
  });

  it('agrees with dayNumber', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(dayNumber(a) - dayNumber(b)));
      }),
    );
  });
});

describe('maxDate', () => {
  it('takes the later date', () => {
    expect(maxDate(d('2026-07-05'), d('2026-12-01'))).toBe('2026-12-01');
    expect(maxDate(d('2027-01-01'), d('2026-12-01'))).toBe('2027-01-01');
  });
});

describe('calendarDateIn', () => {
  // 2026-06-27 03:00 UTC is 11:00 in Shanghai and still 26 June, 20:00, in Los Angeles.
  const instant = Date.UTC(2026, 5, 27, 3, 0);

  it.each([
    ['Asia/Shanghai', '2026-06-27'],
    ['America/Los_Angeles', '2026-06-26'],
    ['UTC', '2026-06-27'],
    ['Pacific/Kiritimati', '2026-06-27'],
    ['Pacific/Pago_Pago', '2026-06-26'],
  ])('gives the date of one instant in %s as %s', (zone, expected) => {
    expect(calendarDateIn(instant, zone)).toBe(expected);
  });

  it('turns the date at local midnight, not UTC midnight', () => {
    const shanghaiMidnight = Date.UTC(2026, 11, 31, 16, 0); // 2027-01-01 00:00 UTC+8
    expect(calendarDateIn(shanghaiMidnight - 1, 'Asia/Shanghai')).toBe('2026-12-31');
    expect(calendarDateIn(shanghaiMidnight, 'Asia/Shanghai')).toBe('2027-01-01');
  });
});

describe('calendarDateOfIso', () => {
  it.each([
    ['2026-06-26T23:30:00Z', 'Asia/Shanghai', '2026-06-27'],
    ['2026-06-26T23:30:00Z', 'America/Los_Angeles', '2026-06-26'],
    ['2026-06-27T07:30:00+08:00', 'Europe/Madrid', '2026-06-27'],
    ['2026-06-27T01:30:00+08:00', 'Europe/Madrid', '2026-06-26'],
    ['2026-06-26', 'Asia/Shanghai', '2026-06-26'],
    ['2026-06-26T23:30:00', 'Asia/Shanghai', '2026-06-26'],
    ['2026-06-26 23:30', 'America/Los_Angeles', '2026-06-26'],
  ])('reads %s in %s as %s', (text, zone, expected) => {
    expect(calendarDateOfIso(text, zone)).toBe(expected);
  });

  it('throws on text that is no date-time', () => {
    expect(() => calendarDateOfIso('yesterday', 'UTC')).toThrow('Not an ISO 8601 date-time');
  });
});

describe('isTimeZone', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['Europe/Madrid', true],
    ['UTC', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('says %j is %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});

describe('dateLocaleOf', () => {
  it('writes bare en letters in day-month order (en-GB) and leaves others alone', () => {
    expect(dateLocaleOf('en')).toBe('en-GB');
    expect(dateLocaleOf('en-US')).toBe('en-US');
    expect(dateLocaleOf('zh-CN')).toBe('zh-CN');
  });
});

describe('formatDate', () => {
  it.each([
    ['en', '5 July 2026'],
    ['en-US', 'July 5, 2026'],
    ['zh-CN', '2026年7月5日'],
    ['es', '5 de julio de 2026'],
    ['fr', '5 juillet 2026'],
    ['de', '5. Juli 2026'],
    ['pt', '5 de julho de 2026'],
  ])('writes 2026-07-05 in %s as %j', (locale, expected) => {
    expect(formatDate(d('2026-07-05'), locale)).toBe(expected);
  });

  it('keeps the calendar day whatever the zone of the machine', () => {
    expect(formatDate(d('2028-02-29'), 'en')).toBe('29 February 2028');
    expect(formatDate(d('2026-12-31'), 'en')).toBe('31 December 2026');
  });

  it('writes years before 100 as they are, not as 19xx', () => {
    expect(formatDate(d('0050-03-01'), 'en')).toBe('1 March 50');
  });
});

describe('formatShortDate', () => {
  it.each([
    ['en', '26 Jun'],
    ['zh-CN', '6月26日'],
    ['de', '26. Juni'],
  ])('writes 2026-06-26 in %s as %j', (locale, expected) => {
    expect(formatShortDate(d('2026-06-26'), locale)).toBe(expected);
  });
});

describe('offsetMinutesAt', () => {
  it.each([
    ['2026-07-05', 17, 0, 'Asia/Shanghai', 480],
    ['2026-07-05', 17, 0, 'Europe/Madrid', 120],
    ['2026-01-15', 17, 0, 'Europe/Madrid', 60],
    ['2026-01-15', 9, 30, 'Asia/Kolkata', 330],
    ['2026-01-15', 9, 30, 'America/St_Johns', -210],
    ['2026-07-05', 17, 0, 'America/Los_Angeles', -420],
    ['2026-01-15', 17, 0, 'America/Los_Angeles', -480],
    ['2026-07-05', 17, 0, 'UTC', 0],
    // Madrid moves to summer time at 02:00 on 29 March 2026 and back at 03:00 on 25 October.
    ['2026-03-29', 1, 59, 'Europe/Madrid', 60],
    ['2026-03-29', 3, 0, 'Europe/Madrid', 120],
    ['2026-10-25', 1, 0, 'Europe/Madrid', 120],
    ['2026-10-25', 4, 0, 'Europe/Madrid', 60],
  ])('gives %s %i:%i in %s an offset of %i minutes', (date, hour, minute, zone, expected) => {
    expect(offsetMinutesAt(d(date), hour, minute, zone)).toBe(expected);
  });
});

describe('formatUtcOffset', () => {
  it.each([
    [0, 'UTC'],
    [480, 'UTC+8'],
    [330, 'UTC+5:30'],
    [345, 'UTC+5:45'],
    [-210, 'UTC−3:30'],
    [-420, 'UTC−7'],
  ])('writes %i minutes as %j', (minutes, expected) => {
    expect(formatUtcOffset(minutes)).toBe(expected);
  });
});

describe('formatDeadline', () => {
  const at = (date: string, hour: number, minute: number, zone: string, locale: string) =>
    formatDeadline(d(date), { hour, minute }, zone, locale);

  it('states the example deadline of the design in English', () => {
    expect(at('2026-07-05', 17, 0, 'Asia/Shanghai', 'en')).toBe(
      '5 July 2026, 17:00 China Standard Time, UTC+8',
    );
  });

  it.each([
    [
      '2026-07-05',
      17,
      0,
      'Europe/Madrid',
      'en',
      '5 July 2026, 17:00 Central European Summer Time, UTC+2',
    ],
    [
      '2026-01-15',
      9,
      30,
      'Europe/Madrid',
      'en',
      '15 January 2026, 09:30 Central European Standard Time, UTC+1',
    ],
    [
      '2026-01-15',
      9,
      30,
      'Asia/Kolkata',
      'en',
      '15 January 2026, 09:30 India Standard Time, UTC+5:30',
    ],
    ['2026-07-05', 17, 0, 'Asia/Shanghai', 'zh-CN', '2026年7月5日 17:00（中国标准时间，UTC+8）'],
    [
      '2026-07-05',
      17,
      0,
      'Europe/Madrid',
      'es',
      '5 de julio de 2026, 17:00 hora de verano de Europa central, UTC+2',
    ],
    [
      '2026-07-05',
      17,
      0,
      'America/Los_Angeles',
      'es',
      '5 de julio de 2026, 17:00 hora de verano del Pacífico, UTC−7',
    ],
    ['2026-07-05', 17, 0, 'UTC', 'en', '5 July 2026, 17:00 Coordinated Universal Time, UTC'],
  ])('states %s %i:%i in %s for %s as %j', (date, hour, minute, zone, locale, expected) => {
    expect(at(date, hour, minute, zone, locale)).toBe(expected);
  });

  it.each([
    ['zh-CN', 'Europe/Madrid', '2026年7月5日 17:00（中欧夏令时间，UTC+2）'],
    ['zh', 'America/New_York', '2026年7月5日 17:00（北美东部夏令时间，UTC−4）'],
  ])(
    'writes a %s deadline in %s with Chinese punctuation, no ASCII comma',
    (locale, zone, text) => {
      const deadline = at('2026-07-05', 17, 0, zone, locale);
      expect(deadline).toBe(text);
      expect(deadline).not.toContain(',');
    },
  );

  it('names the zone by its id where Intl has only a GMT offset', () => {
    expect(at('2026-01-15', 9, 30, 'Etc/GMT-3', 'en')).toBe(
      '15 January 2026, 09:30 Etc/GMT-3, UTC+3',
    );
  });

  it.each([
    [24, 0],
    [-1, 0],
    [12, 60],
    [9.5, 0],
  ])('throws on the time %i:%i', (hour, minute) => {
    expect(() => at('2026-07-05', hour, minute, 'UTC', 'en')).toThrow('Not a time of day');
  });

  it('always shows the offset and the date it was given', () => {
    const zones = [
      'Asia/Shanghai',
      'Europe/Madrid',
      'Asia/Kolkata',
      'America/New_York',
      'Australia/Adelaide',
    ];
    fc.assert(
      fc.property(
        anyDate.filter((x: CalendarDate) => x >= '1990-01-01' && x <= '2040-12-31'),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        (date, zone, hour) => {
          const text = formatDeadline(date, { hour, minute: 0 }, zone, 'en');
          expect(text.startsWith(formatDate(date, 'en') + ', ')).toBe(true);
          expect(text).toMatch(/, UTC([+−]\d{1,2}(:\d{2})?)?$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
