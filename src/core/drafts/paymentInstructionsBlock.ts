import { el, withLineBreaks, type HtmlNode } from './html';
import { fillPlain, fillTemplate } from './fillTemplate';
import { heading } from './dataTable';
import type { LetterContext } from './letterContext';
import type { PaymentInstruction } from './types';

export const WRONG_CURRENCY_ACCOUNT = 'Payment account currency differs from the amount to pay';

/** An IBAN in groups of four for reading aloud and copying: "DE89 3704 0044 0532 0130 00". */
export function groupIban(iban: string): string {
  return (
    iban
      .replace(/\s+/g, '')
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

function detailRow(label: string, value: readonly HtmlNode[] | string): HtmlNode {
  return el('tr', [
    el('th', { align: 'left' }, [label]),
    el('td', { align: 'left' }, typeof value === 'string' ? [value] : value),
  ]);
}

function instructionNodes(ctx: LetterContext, payment: PaymentInstruction): HtmlNode[] {
  const { account, amount } = payment;
  if (account.currency !== amount.currency) {
    throw new Error(`${WRONG_CURRENCY_ACCOUNT}: ${account.currency} and ${amount.currency}`);
  }
  const t = ctx.texts.payment;
  const rows = [
    detailRow(t.holder, account.holder),
    detailRow(t.bank, account.bank),
    ...(account.bankAddress?.trim()
      ? [detailRow(t.bankAddress, withLineBreaks(account.bankAddress))]
      : []),
    account.iban?.trim()
      ? detailRow(t.iban, groupIban(account.iban))
      : detailRow(t.accountNumber, account.accountNumber ?? ''),
    detailRow(t.swift, account.swift),
    ...(account.intermediary?.trim() ? [detailRow(t.intermediary, account.intermediary)] : []),
    detailRow(t.reference, [el('strong', [payment.reference])]),
    detailRow(t.charges, t.chargesWords[account.charges]),
  ];
  return [
    heading(fillPlain(t.title, { currency: amount.currency })),
    el(
      'p',
      fillTemplate(t.intro, {
        amount: { strong: ctx.money(amount) },
        deadline: { strong: ctx.deadline(payment.deadline) },
      }),
    ),
    el('table', { border: 1, cellpadding: 4 }, [el('tbody', rows)]),
  ];
}

/**
 * One section per currency of `input.payments`: holder, bank, IBAN in groups of four or account
 * number, SWIFT/BIC, intermediary, exact amount, reference, deadline with its zone, and charges.
 * Currencies listed in `missingAccounts` are never written (no account is ever invented).
 */
export function paymentInstructionsBlock(ctx: LetterContext): HtmlNode[] {
  const missing = new Set(ctx.input.missingAccounts.map((code) => code.toUpperCase()));
  return ctx.input.payments
    .filter((payment) => !missing.has(payment.amount.currency))
    .flatMap((payment) => instructionNodes(ctx, payment));
}
