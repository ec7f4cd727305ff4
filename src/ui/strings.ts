import type { CustomerReason, Stage, Tone } from '../core/model';

/**
 * Every string the sidebar shows, in one catalogue per UI language. Letter languages are separate:
 * they live in the engine's draft texts.
 */
export type UiStrings = {
  readonly appName: string;
  readonly loading: string;
  readonly noItem: string;
  readonly notInLedger: (address: string) => string;
  readonly addCustomer: string;
  readonly evidence: string;
  readonly confidence: (percent: number) => string;
  readonly otherCandidates: string;
  readonly linkTo: string;
  readonly linked: (name: string) => string;
  readonly summary: string;
  readonly openTotal: string;
  readonly overdueTotal: string;
  readonly oldestOverdue: (days: number) => string;
  readonly stage: string;
  readonly tone: string;
  readonly why: string;
  readonly customerReason: string;
  readonly reasonFrom: (evidence: string) => string;
  readonly nextStep: (date: string) => string;
  readonly invoices: string;
  readonly includeInvoice: (number: string) => string;
  readonly daysOverdue: (days: number) => string;
  readonly dueIn: (days: number) => string;
  readonly dueToday: string;
  readonly disputed: string;
  readonly paused: string;
  readonly draft: string;
  readonly letterLanguage: string;
  readonly blocks: string;
  readonly preview: string;
  readonly insertDraft: string;
  readonly insertPayment: string;
  readonly inserted: string;
  readonly replyOpened: string;
  /** The chase category is missing from the user's master list in Outlook. */
  readonly unknownCategory: (name: string) => string;
  readonly categoryFailed: (name: string, reason: string) => string;
  readonly log: string;
  readonly promise: string;
  readonly promiseDate: string;
  readonly dispute: string;
  readonly disputeReason: string;
  readonly paymentSent: string;
  readonly callLogged: string;
  readonly save: string;
  readonly logged: string;
  readonly errorTitle: string;
  readonly retry: string;
  readonly startTitle: string;
  readonly startIntro: string;
  readonly restoreBackup: string;
  readonly restoreHint: string;
  readonly loadSamples: string;
  readonly working: string;
  readonly viewsLabel: string;
  readonly views: Readonly<Record<'thread' | 'silent' | 'ledger' | 'settings', string>>;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly tones: Readonly<Record<Tone, string>>;
  readonly reasons: Readonly<Record<CustomerReason, string>>;
  readonly blockNames: Readonly<Record<string, string>>;
  readonly languages: Readonly<Record<string, string>>;
};

export const EN: UiStrings = {
  appName: 'Duly',
  loading: 'Reading the open message…',
  noItem: 'Open a message to see who it is from and what they owe.',
  notInLedger: (address) => `Not in your ledger: ${address}`,
  addCustomer: 'Add this customer',
  evidence: 'Matched by',
  confidence: (percent) => `${percent}% sure`,
  otherCandidates: 'Could also be',
  linkTo: 'Link this thread to',
  linked: (name) => `This thread is now linked to ${name}.`,
  summary: 'Summary',
  openTotal: 'Open',
  overdueTotal: 'Overdue',
  oldestOverdue: (days) => `oldest ${days} day${days === 1 ? '' : 's'} overdue`,
  stage: 'Stage',
  tone: 'Suggested tone',
  why: 'Why',
  customerReason: "Customer's reason",
  reasonFrom: (evidence) => `from: ${evidence}`,
  nextStep: (date) => `Next step on ${date}`,
  invoices: 'Open invoices',
  includeInvoice: (number) => `Include ${number} in the draft`,
  daysOverdue: (days) => `${days} day${days === 1 ? '' : 's'} overdue`,
  dueIn: (days) => `due in ${days} day${days === 1 ? '' : 's'}`,
  dueToday: 'due today',
  disputed: 'disputed',
  paused: 'paused',
  draft: 'Draft',
  letterLanguage: 'Letter language',
  blocks: 'Blocks',
  preview: 'Preview',
  insertDraft: 'Insert draft',
  insertPayment: 'Insert payment instructions',
  inserted: 'Inserted. The reminder is logged.',
  replyOpened: 'The reply is open with the draft. The reminder is logged.',
  unknownCategory: (name) =>
    `Outlook has no category named “${name}”: create it in Outlook (Categorize > All categories), or clear it in Settings.`,
  categoryFailed: (name, reason) => `Outlook did not tag the message “${name}”: ${reason}`,
  log: 'Log what the customer said',
  promise: 'Promise to pay',
  promiseDate: 'Promised date',
  dispute: 'Dispute',
  disputeReason: 'What is disputed',
  paymentSent: 'Payment sent',
  callLogged: 'Call or message',
  save: 'Save',
  logged: 'Logged.',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
  startTitle: 'Welcome to Duly',
  startIntro:
    'Your ledger is empty. Duly keeps it in this Outlook client on this machine only: nothing leaves it.',
  restoreBackup: 'Restore a backup',
  restoreHint: 'A duly-ledger JSON file exported from Duly or written by `duly import`.',
  loadSamples: 'Load the sample ledger',
  working: 'Working…',
  viewsLabel: 'Views',
  views: { thread: 'This thread', silent: 'Silent', ledger: 'Ledger', settings: 'Settings' },
  stages: {
    none: 'Nothing to chase',
    upcoming: 'Upcoming',
    due: 'Due',
    'follow-up': 'Follow-up',
    escalation: 'Escalation',
    stakes: 'Stakes',
    final: 'Final notice',
  },
  tones: { warm: 'Warm', neutral: 'Neutral', firm: 'Firm', urgent: 'Urgent', formal: 'Formal' },
  reasons: {
    none: 'No reason given',
    'not-received': 'Invoice not received',
    approval: 'Waiting for approval',
    'cash-flow': 'Cash-flow trouble',
    dispute: 'Quality dispute',
    'payment-sent': 'Says payment was sent',
    promise: 'Promised to pay',
    'out-of-office': 'Out of office',
    deliberate: 'Deliberate delay',
  },
  blockNames: {
    opening: 'Opening',
    inquiry: 'Inquiry',
    opportunity: 'Extending an opportunity',
    stakes: 'Expressing the stakes',
    closing: 'Closing',
    'payment-instructions': 'Payment instructions',
    'late-interest': 'Late-interest clause',
    'instalment-offer': 'Instalment offer',
    'apology-resolution': 'Apology and resolution',
    'invoice-table': 'Invoice table',
  },
  languages: {
    en: 'English',
    'zh-CN': '中文（简体）',
    es: 'Español',
    fr: 'Français',
    de: 'Deutsch',
    pt: 'Português',
  },
};

/** The thread view's catalogue for a UI language; Chinese is a separate chunk. */
export async function threadStringsFor(language: 'en' | 'zh-CN'): Promise<UiStrings> {
  return language === 'en' ? EN : (await import('./strings.zh-CN')).ZH_CN;
}
