import { serializeLedger } from '../../core/ledgerFile';
import { synthLedger } from '../../core/synth';
import { CliError, todayFrom, writeAtomic } from '../io';

export type SynthArgs = {
  customers?: string;
  invoices?: string;
  events?: string;
  seed?: string;
  today?: string;
  out?: string;
};

function count(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new CliError(`--${name}: "${text}" is not a whole number`, 2);
  return n;
}

/** `duly synth`: a reproducible synthetic ledger for benchmarks and demos. */
export function synthCommand(args: SynthArgs, write: (text: string) => void): number {
  if (!args.out)
    throw new CliError(
      'usage: duly synth --customers N --invoices N --events N --seed S [--today YYYY-MM-DD] --out L.json',
      2,
    );
  const customers = count('customers', args.customers, 20);
  const ledger = synthLedger({
    customers,
    invoices: count('invoices', args.invoices, customers * 10),
    events: count('events', args.events, customers * 100),
    seed: args.seed ?? 1,
    today: todayFrom(args.today, 'Europe/Madrid'),
  });
  writeAtomic(args.out, serializeLedger(ledger));
  write(
    `${ledger.customers.length} customers, ${ledger.invoices.length} invoices, ${ledger.events.length} events written to ${args.out}\n`,
  );
  return 0;
}
