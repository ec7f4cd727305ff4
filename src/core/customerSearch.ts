import type { Customer } from './model';

/**
 * Whether a customer answers a person's search box: every word of `query` occurs, ignoring case
 * and accents, in the name, id, a contact address or a domain. An empty query matches everyone.
 */
export function customerMatchesQuery(customer: Customer, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(
    [
      customer.name,
      customer.id,
      ...customer.contacts.map((c) => c.email),
      ...customer.domains,
    ].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
