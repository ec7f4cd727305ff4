import type { Draft } from '../../src/core/drafts/types';
import type { MailItem } from '../../src/core/model';
import type { DraftDelivery, MailHost } from '../../src/core/ports/mailHost';

/** An in-memory mail client: holds the open item, records inserts and reply forms. */
export class FakeMailHost implements MailHost {
  readonly inserted: Draft[] = [];
  readonly replies: Draft[] = [];
  readonly newMessages: { to: readonly string[]; draft: Draft }[] = [];
  private listeners = new Set<() => void>();

  constructor(
    private item: MailItem | null,
    private readonly own: readonly string[] = ['maria.lopez@duly-demo.es'],
  ) {}

  async currentItem(): Promise<MailItem | null> {
    return this.item;
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens another item, as the user clicking a message. */
  open(item: MailItem | null): void {
    this.item = item;
    for (const l of this.listeners) l();
  }

  async insertDraft(draft: Draft): Promise<DraftDelivery> {
    this.inserted.push(draft);
    return { form: 'html' };
  }

  async openReply(draft: Draft): Promise<DraftDelivery> {
    this.replies.push(draft);
    return { form: 'html' };
  }

  async openNewMessage(to: readonly string[], draft: Draft): Promise<DraftDelivery> {
    this.newMessages.push({ to, draft });
    return { form: 'html' };
  }

  async ownAddresses(): Promise<readonly string[]> {
    return this.own;
  }
}
