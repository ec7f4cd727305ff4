import type { Clock } from '../core/ports/clock';
import type { LedgerRepository } from '../core/ports/ledgerRepository';
import type { MailHost } from '../core/ports/mailHost';

/** What the thread view needs of the ledger: a narrow slice of the repository port. */
export type ThreadLedger = Pick<
  LedgerRepository,
  | 'hitsFor'
  | 'customer'
  | 'factsOf'
  | 'logEvent'
  | 'settings'
  | 'threadLink'
  | 'linkThread'
  | 'saveCustomer'
  | 'markDisputed'
>;

/** The ports the sidebar runs on, wired by a composition root (task pane, demo). */
export type SidebarPorts = {
  readonly clock: Clock;
  readonly host: MailHost;
  readonly ledger: ThreadLedger;
};
