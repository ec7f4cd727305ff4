import type { CustomerId } from '../core';
import type { LookupRecord } from './schema';

/**
 * What a lookup maps to a customer: event ids, thread ids, invoice ids, and (version 4) the
 * references a thread may quote, i.e. normalizeReference of invoice numbers and PO numbers.
 */
export type LookupKind = 'e' | 't' | 'i' | 'r';

/**
 * Buckets of event and thread ids. A million events spread about 250 ids over each bucket (a few
 * KB of JSON), so one read answers a lookup; changing a count needs a schema step that rebuilds
 * the buckets of that kind (version 4 rebuilt `i` from 4,096 to INVOICE_BUCKETS).
 */
export const BUCKETS = 4096;

/**
 * Buckets of the kinds an invoice import writes (version 4): `i` invoice ids and `r` references
 * (normalized invoice and PO numbers). 100k invoices put about 100 ids and 180 references in
 * each (4 to 8 KB of JSON). A record costs about 70 µs to write whatever its size, so these
 * fewer, larger buckets cut an import's extra writes by about 0.25 s (bench/store.js).
 */
export const INVOICE_BUCKETS = 1024;

/** How many buckets `kind` has. */
export function bucketsOf(kind: LookupKind): number {
  return kind === 'r' || kind === 'i' ? INVOICE_BUCKETS : BUCKETS;
}

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
  return `${kind}:${hashOf(value) % bucketsOf(kind)}`;
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

  /** Removes the pair, if it is there. */
  remove(kind: LookupKind, value: string, customerId: CustomerId): void {
    const key = bucketKey(kind, value);
    const list = this.pairs.get(key);
    if (!list) return;
    const kept = list.filter(([v, c]) => v !== value || c !== customerId);
    if (kept.length === list.length) return;
    this.pairs.set(key, kept);
    this.changed.add(key);
  }

  /** Makes `customerId` the one owner of `value` (an invoice moved), or removes it (undefined). */
  setOwner(kind: LookupKind, value: string, customerId: CustomerId | undefined): void {
    const { key, list } = this.bucket(kind, value);
    let held = 0;
    let same = false;
    for (const [v, c] of list) {
      if (v !== value) continue;
      held++;
      same = c === customerId;
    }
    if (customerId === undefined ? held === 0 : held === 1 && same) return;
    this.changed.add(key);
    // A new value (every invoice of a first import) is appended without copying the bucket.
    const kept = held === 0 ? list : list.filter(([v]) => v !== value);
    if (customerId !== undefined) kept.push([value, customerId]);
    this.pairs.set(key, kept);
  }

  /** The records of the buckets changed since loading, ready to put. */
  changedRecords(): LookupRecord[] {
    return [...this.eachChangedRecord()];
  }

  /**
   * {@link changedRecords} one at a time, each written to JSON when it is reached: the buckets of
   * a million-event restore are about 50 MB of JSON, more than a second to write at once.
   */
  *eachChangedRecord(): Generator<LookupRecord, void> {
    for (const key of this.changed) yield { key, json: JSON.stringify(this.pairs.get(key)) };
  }
}
