import type { Draft } from '../../core/drafts/types';
import type { MailItem } from '../../core/model';
import type { CategorizeOutcome, DraftDelivery, MailHost } from '../../core/ports/mailHost';

/** The demo's compose window, as the mailbox page exposes it to the host. */
export type DemoComposer = {
  /** The message being written, read live from the form. */
  item(): MailItem;
  /** Inserts HTML at the caret (or at the end when the caret is elsewhere). */
  insertHtml(html: string): void;
};

/** What the demo page does when a reply or a new message is opened with a draft. */
export type DemoForms = {
  openCompose(init: {
    to: readonly string[];
    subject: string;
    html: string;
    threadId?: string;
  }): void;
};

export const DEMO_USER = 'maria.lopez@duly-demo.es';

/** The demo mailbox's master list of categories, as the user made them in Outlook. */
export const DEMO_MASTER_CATEGORIES: readonly string[] = ['Chased', 'Duly'];

/** A message the demo can tag: a received one, or the compose window being written. */
export type DemoMessage = MailItem | DemoComposer;

/**
 * The demo mailbox behind `npm start` and the browser tests: the same MailHost port as Outlook,
 * driven by a page of sample threads and a compose box with a real caret. Never sends mail.
 */
export class DemoMailHost implements MailHost {
  private reading: MailItem | null = null;
  private composer: DemoComposer | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly categoryListeners = new Set<() => void>();
  private readonly categories = new WeakMap<DemoMessage, readonly string[]>();
  /** The message the last reminder went with: categorize tags it. */
  private chased: DemoMessage | null = null;

  constructor(
    private readonly forms: DemoForms,
    /** The master list: categorize refuses any other name, as Outlook does. */
    readonly masterCategories: readonly string[] = DEMO_MASTER_CATEGORIES,
  ) {}

  /** The categories on `message`, in the order they were added. */
  categoriesOf(message: DemoMessage): readonly string[] {
    return this.categories.get(message) ?? [];
  }

  /** Calls back whenever a message gets a category; returns an unsubscribe function. */
  onCategoriesChanged(listener: () => void): () => void {
    this.categoryListeners.add(listener);
    return () => this.categoryListeners.delete(listener);
  }

  /** Shows a message in the reading pane (read mode). */
  read(item: MailItem): void {
    this.reading = item;
    this.composer = null;
    this.changed();
  }

  /** Switches to a compose window (compose mode). */
  compose(composer: DemoComposer): void {
    this.composer = composer;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  async currentItem(): Promise<MailItem | null> {
    return this.composer ? this.composer.item() : this.reading;
  }

  onItemChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async insertDraft(draft: Draft): Promise<DraftDelivery> {
    if (!this.composer)
      throw new Error('No message is being written: open a reply or a new message first.');
    this.composer.insertHtml(draft.html);
    this.chased = this.composer;
    return { form: 'html' };
  }

  async openReply(draft: Draft): Promise<DraftDelivery> {
    const item = this.reading;
    if (!item) throw new Error('Open a message to reply to.');
    const subject = /^(re|回复|aw|rv|res):/i.test(item.subject)
      ? item.subject
      : `RE: ${item.subject}`;
    this.forms.openCompose({ to: [item.from], subject, html: draft.html, threadId: item.threadId });
    // The reply opens in the compose box and becomes the current item; the tag goes on the
    // customer's message it answers, as in Outlook, where the reply form opens apart.
    this.chased = item;
    return { form: 'html' };
  }

  async openNewMessage(to: readonly string[], draft: Draft): Promise<DraftDelivery> {
    this.forms.openCompose({ to, subject: draft.subject, html: draft.html });
    this.chased = null;
    return { form: 'html' };
  }

  async ownAddresses(): Promise<readonly string[]> {
    return [DEMO_USER];
  }

  canCategorize(): boolean {
    return true;
  }

  async categorize(category: string): Promise<CategorizeOutcome> {
    const message = this.chased ?? this.composer ?? this.reading;
    if (!message) return 'unsupported';
    const wanted = category.toLowerCase();
    const known = this.masterCategories.find((c) => c.toLowerCase() === wanted);
    if (known === undefined) return 'unknown-category';
    const on = this.categoriesOf(message);
    if (!on.some((c) => c.toLowerCase() === wanted)) {
      this.categories.set(message, [...on, known]);
      for (const listener of this.categoryListeners) listener();
    }
    return 'added';
  }
}
