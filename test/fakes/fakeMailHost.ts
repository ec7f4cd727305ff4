import type { Draft } from '../../src/core/drafts/types';
import type { MailItem } from '../../src/core/model';
import type { CategorizeOutcome, DraftDelivery, MailHost } from '../../src/core/ports/mailHost';

/** An in-memory mail client: holds the open item, records inserts and reply forms. */
export class FakeMailHost implements MailHost {
  readonly inserted: Draft[] = [];
  readonly replies: Draft[] = [];
  readonly newMessages: { to: readonly string[]; draft: Draft }[] = [];
  /** Categories added, each with the item open at the time. */
  readonly categorized: { item: MailItem | null; category: string }[] = [];
  /** Present once {@link withCategories} gives the client categories. */
  categorize?: (category: string) => Promise<CategorizeOutcome>;
  canCategorize?: () => boolean;
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

  /**
   * Gives the client Outlook's categories over the master list `master`; `supported: false` is an
   * Outlook before Mailbox 1.8, and `failure` an Outlook that fails unexpectedly.
   */
  withCategories(
    master: readonly string[],
    options: { supported?: boolean; failure?: Error } = {},
  ): this {
    const supported = options.supported ?? true;
    this.canCategorize = () => supported;
    this.categorize = async (category) => {
      if (!supported) return 'unsupported';
      if (options.failure) throw options.failure;
      if (!master.includes(category)) return 'unknown-category';
      this.categorized.push({ item: this.item, category });
      return 'added';
    };
    return this;
  }
}
