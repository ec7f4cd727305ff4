import type { ContactHistory } from '../contactHistory';
import type { ClueHits, ThreadClues } from '../matching';
import type { Customer, CustomerId, Invoice, Ledger, LedgerEvent, Settings } from '../model';

/** Progress of long work (imports, restores): rows done out of a total. */
export type Progress = { readonly done: number; readonly total: number };

/**
 * The ledger as the sidebar uses it. Every lookup is answered from an index, never a full scan;
 * every write is one transaction (imports: all rows or none).
 */
export type LedgerRepository = {
  /** Customers and invoices matching a thread's addresses, domains and references. */
  hitsFor(clues: ThreadClues): Promise<ClueHits>;
  customer(id: CustomerId): Promise<Customer | undefined>;
  /** The customer's unpaid invoices (and recently paid ones a promise may name). */
  invoicesOf(id: CustomerId): Promise<readonly Invoice[]>;
  /** The latest events of a customer, oldest first, at most `limit`. */
  recentEvents(id: CustomerId, limit: number): Promise<readonly LedgerEvent[]>;
  /** The folded contact history, kept up to date on every event write. */
  historyOf(id: CustomerId): Promise<ContactHistory>;
  /** Logs one event in its own small transaction. */
  logEvent(event: LedgerEvent): Promise<void>;
  settings(): Promise<Settings>;
  /** Replaces the whole ledger in one transaction (restore, import). */
  replaceAll(
    ledger: Ledger,
    onProgress?: (p: Progress) => void,
    signal?: { readonly aborted: boolean },
  ): Promise<void>;
  exportAll(): Promise<Ledger>;
  /** The customer a user linked a thread to, remembered per thread. */
  threadLink(threadId: string): Promise<CustomerId | undefined>;
  linkThread(threadId: string, customerId: CustomerId): Promise<void>;
};
