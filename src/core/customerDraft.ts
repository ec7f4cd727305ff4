import type { CalendarDate } from './calendarDate';
import type { Draft } from './drafts/types';
import { normalizeAddress, threadClues, type Candidate } from './matching';
import type { InvoiceId, LedgerEvent, LetterLanguage, MailItem, Settings } from './model';
import type { CustomerFacts, suggestForMatch, Suggestion } from './suggest';

/** Most recipients a mail host takes for a new message (Outlook's `displayNewMessageForm`). */
export const MAX_RECIPIENTS = 100;

/** The letter for a customer's next step, chosen by customer rather than by an open thread. */
export type CustomerDraft = {
  /** The customer's contact addresses, lower-case, deduplicated, at most {@link MAX_RECIPIENTS}. */
  readonly to: readonly string[];
  /** The engine's full answer for the customer: stage, tone, reasons, path. */
  readonly suggestion: Suggestion;
  /** Null when nothing is owed: there is no letter to write. */
  readonly draft: Draft | null;
  /** The invoices the letter covers, in the ledger's order, for the reminder event. */
  readonly invoiceIds: readonly InvoiceId[];
};

export type CustomerDraftOptions = {
  readonly facts: CustomerFacts;
  readonly settings: Settings;
  /** Today in the seller's time zone, computed by the caller. */
  readonly today: CalendarDate;
  readonly language?: LetterLanguage;
  /**
   * The engine's second half: suggest.ts's `suggestForMatch` (every letter language bundled), or
   * a pane suggester's over letter texts loaded on demand. Passed in so this file bundles neither.
   */
  readonly suggestForMatch: typeof suggestForMatch;
};

/**
 * The draft for a customer's next step (the silent list's button): the same suggestion a new
 * message to the customer's contacts would get, with the customer taken as chosen by the user
 * so no address or domain lookup can pick someone else. Pure: never sends, never logs.
 */
export function customerDraft(options: CustomerDraftOptions): CustomerDraft {
  const { facts, settings, today, language } = options;
  const { customer } = facts;
  const to = [...new Set(customer.contacts.map((c) => normalizeAddress(c.email)))]
    .filter((a) => a !== '')
    .slice(0, MAX_RECIPIENTS);
  const item: MailItem = { direction: 'compose', from: '', to, cc: [], subject: '', body: '' };
  const clues = threadClues(item, { freeMailDomains: settings.freeMailDomains });
  const chosen: Candidate = {
    customer,
    confidence: 1,
    evidence: [{ kind: 'link', value: customer.id, text: 'chosen from the silent list' }],
  };
  const suggestion = options.suggestForMatch({
    item,
    settings,
    today,
    clues,
    match: { best: chosen, candidates: [chosen], ambiguous: false },
    facts,
    language,
  });
  const input = suggestion.draftInput;
  const numbers = new Set(
    [...(input?.overdue ?? []), ...(input?.upcoming ?? [])].map((l) => l.number),
  );
  return {
    to,
    suggestion,
    draft: suggestion.draft,
    invoiceIds: facts.invoices.filter((i) => numbers.has(i.number)).map((i) => i.id),
  };
}

/**
 * The contact-log entry for a customer draft handed to the mail client: an outbound email
 * reminder at `at` (ISO instant) with the stage and blocks used, as the thread view logs one.
 */
export function customerReminderEvent(
  prepared: CustomerDraft,
  at: string,
  threadId?: string,
): LedgerEvent {
  const { suggestion } = prepared;
  if (!suggestion.customer) throw new Error('A customer draft always names its customer.');
  return {
    customerId: suggestion.customer.id,
    at,
    direction: 'outbound',
    channel: 'email',
    kind: 'reminder',
    ...(threadId ? { threadId } : {}),
    invoiceIds: prepared.invoiceIds,
    stage: suggestion.stage,
    blocks: suggestion.draftInput?.blocks,
  };
}
