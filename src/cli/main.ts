import { parseArgs } from 'node:util';
import { importCommand } from './commands/importCommand';
import { silentCommand } from './commands/silentCommand';
import { suggestCommand } from './commands/suggestCommand';
import { synthCommand } from './commands/synthCommand';
import { gmailCommand, GMAIL_USAGE } from './gmail/gmailCommand';
import { CliError } from './io';

const HELP = `duly: collections from the command line. It never sends mail.

  duly suggest --ledger L.json --message M.json [--today YYYY-MM-DD] [--lang xx] [--reason r] [--json]
  duly silent  --ledger L.json [--today YYYY-MM-DD] [--rates USD=1,EUR=1.08] [--limit N] [--json]
  duly import  --invoices I.csv [--customers C.csv] [--into L.json] --out L2.json [--date-order dmy|mdy]
  duly synth   --customers N --invoices N --events N --seed S [--today YYYY-MM-DD] --out L.json
${GMAIL_USAGE}
`;

const OPTIONS = {
  ledger: { type: 'string' },
  message: { type: 'string' },
  today: { type: 'string' },
  lang: { type: 'string' },
  reason: { type: 'string' },
  rates: { type: 'string' },
  limit: { type: 'string' },
  invoices: { type: 'string' },
  customers: { type: 'string' },
  events: { type: 'string' },
  seed: { type: 'string' },
  into: { type: 'string' },
  out: { type: 'string' },
  'date-order': { type: 'string' },
  currency: { type: 'string' },
  'time-zone': { type: 'string' },
  company: { type: 'string' },
  json: { type: 'boolean' },
  'client-secret': { type: 'string' },
  since: { type: 'string' },
  write: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'api-root': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Io = { out: (text: string) => void; err: (text: string) => void };
const STDIO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs one command and returns its exit code; user errors become one line on stderr. */
export async function run(argv: readonly string[], io: Io = STDIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const sub = command === 'gmail' ? rest.shift() : undefined;
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    let values;
    try {
      ({ values } = parseArgs({
        args: rest,
        options: OPTIONS,
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n${HELP}`, 2);
    }
    switch (command) {
      case 'suggest':
        return suggestCommand(values, io.out);
      case 'silent':
        return silentCommand(values, io.out);
      case 'import':
        return importCommand(values, io.out, io.err);
      case 'synth':
        return synthCommand(values, io.out);
      case 'gmail':
        // await: a rejection must reach the catch below.
        return await gmailCommand(sub, values, io);
      default:
        throw new CliError(`unknown command "${command}"\n${HELP}`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`duly: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`duly: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 70;
  }
}
