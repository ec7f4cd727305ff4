import type { gmail_v1 } from '@googleapis/gmail';
import type { GmailCaller } from './gmailCaller';

/** An authorized Gmail client and the caller that paces, retries and counts its requests. */
export type GmailSession = {
  readonly gmail: gmail_v1.Gmail;
  readonly caller: GmailCaller;
};
