import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import {
  emptyLedger,
  invoiceNumberKey,
  LEDGER_FORMAT,
  LEDGER_VERSION,
  LedgerFileError,
  mergeEvents,
  parseLedger,
  parseLedgerText,
  parseLedgerPiecesSteps,
  parseLedgerTextSteps,
  runSteps,
  serializeLedger,
  type WorkStep,
} from '../../src/core/ledgerFile';
import type { CalendarDate } from '../../src/core/calendarDate';
import { synthLedger } from '../../src/core/synth';
import { money } from '../../src/core/money';
import {
  DEFAULT_FREE_MAIL_DOMAINS,
  DEFAULT_POLICY,
  LETTER_LANGUAGES,
  type CustomerId,
  type Invoice,
  type InvoiceId,
  type Ledger,
  type LedgerEvent,
} from '../../src/core/model';

type Json = Record<string, unknown>;

/** A realistic file: two buyers, invoices in USD, JPY and KWD, a reminder and a promise. */
function sampleFile(): Json {
  return {
    format: 'duly-ledger',
    version: 1,
    exportedBy: 'duly 0.9',
    settings: {
      company: {
        name: 'Sunrise Textiles Ltd',
        timeZone: 'Asia/Shanghai',
        signature: 'Li Wei\nCredit Control',
        logo: 'logo.png',
      },
      bankAccounts: [
        {
          currency: 'USD',
          holder: 'Sunrise Textiles Ltd',
          bank: 'Bank of China, Shanghai Branch',
          accountNumber: '4567 8901 2345',
          swift: 'BKCHCNBJ300',
          intermediary: 'Bank of China New York, BKCHUS33',
          charges: 'OUR',
        },
        {
          currency: 'EUR',
          holder: 'Sunrise Textiles Ltd',
          bank: 'Deutsche Bank AG',
          bankAddress: 'Taunusanlage 12, Frankfurt',
          iban: 'DE89370400440532013000',
          swift: 'DEUTDEFF',
          charges: 'SHA',
          label: 'main EUR',
        },
      ],
      interest: {
        ratePercent: 1,
        per: 'month',
        dayCount: 'actual/365',
        graceDays: 5,
        statutory: 'eu',
        referenceRatePercent: 4.5,
      },
      policy: { followUpDays: 4 },
      policies: { 'key-accounts': { escalationDays: 10 } },
      deadlineTime: '16:30',
      theme: 'dark',
    },
    customers: [
      {
        id: 'costa-verde',
        name: 'Costa Verde Importaciones S.L.',
        country: 'ES',
        language: 'es',
        timeZone: 'Europe/Madrid',
        contacts: [{ name: 'Ana Ruiz', email: 'ana.ruiz@costaverde.es', role: 'AP' }],
        domains: ['costaverde.es'],
        paymentTermsDays: 30,
        segment: 'key-accounts',
        creditHold: false,
        notes: 'Pays on the 15th.',
        crmId: 'A-77',
      },
      {
        id: 'gulf-star',
        name: 'Gulf Star Trading',
        country: 'KW',
        language: 'en',
        timeZone: 'Asia/Kuwait',
        contacts: [],
        domains: [],
      },
    ],
    invoices: [
      {
        id: 'inv-1042',
        number: 'INV-1042',
        customerId: 'costa-verde',
        po: 'OC-118',
        issueDate: '2026-05-27',
        dueDate: '2026-06-26',
        currency: 'USD',
        amount: '25000.00',
        paid: '5000.00',
        status: 'partly-paid',
        pause: { reason: 'promise', until: '2026-07-10', by: 'li.wei' },
        erpRef: 7781,
      },
      {
        id: 'inv-1043',
        number: 'INV-1043',
        customerId: 'costa-verde',
        issueDate: '2026-06-01',
        dueDate: '2026-07-01',
        currency: 'JPY',
        amount: '1850000',
        paid: '0',
        status: 'open',
      },
      {
        id: 'inv-1044',
        number: 'INV-1044',
        customerId: 'gulf-star',
        issueDate: '2026-06-02',
        dueDate: '2026-07-02',
        currency: 'KWD',
        amount: '1250.500',
        paid: '0.000',
        status: 'open',
      },
    ],
    events: [
      {
        id: 'msg-1',
        customerId: 'costa-verde',
        at: '2026-06-29T09:00:00+08:00',
        direction: 'outbound',
        channel: 'email',
        kind: 'reminder',
        threadId: 't-1',
        messageId: '<a1@sunrise.cn>',
        invoiceIds: ['inv-1042'],
        stage: 'follow-up',
        blocks: ['opening', 'invoice-table', 'payment-instructions'],
        sentiment: 'calm',
      },
      {
        customerId: 'costa-verde',
        at: '2026-06-30T10:15:00Z',
        direction: 'inbound',
        channel: 'phone',
        kind: 'promise',
        invoiceIds: ['inv-1042'],
        promisedFor: '2026-07-10',
        reason: 'cash-flow',
        note: 'Will pay after their customer pays.',
      },
    ],
  };
}

function withChange(change: (file: Json) => void): Json {
  const file = sampleFile();
  change(file);
  return file;
}

const at = (file: Json, key: string, index: number): Json => (file[key] as Json[])[index]!;
const settingsOf = (file: Json): Json => file.settings as Json;

function issuesOf(json: unknown): { path: string; message: string }[] {
  try {
    parseLedger(json);
  } catch (error) {
    if (error instanceof LedgerFileError) return error.issues;
    throw error;
  }
  throw new Error('expected a LedgerFileError');
}

describe('parseLedger', () => {
  it('maps a file to the model with amounts as exact Money', () => {
    const ledger = parseLedger(sampleFile());
    expect(ledger.invoices.map((i) => [i.amount, i.paid])).toEqual([
      [money(2_500_000, 'USD'), money(500_000, 'USD')],
      [money(1_850_000, 'JPY'), money(0, 'JPY')],
      [money(1_250_500, 'KWD'), money(0, 'KWD')],
    ]);
    expect(ledger.invoices[0]!.pause).toEqual({
      reason: 'promise',
      until: '2026-07-10',
      extra: { by: 'li.wei' },
    });
    expect(ledger.events[1]).toMatchObject({
      kind: 'promise',
      promisedFor: '2026-07-10',
      reason: 'cash-flow',
    });
    expect(ledger.settings.deadlineTime).toEqual({ hour: 16, minute: 30 });
  });

  it('fills absent settings with the defaults', () => {
    const ledger = parseLedger(sampleFile());
    expect(ledger.settings.policy).toEqual({ ...DEFAULT_POLICY, followUpDays: 4 });
    expect(ledger.settings.policies?.['key-accounts']).toEqual({
      ...DEFAULT_POLICY,
      followUpDays: 4,
      escalationDays: 10,
    });
    expect(ledger.settings.freeMailDomains).toEqual(DEFAULT_FREE_MAIL_DOMAINS);
    expect(ledger.settings.languages).toEqual(LETTER_LANGUAGES);
    const bare = withChange((f) => delete settingsOf(f).deadlineTime);
    expect(parseLedger(bare).settings.deadlineTime).toEqual({ hour: 17, minute: 0 });
  });

  it('reads ranking rates and writes them back in code order', () => {
    const file = withChange((f) => (settingsOf(f).rates = { USD: 0.92, EUR: 1, JPY: 0.0061 }));
    const ledger = parseLedger(file);
    expect(ledger.settings.rates).toEqual({ USD: 0.92, EUR: 1, JPY: 0.0061 });
    const written = JSON.parse(serializeLedger(ledger)) as Json;
    expect(Object.keys(settingsOf(written).rates as Json)).toEqual(['EUR', 'JPY', 'USD']);
    expect(parseLedger(written).settings.rates).toEqual(ledger.settings.rates);
    expect(parseLedger(sampleFile()).settings.rates).toBeUndefined();
  });

  it('reads the Outlook category and writes it back byte for byte', () => {
    const file = withChange((f) => (settingsOf(f).outlookCategory = 'Chased · 已催'));
    const ledger = parseLedger(file);
    expect(ledger.settings.outlookCategory).toBe('Chased · 已催');
    const once = serializeLedger(ledger);
    expect(settingsOf(JSON.parse(once) as Json).outlookCategory).toBe('Chased · 已催');
    expect(serializeLedger(parseLedgerText(once))).toBe(once);
    expect(parseLedger(sampleFile()).settings.outlookCategory).toBeUndefined();
    expect(serializeLedger(parseLedger(sampleFile()))).not.toContain('outlookCategory');
  });

  it.each([
    ['empty', '', 'is empty (leave the field out to tag nothing)'],
    ['blank', '   ', 'is empty (leave the field out to tag nothing)'],
    ['padded', ' Chased', 'must not start or end with spaces'],
    ['too long', 'C'.repeat(256), 'is longer than 255 characters'],
    ['with a tab', 'Chased\there', 'must not hold control characters (tabs, line breaks)'],
  ])(
    'refuses an Outlook category that is %s, naming settings.outlookCategory',
    (_n, value, why) => {
      const issues = issuesOf(withChange((f) => (settingsOf(f).outlookCategory = value)));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe('settings.outlookCategory');
      expect(issues[0]!.message).toMatch(/^settings: outlookCategory "/);
      expect(issues[0]!.message.endsWith(why)).toBe(true);
    },
  );

  it('accepts an Outlook category of exactly 255 characters and refuses one that is no string', () => {
    const longest = 'C'.repeat(255);
    const file = withChange((f) => (settingsOf(f).outlookCategory = longest));
    expect(parseLedger(file).settings.outlookCategory).toBe(longest);
    expect(issuesOf(withChange((f) => (settingsOf(f).outlookCategory = 7)))).toEqual([
      {
        path: 'settings.outlookCategory',
        message: 'settings: outlookCategory must be a string, not 7',
      },
    ]);
  });

  it('keeps unknown fields of every object in extra', () => {
    const ledger = parseLedger(sampleFile());
    expect(ledger.extra).toEqual({ exportedBy: 'duly 0.9' });
    expect(ledger.settings.extra).toEqual({ theme: 'dark' });
    expect(ledger.settings.company).toMatchObject({ extra: { logo: 'logo.png' } });
    expect(ledger.settings.bankAccounts[1]!.extra).toEqual({ label: 'main EUR' });
    expect(ledger.customers[0]!.extra).toEqual({ crmId: 'A-77' });
    expect(ledger.customers[0]!.contacts[0]).toMatchObject({ extra: { role: 'AP' } });
    expect(ledger.invoices[0]!.extra).toEqual({ erpRef: 7781 });
    expect(ledger.events[0]!.extra).toEqual({ sentiment: 'calm' });
    expect(ledger.customers[1]!.extra).toBeUndefined();
  });

  it.each<[string, (f: Json) => void, string, string]>([
    [
      'an impossible date',
      (f) => (at(f, 'invoices', 1).dueDate = '2026-02-30'),
      'invoices[1].dueDate',
      'invoice 2 (INV-1043): dueDate "2026-02-30" is not a date (YYYY-MM-DD)',
    ],
    [
      'an unknown customer',
      (f) => (at(f, 'invoices', 2).customerId = 'nobody'),
      'invoices[2].customerId',
      'invoice 3 (INV-1044): customerId "nobody" is not a customer of this ledger',
    ],
    [
      'an event of an unknown customer',
      (f) => (at(f, 'events', 1).customerId = 'nobody'),
      'events[1].customerId',
      'event 2: customerId "nobody" is not a customer of this ledger',
    ],
    [
      'an event naming an unknown invoice',
      (f) => (at(f, 'events', 0).invoiceIds = ['inv-1042', 'inv-9']),
      'events[0].invoiceIds[1]',
      'event 1 (msg-1): invoiceIds item 2 "inv-9" is not an invoice of this ledger',
    ],
    [
      'a repeated customer id',
      (f) => {
        at(f, 'customers', 1).id = 'costa-verde';
        at(f, 'invoices', 2).customerId = 'costa-verde';
      },
      'customers[1].id',
      'customer 2 (costa-verde): id "costa-verde" is already used by customer 1',
    ],
    [
      'a repeated invoice number, compared trimmed and upper-cased',
      (f) => (at(f, 'invoices', 2).number = ' inv-1042'),
      'invoices[2].number',
      'invoice 3 ( inv-1042): number " inv-1042" is already used by invoice 1',
    ],
    [
      'a repeated event id',
      (f) => (at(f, 'events', 1).id = 'msg-1'),
      'events[1].id',
      'event 2 (msg-1): id "msg-1" is already used by event 1',
    ],
    [
      'an unknown currency',
      (f) => (at(f, 'invoices', 0).currency = 'XYZ'),
      'invoices[0].currency',
      'invoice 1 (INV-1042): currency "XYZ" is not a known ISO 4217 currency code',
    ],
    [
      'a lower-case currency',
      (f) => (at(f, 'invoices', 0).currency = 'usd'),
      'invoices[0].currency',
      'invoice 1 (INV-1042): currency "usd" is not a known ISO 4217 currency code',
    ],
    [
      'three decimals in USD',
      (f) => (at(f, 'invoices', 0).amount = '25000.005'),
      'invoices[0].amount',
      'invoice 1 (INV-1042): amount "25000.005" has more than 2 decimals for USD',
    ],
    [
      'decimals in JPY',
      (f) => (at(f, 'invoices', 1).paid = '0.5'),
      'invoices[1].paid',
      'invoice 2 (INV-1043): paid "0.5" has decimals, but JPY has no minor unit',
    ],
    [
      'an amount written as a number',
      (f) => (at(f, 'invoices', 0).amount = 25000),
      'invoices[0].amount',
      'invoice 1 (INV-1042): amount must be a decimal string like "25000.00", not the number 25000',
    ],
    [
      'a grouped amount',
      (f) => (at(f, 'invoices', 0).amount = '25,000.00'),
      'invoices[0].amount',
      'invoice 1 (INV-1042): amount "25,000.00" is not a decimal amount like "25000.00"',
    ],
    [
      'more paid than owed',
      (f) => (at(f, 'invoices', 2).paid = '1250.501'),
      'invoices[2].paid',
      'invoice 3 (INV-1044): paid 1250.501 is more than the amount 1250.500',
    ],
    [
      'an unknown status',
      (f) => (at(f, 'invoices', 1).status = 'overdue'),
      'invoices[1].status',
      'invoice 2 (INV-1043): status "overdue" is not one of open, partly-paid, paid, disputed, written-off',
    ],
    [
      'an unknown customer time zone',
      (f) => (at(f, 'customers', 0).timeZone = 'Europe/Atlantis'),
      'customers[0].timeZone',
      'customer 1 (costa-verde): timeZone "Europe/Atlantis" is not an IANA time zone (like "Europe/Madrid")',
    ],
    [
      'an unknown company time zone',
      (f) => ((settingsOf(f).company as Json).timeZone = 'Mars/Olympus'),
      'settings.company.timeZone',
      'settings.company: timeZone "Mars/Olympus" is not an IANA time zone (like "Europe/Madrid")',
    ],
    [
      'a language without letters',
      (f) => (at(f, 'customers', 1).language = 'it'),
      'customers[1].language',
      'customer 2 (gulf-star): language "it" is not one of en, zh-CN, es, fr, de, pt',
    ],
    [
      'an implausible email',
      (f) => (at(f, 'customers', 0).contacts = [{ name: 'Ana', email: 'ana at costaverde.es' }]),
      'customers[0].contacts[0].email',
      'customer 1 (costa-verde): contact 1: email "ana at costaverde.es" is not an email address',
    ],
    [
      'a country that is no ISO code',
      (f) => (at(f, 'customers', 0).country = 'Spain'),
      'customers[0].country',
      'customer 1 (costa-verde): country "Spain" is not an ISO 3166-1 alpha-2 code like "ES" (or "" if unknown)',
    ],
    [
      'an instant without an offset',
      (f) => (at(f, 'events', 0).at = '2026-06-29T09:00:00'),
      'events[0].at',
      'event 1 (msg-1): at "2026-06-29T09:00:00" is not an ISO 8601 date-time with an offset, like "2026-06-26T09:00:00+02:00"',
    ],
    [
      'an unknown event kind',
      (f) => (at(f, 'events', 0).kind = 'email'),
      'events[0].kind',
      'event 1 (msg-1): kind "email" is not one of reminder, reply, promise, dispute, payment-notice, out-of-office, bounce, call, note',
    ],
    [
      'a bank account with both IBAN and account number',
      (f) => (at(settingsOf(f), 'bankAccounts', 1).accountNumber = '123'),
      'settings.bankAccounts[1].iban',
      'bank account 2 (EUR): give exactly one of iban or accountNumber',
    ],
    [
      'statutory interest without a reference rate',
      (f) => delete (settingsOf(f).interest as Json).referenceRatePercent,
      'settings.interest.referenceRatePercent',
      'settings.interest: referenceRatePercent: Statutory interest needs the ECB reference rate, in percent.',
    ],
    [
      'a reference rate that makes statutory interest negative',
      (f) => ((settingsOf(f).interest as Json).referenceRatePercent = -9),
      'settings.interest.referenceRatePercent',
      'settings.interest: referenceRatePercent -9: The reference rate plus 8 points is below zero.',
    ],
    [
      'an IBAN whose check digits do not match',
      (f) => (at(settingsOf(f), 'bankAccounts', 1).iban = 'DE89370400440532013001'),
      'settings.bankAccounts[1].iban',
      'bank account 2 (EUR): iban "DE89370400440532013001": The IBAN check digits do not match: a character is mistyped or two are swapped.',
    ],
    [
      'a SWIFT/BIC code of the wrong shape',
      (f) => (at(settingsOf(f), 'bankAccounts', 0).swift = 'BKCH'),
      'settings.bankAccounts[0].swift',
      'bank account 1 (USD): swift "BKCH": A SWIFT/BIC code has 8 or 11 characters; this one has 4.',
    ],
    [
      'a ladder out of order',
      (f) => (settingsOf(f).policy = { stakesDays: 90, finalDays: 60 }),
      'settings.policy.finalDays',
      'settings.policy: finalDays (60) must not be less than stakesDays (90)',
    ],
    [
      'a deadline time that is no time of day',
      (f) => (settingsOf(f).deadlineTime = '5pm'),
      'settings.deadlineTime',
      'settings: deadlineTime "5pm" is not a time of day like "17:00"',
    ],
    [
      'a rate for an unknown currency',
      (f) => (settingsOf(f).rates = { EUR: 1, XYZ: 2 }),
      'settings.rates.XYZ',
      'settings.rates: "XYZ" is not a known ISO 4217 currency code',
    ],
    [
      'a rate that is not above zero',
      (f) => (settingsOf(f).rates = { EUR: 1, USD: 0 }),
      'settings.rates.USD',
      'settings.rates: the rate of USD must be a number above zero',
    ],
    [
      'a pause with an unknown reason',
      (f) => (at(f, 'invoices', 0).pause = { reason: 'holiday' }),
      'invoices[0].pause.reason',
      'invoice 1 (INV-1042): reason "holiday" is not one of dispute, promise, payment-sent, out-of-office, manual',
    ],
  ])('reports %s with its path and item number', (_name, change, path, message) => {
    expect(issuesOf(withChange(change))).toEqual([{ path, message }]);
  });

  it('collects every problem of the file, not only the first', () => {
    const file = withChange((f) => {
      at(f, 'invoices', 0).dueDate = '2026-13-01';
      at(f, 'invoices', 1).currency = 'XXX';
      at(f, 'customers', 1).timeZone = 'Nowhere';
      at(f, 'events', 1).direction = 'sideways';
    });
    expect(issuesOf(file).map((i) => i.path)).toEqual([
      'customers[1].timeZone',
      'invoices[0].dueDate',
      'invoices[1].currency',
      'events[1].direction',
    ]);
  });

  it('lists the problems in the error message', () => {
    const file = withChange((f) => (at(f, 'invoices', 1).dueDate = '2026-02-30'));
    expect(() => parseLedger(file)).toThrow(
      'The ledger file has 1 problem:\n  - invoice 2 (INV-1043): dueDate "2026-02-30" is not a date (YYYY-MM-DD)',
    );
  });

  it.each([
    [{ format: 'other', version: 1 }, 'file: format must be "duly-ledger", not "other"'],
    [[], 'the file must hold a JSON object'],
    [
      { ...sampleFile(), version: 2 },
      'file: version 2 was written by a newer Duly; this one reads version 1',
    ],
  ])('refuses a file that is not a ledger it can read (%#)', (json, message) => {
    expect(issuesOf(json)).toEqual([expect.objectContaining({ message })]);
  });

  it('accepts a minimal file', () => {
    const ledger = parseLedger({
      format: 'duly-ledger',
      version: 1,
      settings: { company: { name: 'Acme', timeZone: 'UTC', signature: '' }, bankAccounts: [] },
      customers: [],
      invoices: [],
    });
    expect(ledger.events).toEqual([]);
    expect(ledger.settings.policy).toEqual(DEFAULT_POLICY);
  });
});

describe('parseLedgerText', () => {
  it('names the file, line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "duly-ledger",\n  "version": 1,,\n}';
    let error: unknown;
    try {
      parseLedgerText(text, 'acme.duly.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LedgerFileError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^acme\.duly\.json has 1 problem:\n {2}- not valid JSON at line 3, column 16: /,
    );
  });

  it('ignores a UTF-8 byte order mark', () => {
    const text = '\uFEFF' + serializeLedger(parseLedger(sampleFile()));
    expect(parseLedgerText(text).customers).toHaveLength(2);
  });

  it('reads a file to the same ledger as parseLedger, lists filled in', () => {
    const file = withChange((f) => delete at(f, 'events', 1).invoiceIds);
    const ledger = parseLedgerText(JSON.stringify(file));
    expect(ledger).toEqual(parseLedger(file));
    expect(ledger.events[1]!.invoiceIds).toEqual([]);
  });

  it('names the file in validation problems', () => {
    const text = JSON.stringify(withChange((f) => (at(f, 'invoices', 0).status = 'late')));
    expect(() => parseLedgerText(text, 'ledger.json')).toThrow(/^ledger\.json has 1 problem/);
  });
});

/** What a parse gives: the ledger, or the message of what it threw. */
function outcomeOf(parse: () => Ledger): { ledger: Ledger } | { error: string } {
  try {
    return { ledger: parse() };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** Runs the sliced parse, keeping every step it yields. */
function sliced(text: string, fileName?: string): { ledger: Ledger; steps: WorkStep[] } {
  const steps: WorkStep[] = [];
  const run = parseLedgerTextSteps(text, fileName);
  for (;;) {
    const next = run.next();
    if (next.done) return { ledger: next.value, steps };
    steps.push(next.value);
  }
}

describe('parseLedgerTextSteps', () => {
  // Several MB of text: the scan splits the arrays into many batches and yields many times.
  const big = synthLedger({
    customers: 200,
    invoices: 2000,
    events: 10_000,
    seed: 7,
    today: '2026-07-01' as CalendarDate,
  });
  const bigText = serializeLedger(big);

  it('reads a large file to the same ledger as parseLedgerText, yielding as it goes', () => {
    const { ledger, steps } = sliced(bigText);
    expect(ledger).toEqual(parseLedgerText(bigText));
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) expect(step.done).toBeLessThanOrEqual(step.total);
  });

  it('reads a file without line breaks and one with a byte order mark the same way', () => {
    const compact = JSON.stringify(JSON.parse(bigText));
    expect(sliced(compact).ledger).toEqual(parseLedgerText(compact));
    const small = '\uFEFF' + serializeLedger(parseLedger(sampleFile()));
    expect(runSteps(parseLedgerTextSteps(small))).toEqual(parseLedgerText(small));
  });

  it('splits arrays only between items, whatever quotes, brackets and escapes the strings hold', () => {
    const awkward = '"},{"[\\"]\\\\,\n'.repeat(9_000);
    const file = withChange((f) => {
      const customers = f.customers as Json[];
      for (let i = 0; i < 12; i++) customers.push({ ...customers[0]!, id: `extra-${i}` });
      for (const c of customers) c.notes = `${awkward}${String(c.id)}`;
    });
    const text = JSON.stringify(file, null, 1);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(sliced(text).ledger).toEqual(parseLedgerText(text));
  });

  it('fails exactly as parseLedgerText does on broken or unusual JSON', () => {
    const valid = serializeLedger(parseLedger(sampleFile()));
    const texts = [
      '{\n  "format": "duly-ledger",\n  "version": 1,,\n}',
      valid.replace('"invoices": [', '"invoices": [,'),
      valid.replace(/\}\n {2}\],\n {2}"events"/, '},\n  ],\n  "events"'),
      valid.replace('"events": [', '"events": {"a": 1}, "events": ['),
      valid.replace('"format"', '"events": [1], "format"'),
      valid.replace('"format"', '"__proto__": [1], "format"'),
      `${valid} x`,
      '[1, 2]',
      '',
      JSON.stringify(withChange((f) => (at(f, 'invoices', 0).status = 'late'))),
    ];
    for (const text of texts) {
      expect(outcomeOf(() => runSteps(parseLedgerTextSteps(text, 'x.json')))).toEqual(
        outcomeOf(() => parseLedgerText(text, 'x.json')),
      );
    }
  });

  it('gives the same ledger or the same error as parseLedgerText for any customer names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }),
        (names) => {
          const file = withChange((f) => {
            (f.customers as Json[]).forEach((c, i) => (c.name = names[i % names.length]));
          });
          const text = JSON.stringify(file);
          expect(outcomeOf(() => runSteps(parseLedgerTextSteps(text)))).toEqual(
            outcomeOf(() => parseLedgerText(text)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** `text` cut at `cuts` (positions, any order, repeats allowed) into consecutive pieces. */
function piecesOf(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.min(text.length, c)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...at, text.length]) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  return pieces;
}

describe('parseLedgerPiecesSteps', () => {
  const big = serializeLedger(
    synthLedger({
      customers: 50,
      invoices: 500,
      events: 3000,
      seed: 3,
      today: '2026-07-01' as CalendarDate,
    }),
  );

  it('reads a text cut into pieces anywhere to the same ledger as the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: big.length }), { maxLength: 40 }), (cuts) => {
        const pieces = piecesOf(big, cuts);
        expect(runSteps(parseLedgerPiecesSteps(pieces))).toEqual(parseLedgerText(big));
      }),
      { numRuns: 20 },
    );
  });

  it('reads pieces cut inside strings with escaped quotes and backslashes', () => {
    const awkward = '"},{"[\\"]\\\\,\n'.repeat(200);
    const text = JSON.stringify(
      withChange((f) => {
        for (const c of f.customers as Json[]) c.notes = `${awkward}${String(c.id)}`;
      }),
    );
    const whole = parseLedgerText(text);
    for (let cut = 1; cut < text.length; cut += 97) {
      expect(runSteps(parseLedgerPiecesSteps([text.slice(0, cut), text.slice(cut)]))).toEqual(
        whole,
      );
    }
  });

  it('reports characters done out of the total of all pieces', () => {
    const pieces = piecesOf(big, [1000, 200_000, 400_000]);
    const steps: WorkStep[] = [];
    const run = parseLedgerPiecesSteps(pieces);
    for (let step = run.next(); !step.done; step = run.next()) steps.push(step.value);
    const scan = steps.filter((s) => s.total === big.length);
    expect(scan.length).toBeGreaterThan(3);
    expect(scan[scan.length - 1]!.done).toBe(big.length);
  });

  it('fails exactly as parseLedgerText does on broken JSON, whatever the pieces', () => {
    const valid = serializeLedger(parseLedger(sampleFile()));
    const texts = [
      valid.replace('"invoices": [', '"invoices": [,'),
      `${valid} x`,
      valid.slice(0, valid.length - 40),
      `  \n${valid}`,
      '\uFEFF' + valid,
      '',
      '[1, 2]',
    ];
    for (const text of texts) {
      for (const cuts of [[], [1], [2, 3], [text.length >> 1], [text.length - 5]]) {
        expect(
          outcomeOf(() => runSteps(parseLedgerPiecesSteps(piecesOf(text, cuts), 'x.json'))),
        ).toEqual(outcomeOf(() => parseLedgerText(text, 'x.json')));
      }
    }
  });
});

describe('serializeLedger', () => {
  it('writes the canonical text: fixed key order, 2-space indent, trailing newline', () => {
    const text = serializeLedger(parseLedger(sampleFile()));
    expect(
      text.startsWith(
        '{\n  "format": "duly-ledger",\n  "version": 1,\n  "settings": {\n    "company": {',
      ),
    ).toBe(true);
    expect(text.endsWith('\n  "exportedBy": "duly 0.9"\n}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as Json)).toEqual([
      'format',
      'version',
      'settings',
      'customers',
      'invoices',
      'events',
      'exportedBy',
    ]);
  });

  it('writes amounts as exact decimal strings in the currency exponent', () => {
    const json = JSON.parse(serializeLedger(parseLedger(sampleFile()))) as { invoices: Json[] };
    expect(json.invoices.map((i) => [i.currency, i.amount, i.paid])).toEqual([
      ['USD', '25000.00', '5000.00'],
      ['JPY', '1850000', '0'],
      ['KWD', '1250.500', '0.000'],
    ]);
  });

  it('writes unknown fields back and defaults out', () => {
    const json = JSON.parse(serializeLedger(parseLedger(sampleFile()))) as Json;
    const settings = json.settings as Json;
    expect(settings.theme).toBe('dark');
    expect(settings.policy).toEqual({ ...DEFAULT_POLICY, followUpDays: 4 });
    expect(settings.deadlineTime).toBe('16:30');
    expect((json.customers as Json[])[0]).toMatchObject({
      crmId: 'A-77',
      contacts: [{ role: 'AP' }],
    });
    expect((json.invoices as Json[])[0]).toMatchObject({ erpRef: 7781, pause: { by: 'li.wei' } });
  });

  it('gives the same bytes after parse, serialize, parse, serialize', () => {
    const once = serializeLedger(parseLedger(sampleFile()));
    const twice = serializeLedger(parseLedgerText(once));
    expect(twice).toBe(once);
    expect(parseLedgerText(twice)).toEqual(parseLedger(sampleFile()));
  });

  it('round-trips any amounts, names and notes exactly', () => {
    const currencies = ['USD', 'JPY', 'KWD', 'CLF'] as const;
    const invoiceArb = fc.record({
      number: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
      currency: fc.constantFrom(...currencies),
      amount: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(invoiceArb, { selector: (i) => invoiceNumberKey(i.number), maxLength: 5 }),
        fc.string(),
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (rows, note, name) => {
          const base = emptyLedger({ name, timeZone: 'Asia/Shanghai', signature: note });
          const customerId = 'c-1' as CustomerId;
          const invoices: Invoice[] = rows.map((row, index) => ({
            id: `inv-${index}` as InvoiceId,
            number: row.number,
            customerId,
            issueDate: '2026-06-01' as Invoice['issueDate'],
            dueDate: '2026-07-01' as Invoice['dueDate'],
            amount: money(row.amount, row.currency),
            paid: money(Math.floor(row.amount * row.paidShare), row.currency),
            status: 'open',
          }));
          const ledger: Ledger = {
            ...base,
            customers: [
              {
                id: customerId,
                name,
                country: 'CN',
                language: 'zh-CN',
                timeZone: 'Asia/Shanghai',
                contacts: [],
                domains: [],
                notes: note,
              },
            ],
            invoices,
          };
          const text = serializeLedger(ledger);
          expect(parseLedgerText(text)).toEqual(ledger);
          expect(serializeLedger(parseLedgerText(text))).toBe(text);
        },
      ),
    );
  });
});

describe('emptyLedger', () => {
  it('gives a ledger that survives its own file format', () => {
    const ledger = emptyLedger({ name: 'Acme', timeZone: 'Europe/Madrid', signature: 'Ana' });
    expect(parseLedgerText(serializeLedger(ledger))).toEqual(ledger);
    expect(ledger.settings.policy).toEqual(DEFAULT_POLICY);
    expect(ledger.settings.deadlineTime).toEqual({ hour: 17, minute: 0 });
  });
});

describe('mergeEvents', () => {
  const ledger = parseLedger(sampleFile());
  const customerId = 'gulf-star' as CustomerId;
  const event = (fields: Partial<LedgerEvent>): LedgerEvent => ({
    customerId,
    at: '2026-07-03T08:00:00+03:00',
    direction: 'inbound',
    channel: 'email',
    kind: 'reply',
    invoiceIds: [],
    ...fields,
  });

  it('appends events not yet in the ledger', () => {
    const result = mergeEvents(ledger, [
      event({ id: 'msg-2' }),
      event({ messageId: '<b2@gulf.kw>' }),
    ]);
    expect(result.added).toBe(2);
    expect(result.ledger.events).toHaveLength(4);
  });

  it('skips an event whose id is already there', () => {
    expect(mergeEvents(ledger, [event({ id: 'msg-1' })])).toEqual({ ledger, added: 0 });
  });

  it.each([
    ['the same customer and kind', {}, 0],
    ['another kind', { kind: 'dispute' as const }, 1],
    ['another customer', { customerId: 'gulf-star' as CustomerId }, 1],
  ])('skips a message already logged for %s', (_name, fields, added) => {
    const same = event({
      customerId: 'costa-verde' as CustomerId,
      kind: 'reminder',
      messageId: '<a1@sunrise.cn>',
      ...fields,
    });
    expect(mergeEvents(ledger, [same]).added).toBe(added);
  });

  it('is idempotent, also within one batch', () => {
    const batch = [
      event({ id: 'x' }),
      event({ id: 'x' }),
      event({ messageId: 'm' }),
      event({ messageId: 'm' }),
    ];
    const once = mergeEvents(ledger, batch);
    expect(once.added).toBe(2);
    const twice = mergeEvents(once.ledger, batch);
    expect(twice.added).toBe(0);
    expect(twice.ledger).toBe(once.ledger);
  });

  it('keeps events without id or message id, which cannot be recognised', () => {
    expect(mergeEvents(ledger, [event({}), event({})]).added).toBe(2);
  });
});

describe('ledger file documentation', () => {
  const docs = join(__dirname, '../../docs');

  it('has a JSON Schema (2020-12) naming the top-level fields', () => {
    const schema = JSON.parse(readFileSync(join(docs, 'ledger.schema.json'), 'utf8')) as {
      $schema: string;
      required: string[];
      properties: Record<string, { const?: unknown }>;
      $defs: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'version', 'settings', 'customers', 'invoices']);
    expect(schema.properties.format?.const).toBe(LEDGER_FORMAT);
    expect(schema.properties.version?.const).toBe(LEDGER_VERSION);
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'settings',
        'bankAccount',
        'policy',
        'customer',
        'invoice',
        'event',
        'amount',
        'date',
      ]),
    );
  });

  it('shows an example that parses and is already canonical', () => {
    const markdown = readFileSync(join(docs, 'ledger-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const ledger = parseLedgerText(example!);
    expect(serializeLedger(ledger)).toBe(example);
  });
});
