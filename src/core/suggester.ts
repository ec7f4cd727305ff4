import { stageOf, type StageResult } from './aging';
import { addDays, calendarDateOfIso, maxDate, type CalendarDate } from './calendarDate';
import { contactHistoryOf, foldContact, type ContactHistory } from './contactHistory';
import { reasonOf, type MessageReason, type ReasonResult } from './customerReason';
import type { LetterComposer } from './drafts/letterComposer';
import type {
  Deadline,
  Draft,
  DraftInput,
  InterestQuote,
  InvoiceLine,
  PaymentInstruction,
} from './drafts/types';
import { instalmentPlan } from './instalments';
import { interestQuote } from './interest';
import { amountDue, daysOverdue, isChaseable, isPaused, isUnpaid } from './invoiceState';
import type { LedgerIndex } from './ledgerIndex';
import {
  matchThread,
  threadClues,
  type Candidate,
  type MatchResult,
  type ThreadClues,
} from './matching';
import { toDecimalString, totalsByCurrency, type Money } from './money';
import type {
  Customer,
  CustomerId,
  CustomerReason,
  Invoice,
  InvoiceId,
  LedgerEvent,
  LetterLanguage,
  MailItem,
  Settings,
  Stage,
  StagePolicy,
} from './model';
import { accountFor } from './paymentAccount';
import { pathFor, type CollectionPath } from './path';
import type { DetectedReason } from './reasonDetection';

/** Days given to pay or answer, by stage, counted from today (upcoming: the due date itself). */
export const REPLY_DAYS: Readonly<Record<Stage, number>> = {
  none: 7,
  upcoming: 0,
  due: 5,
  'follow-up': 5,
  escalation: 7,
  stakes: 7,
  final: 10,
};

export type SuggestOptions = {
  readonly item: MailItem;
  readonly index: LedgerIndex;
  readonly settings: Settings;
  /** Today in the seller's time zone, computed by the caller. */
  readonly today: CalendarDate;
  readonly language?: LetterLanguage;
  readonly reasonOverride?: CustomerReason;
  /** The customer the user linked this thread to, remembered per thread. */
  readonly linkedCustomerId?: CustomerId;
  /** Invoices ticked for the draft; all chaseable ones when absent. */
  readonly selectedInvoiceIds?: readonly InvoiceId[];
  /** The user's own addresses, never taken as the customer's. */
  readonly ownAddresses?: readonly string[];
};

export type CandidateSummary = {
  readonly id: CustomerId;
  readonly name: string;
  readonly confidence: number;
  readonly evidence: readonly string[];
};

export type InvoiceSummary = {
  readonly id: InvoiceId;
  readonly number: string;
  readonly po?: string;
  readonly currency: string;
  /** Decimal string in major units. */
  readonly amountDue: string;
  readonly dueDate: CalendarDate;
  readonly daysOverdue: number;
  readonly status: Invoice['status'];
  readonly paused: boolean;
};

/** Everything the sidebar shows for a thread, and what `duly suggest` prints. */
export type Suggestion = {
  readonly customer: CandidateSummary | null;
  readonly candidates: readonly CandidateSummary[];
  readonly ambiguous: boolean;
  readonly invoices: readonly InvoiceSummary[];
  readonly stage: Stage;
  readonly tone: StageResult['tone'];
  readonly reason: CustomerReason;
  readonly reasonEvidence: string;
  readonly reasons: readonly string[];
  readonly path: Pick<CollectionPath, 'action' | 'why' | 'blocks'>;
  readonly nextStepOn?: CalendarDate;
  readonly language: LetterLanguage;
  readonly draft: Draft | null;
  readonly warnings: readonly string[];
  /** The composed input, for the payment-instructions button and for logging what was sent. */
  readonly draftInput: DraftInput | null;
  /** The open inbound message as an event to log once (reply, autoreply, promise…), when matched. */
  readonly messageEvent: LedgerEvent | null;
};

function summarize(candidate: Candidate): CandidateSummary {
  return {
    id: candidate.customer.id,
    name: candidate.customer.name,
    confidence: candidate.confidence,
    evidence: candidate.evidence.map((e) => e.text),
  };
}

/** The stage policy of a customer: its segment's, else the default. */
export function policyFor(customer: Customer, settings: Settings): StagePolicy {
  return (customer.segment && settings.policies?.[customer.segment]) || settings.policy;
}

function invoiceSummary(invoice: Invoice, today: CalendarDate): InvoiceSummary {
  const due = amountDue(invoice);
  return {
    id: invoice.id,
    number: invoice.number,
    po: invoice.po,
    currency: due.currency,
    amountDue: toDecimalString(due),
    dueDate: invoice.dueDate,
    daysOverdue: daysOverdue(invoice, today),
    status: invoice.status,
    paused: isPaused(invoice, today),
  };
}

function line(invoice: Invoice, today: CalendarDate): InvoiceLine {
  return {
    number: invoice.number,
    po: invoice.po,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountDue: amountDue(invoice),
    daysOverdue: daysOverdue(invoice, today),
    status: invoice.status,
  };
}

/**
 * The language a letter to `customer` is written in: the one asked for, else the customer's when
 * the settings offer it (or offer none), else the settings' first. Known before composing, so a
 * caller can load that language's texts first.
 */
export function letterLanguageOf(
  customer: Customer,
  settings: Settings,
  wanted?: LetterLanguage,
): LetterLanguage {
  if (wanted) return wanted;
  if (settings.languages.length === 0 || settings.languages.includes(customer.language))
    return customer.language;
  return settings.languages[0] ?? 'en';
}

/** What a repository knows of the matched customer: its invoices and folded contact history. */
export type CustomerFacts = {
  readonly customer: Customer;
  readonly invoices: readonly Invoice[];
  readonly history: ContactHistory;
  /** True when the open message is already in the history (logged once per message id). */
  readonly messageLogged: boolean;
};

/** Id of the event logged for a message, so it is logged once however often it is opened. */
export function messageEventId(messageId: string): string {
  return `msg:${messageId}`;
}

/**
 * The open inbound message as a contact-log event, so it counts before it is logged: an autoreply
 * is not a reply, a promise carries its date. Hosts log the same event once per message id.
 */
export function messageEvent(
  item: MailItem,
  customerId: CustomerId,
  detected: MessageReason,
  today: CalendarDate,
): LedgerEvent {
  const kind: LedgerEvent['kind'] =
    detected.reason === 'out-of-office'
      ? 'out-of-office'
      : detected.reason === 'promise' && detected.promisedFor
        ? 'promise'
        : detected.reason === 'payment-sent'
          ? 'payment-notice'
          : detected.reason === 'dispute'
            ? 'dispute'
            : 'reply';
  return {
    id: item.messageId ? messageEventId(item.messageId) : undefined,
    customerId,
    // Without a received time (rare), noon UTC keeps the date in almost every zone.
    at: item.receivedAt ?? `${today}T12:00:00Z`,
    direction: 'inbound',
    channel: 'email',
    kind,
    threadId: item.threadId,
    messageId: item.messageId,
    invoiceIds: [],
    reason: detected.reason,
    promisedFor: detected.promisedFor,
    returnDate: detected.returnDate,
  };
}

function buildDraftInput(args: {
  customer: Customer;
  contactEmail: readonly string[];
  settings: Settings;
  today: CalendarDate;
  stage: StageResult;
  reason: ReasonResult;
  path: CollectionPath;
  history: ContactHistory;
  invoices: readonly Invoice[];
  options: Pick<SuggestOptions, 'language' | 'selectedInvoiceIds'>;
  warnings: string[];
}): DraftInput {
  const { customer, settings, today, stage, reason, path, history, invoices, options, warnings } =
    args;
  const selected = options.selectedInvoiceIds;
  const chosen = invoices.filter((i) =>
    selected ? selected.includes(i.id) && isUnpaid(i) : isChaseable(i, today),
  );
  const sorted = [...chosen].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  const overdue = sorted.filter((i) => daysOverdue(i, today) > 0);
  const upcoming = sorted.filter((i) => daysOverdue(i, today) <= 0);

  const replyDate =
    stage.stage === 'upcoming' && stage.driving
      ? stage.driving.dueDate
      : addDays(today, REPLY_DAYS[stage.stage]);
  const replyBy: Deadline = {
    date: replyDate,
    hour: settings.deadlineTime.hour,
    minute: settings.deadlineTime.minute,
    timeZone: customer.timeZone,
  };

  const payments: PaymentInstruction[] = [];
  const missingAccounts: string[] = [];
  for (const total of totalsByCurrency(sorted.map(amountDue))) {
    const choice = accountFor(settings.bankAccounts, total.currency);
    const numbers = sorted.filter((i) => i.amount.currency === total.currency).map((i) => i.number);
    if (choice.ok)
      payments.push({
        account: choice.account,
        amount: total,
        reference: numbers.join(', '),
        deadline: replyBy,
      });
    else {
      missingAccounts.push(total.currency);
      warnings.push(choice.message);
    }
  }

  const interest: InterestQuote[] = [];
  if (settings.interest && path.blocks.includes('late-interest')) {
    for (const i of overdue) {
      const quote = interestQuote(
        { number: i.number, dueDate: i.dueDate, amountDue: amountDue(i) },
        settings.interest,
        today,
      );
      if (quote) interest.push(quote);
    }
  }

  let instalments;
  if (path.blocks.includes('instalment-offer')) {
    const owed = totalsByCurrency(overdue.map(amountDue)).sort(
      (a: Money, b: Money) => b.minor - a.minor,
    )[0];
    if (owed && owed.minor > 0) instalments = instalmentPlan(owed, addDays(today, 7));
  }

  const contact =
    customer.contacts.find((c) => args.contactEmail.includes(c.email.toLowerCase())) ??
    customer.contacts[0];
  const latestPromise = history.promises[history.promises.length - 1];
  return {
    language: letterLanguageOf(customer, settings, options.language),
    stage: stage.stage,
    tone: path.tone,
    reason: reason.reason,
    blocks: path.blocks,
    company: settings.company,
    customerName: customer.name,
    contactName: contact?.name || undefined,
    upcoming: upcoming.map((i) => line(i, today)),
    overdue: overdue.map((i) => line(i, today)),
    payments,
    missingAccounts,
    interest,
    instalments,
    remindersSent: history.remindersSinceReply,
    firstReminderOn: history.firstReminderSinceReply,
    promisedFor: reason.promisedFor ?? latestPromise?.promisedFor,
    promiseBroken: reason.promiseBroken,
    replyBy,
  };
}

function suggestWith(deps: SuggesterDeps, options: SuggestOptions): Suggestion {
  const { item, index, settings } = options;
  const clues = threadClues(item, {
    freeMailDomains: settings.freeMailDomains,
    ownAddresses: options.ownAddresses,
  });
  const linked = options.linkedCustomerId ? index.customer(options.linkedCustomerId) : undefined;
  const match = matchThread(clues, index.hitsFor(clues), linked);
  const best = match.best?.customer;
  if (!best) return suggestForMatchWith(deps, { ...options, clues, match, facts: null });
  const logged = index.eventsOf(best.id);
  return suggestForMatchWith(deps, {
    ...options,
    clues,
    match,
    facts: {
      customer: best,
      invoices: index.invoicesOf(best.id),
      history: contactHistoryOf(logged, settings.company.timeZone),
      messageLogged:
        item.messageId !== undefined && logged.some((e) => e.messageId === item.messageId),
    },
  });
}

function suggestForMatchWith(deps: SuggesterDeps, options: MatchedSuggestOptions): Suggestion {
  const { item, settings, today, clues, match, facts } = options;
  const candidates = match.candidates.map(summarize);
  if (!facts || !match.best) {
    const who = clues.addresses.join(', ') || 'this sender';
    return {
      customer: null,
      candidates,
      ambiguous: false,
      invoices: [],
      stage: 'none',
      tone: 'warm',
      reason: 'none',
      reasonEvidence: '',
      reasons: [],
      path: { action: 'wait', why: 'Not in your ledger', blocks: [] },
      language: settings.languages[0] ?? 'en',
      draft: null,
      warnings: [`Not in your ledger: ${who}`],
      draftInput: null,
      messageEvent: null,
    };
  }

  const { customer: best, invoices } = facts;
  const receivedOn = item.receivedAt
    ? calendarDateOfIso(item.receivedAt, settings.company.timeZone)
    : today;
  const message =
    item.direction === 'inbound'
      ? deps.detectReason(`${item.subject}\n${item.body}`, receivedOn)
      : undefined;
  const current = message ? messageEvent(item, best.id, message, today) : null;
  const history =
    current && !facts.messageLogged
      ? foldContact(facts.history, current, settings.company.timeZone)
      : facts.history;
  const policy = policyFor(best, settings);
  const stage = stageOf(invoices, history, today, policy);
  const reason = reasonOf({
    message,
    override: options.reasonOverride,
    history,
    invoices,
    today,
    policy,
    daysOverdue: stage.daysOverdue,
  });
  const path = pathFor(stage.stage, reason.reason, {
    hasInterestTerms: settings.interest !== undefined,
  });
  let nextStepOn = stage.nextStepOn;
  if (reason.returnDate && nextStepOn)
    nextStepOn = maxDate(nextStepOn, addDays(reason.returnDate, 1));

  const warnings: string[] = [];
  if (match.ambiguous)
    warnings.push(`Several customers match this thread: check it is ${best.name}`);
  const draftInput =
    stage.stage === 'none' && !invoices.some(isUnpaid)
      ? null
      : buildDraftInput({
          customer: best,
          contactEmail: clues.addresses,
          settings,
          today,
          stage,
          reason,
          path,
          history,
          invoices,
          options,
          warnings,
        });

  return {
    customer: summarize(match.best),
    candidates,
    ambiguous: match.ambiguous,
    invoices: invoices
      .filter(isUnpaid)
      .map((i) => invoiceSummary(i, today))
      .sort((a, b) => b.daysOverdue - a.daysOverdue),
    stage: stage.stage,
    tone: path.tone,
    reason: reason.reason,
    reasonEvidence: reason.evidence,
    reasons: [
      ...stage.reasons.map((r) => r.text),
      ...(reason.reason !== 'none' ? [`Reason: ${reason.reason} (${reason.evidence})`] : []),
    ],
    path: { action: path.action, why: path.why, blocks: path.blocks },
    nextStepOn,
    language: draftInput?.language ?? letterLanguageOf(best, settings, options.language),
    draft: draftInput ? deps.letters.composeDraft(draftInput) : null,
    warnings,
    draftInput,
    messageEvent: current,
  };
}

/** The options of {@link Suggester.suggestForMatch}: the thread already matched, the facts fetched. */
export type MatchedSuggestOptions = Omit<
  SuggestOptions,
  'index' | 'linkedCustomerId' | 'ownAddresses'
> & {
  readonly clues: ThreadClues;
  readonly match: MatchResult;
  readonly facts: CustomerFacts | null;
};

/** Finds the customer's reason in one inbound message (reasonDetection.ts's detectReason). */
export type ReasonDetector = (text: string, receivedOn: CalendarDate) => DetectedReason;

/**
 * What the rules take from outside: the letter composer and the reason detector. Passed in so a
 * browser bundle can load letter languages and the detector's phrase tables as separate chunks.
 */
export type SuggesterDeps = {
  readonly letters: LetterComposer;
  readonly detectReason: ReasonDetector;
};

/** The suggestion engine over one composer and detector; every method is pure and synchronous. */
export type Suggester = {
  /**
   * The whole suggestion for an open thread: who it is (with evidence and ambiguity), what they
   * owe, the stage and tone with reasons, the customer's reason, the path and the draft. Pure:
   * the caller passes today and the ledger.
   */
  readonly suggest: (options: SuggestOptions) => Suggestion;
  /**
   * The suggestion once the thread is matched and the best customer's facts are fetched: the
   * shared second half of `suggest`, used as is by stores that answer lookups asynchronously.
   */
  readonly suggestForMatch: (options: MatchedSuggestOptions) => Suggestion;
  /** The one-click payment instructions for a suggestion; throws, naming the currency, when an account is missing. */
  readonly paymentInstructions: (suggestion: Suggestion) => Draft;
};

/**
 * The engine over `deps`. The letter language of a suggestion ({@link letterLanguageOf}) must be
 * one `deps.letters` can compose in, and `deps.detectReason` is only called for inbound messages.
 */
export function createSuggester(deps: SuggesterDeps): Suggester {
  return {
    suggest: (options) => suggestWith(deps, options),
    suggestForMatch: (options) => suggestForMatchWith(deps, options),
    paymentInstructions(suggestion) {
      if (!suggestion.draftInput)
        throw new Error('Nothing is owed on this thread: no payment instructions to insert.');
      return deps.letters.composePaymentInstructions(suggestion.draftInput);
    },
  };
}
