import { domainOf, isFreeMail, normalizeAddress, normalizeDomain } from '../../core/matching';
import type { Customer } from '../../core/model';

/**
 * Gmail documents no limit on `q`, but long queries fail with 400 "Invalid query"; 1,500
 * characters stays well inside what Gmail accepts while packing ~25 customers per query.
 */
export const MAX_QUERY_LENGTH = 1500;

/**
 * What to search for: each customer's own domains (which cover all its contacts there), plus the
 * exact contact addresses on free-mail or other uncovered domains. The user's own domain never
 * counts (colleagues are not customers). Sorted and deduplicated.
 */
export function searchKeysOf(
  customers: readonly Customer[],
  freeMailDomains: readonly string[],
  ownAddress: string,
): string[] {
  const ownDomain = domainOf(ownAddress);
  const domains = new Set<string>();
  const addresses = new Set<string>();
  const usable = (d: string) => d !== '' && d !== ownDomain && !isFreeMail(d, freeMailDomains);
  for (const customer of customers) {
    for (const d of customer.domains.map(normalizeDomain)) if (usable(d)) domains.add(d);
    for (const contact of customer.contacts) {
      const address = normalizeAddress(contact.email);
      const d = domainOf(address);
      if (address === '' || d === ownDomain) continue;
      if (usable(d)) domains.add(d);
      else addresses.add(address);
    }
  }
  const covered = (address: string) => {
    const labels = domainOf(address).split('.');
    return labels.some((_, i) => domains.has(labels.slice(i).join('.')));
  };
  // Gmail's from:buyer.es also finds mail.buyer.es: a subdomain under a searched domain is dropped.
  const parentSearched = (d: string) => {
    const labels = d.split('.');
    return labels.some((_, i) => i > 0 && domains.has(labels.slice(i).join('.')));
  };
  return [
    ...[...domains].filter((d) => !parentSearched(d)),
    ...[...addresses].filter((a) => !covered(a)),
  ].sort();
}

/** The characters Gmail's search syntax gives meaning to; keys with them are quoted. */
function term(operator: string, key: string): string {
  return /^[\p{L}\p{N}@._+-]+$/u.test(key)
    ? `${operator}:${key}`
    : `${operator}:"${key.replace(/"/g, '')}"`;
}

/**
 * The fewest queries of at most `maxLength` characters that together find every message from,
 * to or cc one of `keys` since `after` (epoch seconds): `after:S {from:k to:k cc:k …}`, where
 * braces mean OR in Gmail's syntax.
 */
export function searchQueriesOf(
  keys: readonly string[],
  afterSeconds: number,
  maxLength: number = MAX_QUERY_LENGTH,
): string[] {
  const head = `after:${afterSeconds} {`;
  const queries: string[] = [];
  let current: string[] = [];
  let length = head.length + 1;
  for (const key of keys) {
    const group = ['from', 'to', 'cc'].map((op) => term(op, key)).join(' ');
    const added = group.length + (current.length > 0 ? 1 : 0);
    if (head.length + 1 + group.length > maxLength)
      throw new Error(
        `The address "${key}" alone makes a query longer than ${maxLength} characters`,
      );
    if (length + added > maxLength) {
      queries.push(`${head}${current.join(' ')}}`);
      current = [];
      length = head.length + 1;
    }
    length += current.length > 0 ? group.length + 1 : group.length;
    current.push(group);
  }
  if (current.length > 0) queries.push(`${head}${current.join(' ')}}`);
  return queries;
}

/** The query for delivery failures since `after`: they come from the mailer daemon, not the customer. */
export function bounceQueryOf(afterSeconds: number): string {
  return `after:${afterSeconds} {from:mailer-daemon from:postmaster}`;
}
