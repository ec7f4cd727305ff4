import type { CustomerId } from '../core';
import type { LookupRecord } from './schema';

/** What a lookup maps to a customer: event ids, thread ids, invoice ids. */
export type LookupKind = 'e' | 't' | 'i';

/**
 * Buckets per kind. A million events spread about 250 ids over each bucket (a few KB of JSON),
 * so one read answers a lookup; changing it needs a schema step that rebuilds the buckets.
 */
export const BUCKETS = 4096;

type Pair = [value: string, customerId: CustomerId];

/** FNV-1a over UTF-16 code units: cheap, stable across runs and engines. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The key of the bucket holding `value` of `kind`. */
export function bucketKey(kind: LookupKind, value: string): string {
  return `${kind}:${hashOf(value) % BUCKETS}`;
}

/**
 * Lookup buckets loaded from the store (all of them, or only the few a call needs: a bucket not
 * loaded counts as empty), changed in memory, and written back with {@link changedRecords}.
 */
export class LookupBuckets {
  private readonly pairs = new Map<string, Pair[]>();
  private readonly changed = new Set<string>();

  constructor(records: readonly (LookupRecord | undefined)[] = []) {
    for (const r of records) if (r) this.pairs.set(r.key, JSON.parse(r.json) as Pair[]);
  }

  private bucket(kind: LookupKind, value: string): { key: string; list: Pair[] } {
    const key = bucketKey(kind, value);
    let list = this.pairs.get(key);
    if (!list) {
      list = [];
      this.pairs.set(key, list);
    }
    return { key, list };
  }

  /** Customers that `value` of `kind` belongs to (an invoice or event id has one at most). */
  customersOf(kind: LookupKind, value: string): CustomerId[] {
    const list = this.pairs.get(bucketKey(kind, value)) ?? [];
    const found: CustomerId[] = [];
    for (const [v, c] of list) if (v === value) found.push(c);
    return found;
  }

  /** True when `value` of `kind` is held for any customer. */
  has(kind: LookupKind, value: string): boolean {
    return (this.pairs.get(bucketKey(kind, value)) ?? []).some(([v]) => v === value);
  }

  /** Adds the pair unless it is there already. */
  add(kind: LookupKind, value: string, customerId: CustomerId): void {
    const { key, list } = this.bucket(kind, value);
    if (list.some(([v, c]) => v === value && c === customerId)) return;
    list.push([value, customerId]);
    this.changed.add(key);
  }

  /** Adds a pair the caller knows is new (a whole ledger being cut): no search. */
  addNew(kind: LookupKind, value: string, customerId: CustomerId): void {
    const { key, list } = this.bucket(kind, value);
    list.push([value, customerId]);
    this.changed.add(key);
  }

  /** Makes `customerId` the one owner of `value` (an invoice moved), or removes it (undefined). */
  setOwner(kind: LookupKind, value: string, customerId: CustomerId | undefined): void {
    const { key, list } = this.bucket(kind, value);
    const current = list.filter(([v]) => v === value);
    if (
      customerId === undefined
        ? current.length === 0
        : current.length === 1 && current[0]![1] === customerId
    )
      return;
    const kept = list.filter(([v]) => v !== value);
    if (customerId !== undefined) kept.push([value, customerId]);
    this.pairs.set(key, kept);
    this.changed.add(key);
  }

  /** The records of the buckets changed since loading, ready to put. */
  changedRecords(): LookupRecord[] {
    return [...this.changed].map((key) => ({ key, json: JSON.stringify(this.pairs.get(key)) }));
  }
}
