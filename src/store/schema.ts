import type { DBSchema } from 'idb';
import type {
  CalendarDate,
  ContactHistory,
  Customer,
  CustomerId,
  Extra,
  Invoice,
  Settings,
} from '../core';

/** The schema version this code opens; the ladder in upgradeLedgerDb climbs to it. */
export const DB_VERSION = 4;

/** Most events in one chunk record: logging rewrites one chunk, so it stays small. */
export const CHUNK_SIZE = 200;

/**
 * One customer with everything the sidebar reads about it: a single document per customer
 * (one put per customer, not per invoice) whose arrays feed multiEntry indexes. Version 4 moved
 * invoice and PO numbers out of the document's indexes into the `r` lookup buckets: their 185k
 * index entries were most of a 100k-invoice import's write (bench/store.js, shape baselines).
 * Version 4 also dropped the `summaries` store: the lists read these documents through two sparse
 * indexes, which saves an import or restore one record per customer with unpaid invoices.
 */
export type CustomerRecord = {
  readonly id: CustomerId;
  /** Position in the ledger's customer list (export keeps the order). */
  readonly order: number;
  readonly customer: Customer;
  /** All of the customer's invoices, paid ones too, in ledger order. */
  readonly invoices: readonly Invoice[];
  /** Ledger-wide position of each invoice, parallel to `invoices`. */
  readonly invoiceOrder: readonly number[];
  /** Folded contact log, updated in the transaction that logs an event. */
  readonly history: ContactHistory;
  /** Seq of the customer's latest event chunk; -1 when it has no event. */
  readonly lastChunk: number;
  /** Time (ms) of the customer's latest event; events older than it take the slow path. */
  readonly lastEventMs: number;
  /** Normalized contact addresses (index `email`). */
  readonly emails: readonly string[];
  /** Customer domains, free mail left out (index `domain`). */
  readonly domains: readonly string[];
  /** 1 while an invoice is unpaid, absent otherwise: the sparse index `unpaid` feeds aging. */
  readonly unpaid?: 1;
  /**
   * The day of the last reminder while it is unanswered and something is unpaid, absent
   * otherwise: the sparse index `silent` holds exactly the silence candidates.
   */
  readonly silentSince?: CalendarDate;
};

/**
 * Up to CHUNK_SIZE events of one customer, in time order; key [customerId, seq]. The events are
 * kept as one JSON text: cloning a string is a copy, cloning 200 small objects is 200 walks,
 * which made a million-event restore six times slower (bench/store.js). Version 3 indexes no
 * chunk field: event ids and thread ids live in the lookup buckets, which cost a million-event
 * restore about 10 s less than two multiEntry indexes did.
 */
export type EventChunk = {
  readonly customerId: CustomerId;
  readonly seq: number;
  /** JSON of the events array, read through eventsOfChunk. */
  readonly json: string;
  readonly count: number;
  /** Ledger-wide position of each event, parallel to the events. */
  readonly order: readonly number[];
};

/**
 * One hash bucket of a lookup (version 3): pairs [value, customer id] whose value hashes to this
 * bucket, as JSON text (one string to clone). Kinds: `e` event ids, `t` thread ids, `i` invoice
 * ids, and since version 4 `r` references (normalized invoice and PO numbers). A few thousand
 * buckets replace a million index entries; a lookup reads one bucket.
 */
export type LookupRecord = {
  /** `${kind}:${bucket}`, see lookupBuckets.ts. */
  readonly key: string;
  /** JSON of `[value, customerId][]`. */
  readonly json: string;
};

/** A user's "this thread belongs to customer X". */
export type ThreadLinkRecord = {
  readonly threadId: string;
  readonly customerId: CustomerId;
};

/** Keys of the meta store. */
export type MetaRecord =
  | { readonly key: 'counter'; readonly next: number }
  | { readonly key: 'backup'; readonly at: string }
  | { readonly key: 'ledgerExtra'; readonly extra: Extra };

/** The whole database, typed for idb. */
export interface LedgerDb extends DBSchema {
  customers: {
    key: CustomerId;
    value: CustomerRecord;
    indexes: {
      email: string;
      domain: string;
      order: number;
      unpaid: number;
      silent: CalendarDate;
    };
  };
  events: {
    key: [CustomerId, number];
    value: EventChunk;
  };
  lookups: { key: string; value: LookupRecord };
  settings: { key: 'settings'; value: Settings };
  threadLinks: { key: string; value: ThreadLinkRecord };
  meta: { key: string; value: MetaRecord };
}

/** Every store, for transactions that replace the whole ledger. */
export const ALL_STORES = [
  'customers',
  'events',
  'settings',
  'threadLinks',
  'meta',
  'lookups',
] as const;
