import type { CalendarDate } from '../calendarDate';
import type { Money } from '../money';
import type {
  BankAccount,
  BlockKind,
  CompanySettings,
  CustomerReason,
  InterestTerms,
  InvoiceStatus,
  LetterLanguage,
  Stage,
  Tone,
} from '../model';

/** One row of an invoice table in a letter. */
export type InvoiceLine = {
  readonly number: string;
  readonly po?: string;
  readonly issueDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly amountDue: Money;
  /** Negative before the due date. */
  readonly daysOverdue: number;
  readonly status: InvoiceStatus;
};

/** A deadline as stated to the buyer: a date and time of day in a named zone. */
export type Deadline = {
  readonly date: CalendarDate;
  readonly hour: number;
  readonly minute: number;
  readonly timeZone: string;
};

/** Payment instructions for one currency: the account chosen for it and what to pay. */
export type PaymentInstruction = {
  readonly account: BankAccount;
  readonly amount: Money;
  /** What the buyer quotes on the transfer, e.g. the invoice numbers. */
  readonly reference: string;
  readonly deadline: Deadline;
};

/** Late interest computed on one invoice (see interest.ts); stated, never booked. */
export type InterestQuote = {
  readonly invoiceNumber: string;
  readonly terms: InterestTerms;
  /** First day interest runs (due date + grace), and the day it is computed to. */
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  readonly principal: Money;
  readonly amount: Money;
  /** Statutory fixed compensation, when the terms ask for it. */
  readonly compensation?: Money;
};

/** An instalment plan offered to a customer with cash-flow trouble. */
export type InstalmentPlan = {
  readonly parts: readonly { readonly date: CalendarDate; readonly amount: Money }[];
};

/** Everything a letter needs, already decided: the draft composer only writes. */
export type DraftInput = {
  readonly language: LetterLanguage;
  readonly stage: Stage;
  readonly tone: Tone;
  readonly reason: CustomerReason;
  /** Blocks in letter order; the composer writes exactly these. */
  readonly blocks: readonly BlockKind[];
  readonly company: CompanySettings;
  readonly customerName: string;
  readonly contactName?: string;
  readonly upcoming: readonly InvoiceLine[];
  readonly overdue: readonly InvoiceLine[];
  /** One per currency owed. Currencies without an account are listed in `missingAccounts`. */
  readonly payments: readonly PaymentInstruction[];
  readonly missingAccounts: readonly string[];
  readonly interest: readonly InterestQuote[];
  readonly instalments?: InstalmentPlan;
  /** Reminders already sent for these invoices, and the date of the first. */
  readonly remindersSent: number;
  readonly firstReminderOn?: CalendarDate;
  /** A promise the customer made, and whether it was broken. */
  readonly promisedFor?: CalendarDate;
  readonly promiseBroken?: boolean;
  /** The date a reply or payment is asked for, stated with its zone. */
  readonly replyBy: Deadline;
};

/** A letter ready to insert: every interpolated value escaped in `html`; `text` is the plain version. */
export type Draft = {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
};
