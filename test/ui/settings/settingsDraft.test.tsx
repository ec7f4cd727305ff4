import { readFileSync } from 'node:fs';
import { parseLedgerText, serializeLedger } from '../../../src/core/ledgerFile';
import type { Ledger, Settings } from '../../../src/core/model';
import {
  accountOf,
  domainLines,
  draftOf,
  rateLines,
  settingsOf,
  type SettingsDraft,
} from '../../../src/ui/settings/settingsDraft';

const sample = (): Ledger =>
  parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');

/** The sample's settings with a segment policy and fields from a newer version. */
const companyExtra = { extra: { vatId: 'ESB12345678' } };

function richSettings(): Settings {
  const settings = sample().settings;
  return {
    ...settings,
    // The file reader keeps unknown company fields too, though CompanySettings does not name them.
    company: { ...settings.company, ...companyExtra },
    bankAccounts: settings.bankAccounts.map((a, i) =>
      i === 0 ? { ...a, extra: { nickname: 'main' } } : a,
    ),
    policies: { key: { ...settings.policy, finalDays: 90, minIntervalDays: 5 } },
    extra: { theme: 'dark' },
  };
}

describe('settingsOf', () => {
  it('gives back the loaded settings when nothing is edited', () => {
    const settings = richSettings();
    expect(settingsOf(draftOf(settings), settings)).toEqual(settings);
  });

  it('writes edits over the loaded settings and keeps fields it does not show', () => {
    const settings = richSettings();
    const draft: SettingsDraft = {
      ...draftOf(settings),
      signature: 'Ana\nCredit Control\n\n',
      segments: [],
    };
    const next = settingsOf(draft, settings);
    expect(next.company).toEqual({ ...settings.company, signature: 'Ana\nCredit Control' });
    expect(next.policies).toBeUndefined();
    expect(next.extra).toEqual({ theme: 'dark' });
    expect(next.bankAccounts[0]!.extra).toEqual({ nickname: 'main' });
  });

  it('drops the interest terms when interest is switched off', () => {
    const settings = richSettings();
    const draft = draftOf(settings);
    const next = settingsOf({ ...draft, interest: { ...draft.interest, on: false } }, settings);
    expect(next.interest).toBeUndefined();
    expect(settings.interest).toBeDefined();
  });

  it('makes settings the ledger file reads back the same', () => {
    const ledger = sample();
    const draft = draftOf(ledger.settings);
    const edited = settingsOf(
      {
        ...draft,
        interest: { ...draft.interest, statutory: 'eu', referenceRate: '2,15', graceDays: '5' },
        freeMail: 'Mail.Example.com\n@gmail.com\n\ngmail.com',
        languages: ['de', 'en'],
      },
      ledger.settings,
    );
    const back = parseLedgerText(serializeLedger({ ...ledger, settings: edited }), 'x.json');
    expect(back.settings).toEqual(edited);
    expect(edited.interest).toMatchObject({ referenceRatePercent: 2.15, graceDays: 5 });
  });
});

describe('draftOf', () => {
  it('shows a valid IBAN in groups of four and keeps an invalid one as stored', () => {
    const settings = sample().settings;
    const eur = settings.bankAccounts[0]!;
    const draft = draftOf({
      ...settings,
      bankAccounts: [eur, { ...eur, iban: 'ES9121000418450200051333' }],
    });
    expect(draft.accounts.map((a) => a.iban)).toEqual([
      'ES91 2100 0418 4502 0005 1332',
      'ES9121000418450200051333',
    ]);
  });

  it('picks the account number for an account without IBAN', () => {
    const usd = draftOf(sample().settings).accounts.find((a) => a.currency === 'USD')!;
    expect(usd).toMatchObject({ identifier: 'accountNumber', accountNumber: '0418450200051399' });
  });
});

describe('accountOf', () => {
  it('compacts IBAN and BIC and saves only the chosen identifier', () => {
    const [eur] = draftOf(sample().settings).accounts;
    const account = accountOf({
      ...eur!,
      iban: 'es91 2100 0418 4502 0005 1332',
      accountNumber: '123',
      swift: 'caix es bb xxx',
      intermediary: '  ',
    });
    expect(account).toMatchObject({ iban: 'ES9121000418450200051332', swift: 'CAIXESBBXXX' });
    expect(account).not.toHaveProperty('accountNumber');
    expect(account).not.toHaveProperty('intermediary');
    const byNumber = accountOf({ ...eur!, identifier: 'accountNumber', accountNumber: ' 12-34 ' });
    expect(byNumber).toMatchObject({ accountNumber: '12-34' });
    expect(byNumber).not.toHaveProperty('iban');
  });
});

describe('domainLines', () => {
  it('reads one domain a line: lower case, no "@", no blanks or repeats, with line numbers', () => {
    expect(domainLines(' Gmail.com\r\n\n@qq.com\ngmail.com\nnot a domain')).toEqual({
      domains: ['gmail.com', 'qq.com', 'not a domain'],
      lines: [
        { line: 1, text: 'gmail.com' },
        { line: 3, text: 'qq.com' },
        { line: 4, text: 'gmail.com' },
        { line: 5, text: 'not a domain' },
      ],
    });
  });
});

describe('rateLines', () => {
  it('reads one currency and rate per line, upper-casing codes and reading a comma decimal', () => {
    expect(rateLines('EUR 1\n usd=0,92 \n\nJPY: 0.0061').rates).toEqual({
      EUR: 1,
      USD: 0.92,
      JPY: 0.0061,
    });
  });

  it('lists the lines that are no known currency with a rate above zero', () => {
    expect(rateLines('EUR 1\nXYZ 2\nUSD 0\nGBP').bad).toEqual([
      { line: 2, text: 'XYZ 2' },
      { line: 3, text: 'USD 0' },
      { line: 4, text: 'GBP' },
    ]);
  });

  it('round-trips through the settings, and an empty box removes the rates', () => {
    const settings: Settings = { ...sample().settings, rates: { EUR: 1, USD: 0.92 } };
    const draft = draftOf(settings);
    expect(draft.rates).toBe('EUR 1\nUSD 0.92');
    expect(settingsOf(draft, settings).rates).toEqual({ EUR: 1, USD: 0.92 });
    expect(settingsOf({ ...draft, rates: '' }, settings)).not.toHaveProperty('rates');
  });
});
