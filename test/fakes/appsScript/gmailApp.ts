/// <reference types="google-apps-script" />
/**
 * A recording fake of GmailApp as an add-on sees it: a message is readable only after
 * `setCurrentMessageAccessToken` with that message's token (the current-message scopes), and
 * drafts are recorded, never sent.
 */

export type FakeMessage = {
  readonly id: string;
  readonly threadId: string;
  readonly accessToken: string;
  readonly from: string;
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly plainBody: string;
  readonly date: Date;
};

export type RecordedDraft = {
  readonly id: string;
  readonly kind: 'reply' | 'standalone';
  readonly messageId?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly body: string;
  readonly htmlBody?: string;
};

export class FakeGmailApp {
  readonly drafts: RecordedDraft[] = [];
  private readonly messages = new Map<string, FakeMessage>();
  private token: string | undefined;

  add(message: FakeMessage): this {
    this.messages.set(message.id, message);
    return this;
  }

  setCurrentMessageAccessToken(token: string): void {
    if (typeof token !== 'string' || token === '') throw new Error('Invalid access token');
    this.token = token;
  }

  getMessageById(id: string): GoogleAppsScript.Gmail.GmailMessage {
    const message = this.messages.get(id);
    if (!message) throw new Error(`Invalid argument: id (no message ${id})`);
    if (this.token !== message.accessToken)
      throw new Error(
        'Access denied: the add-on may read only the open message; call setCurrentMessageAccessToken with its token first',
      );
    return this.wrap(message);
  }

  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options?: { htmlBody?: string },
  ): GoogleAppsScript.Gmail.GmailDraft {
    return this.record({
      id: `draft-${this.drafts.length + 1}`,
      kind: 'standalone',
      to: recipient,
      subject,
      body,
      htmlBody: options?.htmlBody,
    });
  }

  private record(draft: RecordedDraft): GoogleAppsScript.Gmail.GmailDraft {
    this.drafts.push(draft);
    return {
      getId: () => draft.id,
      kind: 'GmailDraft',
    } as unknown as GoogleAppsScript.Gmail.GmailDraft;
  }

  private wrap(m: FakeMessage): GoogleAppsScript.Gmail.GmailMessage {
    const fake = {
      getId: () => m.id,
      getFrom: () => m.from,
      getTo: () => m.to,
      getCc: () => m.cc,
      getSubject: () => m.subject,
      getPlainBody: () => m.plainBody,
      getDate: () => new Date(m.date.getTime()),
      getThread: () => ({ getId: () => m.threadId }),
      createDraftReply: (body: string, options?: { htmlBody?: string }) =>
        this.record({
          id: `draft-${this.drafts.length + 1}`,
          kind: 'reply',
          messageId: m.id,
          body,
          htmlBody: options?.htmlBody,
        }),
    };
    return fake as unknown as GoogleAppsScript.Gmail.GmailMessage;
  }

  /** Typed as the real service for the code under test. */
  asService(): GoogleAppsScript.Gmail.GmailApp {
    return this as unknown as GoogleAppsScript.Gmail.GmailApp;
  }
}
