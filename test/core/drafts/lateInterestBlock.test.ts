import { composeDraft } from '../../../src/core/drafts/composeDraft';
import type { InterestQuote } from '../../../src/core/drafts/types';
import { interestQuote } from '../../../src/core/interest';
import type { InterestTerms, LetterLanguage } from '../../../src/core/model';
import { formatMoney, money, type CurrencyCode } from '../../../src/core/money';
import { d, input } from './draftFixtures';

const TODAY = d('2026-07-01');

/** A real quote from the interest engine on one invoice due 31 May 2026. */
function quoteOn(currency: CurrencyCode | string, terms: InterestTerms): InterestQuote {
  const quote = interestQuote(
    { number: 'INV-1043', dueDate: d('2026-05-31'), amountDue: money(1_234_567, currency) },
    terms,
    TODAY,
  );
  if (!quote) throw new Error('expected interest to accrue');
  return quote;
}

function clause(quotes: InterestQuote[], language: LetterLanguage = 'en'): string {
  return composeDraft(input({ language, interest: quotes, blocks: ['late-interest'] })).text;
}

const contract: InterestTerms = {
  ratePercent: 1.5,
  per: 'month',
  dayCount: '30/360',
  graceDays: 0,
};

describe('lateInterestBlock', () => {
  it('states the contractual rate, period and day count as agreed', () => {
    const text = clause([quoteOn('USD', contract)]);
    expect(text).toContain('simple interest at 1.5% per month from the due date');
    expect(text).toContain('30/360 (30-day months, 360-day year)');
  });

  it.each([
    ['eu', 'EUR', 4.5, '12.5% per year, the ECB reference rate of 4.5% plus 8 percentage points'],
    [
      'uk',
      'GBP',
      5.25,
      '13.25% per year, the Bank of England base rate of 5.25% plus 8 percentage points',
    ],
  ] as const)(
    'states the %s statutory method actually used, not the contractual terms',
    (statutory, currency, referenceRatePercent, method) => {
      const quote = quoteOn(currency, { ...contract, statutory, referenceRatePercent });
      const text = clause([quote]);
      expect(text).toContain(method);
      expect(text).toContain('actual/365 (actual days elapsed, 365-day year)');
      expect(text).not.toMatch(/1\.5%|per month|30\/360/);
      expect(text).toContain(formatMoney(quote.amount, 'en'));
    },
  );

  it('says when the fixed compensation is left out for a currency the law does not set it in', () => {
    const terms: InterestTerms = { ...contract, statutory: 'eu', referenceRatePercent: 4.5 };
    const text = clause([quoteOn('USD', terms)]);
    expect(text).toContain(
      'The fixed compensation for recovery costs under the Directive is set in EUR; it is not stated for invoices in other currencies.',
    );
    expect(text).not.toContain('Compensation');
  });

  it('shows the compensation and no such sentence when every invoice is in the law’s currency', () => {
    const terms: InterestTerms = { ...contract, statutory: 'uk', referenceRatePercent: 5.25 };
    const quote = quoteOn('GBP', terms);
    const text = clause([quote]);
    expect(quote.compensation).toBeDefined();
    expect(text).toContain(formatMoney(quote.compensation!, 'en'));
    expect(text).not.toContain('is not stated for invoices in other currencies');
  });

  it('states the statutory method and the left-out compensation in Chinese', () => {
    const terms: InterestTerms = { ...contract, statutory: 'eu', referenceRatePercent: 4.5 };
    const text = clause([quoteOn('CNY', terms)], 'zh-CN');
    expect(text).toContain('按年利率12.5%（欧洲央行参考利率4.5%加8个百分点）计收单利');
    expect(text).toContain('该指令规定的固定追收费用补偿以EUR计');
  });
});
