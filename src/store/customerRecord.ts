import {
  domainOf,
  isFreeMail,
  isUnpaid,
  normalizeAddress,
  normalizeDomain,
  normalizeReference,
  type ContactHistory,
  type Customer,
  type Invoice,
} from '../core';
import type { CustomerRecord, SummaryRecord } from './schema';

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

/** A customer document with its index arrays filled from its parts. */
export function customerRecordOf(
  parts: CustomerParts,
  isFree: (domain: string) => boolean,
): CustomerRecord {
  const { emails, domains } = addressKeysOf(parts.customer, isFree);
  const numbers = new Set<string>();
  const pos = new Set<string>();
  for (const invoice of parts.invoices) {
    numbers.add(normalizeReference(invoice.number));
    if (invoice.po !== undefined && invoice.po.trim() !== '')
      pos.add(normalizeReference(invoice.po));
  }
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
    numbers: [...numbers],
    pos: [...pos],
  };
}

/** The list summary of a customer document, or undefined when nothing is unpaid. */
export function summaryOf(record: CustomerRecord): SummaryRecord | undefined {
  const unpaid = record.invoices.filter(isUnpaid);
  if (unpaid.length === 0) return undefined;
  const { history } = record;
  const waiting = history.lastReminder !== undefined && history.remindersSinceReply > 0;
  return {
    id: record.id,
    customer: record.customer,
    unpaid,
    history,
    ...(waiting ? { silentSince: history.lastReminder!.on } : {}),
  };
}
