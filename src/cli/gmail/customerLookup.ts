import type { LedgerIndex } from '../../core/ledgerIndex';
import { domainOf, domainWithParents, isFreeMail, normalizeAddress } from '../../core/matching';
import type { Customer } from '../../core/model';

/** The customers an address belongs to: exact contacts first, else its (non-free-mail) domain. */
export type CustomerLookup = (address: string) => readonly Customer[];

/**
 * Address → customers over a ledger index: an exact contact address wins; otherwise the most
 * specific customer domain (mail.buyer.es before buyer.es); free-mail domains never match by
 * domain. Answers are cached per address.
 */
export function createCustomerLookup(
  index: LedgerIndex,
  freeMailDomains: readonly string[],
): CustomerLookup {
  const cache = new Map<string, readonly Customer[]>();
  return (raw) => {
    const address = normalizeAddress(raw);
    if (address === '') return [];
    const cached = cache.get(address);
    if (cached) return cached;
    const domain = domainOf(address);
    const domains = isFreeMail(domain, freeMailDomains)
      ? []
      : domainWithParents(domain).filter((d) => !isFreeMail(d, freeMailDomains));
    const hits = index.hitsFor({ role: 'sender', addresses: [address], domains, tokens: [] });
    let found: readonly Customer[] = hits.customersByAddress.get(address) ?? [];
    if (found.length === 0) {
      for (const d of domains) {
        const byDomain = hits.customersByDomain.get(d);
        if (byDomain && byDomain.length > 0) {
          found = byDomain;
          break;
        }
      }
    }
    cache.set(address, found);
    return found;
  };
}
