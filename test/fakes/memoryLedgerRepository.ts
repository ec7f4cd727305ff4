import { customerMatchesQuery } from '../../src/core/customerSearch';
// The LedgerRepository port in memory, for the sidebar's fast tests: the same answers as the
// IndexedDB store (the engine's in-memory index and folds), none of its storage.
import { agingBuckets } from '../../src/core/agingBuckets';
import type { CalendarDate } from '../../src/core/calendarDate';
import { contactHistoryOf, EMPTY_HISTORY } from '../../src/core/contactHistory';
import { importInvoicesCsv } from '../../src/core/csvImport';
import {
  invoiceNumberKey,
  LedgerFileError,
  mergeEvents,
  parseLedgerText,
  serializeLedger,
} from '../../src/core/ledgerFile';
import { createLedgerIndex, type LedgerIndex } from '../../src/core/ledgerIndex';
import type { ThreadClues } from '../../src/core/matching';
import type {
  Customer,
  CustomerId,
  Invoice,
  InvoiceId,
  Ledger,
  LedgerEvent,
  Pause,
  Settings,
} from '../../src/core/model';
import type {
  CsvImportOutcome,
  CsvImportRequest,
  FileOut,
  LedgerImportOutcome,
  LedgerRepository,
  LedgerStoreErrorCode,
  LongWork,
  PaymentUpdate,
  StorageInfo,
  TextSource,
} from '../../src/core/ports/ledgerRepository';
import type { Clock } from '../../src/core/ports/clock';
import { silentCustomers, type Rates } from '../../src/core/silence';
import { policyFor } from '../../src/core/suggest';
import { invoicesCsv, silentCsv } from '../../src/store/csvExport';

class MemoryStoreError extends Error {
  constructor(
    readonly code: LedgerStoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const text = async (source: TextSource): Promise<string> =>
  typeof source === 'string' ? source : source.text();

const file = (fileName: string, mimeType: string, body: string): FileOut => ({
  fileName,
  mimeType,
  text: async () => body,
  handle: body,
});

/** An in-memory LedgerRepository; `ledger` is the current state, for assertions. */
export class MemoryLedgerRepository implements LedgerRepository {
  private links = new Map<string, CustomerId>();
  private lastBackupAt: string | undefined;
  private persisted = false;
  private cached: LedgerIndex | undefined;

  constructor(
    public ledger: Ledger,
    private readonly clock: Clock = { now: () => 0, today: () => '2026-07-01' as CalendarDate },
  ) {}

  private get index(): LedgerIndex {
    this.cached ??= createLedgerIndex(this.ledger, this.ledger.settings.freeMailDomains);
    return this.cached;
  }

  private set(ledger: Ledger): void {
    this.ledger = ledger;
    this.cached = undefined;
  }

  private history(id: CustomerId) {
    return contactHistoryOf(this.index.eventsOf(id), this.ledger.settings.company.timeZone);
  }

  async hitsFor(clues: ThreadClues) {
    return this.index.hitsFor(clues);
  }
  async customer(id: CustomerId) {
    return this.index.customer(id);
  }
  async findCustomers(query: string, limit: number) {
    return this.ledger.customers.filter((c) => customerMatchesQuery(c, query)).slice(0, limit);
  }
  async invoicesOf(id: CustomerId) {
    return this.index.invoicesOf(id);
  }
  async recentEvents(id: CustomerId, limit: number) {
    return limit <= 0 ? [] : this.index.eventsOf(id).slice(-limit);
  }
  async threadEvents(threadId: string) {
    return this.ledger.events
      .filter((e) => e.threadId === threadId)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }
  async historyOf(id: CustomerId) {
    return this.index.customer(id) ? this.history(id) : EMPTY_HISTORY;
  }
  async factsOf(id: CustomerId, messageId?: string) {
    const customer = this.index.customer(id);
    if (!customer) return null;
    return {
      customer,
      invoices: this.index.invoicesOf(id),
      history: this.history(id),
      messageLogged:
        messageId !== undefined && this.index.eventsOf(id).some((e) => e.messageId === messageId),
    };
  }
  async logEvent(event: LedgerEvent) {
    if (!this.index.customer(event.customerId))
      throw new MemoryStoreError('not-found', `customer ${event.customerId}`);
    const { ledger, added } = mergeEvents(this.ledger, [event]);
    this.set(ledger);
    return added === 1;
  }
  async hasEvent(eventId: string) {
    return this.ledger.events.some((e) => e.id === eventId);
  }
  async settings() {
    return this.ledger.settings;
  }
  async saveSettings(settings: Settings) {
    this.set({ ...this.ledger, settings });
  }
  async saveCustomer(customer: Customer) {
    const others = this.ledger.customers.filter((c) => c.id !== customer.id);
    const at = this.ledger.customers.findIndex((c) => c.id === customer.id);
    const customers =
      at < 0
        ? [...others, customer]
        : this.ledger.customers.map((c, i) => (i === at ? customer : c));
    this.set({ ...this.ledger, customers });
  }
  async saveInvoice(invoice: Invoice) {
    const key = invoiceNumberKey(invoice.number);
    if (this.ledger.invoices.some((i) => i.id !== invoice.id && invoiceNumberKey(i.number) === key))
      throw new MemoryStoreError('failed', `invoice number ${invoice.number} is already used`);
    const at = this.ledger.invoices.findIndex((i) => i.id === invoice.id);
    const invoices =
      at < 0
        ? [...this.ledger.invoices, invoice]
        : this.ledger.invoices.map((i, n) => (n === at ? invoice : i));
    this.set({ ...this.ledger, invoices });
  }
  private change(ids: ReadonlySet<InvoiceId>, next: (i: Invoice) => Invoice): Invoice[] {
    const changed: Invoice[] = [];
    const invoices = this.ledger.invoices.map((i) => {
      if (!ids.has(i.id)) return i;
      const updated = next(i);
      changed.push(updated);
      return updated;
    });
    if (changed.length === 0) throw new MemoryStoreError('not-found', 'no such invoice');
    this.set({ ...this.ledger, invoices });
    return changed;
  }
  async recordPayment({ invoiceId, paid }: PaymentUpdate) {
    return this.change(new Set([invoiceId]), (i) => ({
      ...i,
      paid,
      status:
        paid.minor >= i.amount.minor
          ? 'paid'
          : i.status === 'disputed' || i.status === 'written-off'
            ? i.status
            : paid.minor > 0
              ? 'partly-paid'
              : 'open',
    }))[0]!;
  }
  async markDisputed(_customerId: CustomerId, invoiceIds: readonly InvoiceId[]) {
    this.change(new Set(invoiceIds), (i) => ({
      ...i,
      status: 'disputed',
      pause: { reason: 'dispute' },
    }));
  }
  async setPause(invoiceId: InvoiceId, pause: Pause | undefined) {
    return this.change(new Set([invoiceId]), (i) => {
      const copy: { -readonly [K in keyof Invoice]: Invoice[K] } = { ...i };
      delete copy.pause;
      return pause ? { ...copy, pause } : copy;
    })[0]!;
  }
  async silentList(today: CalendarDate, rates?: Rates) {
    return silentCustomers(
      this.ledger.customers.map((customer) => ({
        customer,
        invoices: this.index.invoicesOf(customer.id),
        history: this.history(customer.id),
      })),
      today,
      (c) => policyFor(c, this.ledger.settings),
      rates ?? this.ledger.settings.rates,
    );
  }
  async aging(today: CalendarDate) {
    return agingBuckets(this.ledger.invoices, today);
  }
  async importInvoicesCsv(
    source: TextSource,
    options: CsvImportRequest,
    work?: LongWork,
  ): Promise<CsvImportOutcome> {
    const result = importInvoicesCsv(await text(source), {
      ...options,
      existing: this.ledger,
      freeMailDomains: this.ledger.settings.freeMailDomains,
    });
    if (!result.ok) return result;
    if (work?.signal?.aborted)
      throw new MemoryStoreError('cancelled', 'Cancelled: nothing was changed.');
    const customers = new Map(this.ledger.customers.map((c) => [c.id, c]));
    for (const c of result.customers) customers.set(c.id, c);
    const invoices = new Map(this.ledger.invoices.map((i) => [i.id, i]));
    for (const i of result.invoices) invoices.set(i.id, i);
    this.set({
      ...this.ledger,
      customers: [...customers.values()],
      invoices: [...invoices.values()],
    });
    work?.onProgress?.({
      done: result.invoices.length,
      total: result.invoices.length,
      phase: 'done',
    });
    return {
      ok: true,
      created: result.created,
      updated: result.updated,
      customersCreated: result.customersCreated,
      customersUpdated: result.customersUpdated,
      warnings: result.warnings,
    };
  }
  async importLedger(source: TextSource, work?: LongWork): Promise<LedgerImportOutcome> {
    let file: Ledger;
    try {
      file = parseLedgerText(await text(source));
    } catch (error) {
      if (error instanceof LedgerFileError) return { ok: false, issues: error.issues };
      throw error;
    }
    if (work?.signal?.aborted)
      throw new MemoryStoreError('cancelled', 'Cancelled: nothing was changed.');
    const customers = new Map(this.ledger.customers.map((c) => [c.id, c]));
    let customersUpdated = 0;
    for (const c of file.customers) {
      if (customers.has(c.id)) customersUpdated++;
      customers.set(c.id, c);
    }
    const byNumber = new Map(this.ledger.invoices.map((i) => [invoiceNumberKey(i.number), i.id]));
    const invoices = new Map(this.ledger.invoices.map((i) => [i.id, i]));
    let updated = 0;
    for (const i of file.invoices) {
      const id = byNumber.get(invoiceNumberKey(i.number)) ?? i.id;
      if (invoices.has(id)) updated++;
      invoices.set(id, { ...i, id });
    }
    const { ledger, added } = mergeEvents(
      { ...this.ledger, customers: [...customers.values()], invoices: [...invoices.values()] },
      file.events,
    );
    this.set(ledger);
    return {
      ok: true,
      customersCreated: file.customers.length - customersUpdated,
      customersUpdated,
      created: file.invoices.length - updated,
      updated,
      eventsAdded: added,
    };
  }
  async restoreBackup(source: TextSource): Promise<LedgerImportOutcome> {
    let file: Ledger;
    try {
      file = parseLedgerText(await text(source));
    } catch (error) {
      if (error instanceof LedgerFileError) return { ok: false, issues: error.issues };
      throw error;
    }
    this.set(file);
    return {
      ok: true,
      customersCreated: file.customers.length,
      customersUpdated: 0,
      created: file.invoices.length,
      updated: 0,
      eventsAdded: file.events.length,
    };
  }
  async replaceAll(ledger: Ledger) {
    this.set(ledger);
  }
  async exportAll() {
    return this.ledger;
  }
  async exportBackup() {
    this.lastBackupAt = new Date(this.clock.now()).toISOString();
    return file('duly-backup.json', 'application/json', serializeLedger(this.ledger));
  }
  async exportInvoicesCsv() {
    const customers = new Map(this.ledger.customers.map((c) => [c.id, c]));
    return file('duly-invoices.csv', 'text/csv', invoicesCsv(this.ledger.invoices, customers));
  }
  async exportSilentCsv(today: CalendarDate, rates?: Rates) {
    return file(
      `duly-silent-${today}.csv`,
      'text/csv',
      silentCsv(await this.silentList(today, rates)),
    );
  }
  async threadLink(threadId: string) {
    return this.links.get(threadId);
  }
  async linkThread(threadId: string, customerId: CustomerId) {
    this.links.set(threadId, customerId);
  }
  async unlinkThread(threadId: string) {
    this.links.delete(threadId);
  }
  async requestPersistence() {
    this.persisted = true;
    return true;
  }
  async storageInfo(): Promise<StorageInfo> {
    return {
      persisted: this.persisted,
      ...(this.lastBackupAt ? { lastBackupAt: this.lastBackupAt } : {}),
      databaseName: 'memory',
      where: 'in memory (tests): nothing is kept',
    };
  }
  close(): void {
    // Nothing to release.
  }
}
