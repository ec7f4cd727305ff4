import { basename } from 'node:path';
import { importInvoicesCsv } from '../../core/csvImport';
import { emptyLedger, serializeLedger } from '../../core/ledgerFile';
import type { Ledger } from '../../core/model';
import { CliError, readLedger, readText, writeAtomic } from '../io';

export type ImportArgs = {
  invoices?: string;
  customers?: string;
  into?: string;
  out?: string;
  'date-order'?: string;
  currency?: string;
  'time-zone'?: string;
  company?: string;
  json?: boolean;
};

/** Merges imported records into a ledger: same id replaces (re-import updates), new ones are added. */
export function mergeImported(
  ledger: Ledger,
  imported: Pick<Ledger, 'customers' | 'invoices'>,
): Ledger {
  const customers = new Map(ledger.customers.map((c) => [c.id, c]));
  for (const c of imported.customers) if (!customers.has(c.id)) customers.set(c.id, c);
  const invoices = new Map(ledger.invoices.map((i) => [i.id, i]));
  for (const i of imported.invoices) invoices.set(i.id, i);
  return { ...ledger, customers: [...customers.values()], invoices: [...invoices.values()] };
}

/** `duly import`: CSV exports into a ledger file, all rows or none, every bad row listed. */
export function importCommand(
  args: ImportArgs,
  write: (text: string) => void,
  writeError: (text: string) => void,
): number {
  if (!args.invoices || !args.out) {
    throw new CliError(
      'usage: duly import --invoices I.csv [--customers C.csv] [--into L.json] --out L2.json [--date-order dmy|mdy] [--currency CUR] [--time-zone Zone] [--company NAME]',
      2,
    );
  }
  const order = args['date-order'];
  if (order !== undefined && order !== 'dmy' && order !== 'mdy')
    throw new CliError(`--date-order: "${order}" must be dmy or mdy`, 2);
  const base = args.into
    ? readLedger(args.into)
    : emptyLedger({
        name: args.company ?? 'My company',
        timeZone: args['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        signature: args.company ?? '',
      });
  const result = importInvoicesCsv(readText(args.invoices), {
    fileName: basename(args.invoices),
    existing: base,
    customersCsv: args.customers ? readText(args.customers) : undefined,
    dateOrder: order,
    defaultCurrency: args.currency,
    defaultTimeZone: args['time-zone'] ?? base.settings.company.timeZone,
  });
  const file = basename(args.invoices);
  if (!result.ok) {
    if (args.json)
      write(JSON.stringify({ ok: false, rejections: result.rejections }, null, 2) + '\n');
    for (const r of result.rejections) {
      writeError(`${file}:${r.line}${r.column ? ` column "${r.column}"` : ''}: ${r.message}\n`);
    }
    writeError(
      `duly import: ${result.rejections.length} row${result.rejections.length === 1 ? '' : 's'} rejected; nothing was written.\n`,
    );
    return 1;
  }
  const merged = mergeImported(base, result);
  writeAtomic(args.out, serializeLedger(merged));
  const summary = {
    ok: true,
    created: result.created,
    updated: result.updated,
    customers: result.customers.length,
    warnings: result.warnings,
    out: args.out,
  };
  if (args.json) write(JSON.stringify(summary, null, 2) + '\n');
  else {
    write(
      `${result.created} invoices imported, ${result.updated} updated, ${result.customers.length} customers; written to ${args.out}\n`,
    );
    for (const w of result.warnings) write(`Warning: ${w}\n`);
  }
  return 0;
}
