import { contactHistoryOf } from '../../src/core/contactHistory';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import type { Customer, CustomerId, InvoiceId, Ledger, LedgerEvent } from '../../src/core/model';
import type { ThreadClues } from '../../src/core/matching';
import type { ThreadLedger } from '../../src/ui/threadPorts';

/** The sidebar's ledger slice over an in-memory ledger (rebuilt index on write: fine for tests). */
export class MemoryThreadLedger implements ThreadLedger {
  readonly logged: LedgerEvent[] = [];
  private links = new Map<string, CustomerId>();

  constructor(private ledger: Ledger) {}

  private get index() {
    return createLedgerIndex(this.ledger, this.ledger.settings.freeMailDomains);
  }

  async hitsFor(clues: ThreadClues) {
    return this.index.hitsFor(clues);
  }
  async customer(id: CustomerId) {
    return this.index.customer(id);
  }
  async invoicesOf(id: CustomerId) {
    return this.index.invoicesOf(id);
  }
  async factsOf(id: CustomerId, messageId?: string) {
    const index = this.index;
    const customer = index.customer(id);
    if (!customer) return null;
    const events = index.eventsOf(id);
    return {
      customer,
      invoices: index.invoicesOf(id),
      history: contactHistoryOf(events, this.ledger.settings.company.timeZone),
      messageLogged: messageId !== undefined && events.some((e) => e.messageId === messageId),
    };
  }
  async logEvent(event: LedgerEvent) {
    if (event.id && this.ledger.events.some((e) => e.id === event.id)) return false;
    this.logged.push(event);
    this.ledger = { ...this.ledger, events: [...this.ledger.events, event] };
    return true;
  }
  async settings() {
    return this.ledger.settings;
  }
  async threadLink(threadId: string) {
    return this.links.get(threadId);
  }
  async linkThread(threadId: string, customerId: CustomerId) {
    this.links.set(threadId, customerId);
  }
  async saveCustomer(customer: Customer) {
    this.ledger = { ...this.ledger, customers: [...this.ledger.customers, customer] };
  }
  async markDisputed(_customerId: CustomerId, invoiceIds: readonly InvoiceId[]) {
    this.ledger = {
      ...this.ledger,
      invoices: this.ledger.invoices.map((i) =>
        invoiceIds.includes(i.id) ? { ...i, status: 'disputed' } : i,
      ),
    };
  }
}
