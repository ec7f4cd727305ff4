import type { LetterTexts } from './letterTexts';

/** English letters (British conventions: day month year). */
export const EN: LetterTexts = {
  locale: 'en-GB',
  lowercaseAfterGreeting: false,
  listSeparator: ', ',
  days: { one: '{n} day', other: '{n} days' },
  times: { one: 'once', other: '{n} times' },
  subject: {
    none: 'Account statement: {invoices}',
    upcoming: 'Upcoming payment: {invoices}',
    due: 'Payment reminder: {invoices}',
    'follow-up': 'Overdue payment: {invoices}',
    escalation: 'Overdue payment, your reply needed: {invoices}',
    stakes: 'Urgent, overdue account: {invoices}',
    final: 'Final notice: {invoices}',
  },
  subjectMore: '{invoices} and {count} more',
  paymentSubject: 'Payment details: {invoices}',
  greeting: { contact: 'Dear {name},', company: 'Dear Accounts Payable team at {name},' },
  opening: {
    upcoming:
      'I hope all is well. Ahead of the due date, here is a short note about the invoices below, so that everything is ready on your side for payment.',
    byTone: {
      warm: {
        first:
          'I hope all is well. This is a friendly reminder that payment of the invoices below is now due.',
        again:
          'I hope all is well. Following my message of {firstReminder}, this is a friendly reminder that payment of the invoices below is now due.',
      },
      neutral: {
        first: 'According to our records, the invoices below are now past due and remain unpaid.',
        again:
          'We again call your attention to the following invoices, about which we first wrote to you on {firstReminder}. According to our records, they remain unpaid.',
      },
      firm: {
        first:
          'The invoices below are now past due, and we have received neither the payment nor any word about it.',
        again:
          'We again call your attention to the following invoices. Despite our reminders since {firstReminder}, the balance remains unpaid.',
      },
      urgent: {
        first:
          'The invoices below are now seriously overdue, and the matter needs your immediate attention.',
        again:
          'We have written to you {reminders} since {firstReminder} about the invoices below, and the balance remains unpaid. The matter now needs your immediate attention.',
      },
      formal: {
        first:
          'This letter is our final notice regarding the invoices below, which remain unpaid well beyond their due dates.',
        again:
          'This letter is our final notice regarding the invoices below. We have written to you {reminders} since {firstReminder}, and the balance remains unpaid.',
      },
    },
    reason: {
      none: '',
      'not-received': 'Thank you for letting us know that our invoices did not reach you.',
      approval:
        'Thank you for letting us know that the invoices are going through your approval process.',
      'cash-flow':
        'Thank you for telling us openly about your cash-flow situation; we appreciate it.',
      dispute: 'Thank you for your message about the problem you found with our delivery.',
      'payment-sent': 'Thank you for letting us know that the payment has been sent.',
      promise: 'Thank you for your message and for letting us know when payment will be made.',
      'out-of-office': 'Welcome back; I hope your time away went well.',
      deliberate:
        'Several of our reminders have gone unanswered, and the payment dates we were given have passed.',
    },
    promiseBroken:
      'You let us know that payment would be made by {promisedDate}. That date has now passed and we have not received the payment.',
  },
  inquiry: {
    upcoming:
      'Could you confirm that the invoices have reached you and are scheduled for payment on their due date? If anything is missing, such as a copy, a purchase order number or a delivery note, just let me know and I will send it straight away.',
    byTone: {
      warm: 'Could you let me know when we can expect the payment? If anything is holding it up, or if you need a copy of any document, I am happy to help.',
      neutral:
        'Please let us know why the balance has not been cleared, and the date on which we can expect payment.',
      firm: 'Please let us know why the balance has not been cleared, and arrange payment of {total} by {replyBy}. If the payment is already on its way, please send us the remittance details.',
      urgent:
        'Please arrange payment of {total} by {replyBy}, or call us before then to agree how the balance will be settled.',
      formal: 'We ask that the full balance of {total} be paid by {replyBy}.',
    },
    reason: {
      'not-received':
        'We attach the invoices to this message again. Could you confirm that they have now reached you, and let us know when payment is scheduled?',
      approval:
        'Could you let us know where the invoices stand in your approval process, and on which date payment is planned once they are approved? If the approver needs any document from us, I will gladly send it.',
      'cash-flow':
        'Could you let us know how much you are able to pay now, and by which dates you expect to clear the rest?',
      dispute:
        'Could you send us the details, such as the quantities concerned, photos or batch numbers, so that we can settle it quickly?',
      'payment-sent':
        "Could you send us a copy of the remittance (the SWIFT MT103 or your bank's transfer confirmation)? It lets us trace the payment with our bank, and we will hold further reminders until it arrives.",
      promise:
        'We note that payment will be made by {promisedDate} and will look out for it; we will not send further reminders before then.',
      'out-of-office':
        'Now that you are back, could you let us know when payment of the invoices below is planned?',
    },
    promiseBroken:
      'Please let us know what has happened, and confirm by {replyBy} the date on which the payment will be made.',
    deliberate: {
      intro: 'To settle this matter, we ask you to take the following steps:',
      steps: [
        'By {replyBy}, confirm to us in writing the date on which the overdue balance of {total} will be paid.',
        'Make the payment on that date, quoting the invoice numbers as the reference.',
        'If any part of the balance is disputed, tell us which invoice and why, so that the rest can be paid without delay.',
      ],
      next: 'If we have neither the payment nor your answer by {replyBy}, we will move the account to the next step of our collection procedure.',
    },
  },
  opportunity: {
    warm: 'If it would help to pay in two parts or on a slightly later date, just let me know; we can certainly find an arrangement.',
    neutral:
      'If paying the full amount at once is difficult, please tell us: we can agree on a new date, accept a partial payment now with the rest on a dated schedule, or arrange a short call to discuss it.',
    firm: 'If paying the full amount at once is difficult, we are open to a solution: a new payment date, a partial payment now with the rest on a dated schedule, or a call to agree on the next steps. Please reply by {replyBy} so that we can set it up.',
    urgent:
      'There is still time to settle this together. If you cannot pay the full amount now, call us or reply by {replyBy} with a proposal, such as a partial payment with dated instalments or a firm payment date, and we will consider it seriously.',
    formal:
      'Should you wish to propose a payment arrangement, we remain willing to discuss it, provided that we receive your proposal by {replyBy}.',
  },
  stakes: {
    warm: 'Keeping the account up to date helps us keep your orders moving without any interruption.',
    neutral:
      'An account kept up to date allows us to continue offering you our usual credit terms and delivery schedule.',
    firm: 'While these invoices remain unpaid, our credit department may need to hold new orders and scheduled shipments until the account is brought up to date. We would much rather avoid that, and a payment or a firm payment date from you is all it takes.',
    urgent:
      'I am sure it is not your intention to ignore past due notices at the expense of your credit standing. With the balance now {maxDays} past due, your account is under review for a credit hold: until it is settled, new orders may have to be paid in advance and your credit terms may be withdrawn.',
    formal:
      'If the balance is not paid, and no arrangement has been agreed, by {replyBy}, we will hold all further deliveries and refer the matter for formal recovery, which may include a collection agency or legal proceedings. We would much prefer to resolve it directly with you.',
  },
  closing: {
    warm: 'Thank you very much for your help, and do not hesitate to contact me with any question.',
    neutral:
      'Thank you in advance for your reply. We are counting on your cooperation in making a prompt payment.',
    firm: 'We are counting on your cooperation in making a prompt payment, and we look forward to hearing from you by {replyBy}.',
    urgent:
      'Please give this matter your immediate attention. We are counting on your cooperation in making a prompt payment.',
    formal:
      'We would much prefer to close this matter with you directly, and we await your payment or your reply by {replyBy}.',
  },
  signOff: {
    warm: 'Kind regards,',
    neutral: 'Kind regards,',
    firm: 'Regards,',
    urgent: 'Yours sincerely,',
    formal: 'Yours sincerely,',
  },
  invoiceTable: {
    upcomingTitle: 'Invoices falling due soon',
    dueTitle: 'Invoices now due',
    overdueTitle: 'Overdue invoices',
    number: 'Invoice',
    po: 'PO',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    daysOverdue: 'Days overdue',
    dueIn: 'Due in (days)',
    amountDue: 'Amount due',
    total: 'Total {currency}',
    none: '—',
  },
  payment: {
    title: 'Payment details ({currency})',
    intro: 'Please transfer {amount} to the account below by {deadline}.',
    holder: 'Account holder',
    bank: 'Bank',
    bankAddress: 'Bank address',
    iban: 'IBAN',
    accountNumber: 'Account number',
    swift: 'SWIFT/BIC',
    intermediary: 'Intermediary bank',
    reference: 'Reference to quote',
    charges: 'Bank charges',
    chargesWords: {
      OUR: 'All charges paid by you (OUR), so that the full amount reaches us',
      SHA: 'Shared (SHA): you pay your bank’s charges, we pay ours',
      BEN: 'All charges borne by us as beneficiary (BEN)',
    },
  },
  interest: {
    method:
      'Under our terms of sale, overdue amounts bear simple interest at {rate} per {period} from {start}, calculated on the {dayCount} basis.',
    perMonth: 'month',
    perYear: 'year',
    dayCount: {
      'actual/365': 'actual/365 (actual days elapsed, 365-day year)',
      'actual/360': 'actual/360 (actual days elapsed, 360-day year)',
      '30/360': '30/360 (30-day months, 360-day year)',
    },
    fromDueDate: 'the due date',
    afterGrace: 'the end of a grace period of {days} after the due date',
    statutory: {
      eu: 'The table also shows the fixed compensation for recovery costs provided for by EU Directive 2011/7/EU on combating late payment.',
      uk: 'The table also shows the fixed compensation provided for by the Late Payment of Commercial Debts (Interest) Act 1998.',
    },
    statutoryMethod: {
      eu: 'Under EU Directive 2011/7/EU on combating late payment, overdue amounts bear simple interest at {rate} per year, the ECB reference rate of {reference} plus {margin} percentage points, from {start}, calculated on the {dayCount} basis.',
      uk: 'Under the Late Payment of Commercial Debts (Interest) Act 1998, overdue amounts bear simple interest at {rate} per year, the Bank of England base rate of {reference} plus {margin} percentage points, from {start}, calculated on the {dayCount} basis.',
    },
    compensationOmitted: {
      eu: 'The fixed compensation for recovery costs under the Directive is set in {currency}; it is not stated for invoices in other currencies.',
      uk: 'The fixed compensation under the Act is set in {currency}; it is not stated for invoices in other currencies.',
    },
    invoice: 'Invoice',
    principal: 'Amount due',
    from: 'From',
    to: 'To',
    days: 'Days',
    amount: 'Interest',
    compensation: 'Compensation',
    total: 'Total {currency}',
    notCharged:
      'These amounts are stated for your information; they have not been charged to your account.',
  },
  instalment: {
    intro:
      'To make this easier, we can offer to spread the balance over the following instalments:',
    part: 'Instalment',
    date: 'Date',
    amount: 'Amount',
    total: 'Total {currency}',
    confirm:
      'If this plan suits you, please confirm by {replyBy}. Each instalment should reach us by the date shown; please tell us in good time if a date becomes difficult.',
    noPlan:
      'If it helps, we are open to spreading the balance over several dated instalments. Please propose dates and amounts by {replyBy}, and we will do our best to agree.',
  },
  apology: {
    apology: 'Please accept our apologies for the trouble this has caused you.',
    resolution:
      'We are looking into it with our team now, and once we have the details we will put it right in the way that suits you best: a replacement, a credit note or a price adjustment.',
    pausedSome:
      'While we resolve this, we have paused our reminders for {invoices}. The other invoices are not affected and remain due as shown.',
    pausedEvery: 'While we resolve this, we have paused our reminders for {invoices}.',
    pausedUnknown:
      'While we resolve this, we have paused our reminders for the invoices concerned.',
  },
};
