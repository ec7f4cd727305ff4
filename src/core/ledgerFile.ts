import { daysInMonth, isCalendarDate, isTimeZone, type CalendarDate } from './calendarDate';
import { DAY_COUNTS, interestTermsProblems } from './interest';
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
import { isDomainName } from './matching';
import {
  OUTLOOK_CATEGORY_MAX_LENGTH,
  outlookCategoryProblem,
  type OutlookCategoryProblem,
} from './outlookCategory';
import { bankAccountProblems, CHARGES } from './paymentAccount';

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
const COUNTRY = /^[A-Z]{2}$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;
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

/** The number written by the two ASCII digits of `text` at `at` (already checked to be digits). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** True when `text` is an ISO 8601 instant with seconds optional and an offset or Z. */
export function isIsoInstant(text: string): boolean {
  if (!INSTANT.test(text)) return false;
  // The pattern checked the digits; the day must also exist in its month (not 2026-02-30).
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
  'rates',
  'outlookCategory',
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
const DIRECTIONS = ['outbound', 'inbound'] as const;
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

const hasOwn = Object.prototype.hasOwnProperty;

function extraOf(object: Json, known: ReadonlySet<string>): Extra | undefined {
  let extra: Record<string, unknown> | undefined;
  for (const key in object) {
    if (known.has(key) || !hasOwn.call(object, key)) continue;
    extra ??= {};
    extra[key] = object[key];
  }
  return extra;
}

const TOP_KNOWN: ReadonlySet<string> = new Set(TOP_KEYS);
const SETTINGS_KNOWN: ReadonlySet<string> = new Set(SETTINGS_KEYS);
const COMPANY_KNOWN: ReadonlySet<string> = new Set(COMPANY_KEYS);
const BANK_KNOWN: ReadonlySet<string> = new Set(BANK_KEYS);
const INTEREST_KNOWN: ReadonlySet<string> = new Set(INTEREST_KEYS);
const POLICY_KNOWN: ReadonlySet<string> = new Set(POLICY_KEYS);
const CUSTOMER_KNOWN: ReadonlySet<string> = new Set(CUSTOMER_KEYS);
const CONTACT_KNOWN: ReadonlySet<string> = new Set(CONTACT_KEYS);
const INVOICE_KNOWN: ReadonlySet<string> = new Set(INVOICE_KEYS);
const PAUSE_KNOWN: ReadonlySet<string> = new Set(PAUSE_KEYS);
const EVENT_KNOWN: ReadonlySet<string> = new Set(EVENT_KEYS);

type StringOptions = { readonly optional?: boolean; readonly allowEmpty?: boolean };
type NumberOptions = {
  readonly optional?: boolean;
  readonly integer?: boolean;
  readonly min?: number;
};

// Shared option objects: reading a field of a million events allocates none.
const REQUIRED: StringOptions & NumberOptions = {};
const OPTIONAL = { optional: true } as const;
const OPTIONAL_TEXT = { optional: true, allowEmpty: true } as const;
const TEXT = { allowEmpty: true } as const;
const NOT_NEGATIVE = { min: 0 } as const;
const DAYS = { integer: true, min: 0 } as const;
const OPTIONAL_DAYS = { optional: true, integer: true, min: 0 } as const;

/** Stands for an item that is not an object, so that its problem can be filed like the others. */
const NO_FIELDS: Json = Object.freeze({});

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function itemLabel(kind: string, index: number, value: unknown, key: string): string {
  const hint = isObject(value) && typeof value[key] === 'string' ? ` (${value[key]})` : '';
  return `${kind} ${index + 1}${hint}`;
}

/**
 * Reads the fields of one JSON object, recording every problem under its path and label. Path and
 * label are built only when a problem is filed, and a reader of list items is reused from item to
 * item ({@link FieldReader.at}): reading a valid ledger allocates nothing but the model itself.
 */
class FieldReader {
  object: Json;
  private index = -1;

  private constructor(
    readonly issues: LedgerFileIssue[],
    object: Json,
    /** The object's path; its key under `parent`; or, for items, the path of their list. */
    private readonly place: string,
    /** The label; for items their kind ("invoice"); undefined to use the parent's label. */
    private readonly name: string | undefined,
    /** Items only: the field whose value follows the item number in the label. */
    private readonly hintKey: string | undefined,
    private readonly parent: FieldReader | undefined,
  ) {
    this.object = object;
  }

  /** A reader of one object with a fixed path and label. */
  static of(issues: LedgerFileIssue[], object: Json, path: string, label: string): FieldReader {
    return new FieldReader(issues, object, path, label, undefined, undefined);
  }

  /** A reader of the items of the list at `path`, labelled like "invoice 3 (INV-1044)". */
  static items(
    issues: LedgerFileIssue[],
    path: string,
    kind: string,
    hintKey: string,
  ): FieldReader {
    return new FieldReader(issues, NO_FIELDS, path, kind, hintKey, undefined);
  }

  /** Moves an item reader to the item at `index`. */
  at(object: Json, index: number): this {
    this.object = object;
    this.index = index;
    return this;
  }

  private path(): string {
    const own = this.index < 0 ? this.place : `${this.place}[${this.index}]`;
    if (this.parent === undefined) return own;
    const base = this.parent.path();
    return base === '' ? own : `${base}.${own}`;
  }

  private label(): string {
    if (this.name === undefined) return this.parent?.label() ?? '';
    return this.hintKey === undefined
      ? this.name
      : itemLabel(this.name, this.index, this.object, this.hintKey);
  }

  fail(key: string, message: string): void {
    const path = this.path();
    this.issues.push({
      path: key === '' ? path : path === '' ? key : `${path}.${key}`,
      message: `${this.label()}: ${message}`,
    });
  }

  child(key: string, label?: string): FieldReader | undefined {
    const value = this.object[key];
    if (!isObject(value)) {
      this.fail(key, value === undefined ? `${key} is missing` : `${key} must be an object`);
      return undefined;
    }
    return new FieldReader(this.issues, value, key, label, undefined, this);
  }

  has(key: string): boolean {
    return this.object[key] !== undefined;
  }

  string(key: string, options: StringOptions = REQUIRED): string | undefined {
    const value = this.object[key];
    if (value === undefined) {
      if (!options.optional) this.fail(key, `${key} is missing`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(key, `${key} must be a string, not ${quote(value)}`);
      return undefined;
    }
    // Most values start with a printable ASCII character and cannot be blank: skip the trim.
    const first = value.charCodeAt(0);
    if (!options.allowEmpty && !(first > 32 && first < 127) && value.trim() === '') {
      this.fail(key, `${key} is empty`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], optional = false): T | undefined {
    const value = this.string(key, optional ? OPTIONAL : REQUIRED);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(key, `${key} ${quote(value)} is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  date(key: string, optional = false): CalendarDate | undefined {
    const value = this.string(key, optional ? OPTIONAL : REQUIRED);
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

  number(key: string, options: NumberOptions = REQUIRED): number | undefined {
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

  /**
   * The strings of a list, each one checked; the items `check` finds a problem with are reported
   * and left out. A copy, unless `shared` and every item is fine: then the list itself.
   */
  stringList(
    key: string,
    check: (item: string) => string | undefined,
    shared = false,
  ): string[] | undefined {
    const items = this.array(key);
    if (items === undefined) return undefined;
    let valid = true;
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (typeof item !== 'string') {
        this.fail(
          `${key}[${index}]`,
          `${key} item ${index + 1} must be a string, not ${quote(item)}`,
        );
        valid = false;
        continue;
      }
      const problem = check(item);
      if (problem) {
        this.fail(`${key}[${index}]`, `${key} item ${index + 1} ${quote(item)} ${problem}`);
        valid = false;
      }
    }
    if (valid) return shared ? (items as string[]) : (items.slice() as string[]);
    return items.filter((item): item is string => typeof item === 'string' && !check(item));
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
    const point = value.indexOf('.');
    const decimals = point < 0 ? 0 : value.length - point - 1;
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

  /** `value` with the unknown fields of the object read, if any, as its `extra`. */
  withExtra<T extends object>(value: T, known: ReadonlySet<string>): T & { extra?: Extra } {
    const extra = extraOf(this.object, known);
    if (extra) (value as { extra?: Extra }).extra = extra;
    return value;
  }
}

const isDomain = (d: string): string | undefined =>
  isDomainName(d) ? undefined : 'is not a domain name';
const LANGUAGE_PROBLEM = `is not one of ${LETTER_LANGUAGES.join(', ')}`;
const isLanguage = (l: string): string | undefined =>
  (LETTER_LANGUAGES as readonly string[]).includes(l) ? undefined : LANGUAGE_PROBLEM;
const BLOCK_PROBLEM = `is not one of ${BLOCK_KINDS.join(', ')}`;
const isBlockKind = (b: string): string | undefined =>
  (BLOCK_KINDS as readonly string[]).includes(b) ? undefined : BLOCK_PROBLEM;

/** A field's name and value for a message: `iban "DE00…"`, or the name alone when absent. */
function fieldAndValue(field: string, value: unknown): string {
  return value === undefined ? field : `${field} ${quote(value)}`;
}

function readCompany(settings: FieldReader): CompanySettings | undefined {
  const r = settings.child('company', 'settings.company');
  if (!r) return undefined;
  const name = r.string('name');
  const timeZone = r.timeZone('timeZone');
  const signature = r.string('signature', OPTIONAL_TEXT) ?? '';
  if (name === undefined || timeZone === undefined) return undefined;
  return r.withExtra({ name, timeZone, signature }, COMPANY_KNOWN);
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

function readBankAccount(r: FieldReader, value: unknown, index: number): BankAccount | undefined {
  if (!isObject(value)) {
    r.at(NO_FIELDS, index).fail('', 'must be an object');
    return undefined;
  }
  r.at(value, index);
  const currency = readCurrency(r, 'currency');
  const holder = r.string('holder');
  const bank = r.string('bank');
  const bankAddress = r.string('bankAddress', OPTIONAL);
  const iban = r.string('iban', OPTIONAL);
  const accountNumber = r.string('accountNumber', OPTIONAL);
  const swift = r.string('swift');
  const intermediary = r.string('intermediary', OPTIONAL);
  const charges = r.oneOf('charges', CHARGES);
  if (r.has('iban') === r.has('accountNumber')) {
    r.fail('iban', 'give exactly one of iban or accountNumber');
    return undefined;
  }
  if (!currency || !holder || !bank || !swift || !charges) return undefined;
  const account = { currency, holder, bank } as Writable<BankAccount>;
  if (bankAddress !== undefined) account.bankAddress = bankAddress;
  if (iban !== undefined) account.iban = iban;
  if (accountNumber !== undefined) account.accountNumber = accountNumber;
  account.swift = swift;
  if (intermediary !== undefined) account.intermediary = intermediary;
  account.charges = charges;
  // The shape is right; now what a bank would refuse: IBAN mod-97, BIC shape, account characters.
  const problems = bankAccountProblems(account);
  for (const problem of problems) {
    r.fail(
      problem.field,
      `${fieldAndValue(problem.field, account[problem.field])}: ${problem.message}`,
    );
  }
  return problems.length > 0 ? undefined : r.withExtra(account, BANK_KNOWN);
}

function readInterest(settings: FieldReader): InterestTerms | undefined {
  const r = settings.child('interest', 'settings.interest');
  if (!r) return undefined;
  const ratePercent = r.number('ratePercent', NOT_NEGATIVE);
  const per = r.oneOf('per', ['month', 'year'] as const);
  const dayCount = r.oneOf('dayCount', DAY_COUNTS);
  const graceDays = r.number('graceDays', DAYS);
  const statutory = r.oneOf('statutory', ['none', 'eu', 'uk'] as const, true);
  const referenceRatePercent = r.number('referenceRatePercent', OPTIONAL);
  if (ratePercent === undefined || !per || !dayCount || graceDays === undefined) return undefined;
  const terms: Writable<InterestTerms> = { ratePercent, per, dayCount, graceDays };
  if (statutory !== undefined) terms.statutory = statutory;
  if (referenceRatePercent !== undefined) terms.referenceRatePercent = referenceRatePercent;
  // Statutory terms need a reference rate: refuse them here rather than when a letter is drafted.
  const problems = interestTermsProblems(terms);
  for (const problem of problems) {
    r.fail(
      problem.field,
      `${fieldAndValue(problem.field, terms[problem.field])}: ${problem.message}`,
    );
  }
  return problems.length > 0 ? undefined : r.withExtra(terms, INTEREST_KNOWN);
}

function readPolicy(r: FieldReader, base: StagePolicy): StagePolicy | undefined {
  const values: Record<string, number> = {};
  let ok = true;
  for (const key of POLICY_KEYS) {
    const value = r.number(key, OPTIONAL_DAYS);
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
  return ok ? r.withExtra(policy, POLICY_KNOWN) : undefined;
}

function readSettings(top: FieldReader): Settings | undefined {
  const r = top.child('settings', 'settings');
  if (!r) return undefined;
  const issuesBefore = r.issues.length;
  const company = readCompany(r);
  const bankValues = r.array('bankAccounts') ?? [];
  const bankReader = FieldReader.items(
    r.issues,
    'settings.bankAccounts',
    'bank account',
    'currency',
  );
  const bankAccounts: BankAccount[] = [];
  for (let index = 0; index < bankValues.length; index++) {
    const account = readBankAccount(bankReader, bankValues[index], index);
    if (account) bankAccounts.push(account);
  }
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
    ? r.stringList('freeMailDomains', isDomain)
    : [...DEFAULT_FREE_MAIL_DOMAINS];
  const languages = r.has('languages')
    ? r.stringList('languages', isLanguage)
    : [...LETTER_LANGUAGES];
  let deadlineTime = { hour: 17, minute: 0 };
  const clock = r.string('deadlineTime', OPTIONAL);
  if (clock !== undefined) {
    const m = CLOCK.exec(clock);
    if (m) deadlineTime = { hour: Number(m[1]), minute: Number(m[2]) };
    else r.fail('deadlineTime', `deadlineTime ${quote(clock)} is not a time of day like "17:00"`);
  }
  const rates = r.has('rates') ? readRates(r) : undefined;
  const outlookCategory = readOutlookCategory(r);
  if (r.issues.length > issuesBefore || !company || !policy || !freeMailDomains || !languages) {
    return undefined;
  }
  const settings: Settings = {
    company,
    bankAccounts,
    ...(interest !== undefined ? { interest } : {}),
    policy,
    ...(policies !== undefined ? { policies } : {}),
    freeMailDomains,
    languages: languages as LetterLanguage[],
    deadlineTime,
    ...(rates !== undefined ? { rates } : {}),
    ...(outlookCategory !== undefined ? { outlookCategory } : {}),
  };
  return r.withExtra(settings, SETTINGS_KNOWN);
}

const OUTLOOK_CATEGORY_PROBLEMS: Readonly<Record<OutlookCategoryProblem, string>> = {
  empty: 'is empty (leave the field out to tag nothing)',
  untrimmed: 'must not start or end with spaces',
  'too-long': `is longer than ${OUTLOOK_CATEGORY_MAX_LENGTH} characters`,
  control: 'must not hold control characters (tabs, line breaks)',
};

/** `settings.outlookCategory`: an Outlook category name (see Settings.outlookCategory). */
function readOutlookCategory(r: FieldReader): string | undefined {
  const value = r.string('outlookCategory', OPTIONAL_TEXT);
  if (value === undefined) return undefined;
  const problem = outlookCategoryProblem(value);
  if (problem === undefined) return value;
  r.fail(
    'outlookCategory',
    `outlookCategory ${quote(value)} ${OUTLOOK_CATEGORY_PROBLEMS[problem]}`,
  );
  return undefined;
}

/** `settings.rates`: ISO 4217 codes to positive, finite numbers (see Settings.rates). */
function readRates(r: FieldReader): Record<string, number> | undefined {
  const reader = r.child('rates', 'settings.rates');
  if (!reader) return undefined;
  const rates: Record<string, number> = {};
  for (const code of Object.keys(reader.object)) {
    const value = reader.object[code];
    if (!/^[A-Z]{3}$/.test(code) || !isCurrencyCode(code)) {
      reader.fail(code, `${quote(code)} is not a known ISO 4217 currency code`);
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      reader.fail(code, `the rate of ${code} must be a number above zero`);
    } else {
      rates[code] = value;
    }
  }
  return rates;
}

function readContacts(r: FieldReader): Contact[] | undefined {
  const items = r.array('contacts');
  if (items === undefined) return undefined;
  const contacts: WithExtra<Contact>[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const key = `contacts[${index}]`;
    if (!isObject(item)) {
      r.fail(key, `contact ${index + 1} must be an object with name and email`);
      continue;
    }
    const name = typeof item.name === 'string' ? item.name : undefined;
    const email = typeof item.email === 'string' ? item.email.trim() : undefined;
    if (name === undefined) r.fail(`${key}.name`, `contact ${index + 1}: name must be a string`);
    if (email === undefined) r.fail(`${key}.email`, `contact ${index + 1}: email is missing`);
    else if (!EMAIL.test(email)) {
      r.fail(`${key}.email`, `contact ${index + 1}: email ${quote(email)} is not an email address`);
      continue;
    }
    if (name === undefined || email === undefined) continue;
    const extra = extraOf(item, CONTACT_KNOWN);
    contacts.push(extra ? { name, email, extra } : { name, email });
  }
  return contacts;
}

function readCustomer(r: FieldReader, value: unknown, index: number): Customer | undefined {
  if (!isObject(value)) {
    r.at(NO_FIELDS, index).fail('', 'must be an object');
    return undefined;
  }
  r.at(value, index);
  const id = r.string('id');
  const name = r.string('name');
  let country = r.string('country', TEXT);
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
  const domains = r.stringList('domains', isDomain);
  const paymentTermsDays = r.number('paymentTermsDays', OPTIONAL_DAYS);
  const segment = r.string('segment', OPTIONAL);
  const creditHold = r.boolean('creditHold');
  const notes = r.string('notes', OPTIONAL_TEXT);
  if (!id || !name || country === undefined || !language || !timeZone || !contacts || !domains) {
    return undefined;
  }
  for (let i = 0; i < domains.length; i++) domains[i] = domains[i]!.toLowerCase();
  const customer: Writable<Customer> = {
    id: id as CustomerId,
    name,
    country,
    language,
    timeZone,
    contacts,
    domains,
  };
  if (paymentTermsDays !== undefined) customer.paymentTermsDays = paymentTermsDays;
  if (segment !== undefined) customer.segment = segment;
  if (creditHold !== undefined) customer.creditHold = creditHold;
  if (notes !== undefined) customer.notes = notes;
  return r.withExtra(customer, CUSTOMER_KNOWN);
}

function readPause(r: FieldReader): Pause | undefined {
  const p = r.child('pause');
  if (!p) return undefined;
  const reason = p.oneOf('reason', PAUSE_REASONS);
  const until = p.date('until', true);
  if (!reason) return undefined;
  const pause: Writable<Pause> = { reason };
  if (until !== undefined) pause.until = until;
  return p.withExtra(pause, PAUSE_KNOWN);
}

function readInvoice(
  r: FieldReader,
  value: unknown,
  index: number,
  customerIds: ReadonlySet<string>,
): Invoice | undefined {
  if (!isObject(value)) {
    r.at(NO_FIELDS, index).fail('', 'must be an object');
    return undefined;
  }
  r.at(value, index);
  const id = r.string('id');
  const number = r.string('number');
  const customerId = r.string('customerId');
  if (customerId !== undefined && !customerIds.has(customerId)) {
    r.fail('customerId', `customerId ${quote(customerId)} is not a customer of this ledger`);
  }
  const po = r.string('po', OPTIONAL_TEXT);
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
  const pause = value.pause !== undefined ? readPause(r) : undefined;
  if (!id || !number || !customerId || !issueDate || !dueDate || !amount || !paid || !status) {
    return undefined;
  }
  const invoice = {
    id: id as InvoiceId,
    number,
    customerId: customerId as CustomerId,
  } as Writable<Invoice>;
  if (po !== undefined) invoice.po = po;
  invoice.issueDate = issueDate;
  invoice.dueDate = dueDate;
  invoice.amount = amount;
  invoice.paid = paid;
  invoice.status = status;
  if (pause !== undefined) invoice.pause = pause;
  return r.withExtra(invoice, INVOICE_KNOWN);
}

function readEvent(
  r: FieldReader,
  value: unknown,
  index: number,
  customerIds: ReadonlySet<string>,
  invoiceIdProblem: (invoiceId: string) => string | undefined,
  owned: boolean,
): LedgerEvent | undefined {
  if (!isObject(value)) {
    r.at(NO_FIELDS, index).fail('', 'must be an object');
    return undefined;
  }
  r.at(value, index);
  const issuesBefore = r.issues.length;
  const id = r.string('id', OPTIONAL);
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
  const direction = r.oneOf('direction', DIRECTIONS);
  const channel = r.oneOf('channel', CHANNELS);
  const kind = r.oneOf('kind', EVENT_KINDS);
  const threadId = r.string('threadId', OPTIONAL);
  const messageId = r.string('messageId', OPTIONAL);
  const ids = r.stringList('invoiceIds', invoiceIdProblem, owned);
  const stage = r.oneOf('stage', STAGES, true);
  const blocks =
    value.blocks !== undefined ? r.stringList('blocks', isBlockKind, owned) : undefined;
  const promisedFor = r.date('promisedFor', true);
  const returnDate = r.date('returnDate', true);
  const reason = r.oneOf('reason', REASONS, true);
  const note = r.string('note', OPTIONAL_TEXT);
  if (!customerId || !at || !direction || !channel || !kind || !ids) return undefined;
  // An object of the file's own parse with only known, valid fields is already the model event,
  // field for field: keep it rather than copy a million of them. (Not when invoiceIds was absent:
  // the model has it as an empty list.)
  if (
    owned &&
    ids === value.invoiceIds &&
    r.issues.length === issuesBefore &&
    extraOf(value, EVENT_KNOWN) === undefined
  ) {
    return value as LedgerEvent;
  }
  // Built field by field so optional fields are absent, not undefined, in the file's key order.
  const event = {} as Writable<WithExtra<LedgerEvent>>;
  if (id !== undefined) event.id = id;
  event.customerId = customerId as CustomerId;
  event.at = at;
  event.direction = direction;
  event.channel = channel;
  event.kind = kind;
  if (threadId !== undefined) event.threadId = threadId;
  if (messageId !== undefined) event.messageId = messageId;
  event.invoiceIds = ids as InvoiceId[];
  if (stage !== undefined) event.stage = stage;
  if (blocks !== undefined) event.blocks = blocks as LedgerEvent['blocks'];
  if (promisedFor !== undefined) event.promisedFor = promisedFor;
  if (returnDate !== undefined) event.returnDate = returnDate;
  if (reason !== undefined) event.reason = reason;
  if (note !== undefined) event.note = note;
  return r.withExtra(event, EVENT_KNOWN);
}

/** The index of the first item whose `key`, as compared, is `k`. */
function firstWith(
  values: readonly unknown[],
  key: string,
  k: string,
  keyOf: ((value: string) => string) | undefined,
): number {
  return values.findIndex((value) => {
    const text = isObject(value) ? value[key] : undefined;
    return typeof text === 'string' && (keyOf ? keyOf(text) : text) === k;
  });
}

/**
 * Reports every item whose `key` (compared through `keyOf`) an earlier item already has, and
 * returns the keys seen. One set lookup per item: this runs over a million events.
 */
function* uniqueKeys(
  issues: LedgerFileIssue[],
  values: readonly unknown[],
  kind: string,
  key: string,
  hintKey: string,
  keyOf?: (value: string) => string,
): Generator<WorkStep, Set<string>> {
  const seen = new Set<string>();
  for (let index = 0; index < values.length; index++) {
    if (index % (8 * CHECK_SLICE) === 0) yield { done: index, total: values.length };
    const value = values[index];
    if (!isObject(value)) continue;
    const text = value[key];
    if (typeof text !== 'string') continue;
    const k = keyOf ? keyOf(text) : text;
    const size = seen.size;
    seen.add(k);
    if (seen.size === size) {
      const earlier = firstWith(values, key, k, keyOf);
      issues.push({
        path: `${kind}s[${index}].${key}`,
        message: `${itemLabel(kind, index, value, hintKey)}: ${key} ${quote(text)} is already used by ${kind} ${earlier + 1}`,
      });
    }
  }
  return seen;
}

/**
 * One step of sliced work: `done` out of `total` units (characters while scanning a text, items
 * while checking them). A sliced variant yields these between slices and returns its result.
 */
export type WorkStep = { readonly done: number; readonly total: number };

/** Items checked between two steps of {@link ledgerSteps}: a few milliseconds of work. */
const CHECK_SLICE = 2000;

/** Runs sliced work to its end on this thread: the synchronous form of a step generator. */
export function runSteps<T>(steps: Generator<WorkStep, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The steps of `steps` re-expressed as `base` + their own done, out of `total`. */
function* shifted<T>(
  steps: Generator<WorkStep, T>,
  base: number,
  total: number,
): Generator<WorkStep, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield { done: Math.min(total, base + step.value.done), total };
  }
}

/** `owned`: `json` is this module's own parse of a text, so the model may keep its objects. */
function parseLedgerNamed(json: unknown, fileName: string | undefined, owned: boolean): Ledger {
  return runSteps(ledgerSteps(json, fileName, owned));
}

/** parseLedgerNamed in slices: yields after every CHECK_SLICE items checked. */
function* ledgerSteps(
  json: unknown,
  fileName: string | undefined,
  owned: boolean,
): Generator<WorkStep, Ledger> {
  const issues: LedgerFileIssue[] = [];
  if (!isObject(json)) {
    throw new LedgerFileError(
      [{ path: '', message: 'the file must hold a JSON object' }],
      fileName,
    );
  }
  const top = FieldReader.of(issues, json, '', 'file');
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

  // Key checks count as one item per value; then each value is read: two units per item.
  const total = 2 * (customerValues.length + invoiceValues.length + eventValues.length);
  let done = 0;
  // The key checks yield their own steps; progress counts them as one unit per item.
  const keyed = <T>(steps: Generator<WorkStep, T>, base: number): Generator<WorkStep, T> =>
    shifted(steps, base, total);
  const customerIds = yield* keyed(
    uniqueKeys(issues, customerValues, 'customer', 'id', 'id'),
    done,
  );
  const invoiceIds = yield* keyed(
    uniqueKeys(issues, invoiceValues, 'invoice', 'id', 'number'),
    done,
  );
  yield* keyed(
    uniqueKeys(issues, invoiceValues, 'invoice', 'number', 'number', invoiceNumberKey),
    done,
  );
  done += customerValues.length + invoiceValues.length;
  yield* keyed(uniqueKeys(issues, eventValues, 'event', 'id', 'id'), done);
  done += eventValues.length;
  const invoiceIdProblem = (invoiceId: string): string | undefined =>
    invoiceIds.has(invoiceId) ? undefined : 'is not an invoice of this ledger';

  const customers: (Customer | undefined)[] = [];
  const customerReader = FieldReader.items(issues, 'customers', 'customer', 'id');
  for (let index = 0; index < customerValues.length; index++) {
    customers.push(readCustomer(customerReader, customerValues[index], index));
    if (++done % CHECK_SLICE === 0) yield { done, total };
  }
  const invoices: (Invoice | undefined)[] = [];
  const invoiceReader = FieldReader.items(issues, 'invoices', 'invoice', 'number');
  for (let index = 0; index < invoiceValues.length; index++) {
    invoices.push(readInvoice(invoiceReader, invoiceValues[index], index, customerIds));
    if (++done % CHECK_SLICE === 0) yield { done, total };
  }
  const events: (LedgerEvent | undefined)[] = [];
  const eventReader = FieldReader.items(issues, 'events', 'event', 'id');
  for (let index = 0; index < eventValues.length; index++) {
    events.push(
      readEvent(eventReader, eventValues[index], index, customerIds, invoiceIdProblem, owned),
    );
    if (++done % CHECK_SLICE === 0) yield { done, total };
  }

  if (issues.length > 0 || !settings) throw new LedgerFileError(issues, fileName);
  const extra = extraOf(json, TOP_KNOWN);
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
  return parseLedgerNamed(json, undefined, false);
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
  return parseLedgerNamed(json, fileName, true);
}

/** Characters scanned between two steps of {@link parseLedgerTextSteps}. */
const SCAN_SLICE = 1024 * 1024;
/** Characters of array items handed to one JSON.parse while scanning. */
const ITEM_BATCH = 1024 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Characters a scan over pieces may carry from one piece to the next (the unread part of the
 * text): past it, the text is not a ledger the scan can split, and it is parsed whole instead.
 */
const CARRY_LIMIT = 64 * 1024 * 1024;

/** Where a top-level scan stands: the text outside the big arrays, and the arrays read so far. */
type ScanState = {
  /** The window of text being scanned: the unread tail of earlier pieces and the current one. */
  text: string;
  at: number;
  /** True while more pieces follow `text`: a string running past its end waits for them. */
  pending: boolean;
  /** Set when the scan stopped inside a string that `text` does not close. */
  waiting: boolean;
  depth: number;
  /** Text of the last string seen at the top level (the key of the value that follows). */
  lastKey: string;
  /** Pieces of the top-level object outside its array values (which appear as `[]`). */
  readonly outside: string[];
  outsideFrom: number;
  readonly arrays: Map<string, unknown[]>;
  /** The top-level array being read, and where its unread items start. */
  current: { key: string; items: unknown[]; from: number; batches: number } | undefined;
  /** Set when the text is not what the scan expects: the whole text is parsed at once instead. */
  failed: boolean;
};

/** Parses `[`+items+`]`, or returns undefined when the piece is not a non-empty item list. */
function itemBatch(text: string): unknown[] | undefined {
  try {
    const items = JSON.parse(`[${text}]`) as unknown;
    return Array.isArray(items) && items.length > 0 ? items : undefined;
  } catch {
    return undefined;
  }
}

/** Moves the items of the current array from its unread start up to `end` into the array. */
function takeItems(state: ScanState, end: number, last: boolean): void {
  const current = state.current!;
  const piece = state.text.slice(current.from, end);
  if (last && piece.trim() === '') {
    // `[]` is empty; a trailing comma after earlier items is a syntax error.
    if (current.batches > 0) state.failed = true;
    return;
  }
  const items = itemBatch(piece);
  if (!items) {
    state.failed = true;
    return;
  }
  for (const item of items) current.items.push(item);
  current.from = end + 1;
  current.batches++;
}

/** Scans `state.text` up to `end`: strings skipped whole, top-level arrays read in batches. */
function scanSlice(state: ScanState, end: number): void {
  const { text } = state;
  let i = state.at;
  while (i < end && !state.failed) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let close = text.indexOf('"', i + 1);
      for (;;) {
        if (close < 0) {
          if (state.pending) {
            state.at = i;
            state.waiting = true;
          } else state.failed = true;
          return;
        }
        let slashes = 0;
        while (text.charCodeAt(close - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
        close = text.indexOf('"', close + 1);
      }
      if (state.depth === 1) state.lastKey = text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      state.depth++;
      if (state.depth === 2 && c === OPEN_BRACKET) {
        let key: unknown;
        try {
          key = JSON.parse(state.lastKey);
        } catch {
          key = undefined;
        }
        if (typeof key !== 'string' || key === '__proto__' || state.arrays.has(key)) {
          state.failed = true;
          return;
        }
        state.outside.push(text.slice(state.outsideFrom, i + 1));
        state.current = { key, items: [], from: i + 1, batches: 0 };
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (state.depth === 2 && state.current && c === CLOSE_BRACKET) {
        takeItems(state, i, true);
        state.arrays.set(state.current.key, state.current.items);
        state.current = undefined;
        state.outsideFrom = i;
      }
      state.depth--;
    } else if (
      c === COMMA &&
      state.depth === 2 &&
      state.current &&
      i - state.current.from >= ITEM_BATCH
    ) {
      takeItems(state, i, false);
    }
    i++;
  }
  state.at = i;
}

/**
 * The JSON value of a ledger text given as consecutive pieces, scanned in slices: each top-level
 * array is parsed in batches of items, the rest of the top-level object in one piece. The pieces
 * are never joined: the scan keeps only the unread tail of one piece with the next. Returns
 * undefined when the text is not a JSON object the scan can split; the caller then parses it
 * whole (same value, same errors).
 */
function* scanLedgerJson(pieces: readonly string[]): Generator<WorkStep, unknown> {
  let total = 0;
  for (const piece of pieces) total += piece.length;
  let next = 0;
  let base = 0;
  let text = '';
  let start = 0;
  // Leading white space, across pieces if a piece holds nothing else.
  for (;;) {
    while (start < text.length && /\s/.test(text[start]!)) start++;
    if (start < text.length || next >= pieces.length) break;
    base += text.length;
    text = pieces[next++]!;
    start = 0;
  }
  if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
  const state: ScanState = {
    text,
    at: start,
    pending: next < pieces.length,
    waiting: false,
    depth: 0,
    lastKey: '',
    outside: [],
    outsideFrom: start,
    arrays: new Map(),
    current: undefined,
    failed: false,
  };
  while (!state.failed) {
    if (state.at >= state.text.length || state.waiting) {
      if (next >= pieces.length) {
        if (state.waiting) state.failed = true;
        break;
      }
      // Everything before the unread items (or the pending outside text) is done with.
      const keep = state.current ? state.current.from : state.outsideFrom;
      if (state.text.length - keep > CARRY_LIMIT) return undefined;
      state.text = state.text.slice(keep) + pieces[next++]!;
      base += keep;
      state.at -= keep;
      state.outsideFrom -= keep;
      if (state.current) state.current.from -= keep;
      state.pending = next < pieces.length;
      state.waiting = false;
      continue;
    }
    scanSlice(state, Math.min(state.text.length, state.at + SCAN_SLICE));
    yield { done: base + state.at, total };
  }
  if (state.failed || state.depth !== 0 || state.current) return undefined;
  state.outside.push(state.text.slice(state.outsideFrom));
  let top: unknown;
  try {
    top = JSON.parse(state.outside.join(''));
  } catch {
    return undefined;
  }
  if (!isObject(top)) return undefined;
  for (const [key, items] of state.arrays) {
    const placeholder = top[key];
    if (!Array.isArray(placeholder) || placeholder.length > 0) return undefined;
    top[key] = items;
  }
  return top;
}

/** JSON.parse of a whole ledger text, with a syntax error turned into a LedgerFileError. */
function parseWhole(body: string, fileName: string | undefined): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    throw new LedgerFileError(
      [{ path: '', message: `not valid JSON${syntaxErrorPlace(body, message)}: ${message}` }],
      fileName,
    );
  }
}

/**
 * {@link parseLedgerText} in slices, for callers that must report progress or stay responsive
 * (a worker reading a 400 MB backup). Yields while it scans the text (characters) and while it
 * checks the items; returns the same ledger, or throws the same LedgerFileError.
 */
export function* parseLedgerTextSteps(
  text: string,
  fileName?: string,
): Generator<WorkStep, Ledger> {
  return yield* parseLedgerPiecesSteps([text], fileName);
}

/**
 * {@link parseLedgerTextSteps} over a text given as consecutive pieces (a large file decoded
 * slice by slice), without ever joining them into one string unless the scan has to fall back to
 * a whole parse. Returns the same ledger, or throws the same LedgerFileError, as the joined text.
 */
export function* parseLedgerPiecesSteps(
  pieces: readonly string[],
  fileName?: string,
): Generator<WorkStep, Ledger> {
  const first = pieces[0] ?? '';
  const body = first.charCodeAt(0) === 0xfeff ? [first.slice(1), ...pieces.slice(1)] : pieces;
  let json = yield* scanLedgerJson(body);
  if (json === undefined) json = parseWhole(body.join(''), fileName);
  return yield* ledgerSteps(json, fileName, true);
}

/** `out` with the fields of `extra` it does not have yet added after its own, sorted by key. */
function addExtraFields(
  out: Record<string, unknown>,
  extra: Extra | undefined,
): Record<string, unknown> {
  if (!extra) return out;
  for (const key of Object.keys(extra).sort()) {
    if (!(key in out)) out[key] = extra[key];
  }
  return out;
}

function withExtraFields(
  known: Record<string, unknown>,
  extra: Extra | undefined,
): Record<string, unknown> {
  return extra ? addExtraFields({ ...known }, extra) : known;
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
      rates: settings.rates
        ? Object.fromEntries(
            Object.keys(settings.rates)
              .sort()
              .map((code) => [code, settings.rates![code]]),
          )
        : undefined,
      outlookCategory: settings.outlookCategory,
    }),
    settings.extra,
  );
}

/** Sets `key` when `value` is defined, as JSON.stringify would leave an undefined value out. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

// The three writers below build each object once, in the file's key order, without the copies
// of `defined` and `withExtraFields`: a ledger holds a million events.

function customerJson(c: Customer): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  put(out, 'id', c.id);
  put(out, 'name', c.name);
  put(out, 'country', c.country);
  put(out, 'language', c.language);
  put(out, 'timeZone', c.timeZone);
  put(
    out,
    'contacts',
    c.contacts.map((contact) =>
      withExtraFields({ name: contact.name, email: contact.email }, extraOfValue(contact)),
    ),
  );
  put(out, 'domains', c.domains);
  put(out, 'paymentTermsDays', c.paymentTermsDays);
  put(out, 'segment', c.segment);
  put(out, 'creditHold', c.creditHold);
  put(out, 'notes', c.notes);
  return addExtraFields(out, c.extra);
}

function invoiceJson(i: Invoice): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  put(out, 'id', i.id);
  put(out, 'number', i.number);
  put(out, 'customerId', i.customerId);
  put(out, 'po', i.po);
  put(out, 'issueDate', i.issueDate);
  put(out, 'dueDate', i.dueDate);
  put(out, 'currency', i.amount.currency);
  put(out, 'amount', toDecimalString(i.amount));
  put(out, 'paid', toDecimalString(i.paid));
  put(out, 'status', i.status);
  if (i.pause) {
    put(
      out,
      'pause',
      withExtraFields(
        defined({ reason: i.pause.reason, until: i.pause.until }),
        extraOfValue(i.pause),
      ),
    );
  }
  return addExtraFields(out, i.extra);
}

function eventJson(e: LedgerEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  put(out, 'id', e.id);
  put(out, 'customerId', e.customerId);
  put(out, 'at', e.at);
  put(out, 'direction', e.direction);
  put(out, 'channel', e.channel);
  put(out, 'kind', e.kind);
  put(out, 'threadId', e.threadId);
  put(out, 'messageId', e.messageId);
  put(out, 'invoiceIds', e.invoiceIds);
  put(out, 'stage', e.stage);
  put(out, 'blocks', e.blocks);
  put(out, 'promisedFor', e.promisedFor);
  put(out, 'returnDate', e.returnDate);
  put(out, 'reason', e.reason);
  put(out, 'note', e.note);
  return addExtraFields(out, e.extra);
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
