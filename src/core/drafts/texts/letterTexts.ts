import type { Charges, CustomerReason, DayCount, Stage, Tone } from '../../model';

/** A count phrase by plural category of `Intl.PluralRules` ("{n} day" / "{n} days"); other covers few/many. */
export type Plural = { readonly one: string; readonly other: string };

/** One text per tone. */
export type ByTone<T = string> = Readonly<Record<Tone, T>>;

/** Reasons with their own ask in the inquiry block; `deliberate` has its step list instead. */
export type ReasonWithAsk = Exclude<CustomerReason, 'none' | 'deliberate'>;

/**
 * Every word of a letter in one language. Each language file is typed by this, so a missing key is
 * a compile error. `{name}` placeholders are filled by the composer; the values it knows are listed
 * in drafts/README.md. Texts are plain words: never markup.
 */
export type LetterTexts = {
  /** BCP 47 locale for dates, amounts and numbers (en letters use en-GB: day month year). */
  readonly locale: string;
  /** German style: the paragraph after a greeting ending in a comma starts in lower case. */
  readonly lowercaseAfterGreeting: boolean;
  /** Between invoice numbers in a list (", " or "、"). */
  readonly listSeparator: string;
  /** "{n} days". */
  readonly days: Plural;
  /** "{n} times" (reminders written). */
  readonly times: Plural;
  /** Subject per stage; `{invoices}` is the list of invoice numbers. */
  readonly subject: Readonly<Record<Stage, string>>;
  /** The invoice list in a subject when it is cut: `{invoices}` and `{count}` more. */
  readonly subjectMore: string;
  /** Subject of a payment-instructions-only insert. */
  readonly paymentSubject: string;
  /** `{name}`: the contact's name, or the customer's when no contact is known. */
  readonly greeting: { readonly contact: string; readonly company: string };
  readonly opening: {
    /** Before the due date (stages none and upcoming), whatever the tone. */
    readonly upcoming: string;
    /** `again` is used when reminders were sent and the first one's date `{firstReminder}` is known. */
    readonly byTone: ByTone<{ readonly first: string; readonly again: string }>;
    /** Acknowledges the customer's last message; empty for none. */
    readonly reason: Readonly<Record<CustomerReason, string>>;
    /** Replaces the reason sentence when the promise to pay by `{promisedDate}` was broken. */
    readonly promiseBroken: string;
  };
  readonly inquiry: {
    readonly upcoming: string;
    readonly byTone: ByTone;
    readonly reason: Readonly<Record<ReasonWithAsk, string>>;
    readonly promiseBroken: string;
    /** The rights-protection path: calm, step by step, and what comes next. */
    readonly deliberate: {
      readonly intro: string;
      readonly steps: readonly string[];
      readonly next: string;
    };
  };
  /** A way out: a new date, a partial payment, a call. */
  readonly opportunity: ByTone;
  /** What is at stake, by tone: never a threat, always what comes next. */
  readonly stakes: ByTone;
  readonly closing: ByTone;
  /** The line before the signature ("Kind regards,"); may hold a line break (此致 / 敬礼). */
  readonly signOff: ByTone;
  readonly invoiceTable: {
    readonly upcomingTitle: string;
    /** Title of the second table when nothing in it is past its due date yet. */
    readonly dueTitle: string;
    readonly overdueTitle: string;
    readonly number: string;
    readonly po: string;
    readonly issueDate: string;
    readonly dueDate: string;
    readonly daysOverdue: string;
    /** Column of the upcoming table: days until the due date. */
    readonly dueIn: string;
    readonly amountDue: string;
    /** Totals row label; `{currency}`. */
    readonly total: string;
    /** An empty cell (no PO). */
    readonly none: string;
  };
  readonly payment: {
    /** `{currency}`. */
    readonly title: string;
    /** `{amount}`, `{deadline}`. */
    readonly intro: string;
    readonly holder: string;
    readonly bank: string;
    readonly bankAddress: string;
    readonly iban: string;
    readonly accountNumber: string;
    readonly swift: string;
    readonly intermediary: string;
    readonly reference: string;
    readonly charges: string;
    readonly chargesWords: Readonly<Record<Charges, string>>;
  };
  readonly interest: {
    /** `{rate}`, `{period}`, `{dayCount}`, `{start}`. */
    readonly method: string;
    readonly perMonth: string;
    readonly perYear: string;
    readonly dayCount: Readonly<Record<DayCount, string>>;
    readonly fromDueDate: string;
    /** `{days}`. */
    readonly afterGrace: string;
    readonly statutory: { readonly eu: string; readonly uk: string };
    /** The method of statutory interest: `{rate}` per year, `{reference}` rate + `{margin}` points, `{start}`, `{dayCount}`. */
    readonly statutoryMethod: { readonly eu: string; readonly uk: string };
    /** The fixed compensation left out of the table for other currencies: `{currency}` it is set in. */
    readonly compensationOmitted: { readonly eu: string; readonly uk: string };
    readonly invoice: string;
    readonly principal: string;
    readonly from: string;
    readonly to: string;
    readonly days: string;
    readonly amount: string;
    readonly compensation: string;
    readonly total: string;
    readonly notCharged: string;
  };
  readonly instalment: {
    readonly intro: string;
    readonly part: string;
    readonly date: string;
    readonly amount: string;
    readonly total: string;
    readonly confirm: string;
    /** When no plan was computed: an open offer. */
    readonly noPlan: string;
  };
  readonly apology: {
    readonly apology: string;
    readonly resolution: string;
    /** Some invoices disputed, others still due: `{invoices}`. */
    readonly pausedSome: string;
    /** Every invoice in the letter is disputed: `{invoices}`. */
    readonly pausedEvery: string;
    /** No invoice is marked disputed. */
    readonly pausedUnknown: string;
  };
};
