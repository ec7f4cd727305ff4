import { isTimeZone } from '../../core/calendarDate';
import { interestTermsProblems } from '../../core/interest';
import type { BankAccount, InterestTerms } from '../../core/model';
import { isDomainName } from '../../core/matching';
import { outlookCategoryProblem } from '../../core/outlookCategory';
import { bankAccountProblems, MAX_ACCOUNT_NUMBER_LENGTH } from '../../core/paymentAccount';
import { bicMessage, ibanMessage } from './bankCodeMessages';
import { accountFieldId, policyFieldId, type FieldId } from './fieldIds';
import {
  accountOf,
  domainLines,
  rateLines,
  interestOf,
  parseClock,
  parseDays,
  POLICY_FIELDS,
  type AccountDraft,
  type PolicyDraft,
  type SettingsDraft,
} from './settingsDraft';
import type { SettingsSection, SettingsStrings } from './strings';

/** A field that cannot be saved: where it is, its label, and why, in the UI language. */
export type SettingsProblem = {
  readonly field: FieldId;
  readonly section: SettingsSection;
  /** The section, or the account or segment inside it. */
  readonly where: string;
  readonly label: string;
  readonly message: string;
};

/** The label of an account field as the form shows it. */
const accountLabel = (field: keyof BankAccount, s: SettingsStrings): string =>
  field === 'extra' ? field : s[field];

/**
 * The engine's problems with one account (core bankAccountProblems), each on the field the user
 * typed it in and in the UI language; the first problem of each field only.
 */
function accountProblems(
  draft: AccountDraft,
  position: number,
  s: SettingsStrings,
): SettingsProblem[] {
  const p = s.problems;
  const where = s.accountLegend(position, draft.currency.trim().toUpperCase());
  const found = new Map<keyof BankAccount, string>();
  for (const problem of bankAccountProblems(accountOf(draft))) {
    let field = problem.field;
    let message: string;
    switch (field) {
      case 'currency':
        message = p.currency(draft.currency.trim());
        break;
      case 'holder':
        message = p.holder;
        break;
      case 'bank':
        message = p.bank;
        break;
      case 'iban':
        if (draft.identifier === 'accountNumber') {
          field = 'accountNumber';
          message = p.accountNumberMissing;
        } else if (draft.iban.trim() === '') message = p.ibanMissing;
        else message = ibanMessage(draft.iban, p) ?? problem.message;
        break;
      case 'accountNumber': {
        const number = draft.accountNumber.trim();
        message =
          /^[A-Za-z0-9 ./-]+$/.test(number) && /\d/.test(number)
            ? p.accountNumberLength(MAX_ACCOUNT_NUMBER_LENGTH)
            : p.accountNumberCharacters;
        break;
      }
      case 'swift':
        message = bicMessage(draft.swift, p) ?? problem.message;
        break;
      case 'charges':
        message = p.charges;
        break;
      default:
        // A rule this view does not know yet: the engine's own words are still the right ones.
        message = problem.message;
    }
    if (!found.has(field)) found.set(field, message);
  }
  return [...found].map(([field, message]) => ({
    field: accountFieldId(draft.key, field),
    section: 'accounts',
    where,
    label: accountLabel(field, s),
    message,
  }));
}

function interestProblems(draft: SettingsDraft, s: SettingsStrings): SettingsProblem[] {
  const d = draft.interest;
  if (!d.on) return [];
  const p = s.problems;
  const where = s.sections.interest;
  const problem = (key: string, label: string, message: string): SettingsProblem => ({
    field: `interest-${key}`,
    section: 'interest',
    where,
    label,
    message,
  });
  const terms = interestOf(d, undefined) as InterestTerms;
  const problems: SettingsProblem[] = [];
  if (Number.isNaN(terms.ratePercent)) problems.push(problem('rate', s.rate, p.rate));
  if (Number.isNaN(terms.graceDays)) problems.push(problem('graceDays', s.graceDays, p.graceDays));
  if (d.statutory !== 'none' && Number.isNaN(terms.referenceRatePercent)) {
    problems.push(problem('referenceRate', s.referenceRate, p.referenceRate(d.statutory)));
  }
  if (problems.length > 0) return problems;
  // What is typed is numbers; whether they make usable terms is the engine's call.
  for (const engine of interestTermsProblems(terms)) {
    switch (engine.field) {
      case 'ratePercent':
        problems.push(problem('rate', s.rate, p.rate));
        break;
      case 'graceDays':
        problems.push(problem('graceDays', s.graceDays, p.graceDays));
        break;
      case 'referenceRatePercent':
        problems.push(problem('referenceRate', s.referenceRate, p.referenceRateBelowZero));
        break;
      default:
        problems.push(problem(engine.field, engine.field, engine.message));
    }
  }
  return problems;
}

function policyProblems(
  policy: PolicyDraft,
  segment: number | undefined,
  where: string,
  s: SettingsStrings,
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: (typeof POLICY_FIELDS)[number], message: string) =>
    problems.push({
      field: policyFieldId(segment, field),
      section: 'policy',
      where,
      label: s.policyFields[field],
      message,
    });
  for (const field of POLICY_FIELDS) {
    if (Number.isNaN(parseDays(policy[field]))) add(field, s.problems.days);
  }
  // The ladder climbs: each stage starts no earlier than the one before (as the ledger file demands).
  const ladder = ['followUpDays', 'escalationDays', 'stakesDays', 'finalDays'] as const;
  for (let i = 1; i < ladder.length; i++) {
    const before = ladder[i - 1]!;
    const after = ladder[i]!;
    const [b, a] = [parseDays(policy[before]), parseDays(policy[after])];
    if (a < b) add(after, s.problems.ladder(s.policyFields[before], b));
  }
  return problems;
}

/** Everything that keeps the draft from being saved, in the order of the form. */
export function settingsProblems(draft: SettingsDraft, s: SettingsStrings): SettingsProblem[] {
  const p = s.problems;
  const company = (field: FieldId, label: string, message: string): SettingsProblem => ({
    field,
    section: 'company',
    where: s.sections.company,
    label,
    message,
  });
  const problems: SettingsProblem[] = [];
  if (draft.companyName.trim() === '') {
    problems.push(company('companyName', s.companyName, p.companyName));
  }
  if (draft.timeZone.trim() === '' || !isTimeZone(draft.timeZone.trim())) {
    problems.push(company('timeZone', s.timeZone, p.timeZone));
  }
  if (parseClock(draft.deadlineTime) === undefined) {
    problems.push(company('deadlineTime', s.deadlineTime, p.deadlineTime));
  }
  const category = draft.outlookCategory.trim();
  const categoryProblem = category === '' ? undefined : outlookCategoryProblem(category);
  if (categoryProblem === 'too-long' || categoryProblem === 'control') {
    problems.push(
      company('outlookCategory', s.outlookCategory, p.outlookCategory[categoryProblem]),
    );
  }
  draft.accounts.forEach((account, index) =>
    problems.push(...accountProblems(account, index + 1, s)),
  );
  problems.push(...interestProblems(draft, s));
  problems.push(...policyProblems(draft.policy, undefined, s.defaultPolicy, s));
  draft.segments.forEach(({ segment, policy }, index) =>
    problems.push(...policyProblems(policy, index, s.segmentPolicy(segment), s)),
  );
  const badLine = domainLines(draft.freeMail).lines.find((l) => !isDomainName(l.text));
  if (badLine) {
    problems.push({
      field: 'freeMail',
      section: 'freeMail',
      where: s.sections.freeMail,
      label: s.freeMail,
      message: p.domain(badLine.line, badLine.text),
    });
  }
  const badRate = rateLines(draft.rates).bad[0];
  if (badRate) {
    problems.push({
      field: 'rates',
      section: 'rates',
      where: s.sections.rates,
      label: s.rates,
      message: p.rateLine(badRate.line, badRate.text),
    });
  }
  if (draft.languages.length === 0) {
    problems.push({
      field: 'languages',
      section: 'languages',
      where: s.sections.languages,
      label: s.languages,
      message: p.languages,
    });
  }
  return problems;
}
