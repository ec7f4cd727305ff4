import { compactBic } from '../../core/bic';
import { compactIban, formatIban, isValidIban } from '../../core/iban';
import type {
  BankAccount,
  Charges,
  DayCount,
  InterestTerms,
  LetterLanguage,
  Settings,
  StagePolicy,
} from '../../core/model';
import { isCurrencyCode, type CurrencyCode } from '../../core/money';
import type { Statutory } from './strings';

/** The fields of a stage policy, in the order of the ladder. */
export const POLICY_FIELDS = [
  'upcomingDays',
  'followUpDays',
  'escalationDays',
  'stakesDays',
  'finalDays',
  'minIntervalDays',
  'silenceDays',
] as const satisfies readonly (keyof StagePolicy)[];
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** A bank account as typed: every field text; `key` tells accounts apart while editing. */
export type AccountDraft = {
  readonly key: string;
  readonly currency: string;
  readonly holder: string;
  readonly bank: string;
  readonly bankAddress: string;
  /** Which of IBAN or account number identifies the account; the other one is not saved. */
  readonly identifier: 'iban' | 'accountNumber';
  readonly iban: string;
  readonly accountNumber: string;
  readonly swift: string;
  readonly intermediary: string;
  readonly charges: Charges | '';
  /** The account as loaded, so fields this version does not know (`extra`) are written back. */
  readonly loaded?: BankAccount;
};

export type PolicyDraft = Readonly<Record<PolicyField, string>> & {
  readonly loaded?: StagePolicy;
};

export type InterestDraft = {
  readonly on: boolean;
  readonly rate: string;
  readonly per: 'month' | 'year';
  readonly dayCount: DayCount;
  readonly graceDays: string;
  readonly statutory: Statutory;
  readonly referenceRate: string;
};

/** The settings as the form holds them: text as typed, converted by {@link settingsOf}. */
export type SettingsDraft = {
  readonly companyName: string;
  readonly signature: string;
  readonly timeZone: string;
  /** "HH:MM". */
  readonly deadlineTime: string;
  /** The Outlook category for chased messages as typed; blank: off. */
  readonly outlookCategory: string;
  readonly accounts: readonly AccountDraft[];
  readonly interest: InterestDraft;
  readonly policy: PolicyDraft;
  readonly segments: readonly { readonly segment: string; readonly policy: PolicyDraft }[];
  /** One domain per line. */
  readonly freeMail: string;
  /** One "CODE rate" per line (Settings.rates). */
  readonly rates: string;
  readonly languages: readonly LetterLanguage[];
};

const DEFAULT_INTEREST: InterestDraft = {
  on: false,
  rate: '',
  per: 'month',
  dayCount: 'actual/365',
  graceDays: '0',
  statutory: 'none',
  referenceRate: '',
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A loaded account as a draft; a valid IBAN is shown in groups of four. */
export function accountDraftOf(account: BankAccount, key: string): AccountDraft {
  const iban = account.iban ?? '';
  return {
    key,
    currency: account.currency,
    holder: account.holder,
    bank: account.bank,
    bankAddress: account.bankAddress ?? '',
    identifier:
      account.iban === undefined && account.accountNumber !== undefined ? 'accountNumber' : 'iban',
    iban: isValidIban(iban) ? formatIban(iban) : iban,
    accountNumber: account.accountNumber ?? '',
    swift: account.swift,
    intermediary: account.intermediary ?? '',
    charges: account.charges,
    loaded: account,
  };
}

/** A new, empty account for `currency` (may be ''). */
export function emptyAccountDraft(key: string, currency = ''): AccountDraft {
  return {
    key,
    currency,
    holder: '',
    bank: '',
    bankAddress: '',
    identifier: 'iban',
    iban: '',
    accountNumber: '',
    swift: '',
    intermediary: '',
    charges: 'SHA',
  };
}

function policyDraftOf(policy: StagePolicy): PolicyDraft {
  const fields = Object.fromEntries(POLICY_FIELDS.map((f) => [f, String(policy[f])]));
  return { ...(fields as Record<PolicyField, string>), loaded: policy };
}

/** The form's starting point for `settings`. */
export function draftOf(settings: Settings): SettingsDraft {
  const interest = settings.interest;
  return {
    companyName: settings.company.name,
    signature: settings.company.signature,
    timeZone: settings.company.timeZone,
    deadlineTime: `${pad2(settings.deadlineTime.hour)}:${pad2(settings.deadlineTime.minute)}`,
    outlookCategory: settings.outlookCategory ?? '',
    accounts: settings.bankAccounts.map((a, i) => accountDraftOf(a, `account-${i}`)),
    interest: interest
      ? {
          on: true,
          rate: String(interest.ratePercent),
          per: interest.per,
          dayCount: interest.dayCount,
          graceDays: String(interest.graceDays),
          statutory: interest.statutory ?? 'none',
          referenceRate:
            interest.referenceRatePercent === undefined
              ? ''
              : String(interest.referenceRatePercent),
        }
      : DEFAULT_INTEREST,
    policy: policyDraftOf(settings.policy),
    segments: Object.entries(settings.policies ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([segment, policy]) => ({ segment, policy: policyDraftOf(policy) })),
    freeMail: settings.freeMailDomains.join('\n'),
    rates: Object.entries(settings.rates ?? {})
      .map(([code, rate]) => `${code} ${rate}`)
      .join('\n'),
    languages: settings.languages,
  };
}

/** "1.5" or "1,5" (either decimal mark) as a number; NaN for anything else. */
export function parseDecimal(text: string, allowNegative = false): number {
  const t = text.trim();
  const pattern = allowNegative ? /^-?\d+(?:[.,]\d+)?$/ : /^\d+(?:[.,]\d+)?$/;
  return pattern.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

/** A whole number of days ("0", "30") as a number; NaN for anything else. */
export function parseDays(text: string): number {
  const t = text.trim();
  const n = /^\d{1,5}$/.test(t) ? Number(t) : Number.NaN;
  return n;
}

/** "17:00" as hour and minute, or undefined when it is not a time of day. */
export function parseClock(text: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** The free-mail list as typed: domains (lower case, no "@", no repeats) and the lines that are not. */
export function domainLines(text: string): {
  readonly domains: string[];
  readonly lines: readonly { readonly line: number; readonly text: string }[];
} {
  const domains: string[] = [];
  const lines: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const domain = raw.trim().replace(/^@/, '').toLowerCase();
    if (domain === '') return;
    lines.push({ line: index + 1, text: domain });
    if (!domains.includes(domain)) domains.push(domain);
  });
  return { domains, lines };
}

/**
 * The ranking rates of the text box, one "CODE rate" per line (a comma decimal is read too);
 * `bad` lists the lines that are not a known currency code and a number above zero.
 */
export function rateLines(text: string): {
  readonly rates: Record<string, number>;
  readonly bad: readonly { readonly line: number; readonly text: string }[];
} {
  const rates: Record<string, number> = {};
  const bad: { line: number; text: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^([A-Za-z]{3})\s*[=:]?\s*(\d+(?:[.,]\d+)?)$/.exec(line);
    const code = m?.[1]?.toUpperCase();
    const rate = m ? Number(m[2]!.replace(',', '.')) : NaN;
    if (!code || !isCurrencyCode(code) || !(rate > 0)) bad.push({ line: index + 1, text: line });
    else rates[code] = rate;
  });
  return { rates, bad };
}

const trimmedOrUndefined = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();

/**
 * The account a draft describes, valid or not (the engine's validators judge it): compact IBAN and
 * BIC, only the chosen identifier, and the loaded account's unknown fields kept.
 */
export function accountOf(draft: AccountDraft): BankAccount {
  const account: {
    -readonly [K in keyof BankAccount]: BankAccount[K];
  } = {
    currency: draft.currency.trim().toUpperCase() as CurrencyCode,
    holder: draft.holder.trim(),
    bank: draft.bank.trim(),
    swift: compactBic(draft.swift),
    charges: draft.charges as Charges,
  };
  const bankAddress = trimmedOrUndefined(draft.bankAddress);
  if (bankAddress !== undefined) account.bankAddress = bankAddress;
  if (draft.identifier === 'iban') {
    const iban = compactIban(draft.iban);
    if (iban !== '') account.iban = iban;
  } else {
    const number = trimmedOrUndefined(draft.accountNumber);
    if (number !== undefined) account.accountNumber = number;
  }
  const intermediary = trimmedOrUndefined(draft.intermediary);
  if (intermediary !== undefined) account.intermediary = intermediary;
  if (draft.loaded?.extra !== undefined) account.extra = draft.loaded.extra;
  return account;
}

/** The interest terms a draft describes, or undefined when interest is off. */
export function interestOf(
  draft: InterestDraft,
  loaded: InterestTerms | undefined,
): InterestTerms | undefined {
  if (!draft.on) return undefined;
  const terms: { -readonly [K in keyof InterestTerms]: InterestTerms[K] } = {
    // Unknown fields of the loaded terms (a newer version's) ride along.
    ...loaded,
    ratePercent: parseDecimal(draft.rate),
    per: draft.per,
    dayCount: draft.dayCount,
    graceDays: parseDays(draft.graceDays),
    statutory: draft.statutory,
  };
  if (draft.statutory === 'none') delete terms.referenceRatePercent;
  else terms.referenceRatePercent = parseDecimal(draft.referenceRate, true);
  return terms;
}

/** The stage policy a draft describes (fields that do not parse are NaN). */
export function policyOf(draft: PolicyDraft): StagePolicy {
  const values = Object.fromEntries(POLICY_FIELDS.map((f) => [f, parseDays(draft[f])]));
  return { ...draft.loaded, ...(values as Record<PolicyField, number>) };
}

/**
 * The settings a draft describes, over `loaded` so that what the form does not show (fields of a
 * newer version) is written back unchanged. Call it once {@link settingsProblems} finds nothing.
 */
export function settingsOf(draft: SettingsDraft, loaded: Settings): Settings {
  const next: { -readonly [K in keyof Settings]: Settings[K] } = {
    ...loaded,
    company: {
      ...loaded.company,
      name: draft.companyName.trim(),
      signature: draft.signature.replace(/\s+$/, ''),
      timeZone: draft.timeZone.trim(),
    },
    bankAccounts: draft.accounts.map(accountOf),
    policy: policyOf(draft.policy),
    freeMailDomains: domainLines(draft.freeMail).domains,
    rates: rateLines(draft.rates).rates,
    languages: draft.languages,
    deadlineTime: parseClock(draft.deadlineTime) ?? loaded.deadlineTime,
  };
  if (Object.keys(next.rates ?? {}).length === 0) delete next.rates;
  const category = draft.outlookCategory.trim();
  if (category === '') delete next.outlookCategory;
  else next.outlookCategory = category;
  const interest = interestOf(draft.interest, loaded.interest);
  if (interest === undefined) delete next.interest;
  else next.interest = interest;
  if (draft.segments.length === 0) delete next.policies;
  else {
    next.policies = Object.fromEntries(
      draft.segments.map(({ segment, policy }) => [segment, policyOf(policy)]),
    );
  }
  return next;
}
