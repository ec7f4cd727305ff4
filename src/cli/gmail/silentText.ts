import { toDecimalString } from '../../core/money';
import type { SilentCustomer } from '../../core/silence';

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
