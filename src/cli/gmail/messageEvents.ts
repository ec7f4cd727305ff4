import { calendarDateOfIso, type CalendarDate } from '../../core/calendarDate';
import type { LedgerIndex } from '../../core/ledgerIndex';
import { normalizeAddress, threadClues } from '../../core/matching';
import type { CustomerId, InvoiceId, LedgerEvent, MailItem } from '../../core/model';
import { detectReason } from '../../core/reasonDetection';
import { messageEvent } from '../../core/suggest';
import { automaticKindOf, type HeaderMap } from './automaticMail';
import type { CustomerLookup } from './customerLookup';

/** A message as `messages.get` with `format: metadata` gives it, headers keyed by lower-case name. */
export type MailMeta = {
  readonly id: string;
  readonly threadId: string;
  /** Milliseconds since the epoch (Gmail's `internalDate`). */
  readonly internalDate: number;
  readonly labelIds: readonly string[];
  readonly snippet: string;
  readonly headers: HeaderMap;
};

export type EventContext = {
  /** The mailbox owner's address (users.getProfile). */
  readonly me: string;
  readonly lookup: CustomerLookup;
  readonly index: LedgerIndex;
  readonly timeZone: string;
  readonly freeMailDomains: readonly string[];
  /** Customers already seen in a thread: where a bounce without a readable address belongs. */
  readonly threadCustomers: ReadonlyMap<string, readonly CustomerId[]>;
};

const ADDRESSES = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;

/** The stable event id of a message for one customer: scanning twice adds nothing. */
export function gmailEventId(messageId: string, customerId: CustomerId): string {
  return `gmail:${messageId}:${customerId}`;
}

/** The Gmail message id inside an event id made by {@link gmailEventId}, else undefined. */
export function gmailMessageIdOf(eventId: string | undefined): string | undefined {
  if (!eventId?.startsWith('gmail:')) return undefined;
  const end = eventId.indexOf(':', 6);
  return end < 0 ? eventId.slice(6) : eventId.slice(6, end);
}

function addressList(value: string | undefined): string[] {
  return [...new Set((value ?? '').match(ADDRESSES) ?? [])].map(normalizeAddress).filter(Boolean);
}

// Gmail's snippet is HTML-escaped text of the body's start.
function unescapeSnippet(snippet: string): string {
  return snippet
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function invoiceIdsIn(
  item: MailItem,
  customerId: CustomerId,
  context: EventContext,
): readonly InvoiceId[] {
  const clues = threadClues(item, { freeMailDomains: context.freeMailDomains });
  const hits = context.index.hitsFor({ ...clues, addresses: [], domains: [] });
  const ids = new Set<InvoiceId>();
  for (const list of hits.invoicesByNumber.values())
    for (const invoice of list) if (invoice.customerId === customerId) ids.add(invoice.id);
  return [...ids];
}

/**
 * The contact-log events one Gmail message makes, one per customer concerned:
 * - the user's own message (label SENT, or From the mailbox address) to customer addresses:
 *   an outbound `reminder` per customer in To or Cc: every message the user sends a customer
 *   counts as a chase, as the silence rule of DESIGN.md 4.7 wants;
 * - a delivery failure: an inbound `bounce` for the customers whose addresses it names
 *   (X-Failed-Recipients, snippet), else for the customers of its thread;
 * - an automatic reply from a customer: `out-of-office` with the return date when the text
 *   gives one, never a reply;
 * - any other message from a customer: a reply, promise, dispute or payment notice, by the
 *   engine's reason rules over subject and snippet.
 * Messages from colleagues or strangers make none.
 */
export function eventsOfMessage(meta: MailMeta, context: EventContext): LedgerEvent[] {
  const at = new Date(meta.internalDate).toISOString();
  const receivedOn: CalendarDate = calendarDateOfIso(at, context.timeZone);
  const h = meta.headers;
  const from = normalizeAddress(h.get('from') ?? '');
  const me = normalizeAddress(context.me);
  const subject = h.get('subject') ?? '';
  const snippet = unescapeSnippet(meta.snippet);
  const messageId = h.get('message-id')?.trim() || undefined;
  const base = {
    at,
    channel: 'email' as const,
    threadId: meta.threadId,
    messageId,
  };
  const item = (direction: MailItem['direction'], to: string[]): MailItem => ({
    direction,
    from,
    to,
    cc: [],
    subject,
    body: snippet,
    receivedAt: at,
    threadId: meta.threadId,
    messageId,
  });
  const automatic = automaticKindOf(h);

  if (automatic === 'bounce') {
    const named = [...addressList(h.get('x-failed-recipients')), ...addressList(snippet)].filter(
      (a) => a !== me,
    );
    const ids = new Set<CustomerId>();
    const failed = new Map<CustomerId, string>();
    for (const address of named)
      for (const customer of context.lookup(address)) {
        ids.add(customer.id);
        if (!failed.has(customer.id)) failed.set(customer.id, address);
      }
    if (ids.size === 0)
      for (const id of context.threadCustomers.get(meta.threadId) ?? []) ids.add(id);
    return [...ids].map((customerId) => ({
      ...base,
      id: gmailEventId(meta.id, customerId),
      customerId,
      direction: 'inbound',
      kind: 'bounce',
      invoiceIds: [],
      note: `Delivery failed${failed.has(customerId) ? ` to ${failed.get(customerId)}` : ''}: ${subject}`.slice(
        0,
        200,
      ),
    }));
  }

  const outbound = meta.labelIds.includes('SENT') || (from !== '' && from === me);
  if (outbound) {
    const recipients = [...addressList(h.get('to')), ...addressList(h.get('cc'))].filter(
      (a) => a !== me,
    );
    const ids = new Set<CustomerId>();
    for (const address of recipients) for (const c of context.lookup(address)) ids.add(c.id);
    return [...ids].map((customerId) => ({
      ...base,
      id: gmailEventId(meta.id, customerId),
      customerId,
      direction: 'outbound',
      kind: 'reminder',
      invoiceIds: invoiceIdsIn(item('outbound', recipients), customerId, context),
    }));
  }

  const senders = context.lookup(from);
  if (senders.length === 0) return [];
  const detected = detectReason(`${subject}\n${snippet}`, receivedOn);
  return senders.map((customer) => {
    const invoiceIds = invoiceIdsIn(item('inbound', []), customer.id, context);
    if (automatic === 'auto-reply') {
      return {
        ...base,
        id: gmailEventId(meta.id, customer.id),
        customerId: customer.id,
        direction: 'inbound',
        kind: 'out-of-office',
        reason: 'out-of-office',
        ...(detected.reason === 'out-of-office' && detected.returnDate
          ? { returnDate: detected.returnDate }
          : {}),
        invoiceIds,
      } satisfies LedgerEvent;
    }
    const event = messageEvent(item('inbound', []), customer.id, detected, receivedOn);
    return { ...event, id: gmailEventId(meta.id, customer.id), invoiceIds };
  });
}
