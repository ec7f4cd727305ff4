import { performance } from 'node:perf_hooks';
import type { gmail_v1 } from '@googleapis/gmail';
import { addDays, calendarDate, type CalendarDate } from '../../core/calendarDate';
import { createLedgerIndex } from '../../core/ledgerIndex';
import { mergeEvents, serializeLedger } from '../../core/ledgerFile';
import type { CustomerId, Ledger, LedgerEvent } from '../../core/model';
import { parseRates, silentJson, silentOf, silentText } from '../commands/silentCommand';
import { CliError, readLedger, todayFrom, writeAtomic } from '../io';
import { METADATA_HEADERS, automaticKindOf, headerMapOf } from './automaticMail';
import { createCustomerLookup } from './customerLookup';
import type { GmailCaller } from './gmailCaller';
import type { GmailSession } from './gmailSession';
import { eventsOfMessage, gmailMessageIdOf, type MailMeta } from './messageEvents';
import { bounceQueryOf, searchKeysOf, searchQueriesOf, MAX_QUERY_LENGTH } from './searchQueries';

export type ScanArgs = {
  ledger?: string;
  since?: string;
  today?: string;
  rates?: string;
  write?: boolean;
  json?: boolean;
};

/** What a scan found and what it cost. */
export type ScanResult = {
  readonly queries: number;
  readonly listed: number;
  readonly alreadyKnown: number;
  readonly read: number;
  readonly events: readonly LedgerEvent[];
  readonly added: number;
  readonly ledger: Ledger;
};

const PAGE_SIZE = 500;

/** `--since 180d` or `--since 2026-01-01`: the first day scanned. */
export function sinceDateOf(option: string | undefined, today: CalendarDate): CalendarDate {
  const text = option ?? '180d';
  const days = /^(\d+)d$/.exec(text);
  if (days) return addDays(today, -Number(days[1]));
  try {
    return calendarDate(text);
  } catch {
    throw new CliError(`--since: "${text}" is neither a number of days (180d) nor a date`, 2);
  }
}

/** Every message id a query finds, following nextPageToken to the end. */
async function listAll(
  gmail: gmail_v1.Gmail,
  caller: GmailCaller,
  q: string,
): Promise<gmail_v1.Schema$Message[]> {
  const found: gmail_v1.Schema$Message[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await caller.call('messages.list', () =>
      gmail.users.messages.list({ userId: 'me', q, maxResults: PAGE_SIZE, pageToken: token }),
    );
    found.push(...(page.messages ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return found;
}

function metaOf(message: gmail_v1.Schema$Message): MailMeta {
  return {
    id: message.id ?? '',
    threadId: message.threadId ?? message.id ?? '',
    internalDate: Number(message.internalDate ?? 0),
    labelIds: message.labelIds ?? [],
    snippet: message.snippet ?? '',
    headers: headerMapOf(message.payload?.headers ?? undefined),
  };
}

/**
 * Finds the ledger customers' mail since `since` and turns it into events, merged into the ledger
 * in memory. Messages whose events the ledger already holds are listed but not read again.
 */
export async function scanMailbox(
  ledger: Ledger,
  since: CalendarDate,
  session: GmailSession,
  options: { maxQueryLength?: number } = {},
): Promise<ScanResult> {
  const { gmail, caller } = session;
  const profile = await caller.call('users.getProfile', () =>
    gmail.users.getProfile({ userId: 'me' }),
  );
  const me = profile.emailAddress ?? '';
  const freeMail = ledger.settings.freeMailDomains;
  const after = Math.floor(Date.parse(`${since}T00:00:00Z`) / 1000);
  const keys = searchKeysOf(ledger.customers, freeMail, me);
  const queries = [
    ...searchQueriesOf(keys, after, options.maxQueryLength ?? MAX_QUERY_LENGTH),
    bounceQueryOf(after),
  ];
  const pages = await Promise.all(queries.map((q) => listAll(gmail, caller, q)));
  const listed = new Map<string, string>();
  for (const list of pages) for (const m of list) if (m.id) listed.set(m.id, m.threadId ?? m.id);

  const known = new Set<string>();
  const threadCustomers = new Map<string, CustomerId[]>();
  const remember = (threadId: string | undefined, customerId: CustomerId) => {
    if (!threadId) return;
    const list = threadCustomers.get(threadId) ?? [];
    if (!list.includes(customerId)) list.push(customerId);
    threadCustomers.set(threadId, list);
  };
  for (const event of ledger.events) {
    const id = gmailMessageIdOf(event.id);
    if (id) known.add(id);
    remember(event.threadId, event.customerId);
  }
  const toRead = [...listed.keys()].filter((id) => !known.has(id));
  const metas = await Promise.all(
    toRead.map((id) =>
      caller
        .call(`messages.get ${id}`, () =>
          gmail.users.messages.get({
            userId: 'me',
            id,
            format: 'metadata',
            metadataHeaders: [...METADATA_HEADERS],
          }),
        )
        .then(metaOf),
    ),
  );

  const index = createLedgerIndex(ledger, freeMail);
  const context = {
    me,
    lookup: createCustomerLookup(index, freeMail),
    index,
    timeZone: ledger.settings.company.timeZone,
    freeMailDomains: freeMail,
    threadCustomers,
  };
  const events: LedgerEvent[] = [];
  const bounces: MailMeta[] = [];
  for (const meta of metas.sort((a, b) => a.internalDate - b.internalDate)) {
    if (automaticKindOf(meta.headers) === 'bounce') {
      bounces.push(meta);
      continue;
    }
    for (const e of eventsOfMessage(meta, context)) {
      events.push(e);
      remember(e.threadId, e.customerId);
    }
  }
  // Bounces last: one without a readable address belongs to the customers of its thread.
  for (const meta of bounces) events.push(...eventsOfMessage(meta, context));

  const merged = mergeEvents(ledger, events);
  return {
    queries: queries.length,
    listed: listed.size,
    alreadyKnown: listed.size - toRead.length,
    read: toRead.length,
    events,
    added: merged.added,
    ledger: merged.ledger,
  };
}

function count(events: readonly LedgerEvent[], kind: LedgerEvent['kind']): number {
  return events.filter((e) => e.kind === kind).length;
}

/** `duly gmail scan`: the silent list after reading the mailbox; `--write` merges the events. */
export async function scanCommand(
  args: ScanArgs,
  session: () => GmailSession,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  if (!args.ledger)
    throw new CliError(
      'usage: duly gmail scan --ledger L.json [--since 180d] [--today YYYY-MM-DD] [--write] [--json] [--api-root URL]',
      2,
    );
  const ledger = readLedger(args.ledger);
  const today = todayFrom(args.today, ledger.settings.company.timeZone);
  const since = sinceDateOf(args.since, today);
  const rates = parseRates(args.rates);
  const open = session();
  const started = performance.now();
  const result = await scanMailbox(ledger, since, open);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const other = result.events.filter(
    (e) => !['reminder', 'reply', 'out-of-office', 'bounce'].includes(e.kind),
  ).length;
  io.err(
    `duly gmail scan: ${result.queries} searches since ${since}, ${result.listed} messages found ` +
      `(${result.alreadyKnown} already in the ledger), ${result.read} read; ` +
      `${result.added} new events: ${count(result.events, 'reminder')} reminders, ` +
      `${count(result.events, 'reply')} replies, ${other} promises/disputes/payment notices, ` +
      `${count(result.events, 'out-of-office')} out-of-office, ${count(result.events, 'bounce')} bounces ` +
      `(${open.caller.requests} requests, ${open.caller.retries} retried, ${seconds} s)\n`,
  );
  const byId = new Map(ledger.customers.map((c) => [c.id, c]));
  for (const bounce of result.events.filter((e) => e.kind === 'bounce'))
    io.err(
      `  bounced: ${byId.get(bounce.customerId)?.name ?? bounce.customerId} on ${bounce.at.slice(0, 10)}: ${bounce.note ?? ''}\n`,
    );
  if (args.write) {
    if (result.added > 0) writeAtomic(args.ledger, serializeLedger(result.ledger));
    io.err(
      result.added > 0
        ? `Wrote ${result.added} new events to ${args.ledger}.\n`
        : `${args.ledger} already holds every event: nothing to write.\n`,
    );
  } else if (result.added > 0) {
    io.err(`Not written: add --write to merge them into ${args.ledger}.\n`);
  }
  const list = silentOf(result.ledger, today, rates);
  io.out(args.json ? JSON.stringify(list.map(silentJson), null, 2) + '\n' : silentText(list));
  return 0;
}
