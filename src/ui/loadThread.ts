import type { CalendarDate } from '../core/calendarDate';
import { matchThread, threadClues } from '../core/matching';
import type {
  CustomerReason,
  InvoiceId,
  LedgerEvent,
  LetterLanguage,
  MailItem,
  Settings,
} from '../core/model';
import { suggestForMatch, type Suggestion } from '../core/suggest';
import type { SidebarPorts } from './threadPorts';

/** The user's choices on a thread, kept while it stays open. */
export type ThreadChoices = {
  readonly language?: LetterLanguage;
  readonly reasonOverride?: CustomerReason;
  readonly selectedInvoiceIds?: readonly InvoiceId[];
};

export type LoadedThread =
  | { readonly kind: 'no-item' }
  | {
      readonly kind: 'thread';
      readonly item: MailItem;
      readonly settings: Settings;
      readonly today: CalendarDate;
      readonly suggestion: Suggestion;
      /** The open inbound message, to log once after the pane has rendered (already in `suggestion`). */
      readonly unlogged: LedgerEvent | null;
    };

/**
 * Reads the open item and answers "who is this, what do they owe, what happened before" from the
 * ledger's indexes. An inbound customer message comes back as `unlogged` until it is logged once.
 */
export async function loadThread(
  ports: SidebarPorts,
  choices: ThreadChoices = {},
): Promise<LoadedThread> {
  const { host, ledger, clock } = ports;
  const item = await host.currentItem();
  if (!item) return { kind: 'no-item' };
  const [settings, ownAddresses] = await Promise.all([ledger.settings(), host.ownAddresses()]);
  const today = clock.today(settings.company.timeZone);
  const clues = threadClues(item, { freeMailDomains: settings.freeMailDomains, ownAddresses });
  const [hits, linkedId] = await Promise.all([
    ledger.hitsFor(clues),
    item.threadId ? ledger.threadLink(item.threadId) : Promise.resolve(undefined),
  ]);
  const linked = linkedId ? await ledger.customer(linkedId) : undefined;
  const match = matchThread(clues, hits, linked);
  const best = match.best?.customer;
  const facts = best ? await ledger.factsOf(best.id, item.messageId) : null;
  const suggestion = suggestForMatch({ item, settings, today, clues, match, facts, ...choices });

  const unlogged = facts && !facts.messageLogged ? suggestion.messageEvent : null;
  return { kind: 'thread', item, settings, today, suggestion, unlogged };
}
