import type { Draft } from '../drafts/types';
import type { MailItem } from '../model';

/**
 * How a draft reached the mail client. `html` as written; `text` when the body only takes plain
 * text; `shortened` when a size limit of the client forced a smaller version of the same letter.
 */
export type DraftDelivery = {
  readonly form: 'html' | 'text' | 'shortened';
  /** A plain-language sentence for the user whenever the form is not `html`. */
  readonly notice?: string;
};

/**
 * The mail client around the sidebar (Outlook, the demo mailbox). Never sends mail: every method
 * that writes leaves a draft or an open form for the user to review and send.
 */
export type MailHost = {
  /**
   * The open message, or null when there is none (a pinned pane between items, a calendar item).
   * `direction` is `compose` for a compose window; otherwise `outbound` when the user sent it.
   */
  currentItem(): Promise<MailItem | null>;
  /** Calls back when the user opens another item; returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Compose mode: inserts at the cursor, as HTML or as text when the body is plain text. */
  insertDraft(draft: Draft): Promise<DraftDelivery>;
  /** Read mode: opens a reply form to the open message holding the draft. */
  openReply(draft: Draft): Promise<DraftDelivery>;
  /** Read mode: opens a new message form to `to` (at most 100 addresses) holding the draft. */
  openNewMessage(to: readonly string[], draft: Draft): Promise<DraftDelivery>;
  /** The signed-in user's addresses, never taken for the customer's. */
  ownAddresses(): Promise<readonly string[]>;
};
