import type { Draft } from '../drafts/types';
import type { MailItem } from '../model';

/** The mail client around the sidebar (Outlook, the demo mailbox). Never sends mail. */
export type MailHost = {
  /** The open item, or null when none is selected (a pinned pane between items). */
  currentItem(): Promise<MailItem | null>;
  /** Calls back when the user opens another item; returns an unsubscribe function. */
  onItemChanged(listener: () => void): () => void;
  /** Compose mode: inserts at the cursor (HTML or text, as the body allows). */
  insertDraft(draft: Draft): Promise<void>;
  /** Read mode: opens a reply form holding the draft. */
  openReply(draft: Draft): Promise<void>;
  /** The signed-in user's addresses, never taken for the customer's. */
  ownAddresses(): Promise<readonly string[]>;
};
