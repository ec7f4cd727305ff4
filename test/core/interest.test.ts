import fc from 'fast-check';
import { addDays, calendarDate } from '../../src/core/calendarDate';
import {
  STATUTORY_MARGIN_PERCENT,
  dayCountDays,
  interestMethodParts,
  interestQuote,
  interestTermsProblems,
  omittedCompensation,
  statutoryCompensation,
} from '../../src/core/interest';
import type { DayCount, InterestTerms } from '../../src/core/model';
import { money, parseMoney, toDecimalString } from '../../src/core/money';

const d = calendarDate;

const monthly: InterestTerms = {
  ratePercent: 1.5,
  per: 'month',
  dayCount: 'actual/365',
  graceDays: 0,
};

function invoice(amount: string, currency: string, dueDate = '2026-05-01') {
  return { number: 'INV-1043', dueDate: d(dueDate), amountDue: parseMoney(amount, currency) };
}

/** The interest of a quote as a decimal string, or null when nothing accrues. */
function interestOn(
  amount: string,
  currency: string,
  terms: InterestTerms,
  today: string,
  dueDate = '2026-05-01',
): string | null {
  const quote = interestQuote(invoice(amount, currency, dueDate), terms, d(today));
  return quote && toDecimalString(quote.amount);
}

describe('interestQuote', () => {
  it('charges USD 221.92 for 45 days at 1.5% per month on USD 10,000.00 (actual/365)', () => {
    const quote = interestQuote(invoice('10000.00', 'USD'), monthly, d('2026-06-15'));
    expect(quote).toEqual({
      invoiceNumber: 'INV-1043',
      terms: monthly,
      from: '2026-05-01',
      to: '2026-06-15',
      days: 45,
      principal: money(1_000_000, 'USD'),
      amount: money(22_192, 'USD'),
    });
  });

  it.each([
    ['actual/365', 45, '221.92'],
    ['actual/360', 45, '225.00'],
    ['30/360', 44, '220.00'], // 1 May to 15 June: one 30-day month and 14 days
  ] as const)('counts days on %s as %i and charges %s', (dayCount, days, expected) => {
    const quote = interestQuote(
      invoice('10000.00', 'USD'),
      { ...monthly, dayCount },
      d('2026-06-15'),
    );
    expect(quote?.days).toBe(days);
    expect(quote && toDecimalString(quote.amount)).toBe(expected);
  });

  it('treats 18% per year like 1.5% per month', () => {
    const yearly: InterestTerms = { ...monthly, ratePercent: 18, per: 'year' };
    expect(interestOn('10000.00', 'USD', yearly, '2026-06-15')).toBe('221.92');
  });

  it.each([
    // today, grace days, expected interest
    ['2026-04-30', 0, null], // before the due date
    ['2026-05-01', 0, null], // on the due date: zero days
    ['2026-05-02', 0, '4.93'], // first day late
    ['2026-05-11', 10, null], // last day of grace
    ['2026-05-12', 10, '4.93'], // first day after grace
  ])('on %s with %i grace days charges %p', (today, graceDays, expected) => {
    expect(interestOn('10000.00', 'USD', { ...monthly, graceDays }, today)).toBe(expected);
  });

  it('starts counting at the end of the grace period', () => {
    const quote = interestQuote(
      invoice('10000.00', 'USD'),
      { ...monthly, graceDays: 10 },
      d('2026-06-15'),
    );
    expect(quote).toMatchObject({ from: '2026-05-11', to: '2026-06-15', days: 35 });
  });

  it.each([
    // JPY has no minor unit: 18,250 yen at 1% a year for one day is exactly 0.5 yen.
    ['18250', 'JPY', '1'],
    ['18249', 'JPY', null], // 0.49997 yen rounds to nothing: no quote
    ['1500000', 'JPY', '41'], // 41.096 yen
    ['1234.567', 'KWD', '0.034'], // 0.033824 dinars, to the fils
    ['1234.567', 'IQD', '0.034'], // three decimals from the shipped table, not Intl's zero
  ])('rounds %s %s half-up to the minor unit: %p', (amount, currency, expected) => {
    const onePercent: InterestTerms = {
      ratePercent: 1,
      per: 'year',
      dayCount: 'actual/365',
      graceDays: 0,
    };
    expect(interestOn(amount, currency, onePercent, '2026-05-02')).toBe(expected);
  });

  it('charges KWD to the fils over a month', () => {
    const tenPercent: InterestTerms = {
      ratePercent: 10,
      per: 'year',
      dayCount: 'actual/365',
      graceDays: 0,
    };
    expect(interestOn('1234.567', 'KWD', tenPercent, '2026-05-31')).toBe('10.147');
  });

  it('is exact where floats drift: 0.1% per month for a year is 1.2% a year', () => {
    const tenth: InterestTerms = { ...monthly, ratePercent: 0.1 };
    expect(interestOn('1000000.00', 'USD', tenth, '2027-05-01')).toBe('12000.00');
  });

  it.each([
    ['0.00', 'nothing is due'],
    ['-50.00', 'the invoice is overpaid'],
  ])('gives no quote when %s is due (%s)', (amount) => {
    expect(interestOn(amount, 'USD', monthly, '2026-06-15')).toBeNull();
  });

  it('gives no quote at a zero rate', () => {
    expect(interestOn('10000.00', 'USD', { ...monthly, ratePercent: 0 }, '2026-06-15')).toBeNull();
  });

  it('gives no quote when 30/360 counts no day between the 30th and the 31st', () => {
    const terms: InterestTerms = { ...monthly, dayCount: '30/360' };
    expect(interestOn('10000.00', 'USD', terms, '2026-05-31', '2026-05-30')).toBeNull();
  });

  describe('with EU statutory interest', () => {
    const eu: InterestTerms = {
      ...monthly,
      dayCount: '30/360',
      statutory: 'eu',
      referenceRatePercent: 2.15,
    };

    it('charges reference + 8 points a year on actual/365 and EUR 40 compensation', () => {
      const quote = interestQuote(invoice('10000.00', 'EUR'), eu, d('2026-05-31'));
      expect(quote).toMatchObject({
        days: 30,
        amount: money(8342, 'EUR'), // 10.15% × 30/365
        compensation: money(4000, 'EUR'),
      });
    });

    it('leaves out the EUR 40 on an invoice in another currency, and says so', () => {
      const quote = interestQuote(invoice('10000.00', 'USD'), eu, d('2026-05-31'));
      expect(quote?.amount).toEqual(money(8342, 'USD'));
      expect(quote?.compensation).toBeUndefined();
      expect(quote && omittedCompensation(quote)).toEqual({ basis: 'eu', currency: 'EUR' });
    });

    it('still gives no quote before the due date has passed', () => {
      expect(interestQuote(invoice('10000.00', 'EUR'), eu, d('2026-05-01'))).toBeNull();
    });
  });

  describe('with UK statutory interest', () => {
    const uk: InterestTerms = { ...monthly, statutory: 'uk', referenceRatePercent: 4 };

    it.each([
      ['999.99', 4000],
      ['1000.00', 7000],
      ['9999.99', 7000],
      ['10000.00', 10000],
    ])('adds the fixed sum for a GBP %s debt: %i pence', (amount, pence) => {
      const quote = interestQuote(invoice(amount, 'GBP'), uk, d('2026-05-31'));
      expect(quote?.compensation).toEqual(money(pence, 'GBP'));
    });

    it('charges base + 8% a year on actual/365', () => {
      expect(interestOn('10000.00', 'GBP', uk, '2026-05-31')).toBe('98.63');
    });

    it('adds no fixed sum on a EUR invoice', () => {
      const quote = interestQuote(invoice('10000.00', 'EUR'), uk, d('2026-05-31'));
      expect(quote?.compensation).toBeUndefined();
      expect(quote && omittedCompensation(quote)).toEqual({ basis: 'uk', currency: 'GBP' });
    });
  });

  it('throws on terms that cannot be used', () => {
    const noReference: InterestTerms = { ...monthly, statutory: 'eu' };
    expect(() => interestQuote(invoice('1.00', 'EUR'), noReference, d('2026-06-15'))).toThrow(
      'ECB reference rate',
    );
  });

  it('never charges less for a longer delay', () => {
    const dayCounts: DayCount[] = ['actual/365', 'actual/360', '30/360'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...dayCounts),
        (minor, days, more, dayCount) => {
          const terms: InterestTerms = { ...monthly, dayCount };
          const due = { number: 'X', dueDate: d('2026-01-31'), amountDue: money(minor, 'USD') };
          const early =
            interestQuote(due, terms, addDays(d('2026-01-31'), days))?.amount.minor ?? 0;
          const late =
            interestQuote(due, terms, addDays(d('2026-01-31'), days + more))?.amount.minor ?? 0;
          expect(late).toBeGreaterThanOrEqual(early);
        },
      ),
    );
  });
});

describe('dayCountDays', () => {
  it.each([
    ['2026-05-01', '2026-06-15', 45, 44],
    ['2026-01-31', '2026-02-28', 28, 28], // day 31 counts as 30
    ['2026-01-30', '2026-03-31', 60, 60], // end 31 after a start of 30 counts as 30
    ['2026-01-29', '2026-03-31', 61, 62], // end 31 stays after a start of 29
    ['2026-02-28', '2026-03-31', 31, 33], // no February end-of-month rule
    ['2026-12-31', '2027-01-31', 31, 30],
    ['2028-02-29', '2029-02-28', 365, 359],
    ['2026-05-01', '2026-05-01', 0, 0],
  ])('counts %s to %s as %i actual days and %i on 30/360', (from, to, actual, thirty) => {
    expect(dayCountDays(d(from), d(to), 'actual/365')).toBe(actual);
    expect(dayCountDays(d(from), d(to), 'actual/360')).toBe(actual);
    expect(dayCountDays(d(from), d(to), '30/360')).toBe(thirty);
  });
});

describe('interestMethodParts', () => {
  it('states a contractual monthly rate and its annual equivalent', () => {
    expect(interestMethodParts({ ...monthly, graceDays: 10 })).toEqual({
      basis: 'contract',
      ratePercent: '1.5',
      per: 'month',
      annualRatePercent: '18',
      dayCount: 'actual/365',
      graceDays: 10,
    });
  });

  it.each([
    [1.5, 'month', '1.5', '18'],
    [0.1, 'month', '0.1', '1.2'],
    [0.125, 'month', '0.125', '1.5'],
    [7.25, 'year', '7.25', '7.25'],
    [0.0000001, 'year', '0.0000001', '0.0000001'],
    [0, 'month', '0', '0'],
  ] as const)(
    'writes %p per %s as %j, %j a year, without float drift',
    (ratePercent, per, rate, annual) => {
      const parts = interestMethodParts({ ...monthly, ratePercent, per });
      expect([parts.ratePercent, parts.annualRatePercent]).toEqual([rate, annual]);
    },
  );

  it.each([
    ['eu', 2.15, '10.15', 'EUR'],
    ['eu', -0.5, '7.5', 'EUR'],
    ['uk', 4, '12', 'GBP'],
    ['uk', 0.1, '8.1', 'GBP'],
  ] as const)(
    'states %s statutory interest on a reference of %p as %j a year',
    (statutory, reference, rate, currency) => {
      expect(
        interestMethodParts({
          ...monthly,
          dayCount: '30/360',
          statutory,
          referenceRatePercent: reference,
        }),
      ).toEqual({
        basis: statutory,
        ratePercent: rate,
        per: 'year',
        annualRatePercent: rate,
        dayCount: 'actual/365',
        graceDays: 0,
        referenceRatePercent: String(reference),
        marginPercent: String(STATUTORY_MARGIN_PERCENT),
        compensationCurrency: currency,
      });
    },
  );

  it('treats statutory none as a contract', () => {
    expect(
      interestMethodParts({ ...monthly, statutory: 'none', referenceRatePercent: 3 }).basis,
    ).toBe('contract');
  });
});

describe('interestTermsProblems', () => {
  it('finds nothing wrong with sound terms', () => {
    expect(interestTermsProblems(monthly)).toEqual([]);
    expect(interestTermsProblems({ ...monthly, statutory: 'uk', referenceRatePercent: 4 })).toEqual(
      [],
    );
  });

  it.each([
    [{ ratePercent: -1 }, 'ratePercent'],
    [{ ratePercent: Number.NaN }, 'ratePercent'],
    [{ ratePercent: Infinity }, 'ratePercent'],
    [{ per: 'week' }, 'per'],
    [{ dayCount: 'actual/actual' }, 'dayCount'],
    [{ graceDays: -1 }, 'graceDays'],
    [{ graceDays: 2.5 }, 'graceDays'],
    [{ statutory: 'us' }, 'statutory'],
    [{ statutory: 'eu' }, 'referenceRatePercent'],
    [{ statutory: 'uk', referenceRatePercent: Number.NaN }, 'referenceRatePercent'],
    [{ statutory: 'eu', referenceRatePercent: -9 }, 'referenceRatePercent'],
  ])('flags %p on field %s', (change, field) => {
    const terms = { ...monthly, ...change } as InterestTerms;
    expect(interestTermsProblems(terms).map((p) => p.field)).toEqual([field]);
  });

  it('names the UK base rate when it is missing', () => {
    expect(interestTermsProblems({ ...monthly, statutory: 'uk' })[0]?.message).toBe(
      'Statutory interest needs the Bank of England base rate, in percent.',
    );
  });
});

describe('statutoryCompensation', () => {
  it.each([
    ['eu', '10.00', 'EUR', 4000],
    ['eu', '10.00', 'GBP', null],
    ['uk', '0.01', 'GBP', 4000],
    ['uk', '999.99', 'GBP', 4000],
    ['uk', '1000.00', 'GBP', 7000],
    ['uk', '9999.99', 'GBP', 7000],
    ['uk', '10000.00', 'GBP', 10000],
    ['uk', '10000.00', 'USD', null],
    ['contract', '10000.00', 'EUR', null],
  ] as const)('under %s on %s %s gives %p minor units', (basis, amount, currency, minor) => {
    const result = statutoryCompensation(basis, parseMoney(amount, currency));
    expect(result).toEqual(minor === null ? null : money(minor, currency));
  });
});

describe('omittedCompensation', () => {
  it('is null for contractual interest and when the compensation is included', () => {
    const contract = interestQuote(invoice('100.00', 'USD'), monthly, d('2026-06-15'));
    const eu: InterestTerms = { ...monthly, statutory: 'eu', referenceRatePercent: 2 };
    const included = interestQuote(invoice('100.00', 'EUR'), eu, d('2026-06-15'));
    expect(contract && omittedCompensation(contract)).toBeNull();
    expect(included && omittedCompensation(included)).toBeNull();
  });
});
