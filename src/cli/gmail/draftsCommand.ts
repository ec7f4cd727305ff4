import { randomBytes } from 'node:crypto';
import type { gmail_v1 } from '@googleapis/gmail';
import type { CalendarDate } from '../../core/calendarDate';
import type { Draft } from '../../core/drafts/types';
import { createLedgerIndex, type LedgerIndex } from '../../core/ledgerIndex';
import { normalizeAddress } from '../../core/matching';
import type { Contact, Customer, Ledger, Stage } from '../../core/model';
import type { SilentCustomer } from '../../core/silence';
import { suggest } from '../../core/suggest';
import { silentOf } from '../commands/silentCommand';
import { CliError, readLedger, todayFrom } from '../io';
import { automaticKindOf, headerMapOf, METADATA_HEADERS } from './automaticMail';
import { GmailHttpError } from './gmailCaller';
import type { GmailSession } from './gmailSession';
import { rawMessageOf, replySubjectOf } from './rawMessage';

export type DraftsArgs = {
  ledger?: string;
  today?: string;
  limit?: string;
  'dry-run'?: boolean;
};

/** The header that marks a draft duly made, so a second run finds it: customer and stage. */
export const DRAFT_MARKER = 'X-Duly-Draft';

const THREAD_HEADERS = [...METADATA_HEADERS];

/** One draft to make (or already made) for a silent customer. */
export type DraftPlan = {
  readonly silent: SilentCustomer;
  readonly customer: Customer;
  readonly contact: Contact;
  readonly stage: Stage;
  readonly subject: string;
  readonly draft: Draft;
  readonly threadId?: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
  readonly warnings: readonly string[];
};

/** `customer=<id>; stage=<stage>` with the id URI-encoded so it stays one ASCII token. */
export function draftMarkerOf(customerId: string, stage: Stage): string {
  return `customer=${encodeURIComponent(customerId)}; stage=${stage}`;
}

function messageIdsIn(value: string | undefined): string[] {
  return value?.match(/<[^<>\s]+>/g) ?? [];
}

/** The newest email thread of the customer in the ledger, if any. */
function latestThreadOf(index: LedgerIndex, customer: Customer): string | undefined {
  const events = index.eventsOf(customer.id);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.channel === 'email' && e.threadId) return e.threadId;
  }
  return undefined;
}

async function planFor(
  silent: SilentCustomer,
  ledger: Ledger,
  index: LedgerIndex,
  today: CalendarDate,
  me: string,
  session: GmailSession,
): Promise<DraftPlan | string> {
  const customer = index.customer(silent.customerId);
  if (!customer) return `${silent.name}: not in the ledger`;
  if (customer.contacts.length === 0) return `${customer.name}: no contact address in the ledger`;
  const warnings: string[] = [];
  let threadId = latestThreadOf(index, customer);
  let last: ReadonlyMap<string, string> | undefined;
  if (threadId) {
    const id = threadId;
    try {
      const thread = await session.caller.call(`threads.get ${id}`, () =>
        session.gmail.users.threads.get({
          userId: 'me',
          id,
          format: 'metadata',
          metadataHeaders: THREAD_HEADERS,
        }),
      );
      // Reply to the newest message a person wrote, not to an autoreply or a bounce.
      const written = (thread.messages ?? [])
        .filter((m) => !(m.labelIds ?? []).includes('DRAFT'))
        .sort((a, b) => Number(a.internalDate) - Number(b.internalDate))
        .map((m) => headerMapOf(m.payload?.headers ?? undefined));
      last = written.filter((h) => automaticKindOf(h) === undefined).at(-1) ?? written.at(-1);
    } catch (error) {
      if (!(error instanceof GmailHttpError && error.status === 404)) throw error;
      warnings.push(`thread ${id} is no longer in Gmail: a new message instead`);
      threadId = undefined;
    }
  }
  const inThread = new Set(
    ['from', 'to', 'cc'].flatMap((h) =>
      (last?.get(h) ?? '').split(',').map(normalizeAddress).filter(Boolean),
    ),
  );
  const contact =
    customer.contacts.find((c) => inThread.has(normalizeAddress(c.email))) ?? customer.contacts[0]!;
  const suggestion = suggest({
    item: {
      direction: 'compose',
      from: me,
      to: [contact.email],
      cc: [],
      subject: last?.get('subject') ?? '',
      body: '',
    },
    index,
    settings: ledger.settings,
    today,
    linkedCustomerId: customer.id,
    ownAddresses: [me],
  });
  if (!suggestion.draft) return `${customer.name}: nothing to chase today`;
  warnings.push(...suggestion.warnings);
  const lastId = messageIdsIn(last?.get('message-id'))[0];
  const subject = last?.get('subject');
  return {
    silent,
    customer,
    contact,
    stage: suggestion.stage,
    subject: subject ? replySubjectOf(subject) : suggestion.draft.subject,
    draft: suggestion.draft,
    threadId: last ? threadId : undefined,
    inReplyTo: lastId,
    references: lastId ? [...messageIdsIn(last?.get('references')), lastId] : [],
    warnings,
  };
}

/** Markers of the drafts already in Gmail that could collide: those in the plans' threads. */
async function existingMarkers(
  session: GmailSession,
  plans: readonly DraftPlan[],
): Promise<Set<string>> {
  const { gmail, caller } = session;
  const drafts: gmail_v1.Schema$Draft[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await caller.call('drafts.list', () =>
      gmail.users.drafts.list({ userId: 'me', maxResults: 500, pageToken: token }),
    );
    drafts.push(...(page.drafts ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  const threads = new Set(plans.map((p) => p.threadId));
  // A new-thread draft gets a thread id of its own: only reading every draft finds it.
  const everyDraft = plans.some((p) => p.threadId === undefined);
  const candidates = drafts.filter(
    (d) => d.id && (everyDraft || threads.has(d.message?.threadId ?? undefined)),
  );
  const markers = await Promise.all(
    candidates.map(async (d) => {
      const id = d.id!;
      const full = await caller.call(`drafts.get ${id}`, () =>
        gmail.users.drafts.get({
          userId: 'me',
          id,
          format: 'metadata',
        }),
      );
      return headerMapOf(full.message?.payload?.headers ?? undefined).get(
        DRAFT_MARKER.toLowerCase(),
      );
    }),
  );
  return new Set(markers.filter((m): m is string => m !== undefined));
}

/**
 * `duly gmail drafts`: for each silent customer (up to `--limit`, most money at risk first), a
 * reply draft in its latest thread with the engine's text for its stage. Never sends; a draft
 * already made for the same customer and stage is left alone; `--dry-run` only reads.
 */
export async function draftsCommand(
  args: DraftsArgs,
  session: () => GmailSession,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  if (!args.ledger || !args.today)
    throw new CliError(
      'usage: duly gmail drafts --ledger L.json --today YYYY-MM-DD [--limit N] [--dry-run] [--api-root URL]',
      2,
    );
  const limit = args.limit === undefined ? Infinity : Number(args.limit);
  if (!(limit > 0) || (limit !== Infinity && !Number.isInteger(limit)))
    throw new CliError(`--limit: "${args.limit}" is not a positive whole number`, 2);
  const ledger = readLedger(args.ledger);
  const today = todayFrom(args.today, ledger.settings.company.timeZone);
  const all = silentOf(ledger, today);
  if (all.length === 0) {
    io.out('Nobody is silent: no draft to prepare.\n');
    return 0;
  }
  // The engine's next step (minimum interval, an autoreply's return date) comes first.
  for (const s of all.filter((s) => s.nextStepOn > today))
    io.out(`- not yet ${s.name}: next step on ${s.nextStepOn}\n`);
  const silent = all.filter((s) => s.nextStepOn <= today).slice(0, limit);
  if (silent.length === 0) return 0;
  const open = session();
  const { gmail, caller } = open;
  const profile = await caller.call('users.getProfile', () =>
    gmail.users.getProfile({ userId: 'me' }),
  );
  const me = profile.emailAddress ?? '';
  const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
  const results = await Promise.all(silent.map((s) => planFor(s, ledger, index, today, me, open)));
  const plans = results.filter((r): r is DraftPlan => typeof r !== 'string');
  for (const skipped of results.filter((r): r is string => typeof r === 'string'))
    io.out(`- skipped ${skipped}\n`);
  const existing = await existingMarkers(open, plans);

  // Drafts are made in parallel (bounded by the caller) and reported in ranking order.
  const outcomes = await Promise.all(
    plans.map(
      async (plan): Promise<{ state: 'present' | 'planned' | 'created'; lines: string[] }> => {
        const marker = draftMarkerOf(plan.customer.id, plan.stage);
        const where = plan.threadId ? `reply in thread ${plan.threadId}` : 'new message';
        const head = `${plan.customer.name} (${plan.stage}) to ${plan.contact.email}, ${where}: "${plan.subject}"`;
        const notes = plan.warnings.map((w) => `    warning: ${w}`);
        if (existing.has(marker))
          return {
            state: 'present',
            lines: [`= ${head}: a draft for this stage is already in Gmail`],
          };
        if (args['dry-run'])
          return { state: 'planned', lines: [`~ would create ${head}`, ...notes] };
        const raw = rawMessageOf({
          from: me,
          to: [{ name: plan.contact.name, email: plan.contact.email }],
          subject: plan.subject,
          inReplyTo: plan.inReplyTo,
          references: plan.references,
          text: plan.draft.text,
          html: plan.draft.html,
          headers: [[DRAFT_MARKER, marker]],
          boundary: `duly-${randomBytes(12).toString('hex')}`,
        });
        await caller.call(`drafts.create for ${plan.customer.name}`, () =>
          gmail.users.drafts.create({
            userId: 'me',
            requestBody: {
              message: {
                raw: Buffer.from(raw, 'utf8').toString('base64url'),
                ...(plan.threadId ? { threadId: plan.threadId } : {}),
              },
            },
          }),
        );
        return { state: 'created', lines: [`+ created ${head}`, ...notes] };
      },
    ),
  );
  for (const o of outcomes) io.out(o.lines.map((l) => `${l}\n`).join(''));
  const present = outcomes.filter((o) => o.state === 'present').length;
  const made = outcomes.length - present;
  const verb = args['dry-run'] ? 'would be created' : 'created';
  io.err(
    `duly gmail drafts: ${made} ${verb}, ${present} already in Gmail ` +
      `(${caller.requests} requests). Nothing was sent.\n`,
  );
  return 0;
}
