import type { Draft } from '../../core/drafts/types';
import { normalizeAddress } from '../../core/matching';
import type { MailItem } from '../../core/model';
import type { CategorizeOutcome, DraftDelivery, MailHost } from '../../core/ports/mailHost';
import { createCallQueue, type CallQueue } from './callQueue';
import { formBody } from './formBody';
import { htmlToText } from './htmlToText';
import { OFFICE_CALL_TIMEOUT_MS, officeCall, OfficeCallError, officeSyncCall } from './officeCall';

/** Limits of `displayNewMessageForm` (Office.MessageForm): recipients per field, subject length. */
export const NEW_MESSAGE_RECIPIENT_LIMIT = 100;
export const NEW_MESSAGE_SUBJECT_LIMIT = 255;

/** Messages the host rejects with, for callers that show them as they are. */
export const NOT_COMPOSE =
  'Insert draft works in a message you are writing. In a received message, use the reply instead.';
export const NOT_READ =
  'This opens a new form from a received message. In a message you are writing, use Insert draft instead.';
export const NO_ITEM = 'No message is open. Select a message first.';
export const TEXT_BODY_NOTICE =
  'This message is in plain text, so the draft went in without formatting.';
export const NO_NEW_MESSAGE_FORM =
  'This version of Outlook cannot open a new message from an add-in (it needs Mailbox 1.6).';

export type OutlookMailHostOptions = {
  /** The queue all Office calls share; by default one of 3 (OFFICE_CONCURRENT_CALLS). */
  readonly queue?: CallQueue;
  /** How long an Office call may stay unanswered before it rejects. */
  readonly callTimeoutMs?: number;
  /** Where errors with no caller to reject go (event registration, listeners that throw). */
  readonly reportError?: (error: Error) => void;
};

type Office_ = typeof Office;
type AnyItem = Office.MessageRead | Office.MessageCompose;

// Read and compose items have the same names with different shapes: in compose mode `subject`
// is an object with getAsync, in read mode a string.
function isCompose(item: AnyItem): item is Office.MessageCompose {
  return typeof (item as { subject?: unknown }).subject !== 'string';
}

function addresses(list: readonly Office.EmailAddressDetails[] | undefined): string[] {
  return (list ?? []).map((a) => a.emailAddress).filter((a): a is string => Boolean(a));
}

function toIso(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string' && value) return value;
  return undefined;
}

/**
 * Office's errors that `categorize` answers with an outcome rather than a rejection: the name
 * Outlook gives a category missing from the master list (9044), and the code of "The operation is
 * not supported" (5000), which Outlook on the web and new Outlook give for a message being
 * written (https://learn.microsoft.com/javascript/api/outlook/office.categories).
 */
const INVALID_CATEGORY = { name: 'InvalidCategory', code: 9044 } as const;
const OPERATION_NOT_SUPPORTED = 5000;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * The MailHost of the Outlook task pane, over office.js's mailbox API. Every Office call goes
 * through one queue (at most 3 in flight) and is a promise that rejects with an error naming the
 * call; nothing throws inside an Office callback. Newer APIs are used only where
 * `isSetSupported` says so. Never sends mail.
 */
export class OutlookMailHost implements MailHost {
  private readonly queue: CallQueue;
  private readonly timeoutMs: number;
  private readonly reportError: (error: Error) => void;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly office: Office_ = Office,
    options: OutlookMailHostOptions = {},
  ) {
    this.queue = options.queue ?? createCallQueue();
    this.timeoutMs = options.callTimeoutMs ?? OFFICE_CALL_TIMEOUT_MS;
    this.reportError = options.reportError ?? ((error) => console.error(error));
  }

  /** Whether the client supports Mailbox `version` (a pre-1.1 client answers no). */
  supports(version: string): boolean {
    try {
      return Boolean(this.office.context.requirements?.isSetSupported('Mailbox', version));
    } catch {
      return false;
    }
  }

  async currentItem(): Promise<MailItem | null> {
    // A pinned pane may move to another item while the reads run: read again until stable.
    let read: MailItem | null = null;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const item = this.item();
      if (!item || String(item.itemType) === 'appointment') return null;
      read = isCompose(item) ? await this.readCompose(item) : await this.readRead(item);
      if (this.item() === item) return read;
    }
    return read;
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.setItemChangedHandler(true);
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.setItemChangedHandler(false);
    };
  }

  async insertDraft(draft: Draft): Promise<DraftDelivery> {
    const item = this.item();
    if (!item) throw new Error(NO_ITEM);
    if (!isCompose(item)) throw new Error(NOT_COMPOSE);
    const type = await this.call<Office.CoercionType>('item.body.getTypeAsync', (cb) =>
      item.body.getTypeAsync(cb),
    );
    // HTML into a plain-text body fails: such a body gets the draft's text version.
    const html = String(type) === String(this.office.CoercionType.Html);
    const coercionType = html ? this.office.CoercionType.Html : this.office.CoercionType.Text;
    await this.call<void>('item.body.setSelectedDataAsync', (cb) =>
      item.body.setSelectedDataAsync(html ? draft.html : draft.text, { coercionType }, cb),
    );
    return html ? { form: 'html' } : { form: 'text', notice: TEXT_BODY_NOTICE };
  }

  async openReply(draft: Draft): Promise<DraftDelivery> {
    const item = this.item();
    if (!item) throw new Error(NO_ITEM);
    if (isCompose(item)) throw new Error(NOT_READ);
    const body = formBody(draft);
    if (!body.fits) throw new Error(body.message);
    if (this.supports('1.9') && typeof item.displayReplyFormAsync === 'function') {
      await this.call<void>('item.displayReplyFormAsync', (cb) =>
        item.displayReplyFormAsync(body.html, cb),
      );
    } else {
      await officeSyncCall('item.displayReplyForm', () => item.displayReplyForm(body.html));
    }
    return body.delivery;
  }

  async openNewMessage(to: readonly string[], draft: Draft): Promise<DraftDelivery> {
    const item = this.item();
    if (item && isCompose(item)) throw new Error(NOT_READ);
    if (to.length > NEW_MESSAGE_RECIPIENT_LIMIT) {
      throw new Error(
        `A new message takes at most ${NEW_MESSAGE_RECIPIENT_LIMIT} recipients; this one has ${to.length}.`,
      );
    }
    if (!this.supports('1.6')) throw new Error(NO_NEW_MESSAGE_FORM);
    const body = formBody(draft);
    if (!body.fits) throw new Error(body.message);
    const subject =
      draft.subject.length > NEW_MESSAGE_SUBJECT_LIMIT
        ? `${draft.subject.slice(0, NEW_MESSAGE_SUBJECT_LIMIT - 1)}…`
        : draft.subject;
    const form: Office.MessageForm = { toRecipients: [...to], subject, htmlBody: body.html };
    const mailbox = this.office.context.mailbox;
    if (this.supports('1.9') && typeof mailbox.displayNewMessageFormAsync === 'function') {
      await this.call<void>('mailbox.displayNewMessageFormAsync', (cb) =>
        mailbox.displayNewMessageFormAsync(form, cb),
      );
    } else {
      await officeSyncCall('mailbox.displayNewMessageForm', () =>
        mailbox.displayNewMessageForm(form),
      );
    }
    return body.delivery;
  }

  async ownAddresses(): Promise<readonly string[]> {
    const own = this.office.context.mailbox.userProfile?.emailAddress;
    return own ? [own] : [];
  }

  canCategorize(): boolean {
    return this.supports('1.8');
  }

  // In read mode the reply form opens apart from the received message, which stays the item:
  // the category lands on the customer's message; in compose mode on the message being written.
  async categorize(category: string): Promise<CategorizeOutcome> {
    if (!this.canCategorize()) return 'unsupported';
    const categories = this.item()?.categories;
    if (!categories) return 'unsupported';
    try {
      const present = await this.call<Office.CategoryDetails[] | null>(
        'item.categories.getAsync',
        (cb) => categories.getAsync(cb),
      );
      const wanted = category.toLowerCase();
      // Null or [] both mean no categories, depending on the Outlook version.
      if ((present ?? []).some((c) => c.displayName?.toLowerCase() === wanted)) return 'added';
      await this.call<void>('item.categories.addAsync', (cb) =>
        categories.addAsync([category], cb),
      );
      return 'added';
    } catch (error) {
      if (!(error instanceof OfficeCallError)) throw error;
      const { officeName, code } = error;
      if (officeName === INVALID_CATEGORY.name || code === INVALID_CATEGORY.code) {
        return 'unknown-category';
      }
      if (code === OPERATION_NOT_SUPPORTED) return 'unsupported';
      throw error;
    }
  }

  private item(): AnyItem | null {
    return (this.office.context.mailbox.item as AnyItem | null | undefined) ?? null;
  }

  private call<T>(
    name: string,
    start: (callback: (result: Office.AsyncResult<T>) => void) => void,
  ): Promise<T> {
    return this.queue.run(() => officeCall<T>(name, start, this.timeoutMs));
  }

  private async readRead(item: Office.MessageRead): Promise<MailItem> {
    const own = new Set((await this.ownAddresses()).map(normalizeAddress));
    const from = item.from?.emailAddress ?? item.sender?.emailAddress ?? '';
    const body = await this.bodyText(item);
    const receivedAt = toIso(item.dateTimeCreated);
    return {
      direction: own.has(normalizeAddress(from)) ? 'outbound' : 'inbound',
      from,
      to: addresses(item.to),
      cc: addresses(item.cc),
      subject: item.subject ?? '',
      body,
      ...(receivedAt ? { receivedAt } : {}),
      ...(item.conversationId ? { threadId: item.conversationId } : {}),
      ...(item.internetMessageId ? { messageId: item.internetMessageId } : {}),
    };
  }

  private async readCompose(item: Office.MessageCompose): Promise<MailItem> {
    const [to, cc, subject, body] = await Promise.all([
      this.call<Office.EmailAddressDetails[]>('item.to.getAsync', (cb) => item.to.getAsync(cb)),
      this.call<Office.EmailAddressDetails[]>('item.cc.getAsync', (cb) => item.cc.getAsync(cb)),
      this.call<string>('item.subject.getAsync', (cb) => item.subject.getAsync(cb)),
      this.bodyText(item),
    ]);
    const [from = ''] = await this.ownAddresses();
    return {
      direction: 'compose',
      from,
      to: addresses(to),
      cc: addresses(cc),
      subject: subject ?? '',
      body,
      ...(item.conversationId ? { threadId: item.conversationId } : {}),
    };
  }

  // Body.getAsync is Mailbox 1.3; HTML rather than Text because Text loses table and list
  // layout on the web (Body.getAsync remarks), and the history markers live in the HTML.
  private async bodyText(item: AnyItem): Promise<string> {
    if (!this.supports('1.3')) return '';
    const html = await this.call<string>('item.body.getAsync', (cb) =>
      item.body.getAsync(this.office.CoercionType.Html, cb),
    );
    return htmlToText(html ?? '');
  }

  // ItemChanged (Mailbox 1.5) fires in a pinned pane when the user selects another item;
  // `mailbox.item` is then the new item, or null when nothing is selected.
  private setItemChangedHandler(on: boolean): void {
    if (!this.supports('1.5')) return;
    const mailbox = this.office.context.mailbox;
    const eventType = this.office.EventType.ItemChanged;
    const change = on
      ? this.call<void>('mailbox.addHandlerAsync(ItemChanged)', (cb) =>
          mailbox.addHandlerAsync(eventType, this.itemChanged, cb),
        )
      : this.call<void>('mailbox.removeHandlerAsync(ItemChanged)', (cb) =>
          mailbox.removeHandlerAsync(eventType, cb),
        );
    change.catch((error: unknown) => this.reportError(asError(error)));
  }

  private readonly itemChanged = (): void => {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.reportError(asError(error));
      }
    }
  };
}
