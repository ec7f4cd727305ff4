import {
  domainOf,
  isFreeMail,
  isUnpaid,
  normalizeAddress,
  normalizeDomain,
  normalizeReference,
  type CalendarDate,
  type ContactHistory,
  type Customer,
  type Invoice,
} from '../core';
import type { CustomerRecord } from './schema';

/** The parts of a customer document a writer decides; the index arrays are derived. */
export type CustomerParts = {
  readonly customer: Customer;
  readonly order: number;
  readonly invoices: readonly Invoice[];
  readonly invoiceOrder: readonly number[];
  readonly history: ContactHistory;
  readonly lastChunk: number;
  readonly lastEventMs: number;
};

/** Memoizes isFreeMail over one free-mail list: a ledger repeats the same few domains. */
export function freeMailTest(freeMailDomains: readonly string[]): (domain: string) => boolean {
  const known = new Map<string, boolean>();
  return (domain) => {
    let free = known.get(domain);
    if (free === undefined) {
      free = isFreeMail(domain, freeMailDomains);
      known.set(domain, free);
    }
    return free;
  };
}

/** Normalized contact addresses and non-free-mail domains, as the `email`/`domain` indexes hold them. */
export function addressKeysOf(
  customer: Customer,
  isFree: (domain: string) => boolean,
): { emails: string[]; domains: string[] } {
  const emails = new Set<string>();
  const domains = new Set<string>();
  for (const d of customer.domains) domains.add(normalizeDomain(d));
  for (const contact of customer.contacts) {
    const address = normalizeAddress(contact.email);
    if (address === '') continue;
    emails.add(address);
    domains.add(domainOf(address));
  }
  return { emails: [...emails], domains: [...domains].filter((d) => d !== '' && !isFree(d)) };
}

/**
 * The references a thread may quote for these invoices: normalizeReference of each invoice
 * number and of each PO number that is not blank. Version 4 keeps them in the `r` lookup buckets.
 */
export function referenceKeysOf(invoices: readonly Invoice[]): Set<string> {
  const keys = new Set<string>();
  for (const invoice of invoices) {
    keys.add(normalizeReference(invoice.number));
    if (invoice.po !== undefined && invoice.po.trim() !== '')
      keys.add(normalizeReference(invoice.po));
  }
  return keys;
}

/** A customer document with its index arrays filled from its parts. */
export function customerRecordOf(
  parts: CustomerParts,
  isFree: (domain: string) => boolean,
): CustomerRecord {
  const { emails, domains } = addressKeysOf(parts.customer, isFree);
  return {
    id: parts.customer.id,
    order: parts.order,
    customer: parts.customer,
    invoices: parts.invoices,
    invoiceOrder: parts.invoiceOrder,
    history: parts.history,
    lastChunk: parts.lastChunk,
    lastEventMs: parts.lastEventMs,
    emails,
    domains,
    ...listFieldsOf(parts.invoices, parts.history),
  };
}

/**
 * The list fields of a customer document: `unpaid` while an invoice is unpaid, and `silentSince`
 * (the day of the last reminder) while that reminder is unanswered and something is unpaid.
 */
export function listFieldsOf(
  invoices: readonly Invoice[],
  history: ContactHistory,
): { unpaid?: 1; silentSince?: CalendarDate } {
  if (!invoices.some(isUnpaid)) return {};
  const waiting = history.lastReminder !== undefined && history.remindersSinceReply > 0;
  return waiting ? { unpaid: 1, silentSince: history.lastReminder!.on } : { unpaid: 1 };
}
