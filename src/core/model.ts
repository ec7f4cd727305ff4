import type { CalendarDate } from './calendarDate';
import type { CurrencyCode, Money } from './money';

/** Identifiers are branded so a customer id cannot be passed where an invoice id belongs. */
export type CustomerId = string & { readonly __brand: 'CustomerId' };
export type InvoiceId = string & { readonly __brand: 'InvoiceId' };

/** Letter languages shipped with the block library; adding one is adding data in drafts/texts. */
export const LETTER_LANGUAGES = ['en', 'zh-CN', 'es', 'fr', 'de', 'pt'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Fields a file had that this version does not know: kept and written back, never dropped. */
export type Extra = Readonly<Record<string, unknown>>;

export type Contact = { readonly name: string; readonly email: string };

/** A buyer. `domains` are extra email domains beyond those of the contacts' addresses. */
export type Customer = {
  readonly id: CustomerId;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly language: LetterLanguage;
  /** IANA zone of the buyer, used when a deadline is stated to them. */
  readonly timeZone: string;
  readonly contacts: readonly Contact[];
  readonly domains: readonly string[];
  readonly paymentTermsDays?: number;
  /** Selects a stage policy from `Settings.policies`; the default policy otherwise. */
  readonly segment?: string;
  readonly creditHold?: boolean;
  readonly notes?: string;
  readonly extra?: Extra;
};

export const INVOICE_STATUSES = ['open', 'partly-paid', 'paid', 'disputed', 'written-off'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** Why chasing an invoice is paused, and until when (inclusive); no date means until lifted. */
export type Pause = {
  readonly reason: 'dispute' | 'promise' | 'payment-sent' | 'out-of-office' | 'manual';
  readonly until?: CalendarDate;
};

/** An invoice. `amount` and `paid` share the invoice currency; the amount due is their difference. */
export type Invoice = {
  readonly id: InvoiceId;
  readonly number: string;
  readonly customerId: CustomerId;
  readonly po?: string;
  readonly issueDate: CalendarDate;
  /** In the seller's time zone. */
  readonly dueDate: CalendarDate;
  readonly amount: Money;
  readonly paid: Money;
  readonly status: InvoiceStatus;
  readonly pause?: Pause;
  readonly extra?: Extra;
};

export const CHANNELS = ['email', 'phone', 'im', 'visit', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Direction = 'outbound' | 'inbound';

/**
 * What happened. `reminder` is any outbound chase; `reply` any real answer from the customer.
 * Out-of-office messages and bounces are never replies.
 */
export const EVENT_KINDS = [
  'reminder',
  'reply',
  'promise',
  'dispute',
  'payment-notice',
  'out-of-office',
  'bounce',
  'call',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STAGES = [
  'none',
  'upcoming',
  'due',
  'follow-up',
  'escalation',
  'stakes',
  'final',
] as const;
/** The collection ladder of DESIGN.md 4.2; `none` means nothing to chase. */
export type Stage = (typeof STAGES)[number];

export const TONES = ['warm', 'neutral', 'firm', 'urgent', 'formal'] as const;
export type Tone = (typeof TONES)[number];

export const REASONS = [
  'none',
  'not-received',
  'approval',
  'cash-flow',
  'dispute',
  'payment-sent',
  'promise',
  'out-of-office',
  'deliberate',
] as const;
/** The customer's reason for not paying (DESIGN.md 4.3). */
export type CustomerReason = (typeof REASONS)[number];

export const BLOCK_KINDS = [
  'opening',
  'inquiry',
  'opportunity',
  'stakes',
  'closing',
  'payment-instructions',
  'late-interest',
  'instalment-offer',
  'apology-resolution',
  'invoice-table',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** One entry of the contact log. `at` is an ISO 8601 instant with offset or Z. */
export type LedgerEvent = {
  /** Stable id when known (a message id, an import key); used to merge without duplicates. */
  readonly id?: string;
  readonly customerId: CustomerId;
  readonly at: string;
  readonly direction: Direction;
  readonly channel: Channel;
  readonly kind: EventKind;
  readonly threadId?: string;
  readonly messageId?: string;
  readonly invoiceIds: readonly InvoiceId[];
  readonly stage?: Stage;
  readonly blocks?: readonly BlockKind[];
  /** For `promise`: the date the customer promised to pay. */
  readonly promisedFor?: CalendarDate;
  /** For `out-of-office`: the date the contact is back. */
  readonly returnDate?: CalendarDate;
  /** For `dispute` and replies: the detected or chosen reason. */
  readonly reason?: CustomerReason;
  readonly note?: string;
  readonly extra?: Extra;
};

export type Charges = 'OUR' | 'SHA' | 'BEN';

/** A receiving account; exactly one of `iban` or `accountNumber` identifies it. */
export type BankAccount = {
  readonly currency: CurrencyCode;
  readonly holder: string;
  readonly bank: string;
  readonly bankAddress?: string;
  readonly iban?: string;
  readonly accountNumber?: string;
  readonly swift: string;
  readonly intermediary?: string;
  readonly charges: Charges;
  readonly extra?: Extra;
};

export type DayCount = 'actual/365' | 'actual/360' | '30/360';

/** Contractual late interest; simple interest from the due date plus `graceDays`. */
export type InterestTerms = {
  readonly ratePercent: number;
  readonly per: 'month' | 'year';
  readonly dayCount: DayCount;
  readonly graceDays: number;
  /** Statutory compensation stated alongside (EU 2011/7/EU or UK late-payment law); off by default. */
  readonly statutory?: 'none' | 'eu' | 'uk';
  /** Reference rate in percent for statutory interest (ECB or Bank of England base rate). */
  readonly referenceRatePercent?: number;
};

/** Day thresholds of the ladder, counted from the due date (upcoming: days before it). */
export type StagePolicy = {
  readonly upcomingDays: number;
  readonly followUpDays: number;
  readonly escalationDays: number;
  readonly stakesDays: number;
  readonly finalDays: number;
  /** Minimum days between two reminders; also how long an unanswered reminder waits before it pushes. */
  readonly minIntervalDays: number;
  /** Days without a reply after a reminder before a customer counts as silent. */
  readonly silenceDays: number;
};

export const DEFAULT_POLICY: StagePolicy = Object.freeze({
  upcomingDays: 3,
  followUpDays: 3,
  escalationDays: 7,
  stakesDays: 30,
  finalDays: 60,
  minIntervalDays: 3,
  silenceDays: 3,
});

export const DEFAULT_FREE_MAIL_DOMAINS: readonly string[] = Object.freeze([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.co.jp',
  'yahoo.fr',
  'yahoo.de',
  'yahoo.es',
  'yahoo.com.br',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sohu.com',
  'aliyun.com',
  'naver.com',
  'hanmail.net',
  'rediffmail.com',
  'zoho.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
]);

export type CompanySettings = {
  readonly name: string;
  /** The seller's IANA zone: due dates and "today" are calendar dates there. */
  readonly timeZone: string;
  readonly signature: string;
};

/** Everything the user configures. Part of the backup. */
export type Settings = {
  readonly company: CompanySettings;
  readonly bankAccounts: readonly BankAccount[];
  readonly interest?: InterestTerms;
  readonly policy: StagePolicy;
  /** Per-segment overrides of the policy. */
  readonly policies?: Readonly<Record<string, StagePolicy>>;
  readonly freeMailDomains: readonly string[];
  readonly languages: readonly LetterLanguage[];
  /** Time of day (seller's zone) a stated deadline falls at. */
  readonly deadlineTime: { readonly hour: number; readonly minute: number };
  /**
   * Units of one base currency per one major unit of each currency, set by the user, so the
   * silent list ranks money at risk across currencies; without them it ranks within currencies.
   */
  readonly rates?: Readonly<Record<string, number>>;
  /**
   * An Outlook category (from the user's master list) that Duly adds to the messages it chases;
   * absent: off. Trimmed, 1 to 255 characters, no control characters (see outlookCategory.ts).
   */
  readonly outlookCategory?: string;
  readonly extra?: Extra;
};

/** The whole ledger in memory, as the `duly-ledger` file holds it. */
export type Ledger = {
  readonly settings: Settings;
  readonly customers: readonly Customer[];
  readonly invoices: readonly Invoice[];
  readonly events: readonly LedgerEvent[];
  readonly extra?: Extra;
};

/** A message as the mail host sees it. `compose` is a window the user is writing. */
export type MailItem = {
  readonly direction: 'inbound' | 'outbound' | 'compose';
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  /** Plain text of the body (hosts extract it from HTML). */
  readonly body: string;
  /** ISO 8601 instant; absent while the message is being composed. */
  readonly receivedAt?: string;
  readonly threadId?: string;
  readonly messageId?: string;
};
