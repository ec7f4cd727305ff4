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
 * What adding a category to a message came to. `added` also when the message already had it;
 * `unsupported` when this client cannot tag the message (nothing was tried, or the client refused
 * the operation); `unknown-category` when the user's master list has no category of that name.
 */
export type CategorizeOutcome = 'added' | 'unsupported' | 'unknown-category';

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
  /**
   * Optional (clients with categories): adds `category`, which must already be in the user's
   * master list, to the message the last reminder went with: the message being written in
   * compose mode, else the received message the reply answers. Never creates a category, and
   * rejects only on an unexpected failure of the client.
   */
  categorize?(category: string): Promise<CategorizeOutcome>;
  /**
   * Optional: false when this client can never add categories (Outlook before Mailbox 1.8), so
   * the settings can say so; absent or true otherwise.
   */
  canCategorize?(): boolean;
};
