import { formatDate, formatDeadline } from '../../../src/core/calendarDate';
import {
  composeDraft,
  composePaymentInstructions,
  NO_ACCOUNT_FOR_CURRENCY,
  NOTHING_TO_PAY,
} from '../../../src/core/drafts/composeDraft';
import { WRONG_CURRENCY_ACCOUNT } from '../../../src/core/drafts/paymentInstructionsBlock';
import { LETTER_TEXTS } from '../../../src/core/drafts/texts';
import type { DraftInput } from '../../../src/core/drafts/types';
import { currencyCode, formatMoney, money } from '../../../src/core/money';
import {
  BLOCK_KINDS,
  LETTER_LANGUAGES,
  type BlockKind,
  type LetterLanguage,
} from '../../../src/core/model';
import { account, d, input, line, payment, quote } from './draftFixtures';
import { parseStrictHtml } from './strictHtml';

/** Expected values missing from the HTML (as decoded text) or from the plain text. */
function missingIn(draft: { html: string; text: string }, expected: readonly string[]): string[] {
  const html = parseStrictHtml(draft.html).text;
  return expected.flatMap((value) => [
    ...(html.includes(value) ? [] : [`html: ${value}`]),
    ...(draft.text.includes(value) ? [] : [`text: ${value}`]),
  ]);
}

type BlockCase = {
  readonly overrides: Partial<DraftInput>;
  readonly expected: (locale: LetterLanguage) => string[];
};

const localeOf = (language: LetterLanguage) => LETTER_TEXTS[language].locale;
const deadline = (language: LetterLanguage, at = input().replyBy) =>
  formatDeadline(at.date, { hour: at.hour, minute: at.minute }, at.timeZone, localeOf(language));

const BLOCK_CASES: Readonly<Record<BlockKind, BlockCase>> = {
  opening: {
    overrides: { tone: 'neutral' },
    expected: (lang) => ['Ana Ruiz', formatDate(d('2026-06-03'), localeOf(lang))],
  },
  inquiry: {
    overrides: { tone: 'firm' },
    expected: (lang) => [formatMoney(money(1_234_567, 'USD'), localeOf(lang)), deadline(lang)],
  },
  opportunity: { overrides: { tone: 'firm' }, expected: (lang) => [deadline(lang)] },
  stakes: { overrides: { tone: 'urgent' }, expected: () => ['31'] },
  closing: {
    overrides: { tone: 'formal' },
    expected: (lang) => ['Maria Lopez\nCredit Controller', 'Duly Trading Ltd', deadline(lang)],
  },
  'payment-instructions': {
    overrides: {},
    expected: (lang) => [
      'Duly Trading Ltd',
      'First Harbour Bank',
      'GB29 NWBK 6016 1331 9268 19',
      'NWBKGB2L',
      'Citibank N.A., New York (CITIUS33)',
      'INV-1043, INV-1101',
      formatMoney(money(1_284_567, 'USD'), localeOf(lang)),
      deadline(lang, payment().deadline),
      LETTER_TEXTS[lang].payment.chargesWords.OUR,
    ],
  },
  'late-interest': {
    overrides: {},
    expected: (lang) => [
      formatMoney(money(18_848, 'USD'), localeOf(lang)),
      formatDate(d('2026-07-01'), localeOf(lang)),
      new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 4 }).format(
        0.015,
      ),
      LETTER_TEXTS[lang].interest.notCharged,
    ],
  },
  'instalment-offer': {
    overrides: {},
    expected: (lang) => [
      formatDate(d('2026-07-15'), localeOf(lang)),
      formatMoney(money(642_284, 'USD'), localeOf(lang)),
      formatDate(d('2026-08-15'), localeOf(lang)),
      formatMoney(money(642_283, 'USD'), localeOf(lang)),
    ],
  },
  'apology-resolution': {
    overrides: { reason: 'dispute', overdue: [line({ status: 'disputed', number: 'INV-2001' })] },
    expected: () => ['INV-2001'],
  },
  'invoice-table': {
    overrides: {},
    expected: (lang) => [
      'INV-1043',
      'PO-7781',
      'INV-1101',
      formatDate(d('2026-05-31'), localeOf(lang)),
      formatMoney(money(1_234_567, 'USD'), localeOf(lang)),
      formatMoney(money(50_000, 'USD'), localeOf(lang)),
      LETTER_TEXTS[lang].invoiceTable.overdueTitle,
      LETTER_TEXTS[lang].invoiceTable.upcomingTitle,
    ],
  },
};

describe('composeDraft', () => {
  describe.each(LETTER_LANGUAGES)('in %s', (language) => {
    it.each(BLOCK_KINDS)('renders the %s block with its values', (kind) => {
      const block = BLOCK_CASES[kind];
      const draft = composeDraft(input({ language, blocks: [kind], ...block.overrides }));
      expect(draft.text.length).toBeGreaterThan(0);
      expect(missingIn(draft, block.expected(language))).toEqual([]);
    });
  });

  it('writes exactly the blocks asked for, in their order', () => {
    const draft = composeDraft(input({ blocks: ['closing', 'opening'] }));
    expect(draft.text.indexOf('Kind regards,')).toBeLessThan(draft.text.indexOf('Dear Ana Ruiz,'));
    expect(draft.text).not.toContain('IBAN');
    expect(composeDraft(input({ blocks: [] }))).toEqual({
      subject: 'Overdue payment: INV-1043, INV-1101',
      html: '',
      text: '',
    });
  });

  it('greets the customer when no contact is known', () => {
    const draft = composeDraft(input({ contactName: undefined, blocks: ['opening'] }));
    expect(draft.text).toContain('Dear Accounts Payable team at Harbour Foods S.A.,');
  });

  it('starts the paragraph after a German greeting in lower case', () => {
    const draft = composeDraft(input({ language: 'de', reason: 'approval', blocks: ['opening'] }));
    expect(draft.text).toMatch(/^Guten Tag Ana Ruiz,\n\nvielen Dank/);
  });

  it('keeps the lines of the signature', () => {
    const draft = composeDraft(input({ blocks: ['closing'] }));
    expect(draft.html).toContain(
      'Kind regards,<br>Maria Lopez<br>Credit Controller<br>Duly Trading Ltd',
    );
  });

  it.each([
    ['Maria Lopez\nCredit Controller\nDuly Trading Ltd', 'Duly Trading Ltd'],
    ['Maria Lopez, DULY TRADING   LTD', 'Duly Trading Ltd'],
    ['李伟\n上海阳光纺织有限公司信用管理部', '上海阳光纺织有限公司'],
  ])('does not repeat the company name the signature %j already gives', (signature, name) => {
    const draft = composeDraft(
      input({ blocks: ['closing'], company: { name, timeZone: 'Europe/London', signature } }),
    );
    const times = (text: string) => text.toLowerCase().split(name.toLowerCase()).length - 1;
    expect(times(draft.text.replace(/\s+/g, ' '))).toBe(1);
    expect(draft.html.endsWith('</p>')).toBe(true);
    expect(draft.html).not.toMatch(/<br>\s*<\/p>/);
  });

  it('adds the company name when the signature only has it inside a longer word', () => {
    const draft = composeDraft(
      input({
        blocks: ['closing'],
        company: { name: 'Cohen', timeZone: 'Europe/London', signature: 'Jane Cohensen' },
      }),
    );
    expect(draft.html).toContain('Jane Cohensen<br>Cohen</p>');
  });

  describe('tones', () => {
    it('states the credit standing calmly in the stakes tone', () => {
      const draft = composeDraft(input({ stage: 'stakes', tone: 'urgent', blocks: ['stakes'] }));
      expect(draft.text).toContain(
        'I am sure it is not your intention to ignore past due notices at the expense of your credit standing.',
      );
    });

    it('writes the final notice formally, naming the formal steps and the deadline', () => {
      const draft = composeDraft(
        input({ stage: 'final', tone: 'formal', blocks: ['opening', 'stakes', 'closing'] }),
      );
      expect(draft.subject).toBe('Final notice: INV-1043, INV-1101');
      expect(draft.text).toContain('This letter is our final notice');
      expect(draft.text).toContain('collection agency or legal proceedings');
      expect(draft.text).toContain('Yours sincerely,');
      expect(draft.text).not.toContain('Kind regards');
    });

    it('keeps an upcoming letter warm and never mentions anything overdue', () => {
      const draft = composeDraft(
        input({
          stage: 'upcoming',
          tone: 'warm',
          remindersSent: 0,
          firstReminderOn: undefined,
          overdue: [],
          interest: [],
          blocks: [
            'opening',
            'inquiry',
            'invoice-table',
            'payment-instructions',
            'stakes',
            'closing',
          ],
        }),
      );
      expect(draft.subject).toBe('Upcoming payment: INV-1101');
      expect(draft.text).toContain('I hope all is well. Ahead of the due date');
      expect(draft.text).toContain('Kind regards,');
      expect(`${draft.subject}\n${draft.text}`).not.toMatch(/overdue|past due|late|final/i);
    });

    it.each([
      [2, true],
      [0, false],
    ])(
      'calls attention "again", naming the first reminder, only when reminders were sent (%i)',
      (sent, again) => {
        const draft = composeDraft(
          input({ remindersSent: sent, blocks: ['opening', 'inquiry', 'closing'] }),
        );
        const seed = 'We again call your attention to the following invoices';
        expect(draft.text.includes(seed)).toBe(again);
        expect(draft.text.includes('3 June 2026')).toBe(again);
        expect(draft.text).toContain('Please let us know why the balance has not been cleared');
        expect(draft.text).toContain(
          'We are counting on your cooperation in making a prompt payment.',
        );
      },
    );

    it('never threatens: the words of each tone differ and none says "or else"', () => {
      const texts = (['warm', 'neutral', 'firm', 'urgent', 'formal'] as const).map(
        (tone) =>
          composeDraft(input({ tone, blocks: ['opening', 'inquiry', 'stakes', 'closing'] })).text,
      );
      expect(new Set(texts).size).toBe(5);
      for (const text of texts)
        expect(text).not.toMatch(/or else|we will be forced|you will regret/i);
    });
  });

  describe('reasons', () => {
    it.each([
      ['not-received', 'We attach the invoices to this message again.'],
      ['approval', 'where the invoices stand in your approval process'],
      ['cash-flow', 'how much you are able to pay now'],
      ['dispute', 'quantities concerned, photos or batch numbers'],
      ['payment-sent', 'SWIFT MT103'],
      ['promise', 'payment will be made by 20 June 2026'],
      ['out-of-office', 'Welcome back'],
      ['deliberate', 'To settle this matter, we ask you to take the following steps:'],
    ] as const)('changes the words for %s', (reason, words) => {
      const draft = composeDraft(input({ reason, blocks: ['opening', 'inquiry'] }));
      expect(draft.text).toContain(words);
    });

    it('lays out the deliberate path as steps and says what comes next', () => {
      const draft = composeDraft(
        input({ reason: 'deliberate', tone: 'firm', blocks: ['inquiry'] }),
      );
      expect(parseStrictHtml(draft.html).tags.filter((tag) => tag === 'li')).toHaveLength(3);
      expect(draft.text).toContain('next step of our collection procedure');
    });

    it('names a broken promise plainly, with its date', () => {
      const draft = composeDraft(
        input({ reason: 'promise', promiseBroken: true, blocks: ['opening', 'inquiry'] }),
      );
      expect(draft.text).toContain(
        'You let us know that payment would be made by 20 June 2026. That date has now passed',
      );
      expect(draft.text).toContain('Please let us know what has happened');
    });

    it('falls back to the tone when the promise has no date', () => {
      const draft = composeDraft(
        input({ reason: 'promise', promisedFor: undefined, blocks: ['inquiry'] }),
      );
      expect(draft.text).toContain('Please let us know why the balance has not been cleared');
    });
  });

  describe('currencies', () => {
    const eur = currencyCode('EUR');
    const twoCurrencies = input({
      overdue: [line(), line({ number: 'INV-2001', amountDue: money(99_000, 'EUR') })],
      upcoming: [],
      payments: [
        payment(),
        payment({
          account: account({ currency: eur, iban: 'DE89370400440532013000', swift: 'COBADEFFXXX' }),
          amount: money(99_000, 'EUR'),
          reference: 'INV-2001',
        }),
      ],
      blocks: ['invoice-table', 'payment-instructions'],
    });

    it('totals each currency and gives payment instructions for each', () => {
      const draft = composeDraft(twoCurrencies);
      expect(
        missingIn(draft, [
          'Total USD',
          'Total EUR',
          'USD 12,345.67',
          'EUR 990.00',
          'Payment details (USD)',
          'Payment details (EUR)',
          'DE89 3704 0044 0532 0130 00',
        ]),
      ).toEqual([]);
    });

    it('omits a currency without an account from the letter and never invents one', () => {
      const draft = composeDraft({
        ...twoCurrencies,
        overdue: [
          ...twoCurrencies.overdue,
          line({ number: 'INV-3001', amountDue: money(500_000, 'JPY') }),
        ],
        payments: [
          ...twoCurrencies.payments,
          payment({
            account: account({ currency: currencyCode('JPY') }),
            amount: money(500_000, 'JPY'),
          }),
        ],
        missingAccounts: ['JPY'],
      });
      expect(draft.text).toContain('Total JPY');
      expect(draft.text).not.toContain('Payment details (JPY)');
      expect(draft.text).toContain('Payment details (EUR)');
    });

    it('refuses the payment insert naming the currency without an account', () => {
      expect(() =>
        composePaymentInstructions({ ...twoCurrencies, missingAccounts: ['JPY'] }),
      ).toThrow(`${NO_ACCOUNT_FOR_CURRENCY} JPY in your settings`);
    });

    it('refuses an account whose currency differs from the amount', () => {
      const wrong = input({
        payments: [payment({ account: account({ currency: currencyCode('EUR') }) })],
        blocks: ['payment-instructions'],
      });
      expect(() => composeDraft(wrong)).toThrow(WRONG_CURRENCY_ACCOUNT);
    });
  });

  describe('payment details', () => {
    it('shows the account number when there is no IBAN, and the charges in words', () => {
      const draft = composeDraft(
        input({
          payments: [
            payment({
              account: account({
                iban: undefined,
                accountNumber: '123-456-789',
                intermediary: undefined,
                charges: 'SHA',
              }),
            }),
          ],
          blocks: ['payment-instructions'],
        }),
      );
      expect(draft.text).toContain('Account number      123-456-789');
      expect(draft.text).not.toContain('IBAN');
      expect(draft.text).not.toContain('Intermediary');
      expect(draft.text).toContain('Shared (SHA): you pay your bank’s charges, we pay ours');
    });
  });

  describe('late interest', () => {
    it('states grace, statutory compensation and totals, without charging them', () => {
      const terms = {
        ratePercent: 8,
        per: 'year',
        dayCount: '30/360',
        graceDays: 10,
        statutory: 'eu',
        referenceRatePercent: 0,
      } as const;
      const draft = composeDraft(
        input({
          interest: [
            quote({
              terms,
              compensation: money(4_000, 'EUR'),
              amount: money(1_000, 'EUR'),
              principal: money(100_000, 'EUR'),
            }),
            quote({
              terms,
              invoiceNumber: 'INV-1044',
              compensation: money(4_000, 'EUR'),
              amount: money(234, 'EUR'),
              principal: money(50_000, 'EUR'),
            }),
          ],
          blocks: ['late-interest'],
        }),
      );
      expect(
        missingIn(draft, [
          '8% per year, the ECB reference rate of 0% plus 8 percentage points, from the end of a grace period of 10 days after the due date',
          'actual/365',
          'EU Directive 2011/7/EU',
          'Compensation',
          'EUR 12.34',
          'EUR 80.00',
          'they have not been charged to your account',
        ]),
      ).toEqual([]);
    });

    it('writes nothing when there is no interest to state', () => {
      expect(composeDraft(input({ interest: [], blocks: ['late-interest'] })).text).toBe('');
    });
  });

  describe('instalments and apology', () => {
    it('invites a proposal when no plan was computed', () => {
      const draft = composeDraft(input({ instalments: undefined, blocks: ['instalment-offer'] }));
      expect(draft.text).toContain('Please propose dates and amounts by 8 July 2026');
    });

    it.each([
      [
        'some',
        [line({ status: 'disputed' }), line({ number: 'INV-9' })],
        'paused our reminders for INV-1043. The other invoices',
      ],
      ['all', [line({ status: 'disputed' })], 'paused our reminders for INV-1043.'],
      ['none', [line()], 'paused our reminders for the invoices concerned.'],
    ])('pauses reminders when %s of the invoices are disputed', (_name, overdue, words) => {
      const draft = composeDraft(
        input({ overdue, upcoming: [], reason: 'dispute', blocks: ['apology-resolution'] }),
      );
      expect(draft.text).toContain('Please accept our apologies');
      expect(draft.text).toContain(words);
    });
  });

  describe('subject', () => {
    it.each([
      ['en', 'due', 'Payment reminder: INV-1043, INV-1044'],
      ['zh-CN', 'due', '付款提醒：INV-1043、INV-1044'],
      ['es', 'follow-up', 'Pago vencido: INV-1043, INV-1044'],
      ['fr', 'final', 'Dernier avis : INV-1043, INV-1044'],
      ['de', 'due', 'Zahlungserinnerung: INV-1043, INV-1044'],
      ['pt', 'stakes', 'Urgente, conta em atraso: INV-1043, INV-1044'],
    ] as const)('names the stage and the invoices in %s', (language, stage, subject) => {
      const draft = composeDraft(
        input({ language, stage, overdue: [line(), line({ number: 'INV-1044' })], upcoming: [] }),
      );
      expect(draft.subject).toBe(subject);
    });

    it('counts the invoices beyond five', () => {
      const overdue = Array.from({ length: 7 }, (_, i) => line({ number: `INV-${i + 1}` }));
      expect(composeDraft(input({ overdue, upcoming: [], stage: 'due' })).subject).toBe(
        'Payment reminder: INV-1, INV-2, INV-3, INV-4, INV-5 and 2 more',
      );
    });

    it('never carries a line break', () => {
      const draft = composeDraft(
        input({ overdue: [line({ number: 'INV-1\r\nBcc: x@y.z' })], upcoming: [] }),
      );
      expect(draft.subject).toBe('Overdue payment: INV-1 Bcc: x@y.z');
    });
  });
});

describe('composePaymentInstructions', () => {
  it('writes only the payment sections, one per currency', () => {
    const draft = composePaymentInstructions(input());
    expect(draft.subject).toBe('Payment details: INV-1043, INV-1101');
    expect(draft.text.startsWith('Payment details (USD)')).toBe(true);
    expect(draft.text).not.toContain('Dear');
    expect(draft.text).not.toContain('Kind regards');
    expect(draft).toEqual({
      ...composeDraft(input({ blocks: ['payment-instructions'] })),
      subject: draft.subject,
    });
  });

  it('refuses when there is nothing to pay', () => {
    expect(() => composePaymentInstructions(input({ payments: [] }))).toThrow(NOTHING_TO_PAY);
  });
});
