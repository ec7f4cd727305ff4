import type { AgingRow } from '../agingBuckets';
import type { CalendarDate } from '../calendarDate';
import type { ContactHistory } from '../contactHistory';
import type { CsvImportOptions, CsvRejection } from '../csvImport';
import type { LedgerFileIssue } from '../ledgerFile';
import type { ClueHits, ThreadClues } from '../matching';
import type { Money } from '../money';
import type {
  Customer,
  CustomerId,
  Invoice,
  InvoiceId,
  Ledger,
  LedgerEvent,
  Pause,
  Settings,
} from '../model';
import type { Rates, SilentCustomer } from '../silence';
import type { CustomerFacts } from '../suggest';

/**
 * Progress of long work (imports, restores): rows done out of a total, and the current phase.
 * While checking, done/total count customers folded; while writing, rows (customers, invoices,
 * events) written.
 */
export type Progress = {
  readonly done: number;
  readonly total: number;
  readonly phase?: 'reading' | 'checking' | 'writing' | 'done';
};

/** A cancel flag the caller sets (an AbortSignal fits); checked between batches of writes. */
export type CancelFlag = { readonly aborted: boolean };

/** Options of every long-running call. */
export type LongWork = {
  /** Called at least once a second while the work runs, and once at the end. */
  readonly onProgress?: (progress: Progress) => void;
  /** When set, the work stops, nothing is written, and the call rejects with code `cancelled`. */
  readonly signal?: CancelFlag;
};

/** Text to read: a string, or anything with `text()` (a browser File or Blob fits). */
export type TextSource = string | { text(): Promise<string> };

/** A file produced for the user (backup, CSV export). `handle` is the host's object (a Blob). */
export type FileOut = {
  readonly fileName: string;
  readonly mimeType: string;
  text(): Promise<string>;
  /** In browsers a Blob, ready for `URL.createObjectURL`; otherwise the text itself. */
  readonly handle: unknown;
};

/** Why a store call failed; the error's message says it in plain words for the pane. */
export const LEDGER_STORE_ERROR_CODES = [
  'unavailable',
  'blocked',
  'newer-version',
  'timeout',
  'cancelled',
  'full',
  'closed',
  'not-found',
  'failed',
] as const;
export type LedgerStoreErrorCode = (typeof LEDGER_STORE_ERROR_CODES)[number];

/** The shape of every error a repository rejects with: an Error with a code and plain words. */
export type LedgerStoreFailure = Error & { readonly code: LedgerStoreErrorCode };

/** CSV import outcome: counts, or every rejected row (and then nothing was written). */
export type CsvImportOutcome =
  | {
      readonly ok: true;
      readonly created: number;
      readonly updated: number;
      readonly customersCreated: number;
      readonly customersUpdated: number;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly rejections: readonly CsvRejection[] };

/** Ledger-file import or restore outcome: counts, or every problem (and nothing was written). */
export type LedgerImportOutcome =
  | {
      readonly ok: true;
      readonly customersCreated: number;
      readonly customersUpdated: number;
      readonly created: number;
      readonly updated: number;
      readonly eventsAdded: number;
    }
  | { readonly ok: false; readonly issues: readonly LedgerFileIssue[] };

/** What the pane says about where the ledger lives and how safe it is. */
export type StorageInfo = {
  /** The browser promised not to evict the data under storage pressure. */
  readonly persisted: boolean;
  /** ISO instant of the last backup export, or undefined when none was made. */
  readonly lastBackupAt?: string;
  readonly databaseName: string;
  /** Plain words: where the data lives and what deletes it. */
  readonly where: string;
  readonly usageBytes?: number;
  readonly quotaBytes?: number;
};

/** Payment recorded on an invoice: the total paid so far, in the invoice currency. */
export type PaymentUpdate = { readonly invoiceId: InvoiceId; readonly paid: Money };

/** Options of the CSV import that the repository fills itself (existing ledger, free mail). */
export type CsvImportRequest = Omit<CsvImportOptions, 'existing' | 'freeMailDomains'>;

/**
 * The ledger as the sidebar uses it. Every lookup is answered from an index, never a full scan;
 * every write is one transaction (imports: all rows or none). Rejects with a
 * {@link LedgerStoreFailure} whose message can be shown as is.
 */
export type LedgerRepository = {
  /** Customers and invoices matching a thread's addresses, domains and references. */
  hitsFor(clues: ThreadClues): Promise<ClueHits>;
  customer(id: CustomerId): Promise<Customer | undefined>;
  /**
   * Customers answering a search box (core customerMatchesQuery), in ledger order, at most
   * `limit`: for the hand-editing view, not for thread lookups.
   */
  findCustomers(query: string, limit: number): Promise<readonly Customer[]>;
  /** All of the customer's invoices (paid ones too, which kept promises need), in ledger order. */
  invoicesOf(id: CustomerId): Promise<readonly Invoice[]>;
  /** The latest events of a customer, oldest first, at most `limit`. */
  recentEvents(id: CustomerId, limit: number): Promise<readonly LedgerEvent[]>;
  /** Events of one mail thread (any customer), oldest first. */
  threadEvents(threadId: string): Promise<readonly LedgerEvent[]>;
  /** The folded contact history, kept up to date on every event write. */
  historyOf(id: CustomerId): Promise<ContactHistory>;
  /** Customer, invoices and history in one read; `messageLogged` when `messageId` is in the log. */
  factsOf(id: CustomerId, messageId?: string): Promise<CustomerFacts | null>;
  /**
   * Logs one event in its own small transaction and folds it into the customer's history.
   * An event whose id, or messageId with the same kind, is already logged is skipped (false).
   */
  logEvent(event: LedgerEvent): Promise<boolean>;
  /** True when an event with this id is in the log (indexed: any customer). */
  hasEvent(eventId: string): Promise<boolean>;

  settings(): Promise<Settings>;
  /** Saves the settings; a changed free-mail list re-indexes customer domains. */
  saveSettings(settings: Settings): Promise<void>;
  /** Adds or replaces a customer (by id). */
  saveCustomer(customer: Customer): Promise<void>;
  /** Adds or replaces an invoice (by id); its number must not belong to another invoice. */
  saveInvoice(invoice: Invoice): Promise<void>;
  /** Records what has been paid; status becomes paid or partly paid from the amounts. */
  recordPayment(update: PaymentUpdate): Promise<Invoice>;
  /** Marks a customer's invoices disputed and pauses chasing them (pause reason `dispute`). */
  markDisputed(customerId: CustomerId, invoiceIds: readonly InvoiceId[]): Promise<void>;
  /** Pauses chasing an invoice, or resumes it when `pause` is undefined. */
  setPause(invoiceId: InvoiceId, pause: Pause | undefined): Promise<Invoice>;

  /**
   * Customers silent since their last reminder, ranked (from per-customer summaries); `rates`
   * default to the settings' ranking rates.
   */
  silentList(today: CalendarDate, rates?: Rates): Promise<readonly SilentCustomer[]>;
  /** Aging of all unpaid invoices per currency (from per-customer summaries). */
  aging(today: CalendarDate): Promise<readonly AgingRow[]>;

  /** Imports invoices from a CSV export: one transaction, re-imported numbers update. */
  importInvoicesCsv(
    source: TextSource,
    options: CsvImportRequest,
    work?: LongWork,
  ): Promise<CsvImportOutcome>;
  /** Merges a `duly-ledger` file: customers by id, invoices by number, events without duplicates. */
  importLedger(source: TextSource, work?: LongWork): Promise<LedgerImportOutcome>;
  /** Replaces the whole ledger with a backup file, settings included, in one transaction. */
  restoreBackup(source: TextSource, work?: LongWork): Promise<LedgerImportOutcome>;
  /** Replaces the whole ledger (restore, seeding) in one transaction. */
  replaceAll(ledger: Ledger, work?: LongWork): Promise<void>;
  exportAll(): Promise<Ledger>;
  /** The backup file (canonical `duly-ledger` JSON); remembers the time for {@link storageInfo}. */
  exportBackup(): Promise<FileOut>;
  /** Invoices as CSV, cells neutralised against formula injection. */
  exportInvoicesCsv(): Promise<FileOut>;
  /** The silent list as CSV, cells neutralised against formula injection. */
  exportSilentCsv(today: CalendarDate, rates?: Rates): Promise<FileOut>;

  /** The customer a user linked a thread to, remembered per thread. */
  threadLink(threadId: string): Promise<CustomerId | undefined>;
  linkThread(threadId: string, customerId: CustomerId): Promise<void>;
  unlinkThread(threadId: string): Promise<void>;

  /** Asks the browser to keep the data under storage pressure; true when granted. */
  requestPersistence(): Promise<boolean>;
  storageInfo(): Promise<StorageInfo>;
  /** Releases the connection; later calls reject with code `closed`. */
  close(): void;
};
