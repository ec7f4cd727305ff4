import type { BankAccount } from '../../src/core/model';
import { currencyCode, type CurrencyCode } from '../../src/core/money';
import { accountFor, bankAccountProblems } from '../../src/core/paymentAccount';

const EUR_ACCOUNT: BankAccount = {
  currency: currencyCode('EUR'),
  holder: 'Duly Trading GmbH',
  bank: 'Commerzbank',
  bankAddress: 'Kaiserplatz, Frankfurt am Main',
  iban: 'DE89 3704 0044 0532 0130 00',
  swift: 'COBADEFFXXX',
  charges: 'SHA',
};

const USD_ACCOUNT: BankAccount = {
  currency: currencyCode('USD'),
  holder: 'Duly Trading GmbH',
  bank: 'Bank of America',
  accountNumber: '4831 0012 7765',
  swift: 'BOFAUS3N',
  intermediary: 'Citibank N.A., New York, CITIUS33',
  charges: 'OUR',
};

const GBP_ACCOUNT: BankAccount = {
  currency: currencyCode('GBP'),
  holder: 'Duly Trading Ltd',
  bank: 'NatWest',
  iban: 'GB29 NWBK 6016 1331 9268 19',
  swift: 'NWBKGB2L',
  charges: 'SHA',
};

const code = (text: string): CurrencyCode => currencyCode(text);

describe('accountFor', () => {
  const accounts = [EUR_ACCOUNT, USD_ACCOUNT, GBP_ACCOUNT];

  it.each([
    ['EUR', EUR_ACCOUNT],
    ['USD', USD_ACCOUNT],
    ['GBP', GBP_ACCOUNT],
  ])('chooses the account in %s', (currency, expected) => {
    expect(accountFor(accounts, code(currency))).toEqual({ ok: true, account: expected });
  });

  it('refuses, naming the currency, when no account has it', () => {
    expect(accountFor(accounts, code('JPY'))).toEqual({
      ok: false,
      message:
        'No bank account for JPY in your settings: add one before sending payment instructions.',
    });
  });

  it('refuses when there is no account at all', () => {
    expect(accountFor([], code('EUR'))).toMatchObject({ ok: false });
  });

  it('takes the first of several accounts of the currency', () => {
    const second = { ...EUR_ACCOUNT, bank: 'Deutsche Bank', swift: 'DEUTDEFF' };
    expect(accountFor([USD_ACCOUNT, EUR_ACCOUNT, second], code('EUR'))).toEqual({
      ok: true,
      account: EUR_ACCOUNT,
    });
  });

  it('skips an unusable account for a usable one of the same currency', () => {
    const broken = { ...EUR_ACCOUNT, iban: 'DE89 3704 0044 0532 0130 01' };
    expect(accountFor([broken, EUR_ACCOUNT], code('EUR'))).toEqual({
      ok: true,
      account: EUR_ACCOUNT,
    });
  });

  it('refuses an unusable account rather than quote a wrong IBAN', () => {
    const broken = { ...EUR_ACCOUNT, iban: 'DE89 3704 0044 0532 0130 01' };
    const choice = accountFor([broken, USD_ACCOUNT], code('EUR'));
    expect(choice).toEqual({
      ok: false,
      message:
        'The bank account for EUR in your settings needs fixing before sending payment instructions: ' +
        'The IBAN check digits do not match: a character is mistyped or two are swapped.',
    });
  });

  it('never answers with an account of another currency', () => {
    const chosen = ['EUR', 'USD', 'GBP', 'JPY', 'CNY', 'KWD'].map((currency) => {
      const choice = accountFor(accounts, code(currency));
      return choice.ok ? choice.account.currency : null;
    });
    expect(chosen).toEqual(['EUR', 'USD', 'GBP', null, null, null]);
  });
});

describe('bankAccountProblems', () => {
  it.each([
    ['an IBAN account', EUR_ACCOUNT],
    ['an account-number account with an intermediary', USD_ACCOUNT],
    ['a GBP account', GBP_ACCOUNT],
  ])('finds nothing wrong with %s', (_, account) => {
    expect(bankAccountProblems(account)).toEqual([]);
  });

  it.each([
    [
      'currency',
      { currency: 'EURO' as CurrencyCode },
      '"EURO" is not an ISO 4217 currency code, such as EUR or USD.',
    ],
    ['holder', { holder: '  ' }, "The account holder's name is missing."],
    ['bank', { bank: '' }, "The bank's name is missing."],
    [
      'iban',
      { iban: 'DE89 3704 0044 0532 0130 0' },
      'A DE IBAN has 22 characters; this one has 21.',
    ],
    ['iban', { iban: 'XX89 3704 0044 0532 0130 00' }, '"XX" is not a country that uses IBANs.'],
    ['iban', { iban: undefined }, 'Give the IBAN or, where there is none, the account number.'],
    ['iban', { iban: ' ' }, 'Give the IBAN or, where there is none, the account number.'],
    [
      'accountNumber',
      { accountNumber: '123456' },
      'Give either the IBAN or the account number, not both.',
    ],
    ['swift', { swift: '' }, 'The SWIFT/BIC code is missing.'],
    ['swift', { swift: 'COBADEF' }, 'A SWIFT/BIC code has 8 or 11 characters; this one has 7.'],
    ['swift', { swift: 'COBAUKFF' }, '"UK" is not a country code'],
    [
      'charges',
      { charges: 'ALL' as 'OUR' },
      'Say who bears the bank charges: OUR (you), SHA (shared) or BEN (the buyer).',
    ],
  ])('flags the field %s of %p', (field, change, message) => {
    const problems = bankAccountProblems({ ...EUR_ACCOUNT, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(field);
    expect(problems[0]?.message).toContain(message);
  });

  it.each(['4831-0012/77.65', 'GB-4831 0012', '1'.repeat(34)])(
    'accepts the account number %j',
    (accountNumber) => {
      expect(bankAccountProblems({ ...USD_ACCOUNT, accountNumber })).toEqual([]);
    },
  );

  it.each([
    ['no digits', 'An account number has digits'],
    ['4831#0012', 'An account number has digits'],
    ['1'.repeat(35), 'at most 34 letters and digits'],
  ])('rejects the account number %j', (accountNumber, message) => {
    expect(bankAccountProblems({ ...USD_ACCOUNT, accountNumber })).toEqual([
      { field: 'accountNumber', message: expect.stringContaining(message) },
    ]);
  });

  it('lists every problem of a blank account, one per field', () => {
    const blank = {
      currency: '' as CurrencyCode,
      holder: '',
      bank: '',
      swift: '',
      charges: '' as 'OUR',
    };
    expect(bankAccountProblems(blank).map((p) => p.field)).toEqual([
      'currency',
      'holder',
      'bank',
      'iban',
      'swift',
      'charges',
    ]);
  });
});
