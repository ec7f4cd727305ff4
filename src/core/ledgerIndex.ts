import type { ClueHits, ThreadClues } from './matching';
import {
  domainOf,
  isFreeMail,
  normalizeAddress,
  normalizeDomain,
  normalizeReference,
} from './matching';
import type { Customer, CustomerId, Invoice, Ledger, LedgerEvent } from './model';
import { DEFAULT_FREE_MAIL_DOMAINS } from './model';

/**
 * Lookups over a ledger held in memory (CLI, Apps Script): the same answers the IndexedDB store
 * gives through its indexes, so both feed {@link matchThread} alike.
 */
export type LedgerIndex = {
  /** What the ledger holds for the clues of one message. */
  hitsFor(clues: ThreadClues): ClueHits;
  customer(id: CustomerId): Customer | undefined;
  /** The customer's invoices in ledger order; empty for an unknown id. */
  invoicesOf(id: CustomerId): readonly Invoice[];
  /** The customer's events sorted by `at` ascending (ties keep ledger order); unparsable `at` last. */
  eventsOf(id: CustomerId): readonly LedgerEvent[];
};

const NONE: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function pick<V>(map: ReadonlyMap<string, V>, keys: Iterable<string>): Map<string, V> {
  const found = new Map<string, V>();
  for (const key of keys) {
    const value = map.get(key);
    if (value !== undefined) found.set(key, value);
  }
  return found;
}

/**
 * Builds the lookups in one pass over the ledger: contact addresses (lower-case), customer domains
 * plus their contacts' domains unless free-mail, normalized invoice and PO numbers, invoices and
 * events per customer. Events are sorted per customer on first request, then kept.
 */
export function createLedgerIndex(
  ledger: Pick<Ledger, 'customers' | 'invoices' | 'events'>,
  freeMailDomains: readonly string[] = DEFAULT_FREE_MAIL_DOMAINS,
): LedgerIndex {
  const customers = new Map<CustomerId, Customer>();
  const byAddress = new Map<string, Customer[]>();
  const byDomain = new Map<string, Customer[]>();
  const freeMail = new Map<string, boolean>();
  const isFree = (domain: string): boolean => {
    let free = freeMail.get(domain);
    if (free === undefined) {
      free = isFreeMail(domain, freeMailDomains);
      freeMail.set(domain, free);
    }
    return free;
  };

  for (const customer of ledger.customers) {
    customers.set(customer.id, customer);
    const domains = new Set(customer.domains.map(normalizeDomain));
    for (const contact of customer.contacts) {
      const address = normalizeAddress(contact.email);
      if (address === '') continue;
      push(byAddress, address, customer);
      domains.add(domainOf(address));
    }
    for (const domain of domains) {
      if (domain !== '' && !isFree(domain)) push(byDomain, domain, customer);
    }
  }

  const byNumber = new Map<string, Invoice[]>();
  const byPo = new Map<string, Invoice[]>();
  const invoicesByCustomer = new Map<CustomerId, Invoice[]>();
  for (const invoice of ledger.invoices) {
    push(byNumber, normalizeReference(invoice.number), invoice);
    if (invoice.po !== undefined && invoice.po.trim() !== '') {
      push(byPo, normalizeReference(invoice.po), invoice);
    }
    push(invoicesByCustomer, invoice.customerId, invoice);
  }

  const eventsByCustomer = new Map<CustomerId, LedgerEvent[]>();
  for (const event of ledger.events) push(eventsByCustomer, event.customerId, event);
  const sorted = new Set<CustomerId>();

  return {
    hitsFor(clues) {
      const invoicesByNumber = pick(
        byNumber,
        clues.tokens.map((t) => t.value),
      );
      const invoicesByPo = pick(
        byPo,
        clues.tokens.map((t) => t.value),
      );
      const customersById = new Map<CustomerId, Customer>();
      for (const list of [...invoicesByNumber.values(), ...invoicesByPo.values()]) {
        for (const invoice of list) {
          const owner = customers.get(invoice.customerId);
          if (owner) customersById.set(owner.id, owner);
        }
      }
      return {
        customersByAddress: pick(byAddress, clues.addresses),
        customersByDomain: pick(byDomain, clues.domains),
        invoicesByNumber,
        invoicesByPo,
        customersById,
      };
    },
    customer: (id) => customers.get(id),
    invoicesOf: (id) => invoicesByCustomer.get(id) ?? NONE,
    eventsOf(id) {
      const events = eventsByCustomer.get(id);
      if (events === undefined) return NONE;
      if (!sorted.has(id)) {
        const keyed = events.map((event, order) => {
          const at = Date.parse(event.at);
          return { event, order, at: Number.isNaN(at) ? Infinity : at };
        });
        keyed.sort((a, b) => a.at - b.at || a.order - b.order);
        keyed.forEach((k, i) => (events[i] = k.event));
        sorted.add(id);
      }
      return events;
    },
  };
}
