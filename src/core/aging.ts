import { addDays, daysBetween, formatShortDate, type CalendarDate } from './calendarDate';
import type { ContactHistory } from './contactHistory';
import { amountDue, daysOverdue, isChaseable, isUnpaid, resumesOn } from './invoiceState';
import { formatMoney } from './money';
import type { Invoice, Stage, StagePolicy, Tone } from './model';
import { PROMISE_GRACE_DAYS, promiseStatus } from './promises';

/** The ladder in order; a push or pull moves one place along it (never to `none`). */
export const LADDER: readonly Stage[] = [
  'upcoming',
  'due',
  'follow-up',
  'escalation',
  'stakes',
  'final',
];

/** The tone of each stage (DESIGN.md 4.2). */
export const TONE_OF: Readonly<Record<Stage, Tone>> = {
  none: 'warm',
  upcoming: 'warm',
  due: 'warm',
  'follow-up': 'neutral',
  escalation: 'firm',
  stakes: 'urgent',
  final: 'formal',
};

/** One reason behind a stage, as a stable code (for translation) and plain English words. */
export type StageReason = { readonly code: string; readonly text: string };

export type StageResult = {
  readonly stage: Stage;
  readonly tone: Tone;
  readonly reasons: readonly StageReason[];
  /** The oldest chaseable invoice, which drives the stage. */
  readonly driving?: Invoice;
  readonly daysOverdue: number;
  /** The first day the next reminder may go out (minimum interval, pauses, promises). */
  readonly nextStepOn?: CalendarDate;
};

const REASON_LOCALE = 'en-GB';

function money(invoice: Invoice): string {
  return formatMoney(amountDue(invoice), REASON_LOCALE);
}

function short(date: CalendarDate): string {
  return formatShortDate(date, REASON_LOCALE);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The ladder position of an invoice `days` past due, by the policy's thresholds. */
export function baseStage(days: number, policy: StagePolicy): Stage {
  if (days < -policy.upcomingDays) return 'none';
  if (days < 0) return 'upcoming';
  if (days < policy.followUpDays) return 'due';
  if (days < policy.escalationDays) return 'follow-up';
  if (days < policy.stakesDays) return 'escalation';
  if (days < policy.finalDays) return 'stakes';
  return 'final';
}

function step(stage: Stage, by: number): Stage {
  const index = LADDER.indexOf(stage);
  if (index < 0) return stage;
  // A push never leaves the overdue ladder's floor (`due`) nor passes `final`.
  const floor = LADDER.indexOf('due');
  return LADDER[Math.min(LADDER.length - 1, Math.max(floor, index + by))] ?? stage;
}

function pauseReason(invoice: Invoice): string {
  if (invoice.status === 'disputed') return `${invoice.number} is disputed: chasing paused`;
  const until = invoice.pause?.until;
  return until
    ? `${invoice.number} is paused until ${short(until)}`
    : `${invoice.number} is paused`;
}

/**
 * The collection stage of one customer on `today`: driven by the oldest unpaid, unpaused invoice,
 * pushed one step by unanswered reminders or a broken promise, pulled back one by a kept promise.
 * Returns the tone and the reasons in plain words. Never reads the clock.
 */
export function stageOf(
  invoices: readonly Invoice[],
  history: ContactHistory,
  today: CalendarDate,
  policy: StagePolicy,
): StageResult {
  const chaseable = invoices.filter((i) => isChaseable(i, today));
  if (chaseable.length === 0) {
    const held = invoices.filter(isUnpaid);
    if (held.length === 0) {
      return {
        stage: 'none',
        tone: 'warm',
        reasons: [{ code: 'nothing-owed', text: 'Nothing is owed' }],
        daysOverdue: 0,
      };
    }
    const resumes = held
      .map(resumesOn)
      .filter((d): d is CalendarDate => d !== undefined)
      .sort();
    return {
      stage: 'none',
      tone: 'warm',
      reasons: held.slice(0, 5).map((i) => ({ code: 'paused', text: pauseReason(i) })),
      daysOverdue: 0,
      nextStepOn: resumes[0],
    };
  }

  const driving = [...chaseable].sort((a, b) =>
    a.dueDate < b.dueDate
      ? -1
      : a.dueDate > b.dueDate
        ? 1
        : amountDue(b).minor - amountDue(a).minor,
  )[0] as Invoice;
  const days = daysOverdue(driving, today);
  const reasons: StageReason[] = [];
  let stage = baseStage(days, policy);

  if (days < 0) {
    reasons.push({
      code: 'due-soon',
      text: `${money(driving)} (${driving.number}) is due on ${short(driving.dueDate)}, in ${plural(-days, 'day')}`,
    });
  } else if (days === 0) {
    reasons.push({ code: 'due-today', text: `${money(driving)} (${driving.number}) is due today` });
  } else {
    reasons.push({
      code: 'overdue',
      text: `${money(driving)} (${driving.number}) is ${plural(days, 'day')} overdue`,
    });
  }
  const others = chaseable.filter(
    (i) => i !== driving && daysOverdue(i, today) >= -policy.upcomingDays,
  );
  if (others.length > 0)
    reasons.push({
      code: 'more-invoices',
      text: `${plural(others.length, 'more invoice')} to chase`,
    });
  for (const held of invoices.filter((i) => isUnpaid(i) && !isChaseable(i, today)).slice(0, 3)) {
    reasons.push({ code: 'paused', text: pauseReason(held) });
  }
  if (stage === 'none') return { stage, tone: TONE_OF[stage], reasons, driving, daysOverdue: days };

  const overdueLadder = LADDER.indexOf(stage) >= LADDER.indexOf('due');
  const sinceReminder = history.lastReminder
    ? daysBetween(history.lastReminder.on, today)
    : undefined;
  let pushed = false;
  if (history.remindersSinceReply > 0 && history.firstReminderSinceReply) {
    const count = plural(history.remindersSinceReply, 'reminder');
    const unanswered = sinceReminder !== undefined && sinceReminder >= policy.minIntervalDays;
    reasons.push({
      code: 'unanswered',
      text: `${count} since ${short(history.firstReminderSinceReply)}, no reply`,
    });
    if (unanswered && overdueLadder) {
      const before = stage;
      stage = step(stage, 1);
      pushed = stage !== before;
      if (pushed)
        reasons.push({
          code: 'pushed',
          text: `No reply for ${plural(sinceReminder ?? 0, 'day')}: one step firmer`,
        });
    }
  }

  let resumeOn: CalendarDate | undefined;
  const latest = history.promises[history.promises.length - 1];
  if (latest) {
    const status = promiseStatus(latest, invoices, history, today);
    if (status === 'broken') {
      reasons.push({
        code: 'promise-broken',
        text: `Promised to pay by ${short(latest.promisedFor)}: not paid`,
      });
      if (!pushed && overdueLadder) stage = step(stage, 1);
    } else if (status === 'pending') {
      resumeOn = addDays(latest.promisedFor, PROMISE_GRACE_DAYS + 1);
      reasons.push({
        code: 'promise-pending',
        text: `Promised to pay by ${short(latest.promisedFor)}: wait until ${short(resumeOn)}`,
      });
    } else if (overdueLadder && !pushed) {
      const before = stage;
      stage = step(stage, -1);
      if (stage !== before) {
        reasons.push({
          code: 'promise-kept',
          text: `Kept the promise of ${short(latest.promisedFor)}: one step gentler`,
        });
      }
    }
  }

  let nextStepOn: CalendarDate = today;
  if (
    sinceReminder !== undefined &&
    history.lastReminder &&
    sinceReminder < policy.minIntervalDays
  ) {
    nextStepOn = addDays(history.lastReminder.on, policy.minIntervalDays);
    reasons.push({
      code: 'min-interval',
      text: `Last reminder ${sinceReminder === 0 ? 'today' : `${plural(sinceReminder, 'day')} ago`}: next on ${short(nextStepOn)}`,
    });
  }
  if (resumeOn && resumeOn > nextStepOn) nextStepOn = resumeOn;
  return { stage, tone: TONE_OF[stage], reasons, driving, daysOverdue: days, nextStepOn };
}
