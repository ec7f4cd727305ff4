import { contactHistoryOf } from '../../core/contactHistory';
import { createLedgerIndex } from '../../core/ledgerIndex';
import type { Ledger } from '../../core/model';
import { toDecimalString } from '../../core/money';
import {
  silentCustomers,
  type Rates,
  type SilenceEntry,
  type SilentCustomer,
} from '../../core/silence';
import { policyFor } from '../../core/suggest';
import type { CalendarDate } from '../../core/calendarDate';
import { CliError, readLedger, todayFrom } from '../io';

/** Parses `USD=1,EUR=1.08,JPY=0.0067` (units of one base currency per unit). */
export function parseRates(text: string | undefined): Rates | undefined {
  if (!text) return undefined;
  const rates: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const m = /^\s*([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(pair);
    if (!m) throw new CliError(`--rates: "${pair}" is not CUR=number (e.g. USD=1,EUR=1.08)`, 2);
    rates[m[1]!.toUpperCase()] = Number(m[2]);
  }
  return rates;
}

/** The silent list of a whole ledger file. */
export function silentOf(ledger: Ledger, today: CalendarDate, rates?: Rates): SilentCustomer[] {
  const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
  const zone = ledger.settings.company.timeZone;
  function* entries(): Generator<SilenceEntry> {
    for (const customer of ledger.customers) {
      const events = index.eventsOf(customer.id);
      if (events.length === 0) continue;
      yield {
        customer,
        invoices: index.invoicesOf(customer.id),
        history: contactHistoryOf(events, zone),
      };
    }
  }
  const byId = new Map(ledger.customers.map((c) => [c.id, c]));
  return silentCustomers(
    entries(),
    today,
    (c) => policyFor(byId.get(c.id) ?? c, ledger.settings),
    rates ?? ledger.settings.rates,
  );
}

/** JSON form of one silent customer (amounts as decimal strings). */
export function silentJson(s: SilentCustomer): object {
  return {
    customerId: s.customerId,
    name: s.name,
    daysSilent: s.daysSilent,
    atRisk: s.atRisk.map((m) => ({ currency: m.currency, amount: toDecimalString(m) })),
    lastReminder: { on: s.lastReminderOn, channel: s.lastReminderChannel },
    stage: s.stage,
    nextStepOn: s.nextStepOn,
  };
}

export type SilentArgs = {
  ledger?: string;
  today?: string;
  rates?: string;
  json?: boolean;
  limit?: string;
};

/** `duly silent`: customers with no reply since the last reminder, ranked by money at risk. */
export function silentCommand(args: SilentArgs, write: (text: string) => void): number {
  if (!args.ledger)
    throw new CliError(
      'usage: duly silent --ledger L.json [--today YYYY-MM-DD] [--rates USD=1,EUR=1.08] [--limit N] [--json]',
      2,
    );
  const ledger = readLedger(args.ledger);
  const today = todayFrom(args.today, ledger.settings.company.timeZone);
  const limit = args.limit === undefined ? Infinity : Number(args.limit);
  if (!(limit > 0)) throw new CliError(`--limit: "${args.limit}" is not a positive number`, 2);
  const list = silentOf(ledger, today, parseRates(args.rates)).slice(0, limit);
  if (args.json) {
    write(JSON.stringify(list.map(silentJson), null, 2) + '\n');
    return 0;
  }
  write(silentText(list));
  return 0;
}

/** The silent list as the table `duly silent` prints. */
export function silentText(list: readonly SilentCustomer[]): string {
  if (list.length === 0) return 'Nobody is silent: every reminder has had a reply.\n';
  const rows = list.map((s, i) => [
    String(i + 1),
    s.name,
    `${s.daysSilent} d`,
    s.atRisk.map((m) => `${m.currency} ${toDecimalString(m)}`).join(' + '),
    `${s.lastReminderOn} ${s.lastReminderChannel}`,
    s.stage,
    s.nextStepOn,
  ]);
  const header = ['#', 'Customer', 'Silent', 'At risk', 'Last reminder', 'Stage', 'Next step'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const fmt = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n') + '\n';
}
