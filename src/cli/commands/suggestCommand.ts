import { basename } from 'node:path';
import { createLedgerIndex } from '../../core/ledgerIndex';
import {
  LETTER_LANGUAGES,
  REASONS,
  type CustomerReason,
  type LetterLanguage,
  type MailItem,
} from '../../core/model';
import { suggest, type Suggestion } from '../../core/suggest';
import { CliError, readLedger, readText, todayFrom } from '../io';

const DIRECTIONS = ['inbound', 'outbound', 'compose'] as const;

/** Reads a message file `{direction, from, to[], cc[], subject, body, receivedAt}`, naming the bad field. */
export function parseMessageFile(file: string): MailItem {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const name = basename(file);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new CliError(`${name}: expected a JSON object`);
  const m = json as Record<string, unknown>;
  const str = (field: string, required: boolean): string | undefined => {
    const v = m[field];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string') throw new CliError(`${name}: field "${field}" must be a string`);
    return v;
  };
  const list = (field: string): string[] => {
    const v = m[field] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw new CliError(`${name}: field "${field}" must be a list of addresses`);
    return v as string[];
  };
  const direction = str('direction', true) as MailItem['direction'];
  if (!DIRECTIONS.includes(direction))
    throw new CliError(`${name}: field "direction" must be one of ${DIRECTIONS.join(', ')}`);
  const receivedAt = str('receivedAt', false);
  if (receivedAt !== undefined && Number.isNaN(Date.parse(receivedAt))) {
    throw new CliError(`${name}: field "receivedAt" is not an ISO 8601 date-time: "${receivedAt}"`);
  }
  return {
    direction,
    from: str('from', direction === 'inbound') ?? '',
    to: list('to'),
    cc: list('cc'),
    subject: str('subject', false) ?? '',
    body: str('body', false) ?? '',
    receivedAt,
    threadId: str('threadId', false),
    messageId: str('messageId', false),
  };
}

/** The JSON `duly suggest --json` prints: the suggestion without its internal draft input. */
export function suggestionJson(s: Suggestion): object {
  return {
    customer: s.customer,
    candidates: s.candidates,
    ambiguous: s.ambiguous,
    invoices: s.invoices.map((i) => ({
      number: i.number,
      currency: i.currency,
      amountDue: i.amountDue,
      daysOverdue: i.daysOverdue,
      status: i.status,
      paused: i.paused,
    })),
    stage: s.stage,
    tone: s.tone,
    reason: s.reason,
    reasons: s.reasons,
    next: {
      action: s.path.action,
      why: s.path.why,
      on: s.nextStepOn ?? null,
      blocks: s.path.blocks,
    },
    language: s.language,
    draft: s.draft,
    warnings: s.warnings,
  };
}

function suggestionText(s: Suggestion): string {
  const out: string[] = [];
  if (!s.customer) {
    out.push('Customer: not in your ledger');
  } else {
    out.push(
      `Customer: ${s.customer.name} (${Math.round(s.customer.confidence * 100)}%: ${s.customer.evidence.join('; ')})`,
    );
    for (const c of s.candidates.slice(1))
      out.push(`  also possible: ${c.name} (${c.evidence.join('; ')})`);
  }
  for (const i of s.invoices) {
    const when =
      i.daysOverdue > 0
        ? `${i.daysOverdue} days overdue`
        : i.daysOverdue === 0
          ? 'due today'
          : `due in ${-i.daysOverdue} days`;
    out.push(
      `  ${i.number}  ${i.currency} ${i.amountDue}  ${when}${i.status === 'disputed' ? '  [disputed]' : ''}${i.paused ? '  [paused]' : ''}`,
    );
  }
  out.push(`Stage: ${s.stage}   Tone: ${s.tone}   Reason: ${s.reason}`);
  for (const r of s.reasons) out.push(`  - ${r}`);
  out.push(`Next: ${s.path.action}${s.nextStepOn ? ` on ${s.nextStepOn}` : ''}: ${s.path.why}`);
  for (const w of s.warnings) out.push(`Warning: ${w}`);
  if (s.draft) out.push('', `Subject: ${s.draft.subject}`, '', s.draft.text);
  return out.join('\n') + '\n';
}

export type SuggestArgs = {
  ledger?: string;
  message?: string;
  today?: string;
  lang?: string;
  reason?: string;
  json?: boolean;
};

/** `duly suggest`: who the message is from, what they owe, the stage, and the draft. */
export function suggestCommand(args: SuggestArgs, write: (text: string) => void): number {
  if (!args.ledger || !args.message)
    throw new CliError(
      'usage: duly suggest --ledger L.json --message M.json [--today YYYY-MM-DD] [--lang xx] [--reason r] [--json]',
      2,
    );
  if (args.lang && !(LETTER_LANGUAGES as readonly string[]).includes(args.lang)) {
    throw new CliError(`--lang: "${args.lang}" is not one of ${LETTER_LANGUAGES.join(', ')}`, 2);
  }
  if (args.reason && !(REASONS as readonly string[]).includes(args.reason)) {
    throw new CliError(`--reason: "${args.reason}" is not one of ${REASONS.join(', ')}`, 2);
  }
  const ledger = readLedger(args.ledger);
  const item = parseMessageFile(args.message);
  const today = todayFrom(args.today, ledger.settings.company.timeZone);
  const suggestion = suggest({
    item,
    index: createLedgerIndex(ledger, ledger.settings.freeMailDomains),
    settings: ledger.settings,
    today,
    language: args.lang as LetterLanguage | undefined,
    reasonOverride: args.reason as CustomerReason | undefined,
  });
  write(
    args.json
      ? JSON.stringify(suggestionJson(suggestion), null, 2) + '\n'
      : suggestionText(suggestion),
  );
  return 0;
}
