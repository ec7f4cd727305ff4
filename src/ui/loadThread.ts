import type { CalendarDate } from '../core/calendarDate';
import { createLetterComposer, type LetterComposer } from '../core/drafts/letterComposer';
import { createLetterTextsLoader } from '../core/drafts/texts/letterTextsLoader';
import { matchThread, threadClues } from '../core/matching';
import type {
  Customer,
  CustomerReason,
  InvoiceId,
  LedgerEvent,
  LetterLanguage,
  MailItem,
  Settings,
} from '../core/model';
import {
  createSuggester,
  letterLanguageOf,
  type ReasonDetector,
  type Suggester,
  type Suggestion,
} from '../core/suggester';
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
      /** Composes in the suggestion's language (loaded): letters with fewer blocks, payment inserts. */
      readonly suggester: Suggester;
      readonly letters: LetterComposer;
    };

/**
 * The pane's letter texts: English is in the start-up bundle, every other language is its own
 * chunk, fetched when a customer writing in it is opened (or when the settings offer it).
 */
export const THREAD_LETTER_TEXTS = createLetterTextsLoader();
const LETTERS = createLetterComposer(THREAD_LETTER_TEXTS.textsOf);

let detector: Promise<ReasonDetector> | undefined;

/**
 * The reason detector, a chunk of its own (its phrase tables in six languages weigh as much as
 * the rest of the engine): fetched once, on the first load, while the ledger is read. A failed
 * fetch is retried on the next load.
 */
export function loadReasonDetector(): Promise<ReasonDetector> {
  detector ??= import(/* webpackChunkName: "reason-detection" */ '../core/reasonDetection').then(
    (m) => m.detectReason,
    (error: unknown) => {
      detector = undefined;
      throw error;
    },
  );
  return detector;
}

const NOT_INBOUND: ReasonDetector = () => {
  throw new Error('Reason detection runs on inbound messages only.');
};

/**
 * A suggester for a new letter to `customer` (no inbound message to read), once the customer's
 * letter language is loaded: the silent list's reminders use it.
 */
export async function suggesterForLetterTo(
  customer: Customer,
  settings: Settings,
): Promise<Suggester> {
  await THREAD_LETTER_TEXTS.load(letterLanguageOf(customer, settings));
  return createSuggester({ letters: LETTERS, detectReason: NOT_INBOUND });
}

/**
 * Reads the open item and answers "who is this, what do they owe, what happened before" from the
 * ledger's indexes. An inbound customer message comes back as `unlogged` until it is logged once.
 * The letter language and, for an inbound message, the reason detector are loaded before the
 * suggestion is composed.
 */
export async function loadThread(
  ports: SidebarPorts,
  choices: ThreadChoices = {},
): Promise<LoadedThread> {
  const { host, ledger, clock } = ports;
  const detecting = loadReasonDetector();
  // Rejections surface where awaited (inbound items); other items never wait for the chunk.
  detecting.catch(() => undefined);
  const item = await host.currentItem();
  if (!item) return { kind: 'no-item' };
  const [settings, ownAddresses] = await Promise.all([ledger.settings(), host.ownAddresses()]);
  for (const language of settings.languages) {
    THREAD_LETTER_TEXTS.load(language).catch(() => undefined);
  }
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
  const [detectReason] = await Promise.all([
    facts && item.direction === 'inbound' ? detecting : NOT_INBOUND,
    facts && THREAD_LETTER_TEXTS.load(letterLanguageOf(facts.customer, settings, choices.language)),
  ]);
  const suggester = createSuggester({ letters: LETTERS, detectReason });
  const suggestion = suggester.suggestForMatch({
    item,
    settings,
    today,
    clues,
    match,
    facts,
    ...choices,
  });

  const unlogged = facts && !facts.messageLogged ? suggestion.messageEvent : null;
  return {
    kind: 'thread',
    item,
    settings,
    today,
    suggestion,
    unlogged,
    suggester,
    letters: LETTERS,
  };
}
