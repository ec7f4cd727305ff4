import type { Customer, CustomerId, InvoiceId } from '../core/model';
import type { Clock } from '../core/ports/clock';
import type { LedgerRepository } from '../core/ports/ledgerRepository';
import type { MailHost } from '../core/ports/mailHost';

/** What the thread view needs of the ledger: a narrow slice of the repository port. */
export type ThreadLedger = Pick<
  LedgerRepository,
  | 'hitsFor'
  | 'customer'
  | 'invoicesOf'
  | 'historyOf'
  | 'logEvent'
  | 'settings'
  | 'threadLink'
  | 'linkThread'
> & {
  /** True when an event with this id was logged (the reply to a message is logged once). */
  hasEvent(eventId: string): Promise<boolean>;
  /** Adds a customer typed in by the user. */
  addCustomer(customer: Customer): Promise<void>;
  /** Marks invoices disputed, which pauses chasing them. */
  markDisputed(customerId: CustomerId, invoiceIds: readonly InvoiceId[]): Promise<void>;
};

/** The ports the sidebar runs on, wired by a composition root (task pane, demo). */
export type SidebarPorts = {
  readonly clock: Clock;
  readonly host: MailHost;
  readonly ledger: ThreadLedger;
};
