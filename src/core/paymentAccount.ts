import { bicProblem } from './bic';
import { ibanProblem } from './iban';
import type { BankAccount, Charges } from './model';
import { isCurrencyCode, type CurrencyCode } from './money';

/** The account chosen for a currency, or the plain-words reason there is none. */
export type AccountChoice =
  | { readonly ok: true; readonly account: BankAccount }
  | { readonly ok: false; readonly message: string };

/** A field of a bank account that cannot be used, in plain words, for the settings form. */
export type BankAccountProblem = { readonly field: keyof BankAccount; readonly message: string };

export const CHARGES: readonly Charges[] = ['OUR', 'SHA', 'BEN'];

/** At most 34 characters identify an account in SWIFT and ISO 20022 messages. */
export const MAX_ACCOUNT_NUMBER_LENGTH = 34;

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/**
 * Lists what is wrong with a bank account (empty when it is usable), run when settings are saved:
 * known currency, holder and bank named, exactly one of IBAN (ISO 13616) or account number,
 * SWIFT/BIC of ISO 9362 shape, and who bears the charges.
 */
export function bankAccountProblems(account: BankAccount): BankAccountProblem[] {
  const problems: BankAccountProblem[] = [];
  const add = (field: keyof BankAccount, message: string) => problems.push({ field, message });
  if (typeof account.currency !== 'string' || !isCurrencyCode(account.currency)) {
    add(
      'currency',
      `"${String(account.currency ?? '')}" is not an ISO 4217 currency code, such as EUR or USD.`,
    );
  }
  if (isBlank(account.holder)) add('holder', "The account holder's name is missing.");
  if (isBlank(account.bank)) add('bank', "The bank's name is missing.");

  const hasIban = !isBlank(account.iban);
  const hasNumber = !isBlank(account.accountNumber);
  if (!hasIban && !hasNumber)
    add('iban', 'Give the IBAN or, where there is none, the account number.');
  if (hasIban && hasNumber)
    add('accountNumber', 'Give either the IBAN or the account number, not both.');
  if (hasIban) {
    const problem = ibanProblem(account.iban ?? '');
    if (problem) add('iban', problem);
  }
  if (hasNumber) {
    const number = (account.accountNumber ?? '').trim();
    if (!/^[A-Za-z0-9 ./-]+$/.test(number) || !/\d/.test(number)) {
      add(
        'accountNumber',
        'An account number has digits, and may have letters, spaces, dots, hyphens or slashes.',
      );
    } else if (number.replace(/[ ./-]/g, '').length > MAX_ACCOUNT_NUMBER_LENGTH) {
      add(
        'accountNumber',
        `An account number has at most ${MAX_ACCOUNT_NUMBER_LENGTH} letters and digits.`,
      );
    }
  }

  if (isBlank(account.swift)) add('swift', 'The SWIFT/BIC code is missing.');
  else {
    const problem = bicProblem(account.swift);
    if (problem) add('swift', problem);
  }
  if (!CHARGES.includes(account.charges)) {
    add('charges', 'Say who bears the bank charges: OUR (you), SHA (shared) or BEN (the buyer).');
  }
  return problems;
}

/**
 * The account to quote for payments in `currency`: the first usable one of that currency. Never an
 * account of another currency; when there is none, a refusal in plain words naming the currency.
 */
export function accountFor(
  accounts: readonly BankAccount[],
  currency: CurrencyCode,
): AccountChoice {
  const sameCurrency = accounts.filter((a) => a.currency === currency);
  const usable = sameCurrency.find((a) => bankAccountProblems(a).length === 0);
  if (usable) return { ok: true, account: usable };
  const first = sameCurrency[0];
  if (first) {
    const problem = bankAccountProblems(first)[0];
    return {
      ok: false,
      message: `The bank account for ${currency} in your settings needs fixing before sending payment instructions: ${problem?.message ?? ''}`,
    };
  }
  return {
    ok: false,
    message: `No bank account for ${currency} in your settings: add one before sending payment instructions.`,
  };
}
