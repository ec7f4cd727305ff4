import { calendarDateIn, calendarDateOfIso, type CalendarDate } from '../../core/calendarDate';
import { contactHistoryOf } from '../../core/contactHistory';
import type { Draft } from '../../core/drafts/types';
import {
  LETTER_LANGUAGES,
  type CustomerId,
  type InvoiceId,
  type LedgerEvent,
  type LetterLanguage,
  type MailItem,
} from '../../core/model';
import { detectReason } from '../../core/reasonDetection';
import { silentCustomers } from '../../core/silence';
import {
  messageEvent,
  paymentInstructions,
  policyFor,
  suggest,
  type Suggestion,
} from '../../core/suggest';
import type { AddOnEvent, Card, GmailHost } from './appsScript';
import { composeCard } from './composeCard';
import { composeItem, currentMessage } from './gmailMessage';
import { homepageCard } from './homepageCard';
import {
  appendEvents,
  createLedgerSheet,
  forgetLedger,
  openLedger,
  type OpenedLedger,
} from './ledgerStore';
import { LedgerBusyError } from './ledgerLock';
import { messageCard } from './messageCard';
import { errorCard, plainMessage, problemsCard, setupCard } from './noticeCards';
import { sheetIdFromUrl, useLedgerSheet } from './sharedLedger';
import {
  grantAccessCard,
  SHEET_URL_FIELD,
  sharedLedgerCard,
  sheetsHomeCard,
  sheetsResultCard,
} from './sharedLedgerCards';

type Ready = Extract<OpenedLedger, { kind: 'ready' }>;
/** What any card action returns to Gmail. */
export type ActionResult =
  | GoogleAppsScript.Card_Service.ActionResponse
  | GoogleAppsScript.Card_Service.ComposeActionResponse
  | GoogleAppsScript.Card_Service.UpdateDraftActionResponse
  | GoogleAppsScript.Card_Service.EditorFileScopeActionResponse;

const LINK_PREFIX = 'duly.link.';

function localeOf(event: AddOnEvent): string {
  return event.commonEventObject?.userLocale || 'en';
}

function todayOf(host: GmailHost, ready: Ready): CalendarDate {
  return host.clock.today(ready.ledger.settings.company.timeZone);
}

/** Opens the ledger, or the card that stands in for it (first use, problems to fix). */
function withLedger(host: GmailHost, use: (ready: Ready) => Card): Card {
  const cs = host.CardService;
  try {
    const opened = openLedger(host);
    if (opened.kind === 'none') return setupCard(cs);
    if (opened.kind === 'problems') return problemsCard(cs, opened.problems, opened.url);
    return use(opened);
  } catch (error) {
    return errorCard(cs, plainMessage(error));
  }
}

function formStrings(event: AddOnEvent, field: string): string[] | undefined {
  return event.commonEventObject?.formInputs?.[field]?.stringInputs?.value;
}

function chosenLanguage(event: AddOnEvent): LetterLanguage | undefined {
  const value = formStrings(event, 'language')?.[0];
  return (LETTER_LANGUAGES as readonly string[]).includes(value ?? '')
    ? (value as LetterLanguage)
    : undefined;
}

function suggestFor(
  host: GmailHost,
  ready: Ready,
  item: MailItem,
  event: AddOnEvent,
  linked?: CustomerId,
): Suggestion {
  const props = host.PropertiesService.getUserProperties();
  const link =
    linked ??
    ((item.threadId
      ? props.getProperty(LINK_PREFIX + item.threadId)
      : null) as CustomerId | null) ??
    undefined;
  const selected = formStrings(event, 'invoices') as InvoiceId[] | undefined;
  return suggest({
    item,
    index: ready.index,
    settings: ready.ledger.settings,
    today: todayOf(host, ready),
    ownAddresses: ready.ownAddresses,
    language: chosenLanguage(event),
    linkedCustomerId: link,
    selectedInvoiceIds: selected,
  });
}

/** The message card; an inbound customer message is logged as a reply once per message id. */
function messageCardFor(
  host: GmailHost,
  ready: Ready,
  event: AddOnEvent,
  linked?: CustomerId,
): Card {
  const { item } = currentMessage(host, event, ready.ownAddresses);
  const suggestion = suggestFor(host, ready, item, event, linked);
  let notice: string | undefined;
  if (
    item.direction === 'inbound' &&
    suggestion.customer &&
    !suggestion.ambiguous &&
    item.receivedAt
  ) {
    const received = calendarDateOfIso(item.receivedAt, ready.ledger.settings.company.timeZone);
    const detected = detectReason(`${item.subject}\n${item.body}`, received);
    try {
      appendEvents(host, ready, [
        messageEvent(item, suggestion.customer.id, detected, todayOf(host, ready)),
      ]);
    } catch (error) {
      // The card still helps; the reply is logged the next time the message is opened.
      if (!(error instanceof LedgerBusyError)) throw error;
      notice = 'This reply is not logged yet: the ledger Sheet was busy. Open the message again.';
    }
  }
  return messageCard(host.CardService, {
    suggestion,
    locale: localeOf(event),
    sheetUrl: ready.url,
    selected: formStrings(event, 'invoices'),
    todayMs: host.clock.now(),
    notice,
  });
}

/** Contextual trigger: a message is open. */
export function onMessage(host: GmailHost, event: AddOnEvent): Card {
  return withLedger(host, (ready) => messageCardFor(host, ready, event));
}

/** Compose trigger (draftAccess METADATA): the customer among the recipients. */
export function onCompose(host: GmailHost, event: AddOnEvent): Card {
  return withLedger(host, (ready) => {
    const item = composeItem(event);
    return composeCard(
      host.CardService,
      suggestFor(host, ready, item, event),
      item,
      localeOf(event),
    );
  });
}

/** Google Sheets homepage trigger: offer to make the open Sheet the user's ledger. */
export function onSheetsHomepage(host: GmailHost, event: AddOnEvent): Card {
  return sheetsHomeCard(host.CardService, event.sheets?.title);
}

/** Google Sheets, after the user granted drive.file for the open Sheet: make it the ledger. */
export function onSheetsFileScopeGranted(host: GmailHost, event: AddOnEvent): Card {
  const cs = host.CardService;
  const id = event.sheets?.id;
  if (!id) return errorCard(cs, 'Google Sheets did not say which Sheet is open. Try again.');
  try {
    return sheetsResultCard(cs, useLedgerSheet(host, id));
  } catch (error) {
    return errorCard(cs, plainMessage(error));
  }
}

/** Homepage trigger: the silent list and the ledger's status. */
export function onHomepage(host: GmailHost, event: AddOnEvent): Card {
  return withLedger(host, (ready) => homepageCardFor(host, ready, event));
}

function homepageCardFor(host: GmailHost, ready: Ready, event: AddOnEvent): Card {
  const { ledger, index } = ready;
  const zone = ledger.settings.company.timeZone;
  const today = todayOf(host, ready);
  const silent = silentCustomers(
    ledger.customers.map((customer) => ({
      customer,
      invoices: index.invoicesOf(customer.id),
      history: contactHistoryOf(index.eventsOf(customer.id), zone),
    })),
    today,
    (c) => policyFor(c, ledger.settings),
    ledger.settings.rates,
  );
  return homepageCard(host.CardService, {
    silent,
    customers: ledger.customers.length,
    openInvoices: ledger.invoices.filter((i) => i.status === 'open' || i.status === 'partly-paid')
      .length,
    events: ledger.events.length,
    warnings: ready.warnings,
    sheetUrl: ready.url,
    locale: localeOf(event),
  });
}

function updateCard(
  host: GmailHost,
  card: Card,
  notice?: string,
): GoogleAppsScript.Card_Service.ActionResponse {
  const cs = host.CardService;
  const response = cs.newActionResponseBuilder().setNavigation(cs.newNavigation().updateCard(card));
  if (notice) response.setNotification(cs.newNotification().setText(notice));
  return response.build();
}

function invoiceIdsOf(ready: Ready, suggestion: Suggestion): InvoiceId[] {
  const input = suggestion.draftInput;
  if (!input) return [];
  const numbers = new Set([...input.overdue, ...input.upcoming].map((l) => l.number));
  return ready.index
    .invoicesOf(suggestion.customer!.id)
    .filter((i) => numbers.has(i.number))
    .map((i) => i.id);
}

function reminderEvent(
  host: GmailHost,
  ready: Ready,
  suggestion: Suggestion,
  threadId?: string,
): LedgerEvent {
  const at = new Date(host.clock.now()).toISOString();
  return {
    id: `gmail-draft:${threadId ?? suggestion.customer!.id}:${at}`,
    customerId: suggestion.customer!.id,
    at,
    direction: 'outbound',
    channel: 'email',
    kind: 'reminder',
    threadId,
    invoiceIds: invoiceIdsOf(ready, suggestion),
    stage: suggestion.stage,
    blocks: suggestion.draftInput?.blocks,
    note: 'draft prepared in Gmail',
  };
}

function draftOf(suggestion: Suggestion, payment: boolean): Draft {
  if (!suggestion.customer)
    throw new Error('This thread is not linked to a customer in your ledger.');
  if (payment) return paymentInstructions(suggestion);
  if (!suggestion.draft)
    throw new Error('Nothing is owed on this thread: there is no letter to write.');
  return suggestion.draft;
}

function needReady(host: GmailHost): Ready {
  const opened = openLedger(host);
  if (opened.kind === 'none')
    throw new Error('Create your ledger Sheet first, from the Duly home page.');
  if (opened.kind === 'problems')
    throw new Error(
      "The ledger Sheet has problems to fix first: open Duly's home page to see them.",
    );
  return opened;
}

function logFromMessage(
  host: GmailHost,
  event: AddOnEvent,
  kind: 'promise' | 'dispute' | 'call',
): GoogleAppsScript.Card_Service.ActionResponse {
  const ready = needReady(host);
  const customerId = event.commonEventObject.parameters?.customerId as CustomerId | undefined;
  if (!customerId || !ready.index.customer(customerId))
    throw new Error('That customer is no longer in the ledger Sheet.');
  const now = host.clock.now();
  const at = new Date(now).toISOString();
  const threadId = event.gmail?.threadId;
  let logged: LedgerEvent;
  if (kind === 'promise') {
    const ms = event.commonEventObject.formInputs?.promisedFor?.dateInput?.msSinceEpoch;
    if (!ms) throw new Error('Pick the promised payment date first.');
    // The date picker gives midnight UTC of the chosen day.
    const promisedFor = calendarDateIn(Number(ms), 'UTC');
    logged = {
      id: `promise:${customerId}:${at}`,
      customerId,
      at,
      direction: 'inbound',
      channel: 'email',
      kind,
      threadId,
      invoiceIds: [],
      promisedFor,
      reason: 'promise',
    };
  } else if (kind === 'dispute') {
    logged = {
      id: `dispute:${customerId}:${at}`,
      customerId,
      at,
      direction: 'inbound',
      channel: 'email',
      kind,
      threadId,
      invoiceIds: [],
      reason: 'dispute',
    };
  } else {
    logged = {
      id: `call:${customerId}:${at}`,
      customerId,
      at,
      direction: 'outbound',
      channel: 'phone',
      kind: 'call',
      threadId,
      invoiceIds: [],
    };
  }
  appendEvents(host, ready, [logged]);
  const fresh = needReady(host);
  const words = {
    promise: 'Promise to pay logged',
    dispute: 'Dispute logged',
    call: 'Call logged',
  }[kind];
  return updateCard(host, messageCardFor(host, fresh, event), words);
}

/**
 * Every card button calls this one function with `action` among its string parameters:
 * Apps Script runs only top-level functions, and one entry keeps the global surface small.
 */
export function onAction(host: GmailHost, event: AddOnEvent): ActionResult {
  const cs = host.CardService;
  const params = event.commonEventObject?.parameters ?? {};
  try {
    switch (params.action) {
      case 'createLedger': {
        createLedgerSheet(host, 'My company', event.commonEventObject.timeZone?.id || 'UTC');
        return updateCard(host, onHomepage(host, event), 'Your ledger Sheet is ready in Drive');
      }
      case 'reloadLedger': {
        forgetLedger(host, openLedger(host));
        return updateCard(host, onHomepage(host, event), 'Ledger read again');
      }
      case 'refresh':
        return updateCard(host, onMessage(host, event));
      case 'link': {
        const threadId = event.gmail?.threadId;
        const customerId = params.customerId as CustomerId | undefined;
        if (threadId && customerId)
          host.PropertiesService.getUserProperties().setProperty(
            LINK_PREFIX + threadId,
            customerId,
          );
        return updateCard(
          host,
          withLedger(host, (r) => messageCardFor(host, r, event, customerId)),
          'Thread linked',
        );
      }
      case 'reply':
      case 'replyPayment': {
        const ready = needReady(host);
        const { item, message } = currentMessage(host, event, ready.ownAddresses);
        const suggestion = suggestFor(host, ready, item, event);
        const draft = draftOf(suggestion, params.action === 'replyPayment');
        // Logged first: when the ledger is busy, nothing happens and the user simply retries.
        if (params.action === 'reply')
          appendEvents(host, ready, [reminderEvent(host, ready, suggestion, item.threadId)]);
        const gmailDraft = message.createDraftReply(draft.text, { htmlBody: draft.html });
        return cs.newComposeActionResponseBuilder().setGmailDraft(gmailDraft).build();
      }
      case 'insert':
      case 'insertPayment': {
        const ready = needReady(host);
        const split = (s: string | undefined) => (s ?? '').split(',').filter((a) => a !== '');
        const item: MailItem = {
          direction: 'compose',
          from: '',
          to: split(params.to),
          cc: split(params.cc),
          subject: '',
          body: '',
        };
        const suggestion = suggestFor(host, ready, item, event);
        const draft = draftOf(suggestion, params.action === 'insertPayment');
        if (params.action === 'insert')
          appendEvents(host, ready, [reminderEvent(host, ready, suggestion)]);
        return cs
          .newUpdateDraftActionResponseBuilder()
          .setUpdateDraftBodyAction(
            cs
              .newUpdateDraftBodyAction()
              .addUpdateContent(draft.html, cs.ContentType.MUTABLE_HTML)
              .setUpdateType(cs.UpdateDraftBodyType.IN_PLACE_INSERT),
          )
          .build();
      }
      case 'silentDraft': {
        const ready = needReady(host);
        const customer = ready.index.customer(params.customerId as CustomerId);
        const contact = customer?.contacts[0];
        if (!customer || !contact)
          throw new Error('That customer has no contact address in the ledger Sheet.');
        const item: MailItem = {
          direction: 'compose',
          from: '',
          to: [contact.email],
          cc: [],
          subject: '',
          body: '',
        };
        const suggestion = suggestFor(host, ready, item, event, customer.id);
        const draft = draftOf(suggestion, false);
        appendEvents(host, ready, [reminderEvent(host, ready, suggestion)]);
        const gmailDraft = host.GmailApp.createDraft(contact.email, draft.subject, draft.text, {
          htmlBody: draft.html,
        });
        return cs.newComposeActionResponseBuilder().setGmailDraft(gmailDraft).build();
      }
      case 'sharedLedgerForm':
        return cs
          .newActionResponseBuilder()
          .setNavigation(cs.newNavigation().pushCard(sharedLedgerCard(cs)))
          .build();
      case 'useSharedLedger': {
        const sheetId = sheetIdFromUrl(formStrings(event, SHEET_URL_FIELD)?.[0] ?? '');
        if (!sheetId)
          throw new Error(
            'That is not a Google Sheets link: copy it from the address bar of the shared Sheet.',
          );
        const result = useLedgerSheet(host, sheetId);
        if (result.kind !== 'used')
          return cs
            .newActionResponseBuilder()
            .setNavigation(cs.newNavigation().pushCard(grantAccessCard(cs, result)))
            .build();
        return updateCard(host, onHomepage(host, event), `Duly now uses “${result.name}”`);
      }
      case 'useThisSheet': {
        const sheets = event.sheets;
        // Sheets sends the file's id only once Duly holds its drive.file grant: ask for this file only.
        if (!sheets?.addonHasFileScopePermission || !sheets.id)
          return cs
            .newEditorFileScopeActionResponseBuilder()
            .requestFileScopeForActiveDocument()
            .build();
        return updateCard(host, sheetsResultCard(cs, useLedgerSheet(host, sheets.id)));
      }
      case 'logPromise':
        return logFromMessage(host, event, 'promise');
      case 'logDispute':
        return logFromMessage(host, event, 'dispute');
      case 'logCall':
        return logFromMessage(host, event, 'call');
      default:
        throw new Error('That button is from an older version of Duly: open the add-on again.');
    }
  } catch (error) {
    return cs
      .newActionResponseBuilder()
      .setNavigation(cs.newNavigation().pushCard(errorCard(cs, plainMessage(error))))
      .build();
  }
}
