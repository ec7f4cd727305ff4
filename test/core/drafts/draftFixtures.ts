import { calendarDate } from '../../../src/core/calendarDate';
import { currencyCode, money } from '../../../src/core/money';
import type { BankAccount, BlockKind } from '../../../src/core/model';
import { BLOCK_KINDS } from '../../../src/core/model';
import type {
  DraftInput,
  InterestQuote,
  InvoiceLine,
  PaymentInstruction,
} from '../../../src/core/drafts/types';

export const d = calendarDate;

export function line(overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  return {
    number: 'INV-1043',
    po: 'PO-7781',
    issueDate: d('2026-05-01'),
    dueDate: d('2026-05-31'),
    amountDue: money(1_234_567, 'USD'),
    daysOverdue: 31,
    status: 'open',
    ...overrides,
  };
}

export function account(overrides: Partial<BankAccount> = {}): BankAccount {
  return {
    currency: currencyCode('USD'),
    holder: 'Duly Trading Ltd',
    bank: 'First Harbour Bank',
    bankAddress: '1 Quay Street\nLondon EC1A 1AA',
    iban: 'GB29NWBK60161331926819',
    swift: 'NWBKGB2L',
    intermediary: 'Citibank N.A., New York (CITIUS33)',
    charges: 'OUR',
    ...overrides,
  };
}

export function payment(overrides: Partial<PaymentInstruction> = {}): PaymentInstruction {
  return {
    account: account(),
    amount: money(1_234_567, 'USD'),
    reference: 'INV-1043',
    deadline: { date: d('2026-07-05'), hour: 17, minute: 0, timeZone: 'Asia/Shanghai' },
    ...overrides,
  };
}

export function quote(overrides: Partial<InterestQuote> = {}): InterestQuote {
  return {
    invoiceNumber: 'INV-1043',
    terms: { ratePercent: 1.5, per: 'month', dayCount: 'actual/365', graceDays: 0 },
    from: d('2026-05-31'),
    to: d('2026-07-01'),
    days: 31,
    principal: money(1_234_567, 'USD'),
    amount: money(18_848, 'USD'),
    ...overrides,
  };
}

export const ALL_BLOCKS: readonly BlockKind[] = BLOCK_KINDS;

/** A letter with one overdue and one upcoming invoice, every block, and every optional value. */
export function input(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    language: 'en',
    stage: 'follow-up',
    tone: 'neutral',
    reason: 'none',
    blocks: ALL_BLOCKS,
    company: {
      name: 'Duly Trading Ltd',
      timeZone: 'Europe/London',
      signature: 'Maria Lopez\nCredit Controller',
    },
    customerName: 'Harbour Foods S.A.',
    contactName: 'Ana Ruiz',
    overdue: [line()],
    upcoming: [
      line({
        number: 'INV-1101',
        po: undefined,
        issueDate: d('2026-06-10'),
        dueDate: d('2026-07-10'),
        amountDue: money(50_000, 'USD'),
        daysOverdue: -9,
      }),
    ],
    payments: [payment({ amount: money(1_284_567, 'USD'), reference: 'INV-1043, INV-1101' })],
    missingAccounts: [],
    interest: [quote()],
    instalments: {
      parts: [
        { date: d('2026-07-15'), amount: money(642_284, 'USD') },
        { date: d('2026-08-15'), amount: money(642_283, 'USD') },
      ],
    },
    remindersSent: 2,
    firstReminderOn: d('2026-06-03'),
    promisedFor: d('2026-06-20'),
    replyBy: { date: d('2026-07-08'), hour: 17, minute: 0, timeZone: 'Asia/Shanghai' },
    ...overrides,
  };
}
