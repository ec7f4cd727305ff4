// The task pane's composition root: OutlookMailHost, the IndexedDB ledger and the React sidebar
// meet here and nowhere else.
import { createRoot } from 'react-dom/client';
import { calendarDateIn } from '../../core/calendarDate';
import type { Ledger } from '../../core/model';
import type { Clock } from '../../core/ports/clock';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { MailHost } from '../../core/ports/mailHost';
import { openIdbLedgerRepository } from '../../store';
import { PaneApp } from '../../ui/PaneApp';

/** The system clock: the pane is a composition root, so it may read the time. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  today: (zone) => calendarDateIn(Date.now(), zone),
};

/** What the pane is built from; tests pass an in-memory ledger. */
export type PaneDeps = {
  readonly clock: Clock;
  readonly openLedger: (onBlocked: (message: string) => void) => Promise<LedgerRepository>;
  readonly loadSamples: () => Promise<Ledger>;
};

function partitionKey(): string | undefined {
  // Outlook on the web partitions storage per host; name the database after it (DESIGN.md §6).
  return typeof Office === 'undefined' ? undefined : (Office.context?.partitionKey ?? undefined);
}

/** The real pieces: IndexedDB under the host's partition key, samples loaded on demand. */
export const DEFAULT_DEPS: PaneDeps = {
  clock: SYSTEM_CLOCK,
  openLedger: (onBlocked) =>
    openIdbLedgerRepository({
      clock: SYSTEM_CLOCK,
      partitionKey: partitionKey(),
      onBlocked,
      whereHint: 'this Outlook client on this machine only',
    }),
  // Separate chunks: the thread view's start-up never pays for the samples or the file parser.
  loadSamples: async () => {
    const [{ parseLedger }, samples] = await Promise.all([
      import('../../core/ledgerFile'),
      import('../../../samples/ledger.json'),
    ]);
    return parseLedger(samples.default);
  },
};

/**
 * The composition root's one entry point once Office is ready inside Outlook: opens the ledger
 * (asking for persistent storage) and mounts the sidebar; a ledger that cannot be opened is
 * explained in plain words, never a blank pane.
 */
export async function startPane(
  host: MailHost,
  root: HTMLElement,
  deps: PaneDeps = DEFAULT_DEPS,
): Promise<void> {
  const say = (text: string, role: 'status' | 'alert') => {
    const p = root.ownerDocument.createElement('p');
    p.setAttribute('role', role);
    p.textContent = text;
    root.replaceChildren(p);
  };
  let ledger: LedgerRepository;
  try {
    ledger = await deps.openLedger((message) => say(message, 'alert'));
  } catch (error) {
    say(
      `Duly could not open its local ledger: ${error instanceof Error ? error.message : String(error)}`,
      'alert',
    );
    return;
  }
  void ledger.requestPersistence().catch(() => false);
  createRoot(root).render(
    <PaneApp loadSamples={deps.loadSamples} ports={{ clock: deps.clock, host, ledger }} />,
  );
}
