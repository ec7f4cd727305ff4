import { isCalendarDate, isTimeZone, type CalendarDate } from './calendarDate';
import {
  exponentOf,
  isCurrencyCode,
  parseMoney,
  toDecimalString,
  type CurrencyCode,
  type Money,
} from './money';
import {
  BLOCK_KINDS,
  CHANNELS,
  DEFAULT_FREE_MAIL_DOMAINS,
  DEFAULT_POLICY,
  EVENT_KINDS,
  INVOICE_STATUSES,
  LETTER_LANGUAGES,
  REASONS,
  STAGES,
  type BankAccount,
  type CompanySettings,
  type Contact,
  type Customer,
  type CustomerId,
  type Extra,
  type InterestTerms,
  type Invoice,
  type InvoiceId,
  type Ledger,
  type LedgerEvent,
  type LetterLanguage,
  type Pause,
  type Settings,
  type StagePolicy,
} from './model';

/** The `format` marker of a ledger file. */
export const LEDGER_FORMAT = 'duly-ledger';
/** The file version this code writes; it reads this version and refuses newer ones. */
export const LEDGER_VERSION = 1;

/** One problem of a ledger file: `path` like `invoices[12].dueDate`, `message` in plain words. */
export type LedgerFileIssue = { readonly path: string; readonly message: string };

/**
 * A model object that the model gives no `extra`: unknown fields of the file are still kept here
 * (company, contacts, pause, interest, policies) so that nothing a newer version wrote is dropped.
 */
export type WithExtra<T> = T & { readonly extra?: Extra };

const MESSAGE_LIMIT = 50;

/** Thrown by {@link parseLedger} with every problem found, never only the first one. */
export class LedgerFileError extends Error {
  readonly issues: LedgerFileIssue[];

  constructor(issues: LedgerFileIssue[], fileName?: string) {
    const head = `${fileName ?? 'The ledger file'} has ${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    const listed = issues.slice(0, MESSAGE_LIMIT).map((issue) => `  - ${issue.message}`);
    if (issues.length > MESSAGE_LIMIT) listed.push(`  … and ${issues.length - MESSAGE_LIMIT} more`);
    super(`${head}:\n${listed.join('\n')}`);
    this.name = 'LedgerFileError';
    this.issues = issues;
  }
}

/** The key under which invoice numbers are compared: trimmed and upper-cased ("inv-1043 " ≡ "INV-1043"). */
export function invoiceNumberKey(number: string): string {
  return number.trim().toUpperCase();
}

type Json = Record<string, unknown>;

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:".]+(\.[^\s@<>(),;:".]+)+$/;
const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
const COUNTRY = /^[A-Z]{2}$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Why an amount has too many decimals, in plain words: "has more than 2 decimals for USD". */
export function decimalsProblem(exponent: number, currency: string): string {
  return exponent === 0
    ? `has decimals, but ${currency} has no minor unit`
    : `has more than ${exponent} decimal${exponent === 1 ? '' : 's'} for ${currency}`;
}

/** True when `text` looks like an email address (one @, a dotted domain, no spaces). */
export function isPlausibleEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** True when `text` is an ISO 8601 instant with seconds optional and an offset or Z. */
export function isIsoInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  return m !== null && isCalendarDate(m[1] ?? '');
}

const TOP_KEYS = ['format', 'version', 'settings', 'customers', 'invoices', 'events'] as const;
const SETTINGS_KEYS = [
  'company',
  'bankAccounts',
  'interest',
  'policy',
  'policies',
  'freeMailDomains',
  'languages',
  'deadlineTime',
] as const;
const COMPANY_KEYS = ['name', 'timeZone', 'signature'] as const;
const BANK_KEYS = [
  'currency',
  'holder',
  'bank',
  'bankAddress',
  'iban',
  'accountNumber',
  'swift',
  'intermediary',
  'charges',
] as const;
const INTEREST_KEYS = [
  'ratePercent',
  'per',
  'dayCount',
  'graceDays',
  'statutory',
  'referenceRatePercent',
] as const;
const POLICY_KEYS = [
  'upcomingDays',
  'followUpDays',
  'escalationDays',
  'stakesDays',
  'finalDays',
  'minIntervalDays',
  'silenceDays',
] as const;
const CUSTOMER_KEYS = [
  'id',
  'name',
  'country',
  'language',
  'timeZone',
  'contacts',
  'domains',
  'paymentTermsDays',
  'segment',
  'creditHold',
  'notes',
] as const;
const CONTACT_KEYS = ['name', 'email'] as const;
const INVOICE_KEYS = [
  'id',
  'number',
  'customerId',
  'po',
  'issueDate',
  'dueDate',
  'currency',
  'amount',
  'paid',
  'status',
  'pause',
] as const;
const PAUSE_KEYS = ['reason', 'until'] as const;
const PAUSE_REASONS = ['dispute', 'promise', 'payment-sent', 'out-of-office', 'manual'] as const;
const EVENT_KEYS = [
  'id',
  'customerId',
  'at',
  'direction',
  'channel',
  'kind',
  'threadId',
  'messageId',
  'invoiceIds',
  'stage',
  'blocks',
  'promisedFor',
  'returnDate',
  'reason',
  'note',
] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

function extraOf(object: Json, known: readonly string[]): Extra | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    extra ??= {};
    extra[key] = object[key];
  }
  return extra;
}

/** Reads the fields of one JSON object, recording every problem under its path and label. */
class FieldReader {
  constructor(
    readonly issues: LedgerFileIssue[],
    readonly object: Json,
    private readonly path: string,
    private readonly label: string,
  ) {}

  fail(key: string, message: string): void {
    const path = key === '' ? this.path : this.path === '' ? key : `${this.path}.${key}`;
    this.issues.push({ path, message: `${this.label}: ${message}` });
  }

  child(key: string, label = this.label): FieldReader | undefined {
    const value = this.object[key];
    if (!isObject(value)) {
      this.fail(key, value === undefined ? `${key} is missing` : `${key} must be an object`);
      return undefined;
    }
    return new FieldReader(
      this.issues,
      value,
      this.path === '' ? key : `${this.path}.${key}`,
      label,
    );
  }

  has(key: string): boolean {
    return this.object[key] !== undefined;
  }

  string(
    key: string,
    options: { optional?: boolean; allowEmpty?: boolean } = {},
  ): string | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (!options.optional) this.fail(key, `${key} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(key, `${key} must be a string, not ${quote(value)}`);
      return undefined;
    }
    if (!options.allowEmpty && value.trim() === '') {
      this.fail(key, `${key} is empty`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], optional = false): T | undefined {
    const value = this.string(key, { optional });
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(key, `${key} ${quote(value)} is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  date(key: string, optional = false): CalendarDate | undefined {
    const value = this.string(key, { optional });
    if (value === undefined) return undefined;
    if (!isCalendarDate(value)) {
      this.fail(key, `${key} ${quote(value)} is not a date (YYYY-MM-DD)`);
      return undefined;
    }
    return value;
  }

  timeZone(key: string): string | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!isTimeZone(value)) {
      this.fail(key, `${key} ${quote(value)} is not an IANA time zone (like "Europe/Madrid")`);
      return undefined;
    }
    return value;
  }

  number(
    key: string,
    options: { optional?: boolean; integer?: boolean; min?: number } = {},
  ): number | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (!options.optional) this.fail(key, `${key} is missing`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(key, `${key} must be a number, not ${quote(value)}`);
      return undefined;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.fail(key, `${key} must be a whole number, not ${value}`);
      return undefined;
    }
    if (options.min !== undefined && value < options.min) {
      this.fail(key, `${key} must be at least ${options.min}, not ${value}`);
      return undefined;
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') {
      this.fail(key, `${key} must be true or false, not ${quote(value)}`);
      return undefined;
    }
    return value;
  }

  /** An array; a missing one is empty unless required. */
  array(key: string, required = false): unknown[] | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (required) this.fail(key, `${key} is missing`);
      return required ? undefined : [];
    }
    if (!Array.isArray(value)) {
      this.fail(key, `${key} must be a list`);
      return undefined;
    }
    return value;
  }

  stringList(key: string, check: (item: string) => string | undefined): string[] | undefined {
    const items = this.array(key);
    if (items === undefined) return undefined;
    const out: string[] = [];
    items.forEach((item, index) => {
      if (typeof item !== 'string') {
        this.fail(
          `${key}[${index}]`,
          `${key} item ${index + 1} must be a string, not ${quote(item)}`,
        );
        return;
      }
      const problem = check(item);
      if (problem)
        this.fail(`${key}[${index}]`, `${key} item ${index + 1} ${quote(item)} ${problem}`);
      else out.push(item);
    });
    return out;
  }

  /** A decimal string in major units of `currency`, exact. */
  amount(key: string, currency: CurrencyCode | undefined): Money | undefined {
    const value = this.object[key];
    if (value === undefined) {
      this.fail(key, `${key} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(
        key,
        `${key} must be a decimal string like "25000.00", not the number ${quote(value)}`,
      );
      return undefined;
    }
    if (!DECIMAL.test(value)) {
      this.fail(key, `${key} ${quote(value)} is not a decimal amount like "25000.00"`);
      return undefined;
    }
    if (currency === undefined) return undefined;
    const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
    const exponent = exponentOf(currency);
    if (decimals > exponent) {
      this.fail(key, `${key} ${quote(value)} ${decimalsProblem(exponent, currency)}`);
      return undefined;
    }
    try {
      return parseMoney(value, currency);
    } catch (error) {
      this.fail(key, `${key} ${quote(value)}: ${(error as Error).message}`);
      return undefined;
    }
  }

  withExtra<T extends object>(value: T, known: readonly string[]): T & { extra?: Extra } {
    const extra = extraOf(this.object, known);
    return extra ? { ...value, extra } : value;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readCompany(settings: FieldReader): CompanySettings | undefined {
  const r = settings.child('company', 'settings.company');
  if (!r) return undefined;
  const name = r.string('name');
  const timeZone = r.timeZone('timeZone');
  const signature = r.string('signature', { optional: true, allowEmpty: true }) ?? '';
  if (name === undefined || timeZone === undefined) return undefined;
  return r.withExtra({ name, timeZone, signature }, COMPANY_KEYS);
}

function readCurrency(r: FieldReader, key: string): CurrencyCode | undefined {
  const value = r.string(key);
  if (value === undefined) return undefined;
  if (!/^[A-Z]{3}$/.test(value) || !isCurrencyCode(value)) {
    r.fail(key, `${key} ${quote(value)} is not a known ISO 4217 currency code`);
    return undefined;
  }
  return value as CurrencyCode;
}

function readBankAccount(
  issues: LedgerFileIssue[],
  value: unknown,
  index: number,
): BankAccount | undefined {
  const path = `settings.bankAccounts[${index}]`;
  if (!isObject(value)) {
    issues.push({ path, message: `bank account ${index + 1}: must be an object` });
    return undefined;
  }
  const currencyHint = typeof value.currency === 'string' ? ` (${value.currency})` : '';
  const r = new FieldReader(issues, value, path, `bank account ${index + 1}${currencyHint}`);
  const currency = readCurrency(r, 'currency');
  const holder = r.string('holder');
  const bank = r.string('bank');
  const bankAddress = r.string('bankAddress', { optional: true });
  const iban = r.string('iban', { optional: true });
  const accountNumber = r.string('accountNumber', { optional: true });
  const swift = r.string('swift');
  const intermediary = r.string('intermediary', { optional: true });
  const charges = r.oneOf('charges', ['OUR', 'SHA', 'BEN'] as const);
  if (r.has('iban') === r.has('accountNumber')) {
    r.fail('iban', 'give exactly one of iban or accountNumber');
    return undefined;
  }
  if (!currency || !holder || !bank || !swift || !charges) return undefined;
  return r.withExtra(
    {
      currency,
      holder,
      bank,
      ...optional('bankAddress', bankAddress),
      ...optional('iban', iban),
      ...optional('accountNumber', accountNumber),
      swift,
      ...optional('intermediary', intermediary),
      charges,
    },
    BANK_KEYS,
  );
}

function readInterest(settings: FieldReader): InterestTerms | undefined {
  const r = settings.child('interest', 'settings.interest');
  if (!r) return undefined;
  const ratePercent = r.number('ratePercent', { min: 0 });
  const per = r.oneOf('per', ['month', 'year'] as const);
  const dayCount = r.oneOf('dayCount', ['actual/365', 'actual/360', '30/360'] as const);
  const graceDays = r.number('graceDays', { integer: true, min: 0 });
  const statutory = r.oneOf('statutory', ['none', 'eu', 'uk'] as const, true);
  const referenceRatePercent = r.number('referenceRatePercent', { optional: true });
  if (ratePercent === undefined || !per || !dayCount || graceDays === undefined) return undefined;
  return r.withExtra(
    {
      ratePercent,
      per,
      dayCount,
      graceDays,
      ...optional('statutory', statutory),
      ...optional('referenceRatePercent', referenceRatePercent),
    },
    INTEREST_KEYS,
  );
}

function readPolicy(r: FieldReader, base: StagePolicy): StagePolicy | undefined {
  const values: Record<string, number> = {};
  let ok = true;
  for (const key of POLICY_KEYS) {
    const value = r.number(key, { optional: true, integer: true, min: 0 });
    if (r.has(key) && value === undefined) ok = false;
    values[key] = value ?? base[key];
  }
  if (!ok) return undefined;
  const policy = values as StagePolicy;
  const ladder = ['followUpDays', 'escalationDays', 'stakesDays', 'finalDays'] as const;
  for (let i = 1; i < ladder.length; i++) {
    const [before, after] = [ladder[i - 1]!, ladder[i]!];
    if (policy[after] < policy[before]) {
      r.fail(
        after,
        `${after} (${policy[after]}) must not be less than ${before} (${policy[before]})`,
      );
      ok = false;
    }
  }
  return ok ? r.withExtra(policy, POLICY_KEYS) : undefined;
}

function readSettings(top: FieldReader): Settings | undefined {
  const r = top.child('settings', 'settings');
  if (!r) return undefined;
  const issuesBefore = r.issues.length;
  const company = readCompany(r);
  const bankValues = r.array('bankAccounts') ?? [];
  const bankAccounts = bankValues.map((value, index) => readBankAccount(r.issues, value, index));
  const interest = r.has('interest') ? readInterest(r) : undefined;
  let policy: StagePolicy | undefined = DEFAULT_POLICY;
  if (r.has('policy')) {
    const policyReader = r.child('policy', 'settings.policy');
    policy = policyReader ? readPolicy(policyReader, DEFAULT_POLICY) : undefined;
  }
  let policies: Record<string, StagePolicy> | undefined;
  if (r.has('policies')) {
    const policiesReader = r.child('policies', 'settings.policies');
    if (policiesReader) {
      policies = {};
      for (const segment of Object.keys(policiesReader.object)) {
        const segmentReader = policiesReader.child(segment, `settings.policies.${segment}`);
        const segmentPolicy = segmentReader
          ? readPolicy(segmentReader, policy ?? DEFAULT_POLICY)
          : undefined;
        if (segmentPolicy) policies[segment] = segmentPolicy;
      }
    }
  }
  const freeMailDomains = r.has('freeMailDomains')
    ? r.stringList('freeMailDomains', (d) => (DOMAIN.test(d) ? undefined : 'is not a domain name'))
    : [...DEFAULT_FREE_MAIL_DOMAINS];
  const languages = r.has('languages')
    ? r.stringList('languages', (l) =>
        (LETTER_LANGUAGES as readonly string[]).includes(l)
          ? undefined
          : `is not one of ${LETTER_LANGUAGES.join(', ')}`,
      )
    : [...LETTER_LANGUAGES];
  let deadlineTime = { hour: 17, minute: 0 };
  const clock = r.string('deadlineTime', { optional: true });
  if (clock !== undefined) {
    const m = CLOCK.exec(clock);
    if (m) deadlineTime = { hour: Number(m[1]), minute: Number(m[2]) };
    else r.fail('deadlineTime', `deadlineTime ${quote(clock)} is not a time of day like "17:00"`);
  }
  if (r.issues.length > issuesBefore || !company || !policy || !freeMailDomains || !languages) {
    return undefined;
  }
  return r.withExtra(
    {
      company,
      bankAccounts: bankAccounts.filter((a): a is BankAccount => a !== undefined),
      ...optional('interest', interest),
      policy,
      ...optional('policies', policies),
      freeMailDomains,
      languages: languages as LetterLanguage[],
      deadlineTime,
    },
    SETTINGS_KEYS,
  );
}

function itemLabel(kind: string, index: number, value: unknown, key: string): string {
  const hint = isObject(value) && typeof value[key] === 'string' ? ` (${value[key]})` : '';
  return `${kind} ${index + 1}${hint}`;
}

function readContacts(r: FieldReader): Contact[] | undefined {
  const items = r.array('contacts');
  if (items === undefined) return undefined;
  const contacts: WithExtra<Contact>[] = [];
  items.forEach((item, index) => {
    const key = `contacts[${index}]`;
    if (!isObject(item)) {
      r.fail(key, `contact ${index + 1} must be an object with name and email`);
      return;
    }
    const name = typeof item.name === 'string' ? item.name : undefined;
    const email = typeof item.email === 'string' ? item.email.trim() : undefined;
    if (name === undefined) r.fail(`${key}.name`, `contact ${index + 1}: name must be a string`);
    if (email === undefined) r.fail(`${key}.email`, `contact ${index + 1}: email is missing`);
    else if (!EMAIL.test(email)) {
      r.fail(`${key}.email`, `contact ${index + 1}: email ${quote(email)} is not an email address`);
      return;
    }
    if (name === undefined || email === undefined) return;
    const extra = extraOf(item, CONTACT_KEYS);
    contacts.push(extra ? { name, email, extra } : { name, email });
  });
  return contacts;
}

function readCustomer(
  issues: LedgerFileIssue[],
  value: unknown,
  index: number,
): Customer | undefined {
  const path = `customers[${index}]`;
  const label = itemLabel('customer', index, value, 'id');
  if (!isObject(value)) {
    issues.push({ path, message: `${label}: must be an object` });
    return undefined;
  }
  const r = new FieldReader(issues, value, path, label);
  const id = r.string('id');
  const name = r.string('name');
  let country = r.string('country', { allowEmpty: true });
  if (country !== undefined && country !== '' && !COUNTRY.test(country)) {
    r.fail(
      'country',
      `country ${quote(country)} is not an ISO 3166-1 alpha-2 code like "ES" (or "" if unknown)`,
    );
    country = undefined;
  }
  const language = r.oneOf('language', LETTER_LANGUAGES);
  const timeZone = r.timeZone('timeZone');
  const contacts = readContacts(r);
  const domains = r.stringList('domains', (d) =>
    DOMAIN.test(d) ? undefined : 'is not a domain name',
  );
  const paymentTermsDays = r.number('paymentTermsDays', { optional: true, integer: true, min: 0 });
  const segment = r.string('segment', { optional: true });
  const creditHold = r.boolean('creditHold');
  const notes = r.string('notes', { optional: true, allowEmpty: true });
  if (!id || !name || country === undefined || !language || !timeZone || !contacts || !domains) {
    return undefined;
  }
  return r.withExtra(
    {
      id: id as CustomerId,
      name,
      country,
      language,
      timeZone,
      contacts,
      domains: domains.map((d) => d.toLowerCase()),
      ...optional('paymentTermsDays', paymentTermsDays),
      ...optional('segment', segment),
      ...optional('creditHold', creditHold),
      ...optional('notes', notes),
    },
    CUSTOMER_KEYS,
  );
}

function readPause(r: FieldReader): Pause | undefined {
  const p = r.child('pause');
  if (!p) return undefined;
  const reason = p.oneOf('reason', PAUSE_REASONS);
  const until = p.date('until', true);
  if (!reason) return undefined;
  return p.withExtra({ reason, ...optional('until', until) }, PAUSE_KEYS);
}

function readInvoice(
  issues: LedgerFileIssue[],
  value: unknown,
  index: number,
  customerIds: ReadonlySet<string>,
): Invoice | undefined {
  const path = `invoices[${index}]`;
  const label = itemLabel('invoice', index, value, 'number');
  if (!isObject(value)) {
    issues.push({ path, message: `${label}: must be an object` });
    return undefined;
  }
  const r = new FieldReader(issues, value, path, label);
  const id = r.string('id');
  const number = r.string('number');
  const customerId = r.string('customerId');
  if (customerId !== undefined && !customerIds.has(customerId)) {
    r.fail('customerId', `customerId ${quote(customerId)} is not a customer of this ledger`);
  }
  const po = r.string('po', { optional: true, allowEmpty: true });
  const issueDate = r.date('issueDate');
  const dueDate = r.date('dueDate');
  const currency = readCurrency(r, 'currency');
  const amount = r.amount('amount', currency);
  const paid = r.amount('paid', currency);
  if (amount && amount.minor < 0)
    r.fail('amount', `amount ${quote(value.amount)} must not be negative`);
  if (paid && paid.minor < 0) r.fail('paid', `paid ${quote(value.paid)} must not be negative`);
  if (amount && paid && paid.minor > amount.minor) {
    r.fail(
      'paid',
      `paid ${toDecimalString(paid)} is more than the amount ${toDecimalString(amount)}`,
    );
  }
  const status = r.oneOf('status', INVOICE_STATUSES);
  const pause = r.has('pause') ? readPause(r) : undefined;
  if (!id || !number || !customerId || !issueDate || !dueDate || !amount || !paid || !status) {
    return undefined;
  }
  return r.withExtra(
    {
      id: id as InvoiceId,
      number,
      customerId: customerId as CustomerId,
      ...optional('po', po),
      issueDate,
      dueDate,
      amount,
      paid,
      status,
      ...optional('pause', pause),
    },
    [...INVOICE_KEYS],
  );
}

function readEvent(
  issues: LedgerFileIssue[],
  value: unknown,
  index: number,
  customerIds: ReadonlySet<string>,
  invoiceIds: ReadonlySet<string>,
): LedgerEvent | undefined {
  const path = `events[${index}]`;
  const label = itemLabel('event', index, value, 'id');
  if (!isObject(value)) {
    issues.push({ path, message: `${label}: must be an object` });
    return undefined;
  }
  const r = new FieldReader(issues, value, path, label);
  const id = r.string('id', { optional: true });
  const customerId = r.string('customerId');
  if (customerId !== undefined && !customerIds.has(customerId)) {
    r.fail('customerId', `customerId ${quote(customerId)} is not a customer of this ledger`);
  }
  let at = r.string('at');
  if (at !== undefined && !isIsoInstant(at)) {
    r.fail(
      'at',
      `at ${quote(at)} is not an ISO 8601 date-time with an offset, like "2026-06-26T09:00:00+02:00"`,
    );
    at = undefined;
  }
  const direction = r.oneOf('direction', ['outbound', 'inbound'] as const);
  const channel = r.oneOf('channel', CHANNELS);
  const kind = r.oneOf('kind', EVENT_KINDS);
  const threadId = r.string('threadId', { optional: true });
  const messageId = r.string('messageId', { optional: true });
  const ids = r.stringList('invoiceIds', (invoiceId) =>
    invoiceIds.has(invoiceId) ? undefined : 'is not an invoice of this ledger',
  );
  const stage = r.oneOf('stage', STAGES, true);
  const blocks = r.has('blocks')
    ? r.stringList('blocks', (b) =>
        (BLOCK_KINDS as readonly string[]).includes(b)
          ? undefined
          : `is not one of ${BLOCK_KINDS.join(', ')}`,
      )
    : undefined;
  const promisedFor = r.date('promisedFor', true);
  const returnDate = r.date('returnDate', true);
  const reason = r.oneOf('reason', REASONS, true);
  const note = r.string('note', { optional: true, allowEmpty: true });
  if (!customerId || !at || !direction || !channel || !kind || !ids) return undefined;
  return r.withExtra(
    {
      ...optional('id', id),
      customerId: customerId as CustomerId,
      at,
      direction,
      channel,
      kind,
      ...optional('threadId', threadId),
      ...optional('messageId', messageId),
      invoiceIds: ids as InvoiceId[],
      ...optional('stage', stage),
      ...optional('blocks', blocks as LedgerEvent['blocks']),
      ...optional('promisedFor', promisedFor),
      ...optional('returnDate', returnDate),
      ...optional('reason', reason),
      ...optional('note', note),
    },
    EVENT_KEYS,
  );
}

function checkUnique<T>(
  issues: LedgerFileIssue[],
  values: readonly unknown[],
  kind: string,
  key: string,
  hintKey: string,
  keyOf: (value: string) => T = (value) => value as T,
): void {
  const first = new Map<T, number>();
  values.forEach((value, index) => {
    if (!isObject(value) || typeof value[key] !== 'string') return;
    const k = keyOf(value[key]);
    const earlier = first.get(k);
    if (earlier === undefined) first.set(k, index);
    else {
      issues.push({
        path: `${kind}s[${index}].${key}`,
        message: `${itemLabel(kind, index, value, hintKey)}: ${key} ${quote(value[key])} is already used by ${kind} ${earlier + 1}`,
      });
    }
  });
}

function idSet(values: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const value of values)
    if (isObject(value) && typeof value.id === 'string') ids.add(value.id);
  return ids;
}

function parseLedgerNamed(json: unknown, fileName?: string): Ledger {
  const issues: LedgerFileIssue[] = [];
  if (!isObject(json)) {
    throw new LedgerFileError(
      [{ path: '', message: 'the file must hold a JSON object' }],
      fileName,
    );
  }
  const top = new FieldReader(issues, json, '', 'file');
  if (json.format !== LEDGER_FORMAT) {
    top.fail('format', `format must be "${LEDGER_FORMAT}", not ${quote(json.format)}`);
    throw new LedgerFileError(issues, fileName);
  }
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) {
    top.fail('version', `version must be a whole number, not ${quote(json.version)}`);
  } else if (json.version > LEDGER_VERSION) {
    top.fail(
      'version',
      `version ${json.version} was written by a newer Duly; this one reads version ${LEDGER_VERSION}`,
    );
    throw new LedgerFileError(issues, fileName);
  }
  const settings = readSettings(top);
  const customerValues = top.array('customers', true) ?? [];
  const invoiceValues = top.array('invoices', true) ?? [];
  const eventValues = top.array('events') ?? [];

  checkUnique(issues, customerValues, 'customer', 'id', 'id');
  checkUnique(issues, invoiceValues, 'invoice', 'id', 'number');
  checkUnique(issues, invoiceValues, 'invoice', 'number', 'number', invoiceNumberKey);
  checkUnique(issues, eventValues, 'event', 'id', 'id');
  const customerIds = idSet(customerValues);
  const invoiceIds = idSet(invoiceValues);

  const customers = customerValues.map((value, index) => readCustomer(issues, value, index));
  const invoices = invoiceValues.map((value, index) =>
    readInvoice(issues, value, index, customerIds),
  );
  const events = eventValues.map((value, index) =>
    readEvent(issues, value, index, customerIds, invoiceIds),
  );

  if (issues.length > 0 || !settings) throw new LedgerFileError(issues, fileName);
  const extra = extraOf(json, TOP_KEYS);
  return {
    settings,
    customers: customers as Customer[],
    invoices: invoices as Invoice[],
    events: events as LedgerEvent[],
    ...(extra ? { extra } : {}),
  };
}

/**
 * Validates a parsed `duly-ledger` document and maps it to the model. Collects every problem
 * (shape, dates, currencies, decimals, references, uniqueness) and throws one LedgerFileError.
 */
export function parseLedger(json: unknown): Ledger {
  return parseLedgerNamed(json);
}

/** Where a JSON syntax error sits, from the engine's message ("position 12" or "line 2 column 5"). */
function syntaxErrorPlace(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const offset = Number(position[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return ` at line ${line}, column ${offset - lineStart + 1}`;
}

/** Parses the text of a ledger file (a UTF-8 BOM is ignored); syntax errors name the line and column. */
export function parseLedgerText(text: string, fileName?: string): Ledger {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    throw new LedgerFileError(
      [{ path: '', message: `not valid JSON${syntaxErrorPlace(body, message)}: ${message}` }],
      fileName,
    );
  }
  return parseLedgerNamed(json, fileName);
}

function withExtraFields(
  known: Record<string, unknown>,
  extra: Extra | undefined,
): Record<string, unknown> {
  if (!extra) return known;
  const out = { ...known };
  for (const key of Object.keys(extra).sort()) {
    if (!(key in known)) out[key] = extra[key];
  }
  return out;
}

function defined(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

function extraOfValue(value: object): Extra | undefined {
  return (value as { extra?: Extra }).extra;
}

function policyJson(policy: StagePolicy): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of POLICY_KEYS) known[key] = policy[key];
  return withExtraFields(known, extraOfValue(policy));
}

function settingsJson(settings: Settings): Record<string, unknown> {
  const { company, interest, policies, deadlineTime } = settings;
  const clock = `${String(deadlineTime.hour).padStart(2, '0')}:${String(deadlineTime.minute).padStart(2, '0')}`;
  return withExtraFields(
    defined({
      company: withExtraFields(
        { name: company.name, timeZone: company.timeZone, signature: company.signature },
        extraOfValue(company),
      ),
      bankAccounts: settings.bankAccounts.map((a) =>
        withExtraFields(
          defined({
            currency: a.currency,
            holder: a.holder,
            bank: a.bank,
            bankAddress: a.bankAddress,
            iban: a.iban,
            accountNumber: a.accountNumber,
            swift: a.swift,
            intermediary: a.intermediary,
            charges: a.charges,
          }),
          a.extra,
        ),
      ),
      interest: interest
        ? withExtraFields(
            defined({
              ratePercent: interest.ratePercent,
              per: interest.per,
              dayCount: interest.dayCount,
              graceDays: interest.graceDays,
              statutory: interest.statutory,
              referenceRatePercent: interest.referenceRatePercent,
            }),
            extraOfValue(interest),
          )
        : undefined,
      policy: policyJson(settings.policy),
      policies: policies
        ? Object.fromEntries(
            Object.keys(policies)
              .sort()
              .map((segment) => [segment, policyJson(policies[segment]!)]),
          )
        : undefined,
      freeMailDomains: settings.freeMailDomains,
      languages: settings.languages,
      deadlineTime: clock,
    }),
    settings.extra,
  );
}

function customerJson(c: Customer): Record<string, unknown> {
  return withExtraFields(
    defined({
      id: c.id,
      name: c.name,
      country: c.country,
      language: c.language,
      timeZone: c.timeZone,
      contacts: c.contacts.map((contact) =>
        withExtraFields({ name: contact.name, email: contact.email }, extraOfValue(contact)),
      ),
      domains: c.domains,
      paymentTermsDays: c.paymentTermsDays,
      segment: c.segment,
      creditHold: c.creditHold,
      notes: c.notes,
    }),
    c.extra,
  );
}

function invoiceJson(i: Invoice): Record<string, unknown> {
  return withExtraFields(
    defined({
      id: i.id,
      number: i.number,
      customerId: i.customerId,
      po: i.po,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      currency: i.amount.currency,
      amount: toDecimalString(i.amount),
      paid: toDecimalString(i.paid),
      status: i.status,
      pause: i.pause
        ? withExtraFields(
            defined({ reason: i.pause.reason, until: i.pause.until }),
            extraOfValue(i.pause),
          )
        : undefined,
    }),
    i.extra,
  );
}

function eventJson(e: LedgerEvent): Record<string, unknown> {
  return withExtraFields(
    defined({
      id: e.id,
      customerId: e.customerId,
      at: e.at,
      direction: e.direction,
      channel: e.channel,
      kind: e.kind,
      threadId: e.threadId,
      messageId: e.messageId,
      invoiceIds: e.invoiceIds,
      stage: e.stage,
      blocks: e.blocks,
      promisedFor: e.promisedFor,
      returnDate: e.returnDate,
      reason: e.reason,
      note: e.note,
    }),
    e.extra,
  );
}

/**
 * The canonical text of a ledger file: fixed key order (unknown fields after the known ones,
 * sorted), defaults written out, 2-space indent, trailing newline. Serializing a parsed
 * serialization gives the same bytes.
 */
export function serializeLedger(ledger: Ledger): string {
  const document = withExtraFields(
    {
      format: LEDGER_FORMAT,
      version: LEDGER_VERSION,
      settings: settingsJson(ledger.settings),
      customers: ledger.customers.map(customerJson),
      invoices: ledger.invoices.map(invoiceJson),
      events: ledger.events.map(eventJson),
    },
    ledger.extra,
  );
  return JSON.stringify(document, null, 2) + '\n';
}

/** A ledger with no customers, invoices or events, and default settings around `company`. */
export function emptyLedger(company: CompanySettings): Ledger {
  return {
    settings: {
      company,
      bankAccounts: [],
      policy: DEFAULT_POLICY,
      freeMailDomains: [...DEFAULT_FREE_MAIL_DOMAINS],
      languages: [...LETTER_LANGUAGES],
      deadlineTime: { hour: 17, minute: 0 },
    },
    customers: [],
    invoices: [],
    events: [],
  };
}

function messageKey(event: LedgerEvent): string | undefined {
  return event.messageId === undefined
    ? undefined
    : `${event.customerId}\u0000${event.messageId}\u0000${event.kind}`;
}

/**
 * Appends events not already in the ledger: one whose id, or whose messageId with the same
 * customer and kind, is present (or repeated in `events`) is skipped, so merging twice adds nothing.
 */
export function mergeEvents(
  ledger: Ledger,
  events: readonly LedgerEvent[],
): { ledger: Ledger; added: number } {
  const ids = new Set<string>();
  const messages = new Set<string>();
  const remember = (event: LedgerEvent): void => {
    if (event.id !== undefined) ids.add(event.id);
    const key = messageKey(event);
    if (key !== undefined) messages.add(key);
  };
  ledger.events.forEach(remember);
  const added: LedgerEvent[] = [];
  for (const event of events) {
    const key = messageKey(event);
    if ((event.id !== undefined && ids.has(event.id)) || (key !== undefined && messages.has(key)))
      continue;
    remember(event);
    added.push(event);
  }
  if (added.length === 0) return { ledger, added: 0 };
  return { ledger: { ...ledger, events: [...ledger.events, ...added] }, added: added.length };
}
