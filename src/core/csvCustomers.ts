import { isTimeZone } from './calendarDate';
import { normalizeHeader } from './csvColumns';
import { isPlausibleEmail } from './ledgerFile';
import { isDomainName } from './matching';
import {
  LETTER_LANGUAGES,
  type Contact,
  type Customer,
  type CustomerId,
  type LetterLanguage,
} from './model';

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NAMED_ADDRESS = /^(.*?)\s*<([^<>]+)>$/;
const LIST_SEPARATORS = /[;,]/;
const WHITESPACE = /\s+/;

/** A customer name compared without case, accents or punctuation: "ACME, Inc." ≡ "Acme Inc". */
export function customerNameKey(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** A customer id derived from a name, stable across imports: "Acme, Inc." → "acme-inc". */
export function customerSlug(name: string): string {
  return customerNameKey(name).replace(/ /g, '-') || 'customer';
}

const LANGUAGE_WORDS = new Map<string, LetterLanguage>();
(
  [
    [
      'en',
      ['en', 'eng', 'english', 'en-us', 'en-gb', '英语', '英文', 'englisch', 'ingles', 'anglais'],
    ],
    [
      'zh-CN',
      [
        'zh',
        'zh-cn',
        'zh-hans',
        'cn',
        'chinese',
        '中文',
        '简体中文',
        '汉语',
        'chinesisch',
        'chino',
        'chinois',
      ],
    ],
    ['es', ['es', 'spa', 'spanish', 'español', 'espanol', '西班牙语', 'spanisch', 'espagnol']],
    ['fr', ['fr', 'fra', 'french', 'français', 'francais', '法语', 'französisch', 'frances']],
    ['de', ['de', 'deu', 'ger', 'german', 'deutsch', '德语', 'aleman', 'allemand']],
    [
      'pt',
      [
        'pt',
        'pt-br',
        'pt-pt',
        'por',
        'portuguese',
        'português',
        'portugues',
        '葡萄牙语',
        'portugiesisch',
      ],
    ],
  ] as const
).forEach(([language, words]) =>
  words.forEach((w) => LANGUAGE_WORDS.set(normalizeHeader(w), language)),
);

/** A language cell ("de", "German", "中文") as a letter language, or undefined when not shipped. */
export function readLanguageCell(cell: string): LetterLanguage | undefined {
  const exact = (LETTER_LANGUAGES as readonly string[]).find((l) => l === cell.trim());
  return (exact as LetterLanguage | undefined) ?? LANGUAGE_WORDS.get(normalizeHeader(cell));
}

let countryNames: Map<string, string> | undefined;

function countryIndex(): Map<string, string> {
  if (countryNames) return countryNames;
  const index = new Map<string, string>();
  const locales = ['en', 'zh', 'de', 'es', 'fr', 'pt'];
  const displays = locales.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const english = displays[0]!.of(code);
      if (!english || english === code || code === 'ZZ' || code === 'EU' || code === 'UN') continue;
      index.set(code, code);
      for (const display of displays) {
        const name = display.of(code);
        if (name) index.set(normalizeHeader(name), code);
      }
    }
  }
  index.set('uk', 'GB');
  index.set('UK', 'GB');
  index.set('usa', 'US');
  index.set('unitedstatesofamerica', 'US');
  index.set('england', 'GB');
  index.set('prc', 'CN');
  countryNames = index;
  return index;
}

/** A country cell ("ES", "es", "Spain", "西班牙", "UK") as an ISO 3166-1 alpha-2 code, or undefined. */
export function readCountryCell(cell: string): string | undefined {
  const text = cell.trim();
  const index = countryIndex();
  if (/^[A-Za-z]{2}$/.test(text)) return index.get(text.toUpperCase());
  return index.get(normalizeHeader(text));
}

const zoneCache = new Map<string, boolean>();

/** True when `zone` is an IANA zone; cached, since a file repeats the same few zones. */
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    known = isTimeZone(zone);
    zoneCache.set(zone, known);
  }
  return known;
}

/** The contacts of an email cell: "a@x.com; Bob <b@x.com>"; `invalid` lists the parts that are no address. */
export function readEmailCell(
  cell: string,
  contactName: string,
): { contacts: Contact[]; invalid: string[] } {
  const contacts: Contact[] = [];
  const invalid: string[] = [];
  for (const part of cell.split(LIST_SEPARATORS)) {
    const text = part.trim();
    if (text === '') continue;
    const named = NAMED_ADDRESS.exec(text);
    const pieces = named ? [named[2]!.trim()] : text.split(WHITESPACE);
    for (const email of pieces) {
      if (!isPlausibleEmail(email)) {
        invalid.push(email);
        continue;
      }
      const name = named
        ? named[1]!.replace(/^"|"$/g, '').trim()
        : contacts.length === 0
          ? contactName
          : '';
      contacts.push({ name, email });
    }
  }
  return { contacts, invalid };
}

/** The domains of a domain cell ("https://www.acme.es/contact; acme.com"); `invalid` lists the rest. */
export function readDomainCell(cell: string): { domains: string[]; invalid: string[] } {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const part of cell.split(/[;,\s]+/)) {
    if (part === '') continue;
    const host = part
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/^www\./, '');
    if (isDomainName(host)) domains.push(host);
    else invalid.push(part);
  }
  return { domains, invalid };
}

/** Customer fields an import may set, beside contacts and domains. */
export type CustomerFields = {
  name?: string;
  country?: string;
  language?: LetterLanguage;
  timeZone?: string;
  paymentTermsDays?: number;
  segment?: string;
  creditHold?: boolean;
  notes?: string;
};

/** A customer being assembled by an import: new, or an existing one being updated. */
export type CustomerDraft = {
  readonly id: CustomerId;
  readonly existing?: Customer;
  readonly firstLine: number;
  fields: CustomerFields;
  readonly setAt: Map<keyof CustomerFields, { line: number; value: unknown }>;
  readonly contacts: Contact[];
  readonly emails: Set<string>;
  readonly domains: Set<string>;
  changed: boolean;
};

/**
 * The customers an import builds, found by id, name or contact email among the existing ones and
 * those already met in the file. Lookups are maps: no scan per row.
 */
export class CustomerBook {
  private readonly existingById = new Map<string, Customer>();
  private readonly existingByName = new Map<string, Customer>();
  private readonly existingByEmail = new Map<string, Customer>();
  private readonly drafts = new Map<string, CustomerDraft>();
  private readonly draftsByName = new Map<string, CustomerDraft>();
  private readonly draftsByEmail = new Map<string, CustomerDraft>();
  readonly warnings: string[] = [];

  constructor(
    existing: readonly Customer[],
    private readonly freeMail: ReadonlySet<string>,
  ) {
    for (const customer of existing) {
      this.existingById.set(customer.id, customer);
      const key = customerNameKey(customer.name);
      if (!this.existingByName.has(key)) this.existingByName.set(key, customer);
      for (const contact of customer.contacts) {
        const email = contact.email.toLowerCase();
        if (!this.existingByEmail.has(email)) this.existingByEmail.set(email, customer);
      }
    }
  }

  private draftOf(customer: Customer, line: number): CustomerDraft {
    const known = this.drafts.get(customer.id);
    if (known) return known;
    const draft: CustomerDraft = {
      id: customer.id,
      existing: customer,
      firstLine: line,
      fields: {},
      setAt: new Map(),
      contacts: [...customer.contacts],
      emails: new Set(customer.contacts.map((c) => c.email.toLowerCase())),
      domains: new Set(customer.domains),
      changed: false,
    };
    this.drafts.set(customer.id, draft);
    return draft;
  }

  /** The customer with this id, in the file so far or in the ledger. */
  byId(id: string, line: number): CustomerDraft | undefined {
    const draft = this.drafts.get(id);
    if (draft) return draft;
    const customer = this.existingById.get(id);
    return customer ? this.draftOf(customer, line) : undefined;
  }

  /** The customer with this name (compared by {@link customerNameKey}). */
  byName(name: string, line: number): CustomerDraft | undefined {
    const key = customerNameKey(name);
    const draft = this.draftsByName.get(key);
    if (draft) return draft;
    const customer = this.existingByName.get(key);
    return customer ? this.draftOf(customer, line) : undefined;
  }

  /** The customer one of whose contacts has this address. */
  byEmail(email: string, line: number): CustomerDraft | undefined {
    const key = email.toLowerCase();
    const draft = this.draftsByEmail.get(key);
    if (draft) return draft;
    const customer = this.existingByEmail.get(key);
    return customer ? this.draftOf(customer, line) : undefined;
  }

  /** A new customer; its id is `id` or the slug of its name, made unique with "-2", "-3"… */
  create(name: string, line: number, id?: string): CustomerDraft {
    const base = id ?? customerSlug(name);
    let unique = base;
    for (let n = 2; this.drafts.has(unique) || this.existingById.has(unique); n++)
      unique = `${base}-${n}`;
    const draft: CustomerDraft = {
      id: unique as CustomerId,
      firstLine: line,
      fields: { name },
      setAt: new Map([['name', { line, value: name }]]),
      contacts: [],
      emails: new Set(),
      domains: new Set(),
      changed: true,
    };
    this.drafts.set(unique, draft);
    const key = customerNameKey(name);
    if (!this.draftsByName.has(key)) this.draftsByName.set(key, draft);
    return draft;
  }

  /**
   * Sets a field from a row. A second row disagreeing with the first keeps the first and warns.
   * An existing customer's value is replaced only when `overwrite` (a customers file) or empty.
   */
  setField<K extends keyof CustomerFields>(
    draft: CustomerDraft,
    field: K,
    value: CustomerFields[K],
    line: number,
    overwrite: boolean,
  ): void {
    const prior = draft.setAt.get(field);
    if (prior) {
      if (prior.value !== value) {
        this.warnings.push(
          `customer ${draft.id}: line ${line} gives ${field} ${JSON.stringify(value)} but line ${prior.line} gave ${JSON.stringify(prior.value)}; kept the first`,
        );
      }
      return;
    }
    const current = draft.existing?.[field];
    if (draft.existing && !overwrite && current !== undefined && current !== '') return;
    draft.setAt.set(field, { line, value });
    if (current === value) return;
    draft.fields[field] = value;
    draft.changed = true;
    if (field === 'name' && typeof value === 'string') {
      const key = customerNameKey(value);
      if (!this.draftsByName.has(key)) this.draftsByName.set(key, draft);
    }
  }

  /** Adds contacts (by address, once) and their non-free-mail domains. */
  addContacts(draft: CustomerDraft, contacts: readonly Contact[]): void {
    for (const contact of contacts) {
      const email = contact.email.toLowerCase();
      if (!this.draftsByEmail.has(email)) this.draftsByEmail.set(email, draft);
      if (draft.emails.has(email)) continue;
      draft.emails.add(email);
      draft.contacts.push(contact);
      draft.changed = true;
      const domain = email.slice(email.lastIndexOf('@') + 1);
      if (!this.freeMail.has(domain)) this.addDomains(draft, [domain]);
    }
  }

  /** Adds email domains, once each. */
  addDomains(draft: CustomerDraft, domains: readonly string[]): void {
    for (const domain of domains) {
      if (draft.domains.has(domain)) continue;
      draft.domains.add(domain);
      draft.changed = true;
    }
  }

  /**
   * The customers to store: new ones filled with defaults, and existing ones that changed, in the
   * order the file first mentions them.
   */
  results(defaults: { language: LetterLanguage; timeZone: string }): {
    customers: Customer[];
    created: number;
    updated: number;
  } {
    const customers: Customer[] = [];
    let created = 0;
    let updated = 0;
    const ordered = [...this.drafts.values()].sort((a, b) => a.firstLine - b.firstLine);
    for (const draft of ordered) {
      if (!draft.changed) continue;
      const f = draft.fields;
      const base: Customer = draft.existing ?? {
        id: draft.id,
        name: f.name ?? draft.id,
        country: '',
        language: defaults.language,
        timeZone: defaults.timeZone,
        contacts: [],
        domains: [],
      };
      const customer: Customer = {
        ...base,
        ...(f.name !== undefined ? { name: f.name } : {}),
        ...(f.country !== undefined ? { country: f.country } : {}),
        ...(f.language !== undefined ? { language: f.language } : {}),
        ...(f.timeZone !== undefined ? { timeZone: f.timeZone } : {}),
        contacts: draft.contacts,
        domains: [...draft.domains],
        ...(f.paymentTermsDays !== undefined ? { paymentTermsDays: f.paymentTermsDays } : {}),
        ...(f.segment !== undefined ? { segment: f.segment } : {}),
        ...(f.creditHold !== undefined ? { creditHold: f.creditHold } : {}),
        ...(f.notes !== undefined ? { notes: f.notes } : {}),
      };
      customers.push(customer);
      if (draft.existing) updated++;
      else created++;
    }
    return { customers, created, updated };
  }
}
