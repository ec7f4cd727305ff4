import { normalizeAddress } from '../../core/matching';
import type { MailItem } from '../../core/model';
import type { AddOnEvent, GmailHost } from './appsScript';

const ADDRESS = /<([^<>]+)>\s*$/;

/** The bare address of a header value ("Ana <ana@x.es>" → "ana@x.es"), lower-cased. */
export function addressOf(header: string): string {
  const m = ADDRESS.exec(header.trim());
  return normalizeAddress(m ? m[1]! : header.trim());
}

/** Every address of a To or Cc header (comma-separated, quoted names allowed). */
export function addressesOf(header: string): string[] {
  return (header.match(/(?:"[^"]*"|[^,"])+/g) ?? []).map(addressOf).filter((a) => a.includes('@'));
}

/**
 * The message open in Gmail, read with the add-on's per-message token (the current-message
 * scopes): subject, sender, recipients, plain body, date and thread. Outbound when the sender is
 * one of the user's own addresses.
 */
export function currentMessage(
  host: GmailHost,
  event: AddOnEvent,
  ownAddresses: readonly string[],
): { item: MailItem; message: GoogleAppsScript.Gmail.GmailMessage } {
  const gmail = event.gmail;
  if (!gmail?.messageId || !gmail.accessToken)
    throw new Error('Gmail did not say which message is open: open the message again.');
  host.GmailApp.setCurrentMessageAccessToken(gmail.accessToken);
  const message = host.GmailApp.getMessageById(gmail.messageId);
  const from = addressOf(message.getFrom());
  const item: MailItem = {
    direction: ownAddresses.includes(from) ? 'outbound' : 'inbound',
    from,
    to: addressesOf(message.getTo()),
    cc: addressesOf(message.getCc()),
    subject: message.getSubject(),
    body: message.getPlainBody(),
    receivedAt: message.getDate().toISOString(),
    threadId: gmail.threadId || message.getThread().getId(),
    messageId: gmail.messageId,
  };
  return { item, message };
}

/** The draft open in the compose window, as its recipients (draftAccess METADATA) show it. */
export function composeItem(event: AddOnEvent): MailItem {
  const to = event.gmail?.toRecipients ?? event.draftMetadata?.toRecipients ?? [];
  const cc = event.gmail?.ccRecipients ?? event.draftMetadata?.ccRecipients ?? [];
  return {
    direction: 'compose',
    from: '',
    to: to.map(addressOf),
    cc: cc.map(addressOf),
    subject: event.draftMetadata?.subject ?? '',
    body: '',
  };
}
