import fc from 'fast-check';
import {
  calendarDate,
  calendarDateOfIso,
  daysBetween,
  isCalendarDate,
  isTimeZone,
  offsetMinutesAt,
  type CalendarDate,
} from '../../src/core/calendarDate';
import {
  DEFAULT_FREE_MAIL_DOMAINS,
  DEFAULT_POLICY,
  EVENT_KINDS,
  LETTER_LANGUAGES,
  type Invoice,
  type Stage,
} from '../../src/core/model';
import { toDecimalString } from '../../src/core/money';
import { createRng, synthLedger } from '../../src/core/synth';
import { clabeOf, ibanCheckDigits, ibanOf, spanishBban } from '../../src/core/synthSettings';

const TODAY = calendarDate('2026-07-01');
const small = synthLedger({
  customers: 50,
  invoices: 500,
  events: 5000,
  seed: 'test',
  today: TODAY,
});
// More customers and no events: enough countries and currencies to test variety, still fast.
const wide = synthLedger({ customers: 400, invoices: 2000, events: 0, seed: 'wide', today: TODAY });

/** Independent ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97. */
function ibanMod97(iban: string): bigint {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const digits = [...rearranged]
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  return BigInt(digits) % 97n;
}

/** The end of `today` in Madrid, as epoch milliseconds. */
function endOfTodayMadrid(): number {
  const offset = offsetMinutesAt(TODAY, 23, 59, 'Europe/Madrid');
  return Date.UTC(2026, 6, 1, 23, 59, 59, 999) - offset * 60_000;
}

function unpaid(invoice: Invoice): boolean {
  return invoice.status === 'open' || invoice.status === 'partly-paid';
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

describe('createRng', () => {
  it('returns numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i += 1) {
          const value = rng();
          if (!(value >= 0 && value < 1)) return false;
        }
        return true;
      }),
    );
  });

  it('repeats the sequence for the same seed and differs for another', () => {
    const sequence = (seed: number | string) => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng());
    };
    expect(sequence('demo')).toEqual(sequence('demo'));
    expect(sequence('demo')).not.toEqual(sequence('demo2'));
    expect(sequence(1)).not.toEqual(sequence(2));
    expect(sequence(7)).toEqual(sequence('7'));
  });

  it('spreads values evenly over ten buckets', () => {
    const rng = createRng(42);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      const bucket = Math.floor(rng() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});

describe('synthLedger', () => {
  it.each([
    [1, 1, 1],
    [3, 0, 10],
    [7, 3, 40],
    [50, 500, 5000],
    [20, 9, 0],
    [0, 0, 0],
  ])('generates exactly %i customers, %i invoices and %i events', (customers, invoices, events) => {
    const ledger = synthLedger({ customers, invoices, events, seed: 9, today: TODAY });
    expect(ledger.customers).toHaveLength(customers);
    expect(ledger.invoices).toHaveLength(invoices);
    expect(ledger.events).toHaveLength(events);
  });

  it('gives a deeply equal ledger for the same seed and a different one for another seed', () => {
    const again = synthLedger({
      customers: 50,
      invoices: 500,
      events: 5000,
      seed: 'test',
      today: TODAY,
    });
    expect(again).toEqual(small);
    const other = synthLedger({
      customers: 50,
      invoices: 500,
      events: 5000,
      seed: 'other',
      today: TODAY,
    });
    expect(other.customers.map((c) => c.name)).not.toEqual(small.customers.map((c) => c.name));
    expect(other.invoices.map((i) => i.amount)).not.toEqual(small.invoices.map((i) => i.amount));
  });

  it('rejects counts that are not whole numbers, a bad date, and records without customers', () => {
    const base = { customers: 1, invoices: 1, events: 1, seed: 1, today: TODAY };
    expect(() => synthLedger({ ...base, customers: -1 })).toThrow(/customers/);
    expect(() => synthLedger({ ...base, invoices: 1.5 })).toThrow(/invoices/);
    expect(() => synthLedger({ ...base, today: '2026-02-30' as CalendarDate })).toThrow(/today/);
    expect(() => synthLedger({ ...base, customers: 0 })).toThrow(/customer/);
  });

  it('keeps ids and numbers unique', () => {
    for (const ledger of [small, wide]) {
      const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
      expect(unique(ledger.customers.map((c) => c.id))).toBe(true);
      expect(unique(ledger.invoices.map((i) => i.id))).toBe(true);
      expect(unique(ledger.invoices.map((i) => i.number))).toBe(true);
      expect(unique(ledger.invoices.flatMap((i) => (i.po ? [i.po] : [])))).toBe(true);
      expect(unique(ledger.events.map((e) => e.id))).toBe(true);
      expect(unique(ledger.customers.flatMap((c) => c.domains))).toBe(true);
      expect(unique(ledger.customers.flatMap((c) => c.contacts.map((k) => k.email)))).toBe(true);
    }
    expect(small.invoices[0]?.number).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(small.invoices.filter((i) => i.po).every((i) => /^PO-45\d{8}$/.test(i.po ?? ''))).toBe(
      true,
    );
    expect(small.events.map((e) => e.id).slice(0, 3)).toEqual([
      'evt-000001',
      'evt-000002',
      'evt-000003',
    ]);
  });

  it('links every invoice to an existing customer and every event to its customer and own invoices', () => {
    const customers = byId(small.customers);
    const invoices = byId(small.invoices);
    for (const invoice of small.invoices) expect(customers.has(invoice.customerId)).toBe(true);
    const strays = small.events.filter(
      (e) =>
        !customers.has(e.customerId) ||
        e.invoiceIds.length === 0 ||
        e.invoiceIds.some((id) => invoices.get(id)?.customerId !== e.customerId),
    );
    expect(strays).toEqual([]);
  });

  it('keeps one customer and one set of invoices per thread', () => {
    const threads = new Map<string, Set<string>>();
    for (const event of small.events) {
      const keys = threads.get(event.threadId ?? '') ?? new Set<string>();
      keys.add(`${event.customerId} ${event.invoiceIds.join()}`);
      threads.set(event.threadId ?? '', keys);
    }
    expect(threads.has('')).toBe(false);
    expect(threads.size).toBeGreaterThan(500);
    expect([...threads.values()].filter((keys) => keys.size !== 1)).toEqual([]);
  });

  it('issues invoices over the 18 months before today with due date = issue + 30, 45, 60 or 90 days', () => {
    for (const invoice of wide.invoices) {
      expect(isCalendarDate(invoice.issueDate) && isCalendarDate(invoice.dueDate)).toBe(true);
      expect(daysBetween(invoice.issueDate, TODAY)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(invoice.issueDate, TODAY)).toBeLessThanOrEqual(548);
      expect([30, 45, 60, 90]).toContain(daysBetween(invoice.issueDate, invoice.dueDate));
    }
    const issued = wide.invoices.map((i) => i.issueDate);
    expect(issued).toEqual([...issued].sort());
  });

  it('keeps paid amounts between zero and the amount, as the status says', () => {
    const wrong = wide.invoices.filter(
      ({ amount, paid, status }) =>
        !Number.isSafeInteger(amount.minor) ||
        !Number.isSafeInteger(paid.minor) ||
        paid.currency !== amount.currency ||
        amount.minor <= 0 ||
        paid.minor < 0 ||
        paid.minor > amount.minor ||
        (status === 'paid' && paid.minor !== amount.minor) ||
        (status === 'open' && paid.minor !== 0) ||
        (status === 'partly-paid' && (paid.minor === 0 || paid.minor === amount.minor)),
    );
    expect(wrong).toEqual([]);
    expect(wide.invoices.filter((i) => i.status === 'paid').length).toBeGreaterThan(
      wide.invoices.length / 2,
    );
  });

  it.each([
    ['JPY', /^\d+$/, 100_000, 30_000_000],
    ['KWD', /^\d+\.\d{3}$/, 300, 50_000],
    ['USD', /^\d+\.\d{2}$/, 1_000, 100_000],
    ['EUR', /^\d+\.\d{2}$/, 1_000, 100_000],
  ])(
    'writes %s amounts with the ISO exponent and a plausible median',
    (currency, shape, low, high) => {
      const amounts = wide.invoices
        .filter((i) => i.amount.currency === currency)
        .map((i) => i.amount);
      expect(amounts.length).toBeGreaterThan(5);
      for (const amount of amounts) expect(toDecimalString(amount)).toMatch(shape);
      const majors = amounts.map((a) => Number(toDecimalString(a))).sort((a, b) => a - b);
      const median = majors[Math.floor(majors.length / 2)] ?? 0;
      expect(median).toBeGreaterThan(low);
      expect(median).toBeLessThan(high);
    },
  );

  it('invoices in USD most, and in EUR, CNY, JPY, GBP, KWD, BRL and MXN', () => {
    const counts = new Map<string, number>();
    for (const { amount } of wide.invoices)
      counts.set(amount.currency, (counts.get(amount.currency) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      'BRL',
      'CNY',
      'EUR',
      'GBP',
      'JPY',
      'KWD',
      'MXN',
      'USD',
    ]);
    const usd = counts.get('USD') ?? 0;
    const others = [...counts].filter(([currency]) => currency !== 'USD');
    expect(others.filter(([, count]) => count >= usd)).toEqual([]);
  });

  const buckets: [string, number, number][] = [
    ['upcoming within 3 days', 1, 3],
    ['due today', 0, 0],
    ['1–6 days overdue', -6, -1],
    ['7–29 days overdue', -29, -7],
    ['30–59 days overdue', -59, -30],
    ['60+ days overdue', -10_000, -60],
  ];
  it.each(buckets)('has open invoices %s', (_name, from, to) => {
    for (const ledger of [
      small,
      synthLedger({ customers: 5, invoices: 9, events: 0, seed: 3, today: TODAY }),
    ]) {
      const found = ledger.invoices.filter((i) => {
        const offset = daysBetween(TODAY, i.dueDate);
        return unpaid(i) && !i.pause && offset >= from && offset <= to;
      });
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('has disputed, written-off and promise-paused invoices', () => {
    const disputed = small.invoices.filter((i) => i.status === 'disputed');
    expect(disputed.length).toBeGreaterThan(0);
    for (const invoice of disputed) expect(invoice.pause?.reason).toBe('dispute');
    expect(small.invoices.some((i) => i.status === 'written-off')).toBe(true);
    const promised = small.invoices.filter((i) => i.pause?.reason === 'promise');
    expect(promised.length).toBeGreaterThan(0);
    for (const invoice of promised) {
      expect(unpaid(invoice)).toBe(true);
      expect(daysBetween(TODAY, invoice.pause?.until ?? TODAY)).toBeGreaterThan(0);
    }
  });

  it('has customers in at least 20 countries, with the zone and letter language of their country', () => {
    const countries = new Set(wide.customers.map((c) => c.country));
    expect(countries.size).toBeGreaterThanOrEqual(20);
    for (const code of ['CN', 'US', 'DE', 'ES', 'FR', 'BR', 'MX', 'GB', 'IN', 'JP'])
      expect(countries).toContain(code);
    const expected: Record<string, [string, string]> = {
      CN: ['zh-CN', 'Asia/Shanghai'],
      DE: ['de', 'Europe/Berlin'],
      FR: ['fr', 'Europe/Paris'],
      BR: ['pt', 'America/'],
      MX: ['es', 'America/'],
      JP: ['en', 'Asia/Tokyo'],
      IN: ['en', 'Asia/Kolkata'],
      GB: ['en', 'Europe/London'],
    };
    for (const customer of wide.customers) {
      expect(LETTER_LANGUAGES).toContain(customer.language);
      expect(isTimeZone(customer.timeZone)).toBe(true);
      const [language, zone] = expected[customer.country] ?? [customer.language, ''];
      expect(customer.language).toBe(language);
      expect(customer.timeZone.startsWith(zone)).toBe(true);
    }
  });

  it('names companies with ampersands, apostrophes, accents and Chinese characters', () => {
    const names = wide.customers.map((c) => c.name);
    expect(names.some((n) => n.includes('&'))).toBe(true);
    expect(names.some((n) => n.includes("'"))).toBe(true);
    expect(names.some((n) => /[À-ÿĀ-ž]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
  });

  it('gives 1–3 contacts on the company domain, and free-mail customers no domain', () => {
    const free = new Set(DEFAULT_FREE_MAIL_DOMAINS);
    const domainOf = (email: string) => email.split('@')[1] ?? '';
    const emails = wide.customers.flatMap((c) => c.contacts.map((k) => k.email));
    expect(emails.filter((e) => !/^[a-z0-9][a-z0-9.]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(e))).toEqual(
      [],
    );
    expect(wide.customers.filter((c) => c.contacts.length < 1 || c.contacts.length > 3)).toEqual(
      [],
    );
    const [freeMail, company] = [
      wide.customers.filter((c) => c.domains.length === 0),
      wide.customers.filter((c) => c.domains.length > 0),
    ];
    expect(freeMail.filter((c) => c.contacts.some((k) => !free.has(domainOf(k.email))))).toEqual(
      [],
    );
    expect(
      company.filter(
        (c) =>
          c.domains.some((d) => free.has(d)) ||
          c.contacts.some((k) => !c.domains.includes(domainOf(k.email))),
      ),
    ).toEqual([]);
    expect(freeMail.length).toBeGreaterThan(400 * 0.03);
    expect(freeMail.length).toBeLessThan(400 * 0.14);
  });

  it('sorts events by instant and keeps them before the end of today in the seller zone', () => {
    const end = endOfTodayMadrid();
    let previous = -Infinity;
    for (const event of small.events) {
      expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      const instant = Date.parse(event.at);
      expect(instant).toBeGreaterThanOrEqual(previous);
      expect(instant).toBeLessThanOrEqual(end);
      previous = instant;
    }
  });

  it('stamps inbound messages with the offset of the customer zone at that moment', () => {
    const customers = byId(small.customers);
    const stamped = small.events.filter((e) => !e.at.endsWith('Z'));
    expect(stamped.length).toBeGreaterThan(100);
    for (const event of stamped) {
      const zone = customers.get(event.customerId)?.timeZone ?? 'UTC';
      const [, date, hour, minute, sign, oh, om] =
        /^(.{10})T(\d{2}):(\d{2}):\d{2}([+-])(\d{2}):(\d{2})$/.exec(event.at) ?? [];
      const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
      expect(offsetMinutesAt(date as CalendarDate, Number(hour), Number(minute), zone)).toBe(
        offset,
      );
    }
  });

  it('has every kind of event, reminders outbound and mostly by e-mail, answers inbound', () => {
    const kinds = new Set(small.events.map((e) => e.kind));
    for (const kind of EVENT_KINDS.filter((k) => k !== 'call' && k !== 'note'))
      expect(kinds).toContain(kind);
    const reminders = small.events.filter((e) => e.kind === 'reminder');
    for (const event of small.events)
      expect(event.direction).toBe(event.kind === 'reminder' ? 'outbound' : 'inbound');
    const byEmail = reminders.filter((e) => e.channel === 'email').length;
    expect(byEmail / reminders.length).toBeGreaterThan(0.6);
    expect(reminders.some((e) => e.channel === 'phone')).toBe(true);
    expect(reminders.some((e) => e.channel === 'im')).toBe(true);
  });

  it('dates promises, out-of-office returns and disputes consistently', () => {
    const invoices = byId(small.invoices);
    const dayOf = (at: string) => at.slice(0, 10) as CalendarDate;
    const later = (at: string, date: CalendarDate | undefined) =>
      date !== undefined && daysBetween(dayOf(at), date) > 0;
    const promises = small.events.filter((e) => e.kind === 'promise');
    expect(promises.filter((e) => !later(e.at, e.promisedFor))).toEqual([]);
    expect(small.events.filter((e) => e.kind !== 'promise' && e.promisedFor)).toEqual([]);
    const away = small.events.filter((e) => e.kind === 'out-of-office');
    expect(away.filter((e) => !later(e.at, e.returnDate))).toEqual([]);
    expect(small.events.filter((e) => e.kind !== 'out-of-office' && e.returnDate)).toEqual([]);
    const disputes = small.events.filter((e) => e.kind === 'dispute');
    expect(disputes.filter((e) => e.reason !== 'dispute' || !e.note)).toEqual([]);
    const broken = promises.filter(
      (e) =>
        daysBetween(e.promisedFor ?? TODAY, TODAY) > 0 &&
        e.invoiceIds.some((id) => unpaid(invoices.get(id) as Invoice)),
    );
    expect(broken.length).toBeGreaterThan(0);
  });

  it('stages each reminder by the days its first invoice is overdue on the seller calendar', () => {
    const invoices = byId(small.invoices);
    const stageOf = (overdue: number): Stage | undefined =>
      overdue < -DEFAULT_POLICY.upcomingDays
        ? undefined
        : overdue < 0
          ? 'upcoming'
          : overdue < DEFAULT_POLICY.followUpDays
            ? 'due'
            : overdue < DEFAULT_POLICY.escalationDays
              ? 'follow-up'
              : overdue < DEFAULT_POLICY.stakesDays
                ? 'escalation'
                : overdue < DEFAULT_POLICY.finalDays
                  ? 'stakes'
                  : 'final';
    const reminders = small.events.filter((e) => e.kind === 'reminder' && e.stage);
    expect(new Set(reminders.map((e) => e.stage)).size).toBe(6);
    for (const event of reminders) {
      const due = invoices.get(event.invoiceIds[0] ?? '')?.dueDate ?? TODAY;
      const sent = calendarDateOfIso(event.at, 'Europe/Madrid');
      expect(event.stage).toBe(stageOf(daysBetween(due, sent)));
    }
  });

  it('logs more events for customers with overdue invoices', () => {
    const overdue = new Set(
      small.invoices
        .filter((i) => unpaid(i) && daysBetween(i.dueDate, TODAY) > 0)
        .map((i) => i.customerId),
    );
    const counts = new Map<string, number>();
    for (const event of small.events)
      counts.set(event.customerId, (counts.get(event.customerId) ?? 0) + 1);
    const mean = (ids: string[]) =>
      ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0) / ids.length;
    const all = small.customers.map((c) => c.id);
    expect(mean(all.filter((id) => overdue.has(id)))).toBeGreaterThan(
      mean(all.filter((id) => !overdue.has(id))),
    );
  });

  it('uses no invoice ids when a ledger has no invoices', () => {
    const ledger = synthLedger({ customers: 3, invoices: 0, events: 20, seed: 1, today: TODAY });
    for (const event of ledger.events) expect(event.invoiceIds).toEqual([]);
  });
});

describe('synthLedger settings', () => {
  const { settings } = small;

  it('has one account per invoicing currency except JPY', () => {
    const currencies = settings.bankAccounts.map((a) => a.currency).sort();
    expect(currencies).toEqual(['BRL', 'CNY', 'EUR', 'GBP', 'KWD', 'MXN', 'USD']);
    expect(currencies).not.toContain('JPY');
  });

  it('gives each account exactly one of IBAN or account number, valid IBANs and BIC-shaped SWIFT codes', () => {
    const lengths: Record<string, number> = { ES: 24, DE: 22, GB: 22, KW: 30, BR: 29 };
    for (const account of settings.bankAccounts) {
      expect(Boolean(account.iban) !== Boolean(account.accountNumber)).toBe(true);
      expect(account.swift).toMatch(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/);
      expect(account.holder).toBe('Duly Demo Exports Ltd');
    }
    const withIban = settings.bankAccounts.filter((a) => a.iban !== undefined);
    for (const { iban = '', swift } of withIban) {
      const country = iban.slice(0, 2);
      expect(iban).toHaveLength(lengths[country] ?? 0);
      expect(ibanMod97(iban)).toBe(1n);
      expect(swift.slice(4, 6)).toBe(country);
    }
    expect(
      settings.bankAccounts
        .filter((a) => a.iban)
        .map((a) => a.iban?.slice(0, 2))
        .sort(),
    ).toEqual(['BR', 'DE', 'ES', 'GB', 'KW']);
  });

  it('states 1.5 % a month actual/365 interest, the default policy, all languages and 17:00 deadlines', () => {
    expect(settings.interest).toEqual({
      ratePercent: 1.5,
      per: 'month',
      dayCount: 'actual/365',
      graceDays: 0,
    });
    expect(settings.policy).toEqual(DEFAULT_POLICY);
    expect(settings.freeMailDomains).toEqual(DEFAULT_FREE_MAIL_DOMAINS);
    expect(settings.languages).toEqual([...LETTER_LANGUAGES]);
    expect(settings.deadlineTime).toEqual({ hour: 17, minute: 0 });
    expect(settings.company).toMatchObject({
      name: 'Duly Demo Exports Ltd',
      timeZone: 'Europe/Madrid',
    });
    expect(settings.company.signature).toContain('Duly Demo Exports Ltd');
  });

  it('takes company fields from the options and names the account holder after it', () => {
    const ledger = synthLedger({
      customers: 2,
      invoices: 2,
      events: 5,
      seed: 1,
      today: TODAY,
      company: { name: 'Acme Export S.L.', timeZone: 'America/New_York' },
    });
    expect(ledger.settings.company.name).toBe('Acme Export S.L.');
    expect(ledger.settings.company.timeZone).toBe('America/New_York');
    for (const account of ledger.settings.bankAccounts)
      expect(account.holder).toBe('Acme Export S.L.');
  });
});

describe('ibanCheckDigits', () => {
  it.each([
    ['ES', '21000418450200051332', '91'],
    ['DE', '370400440532013000', '89'],
    ['GB', 'NWBK60161331926819', '29'],
    ['KW', 'CBKU0000000000001234560101', '81'],
    ['BR', '00360305000010009795493C1', '18'],
  ])('computes the registry example check digits for %s', (country, bban, digits) => {
    expect(ibanCheckDigits(country, bban)).toBe(digits);
    expect(ibanMod97(ibanOf(country, bban))).toBe(1n);
  });

  it('makes every generated IBAN pass mod-97', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z]{10,30}$/),
        (bban) => ibanMod97(ibanOf('GB', bban)) === 1n,
      ),
    );
  });
});

describe('spanishBban', () => {
  it('computes the two national control digits of the CCC', () => {
    expect(spanishBban('2100', '0418', '0200051332')).toBe('21000418450200051332');
  });
});

describe('clabeOf', () => {
  it('appends the CLABE check digit', () => {
    expect(clabeOf('03218000011835971')).toBe('032180000118359719');
  });
});
