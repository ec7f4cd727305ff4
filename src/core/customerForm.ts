import {
  customerSlug,
  isKnownTimeZone,
  readCountryCell,
  readDomainCell,
  readLanguageCell,
} from './csvCustomers';
import { isPlausibleEmail, type WithExtra } from './ledgerFile';
import type { Contact, Customer, CustomerId, Extra, LetterLanguage } from './model';

/** One contact row of the form; `extra` carries fields a newer version wrote, untouched. */
export type ContactRow = { readonly name: string; readonly email: string; readonly extra?: Extra };

/** A customer as a person edits it: every field as typed. */
export type CustomerForm = {
  /** Empty for a new customer: the id is then made from the name. */
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 ("ES"), a country name ("Spain", "西班牙"), or empty when unknown. */
  readonly country: string;
  readonly language: string;
  readonly timeZone: string;
  readonly contacts: readonly ContactRow[];
  /** Extra email domains, separated by commas, semicolons, spaces or new lines. */
  readonly domains: string;
  readonly paymentTermsDays: string;
  readonly segment: string;
  readonly creditHold: boolean;
  readonly notes: string;
};

/** Why a field is not accepted; the form shows each in the UI language. */
export type CustomerFormProblem =
  | 'required'
  | 'not-a-country'
  | 'not-a-language'
  | 'not-a-time-zone'
  | 'not-an-email'
  | 'duplicate-email'
  | 'not-a-domain'
  | 'not-whole-days';

/** A field of the form; contact rows are `contacts.<row>.name` / `contacts.<row>.email`. */
export type CustomerFormField =
  | 'id'
  | 'name'
  | 'country'
  | 'language'
  | 'timeZone'
  | 'domains'
  | 'paymentTermsDays'
  | `contacts.${number}.email`;

/** What is wrong with one field; `values` are the offending parts (the domains not accepted). */
export type CustomerFieldIssue = {
  readonly problem: CustomerFormProblem;
  readonly values?: readonly string[];
};

/** The checked form: the customer to save when nothing is wrong, and every problem by field. */
export type CustomerFormCheck = {
  readonly customer?: Customer;
  readonly issues: Readonly<Partial<Record<CustomerFormField, CustomerFieldIssue>>>;
};

/** The form of an existing customer, or an empty one with the seller's defaults. */
export function customerFormOf(
  customer: Customer | undefined,
  defaults: { readonly language: LetterLanguage; readonly timeZone: string },
): CustomerForm {
  if (!customer) {
    return {
      id: '',
      name: '',
      country: '',
      language: defaults.language,
      timeZone: defaults.timeZone,
      contacts: [{ name: '', email: '' }],
      domains: '',
      paymentTermsDays: '',
      segment: '',
      creditHold: false,
      notes: '',
    };
  }
  return {
    id: customer.id,
    name: customer.name,
    country: customer.country,
    language: customer.language,
    timeZone: customer.timeZone,
    contacts: customer.contacts.map((c) => ({ ...c })),
    domains: customer.domains.join(', '),
    paymentTermsDays:
      customer.paymentTermsDays === undefined ? '' : String(customer.paymentTermsDays),
    segment: customer.segment ?? '',
    creditHold: customer.creditHold === true,
    notes: customer.notes ?? '',
  };
}

/**
 * Checks a customer form with the engine's rules for a ledger customer (those the ledger file and
 * the CSV import apply): a name; a country code or name, or none; a letter language the engine
 * ships; an IANA zone; contact addresses; domain names; whole days of payment terms. `base` is the
 * customer being edited: its id and unknown fields are kept. Rows with neither name nor email are
 * dropped. Never decides whether an id is free: that is the repository's to answer.
 */
export function checkCustomerForm(form: CustomerForm, base?: Customer): CustomerFormCheck {
  const issues: Partial<Record<CustomerFormField, CustomerFieldIssue>> = {};
  const name = form.name.trim();
  if (name === '') issues.name = { problem: 'required' };
  const id = base?.id ?? (form.id.trim() || (name === '' ? '' : customerSlug(name)));
  if (id === '' && name !== '') issues.id = { problem: 'required' };

  let country = '';
  if (form.country.trim() !== '') {
    const code = readCountryCell(form.country);
    if (code === undefined) issues.country = { problem: 'not-a-country' };
    else country = code;
  }
  const language = readLanguageCell(form.language);
  if (language === undefined || language !== form.language.trim())
    issues.language = { problem: 'not-a-language' };
  const timeZone = form.timeZone.trim();
  if (timeZone === '') issues.timeZone = { problem: 'required' };
  else if (!isKnownTimeZone(timeZone)) issues.timeZone = { problem: 'not-a-time-zone' };

  const contacts: WithExtra<Contact>[] = [];
  const seen = new Set<string>();
  form.contacts.forEach((row, index) => {
    const email = row.email.trim();
    const contactName = row.name.trim();
    if (email === '' && contactName === '') return;
    const field = `contacts.${index}.email` as const;
    if (email === '') issues[field] = { problem: 'required' };
    else if (!isPlausibleEmail(email)) issues[field] = { problem: 'not-an-email' };
    else if (seen.has(email.toLowerCase())) issues[field] = { problem: 'duplicate-email' };
    seen.add(email.toLowerCase());
    contacts.push(
      row.extra ? { name: contactName, email, extra: row.extra } : { name: contactName, email },
    );
  });

  const { domains, invalid } = readDomainCell(form.domains);
  if (invalid.length > 0) issues.domains = { problem: 'not-a-domain', values: invalid };

  let paymentTermsDays: number | undefined;
  const terms = form.paymentTermsDays.trim();
  if (terms !== '') {
    if (/^\d{1,5}$/.test(terms)) paymentTermsDays = Number(terms);
    else issues.paymentTermsDays = { problem: 'not-whole-days' };
  }

  if (Object.keys(issues).length > 0 || language === undefined) return { issues };
  const customer: { -readonly [K in keyof Customer]: Customer[K] } = {
    id: id as CustomerId,
    name,
    country,
    language,
    timeZone,
    contacts,
    domains: [...new Set(domains)],
  };
  if (paymentTermsDays !== undefined) customer.paymentTermsDays = paymentTermsDays;
  const segment = form.segment.trim();
  if (segment !== '') customer.segment = segment;
  if (form.creditHold || base?.creditHold !== undefined) customer.creditHold = form.creditHold;
  if (form.notes.trim() !== '') customer.notes = form.notes;
  if (base?.extra !== undefined) customer.extra = base.extra;
  return { customer, issues };
}
