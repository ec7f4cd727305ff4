import type { MailItem } from '../../core/model';
import approval from '../../../samples/messages/approval.json';
import cashFlow from '../../../samples/messages/cash-flow.json';
import deliberate from '../../../samples/messages/deliberate.json';
import dispute from '../../../samples/messages/dispute.json';
import due from '../../../samples/messages/due.json';
import escalation from '../../../samples/messages/escalation.json';
import final from '../../../samples/messages/final.json';
import followUp from '../../../samples/messages/follow-up.json';
import freeMail from '../../../samples/messages/free-mail.json';
import hostile from '../../../samples/messages/hostile.json';
import notReceived from '../../../samples/messages/not-received.json';
import nothingOwed from '../../../samples/messages/nothing-owed.json';
import outOfOffice from '../../../samples/messages/out-of-office.json';
import paymentSent from '../../../samples/messages/payment-sent.json';
import promise from '../../../samples/messages/promise.json';
import silent from '../../../samples/messages/silent.json';
import stakes from '../../../samples/messages/stakes.json';
import unknownSender from '../../../samples/messages/unknown-sender.json';
import upcoming from '../../../samples/messages/upcoming.json';

/** One sample conversation of the demo mailbox. */
export type SampleThread = {
  readonly key: string;
  readonly label: string;
  readonly item: MailItem;
};

const RAW: Record<string, unknown> = {
  upcoming,
  due,
  'follow-up': followUp,
  escalation,
  stakes,
  final,
  'not-received': notReceived,
  approval,
  'cash-flow': cashFlow,
  dispute,
  'payment-sent': paymentSent,
  promise,
  'out-of-office': outOfOffice,
  deliberate,
  'free-mail': freeMail,
  silent,
  hostile,
  'nothing-owed': nothingOwed,
  'unknown-sender': unknownSender,
};

/** The sample threads, each with stable message and thread ids (derived from the file name). */
export const SAMPLE_THREADS: readonly SampleThread[] = Object.entries(RAW).map(([key, raw]) => {
  const item = raw as MailItem;
  return {
    key,
    label: item.subject || `(new message to ${item.to.join(', ')})`,
    item: { ...item, messageId: `demo-${key}`, threadId: item.threadId ?? `demo-thread-${key}` },
  };
});
