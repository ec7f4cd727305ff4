import type { Draft } from '../../core/drafts/types';
import type { MailItem } from '../../core/model';
import type { DraftDelivery, MailHost } from '../../core/ports/mailHost';

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

/**
 * The demo mailbox behind `npm start` and the browser tests: the same MailHost port as Outlook,
 * driven by a page of sample threads and a compose box with a real caret. Never sends mail.
 */
export class DemoMailHost implements MailHost {
  private reading: MailItem | null = null;
  private composer: DemoComposer | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly forms: DemoForms) {}

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
    return { form: 'html' };
  }

  async openReply(draft: Draft): Promise<DraftDelivery> {
    const item = this.reading;
    if (!item) throw new Error('Open a message to reply to.');
    const subject = /^(re|回复|aw|rv|res):/i.test(item.subject)
      ? item.subject
      : `RE: ${item.subject}`;
    this.forms.openCompose({ to: [item.from], subject, html: draft.html, threadId: item.threadId });
    return { form: 'html' };
  }

  async openNewMessage(to: readonly string[], draft: Draft): Promise<DraftDelivery> {
    this.forms.openCompose({ to, subject: draft.subject, html: draft.html });
    return { form: 'html' };
  }

  async ownAddresses(): Promise<readonly string[]> {
    return [DEMO_USER];
  }
}
