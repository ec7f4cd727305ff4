import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { calendarDate, calendarDateIn, type CalendarDate } from '../core/calendarDate';
import { parseLedgerText } from '../core/ledgerFile';
import type { Ledger } from '../core/model';

/** An error the user caused: printed as one line, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Reads a UTF-8 file, naming it when it cannot be read. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${file}: cannot read (${code === 'ENOENT' ? 'no such file' : String(code ?? error)})`,
    );
  }
}

/** Reads and validates a `duly-ledger` file; the first problem is named with file and path. */
export function readLedger(file: string): Ledger {
  const text = readText(file);
  try {
    return parseLedgerText(text, basename(file));
  } catch (error) {
    const issues = (error as { issues?: { path: string; message: string }[] }).issues;
    if (issues && issues.length > 0) {
      const more =
        issues.length > 1
          ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
          : '';
      throw new CliError(`${file}: ${issues[0]!.path}: ${issues[0]!.message}${more}`);
    }
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
}

/** Writes through a temporary file and a rename, so a failure never leaves half a file. */
export function writeAtomic(file: string, content: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(`${file}: cannot write (${(error as Error).message})`);
  }
}

/** `--today` as given, else today in the seller's zone (the CLI is a composition root: it may read the clock). */
export function todayFrom(option: string | undefined, timeZone: string): CalendarDate {
  if (option === undefined) return calendarDateIn(Date.now(), timeZone);
  try {
    return calendarDate(option);
  } catch {
    throw new CliError(`--today: "${option}" is not a date (YYYY-MM-DD)`, 2);
  }
}
