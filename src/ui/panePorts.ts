import type { LedgerRepository } from '../core/ports/ledgerRepository';
import type { SidebarPorts } from './threadPorts';

/**
 * What the whole pane runs on: the thread view's ports with the full ledger repository, which the
 * silent list, the ledger view and the settings need (imports, backups, edits).
 */
export type PanePorts = Omit<SidebarPorts, 'ledger'> & { readonly ledger: LedgerRepository };

/** The props every view of the pane receives besides its own. */
export type ViewProps = {
  /** BCP 47 locale for numbers and dates (Office's display language). */
  readonly locale: string;
  readonly ports: PanePorts;
};
