import { spawn } from 'node:child_process';
import { CliError } from '../io';
import { createGmailCaller, DEFAULT_CALLER_OPTIONS, type CallerOptions } from './gmailCaller';
import { apiRootOf, openGmail } from './gmailClient';
import type { GmailSession } from './gmailSession';
import { draftsCommand, type DraftsArgs } from './draftsCommand';
import { loginCommand, type LoginArgs } from './loginCommand';
import { scanCommand, type ScanArgs } from './scanCommand';
import { configDirOf } from './tokenStore';

export type GmailArgs = LoginArgs & ScanArgs & DraftsArgs & { 'api-root'?: string };

/** What the composition root provides; tests replace the browser, the env and the waits. */
export type GmailDeps = {
  readonly env: NodeJS.ProcessEnv;
  readonly openUrl: (url: string) => void;
  readonly loginTimeoutMs: number;
  readonly caller: Partial<CallerOptions>;
};

export const GMAIL_USAGE = `  duly gmail login  --client-secret FILE [--api-root URL]
  duly gmail scan   --ledger L.json [--since 180d|YYYY-MM-DD] [--today D] [--write] [--json] [--api-root URL]
  duly gmail drafts --ledger L.json --today D [--limit N] [--dry-run] [--api-root URL]`;

/** Opens the system browser, best effort: the address is printed anyway. */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser here: the user copies the printed address.
  }
}

const DEFAULT_DEPS: GmailDeps = {
  env: process.env,
  openUrl: openInBrowser,
  loginTimeoutMs: 5 * 60_000,
  caller: {},
};

/** `duly gmail <login|scan|drafts>`. Never sends mail. */
export async function gmailCommand(
  sub: string | undefined,
  args: GmailArgs,
  io: { out: (t: string) => void; err: (t: string) => void },
  deps: GmailDeps = DEFAULT_DEPS,
): Promise<number> {
  if (sub === 'help' || sub === '--help' || sub === '-h') {
    io.out(`${GMAIL_USAGE}\n`);
    return 0;
  }
  const apiRoot = apiRootOf(args['api-root']);
  const configDir = configDirOf(deps.env);
  const session = (): GmailSession => {
    const access = openGmail({ apiRoot, env: deps.env, configDir });
    return {
      gmail: access.gmail,
      caller: createGmailCaller(apiRoot, {
        ...DEFAULT_CALLER_OPTIONS,
        loginHint: access.loginHint,
        ...deps.caller,
      }),
    };
  };
  switch (sub) {
    case 'login':
      return loginCommand(
        args,
        {
          apiRoot,
          configDir,
          openUrl: deps.openUrl,
          timeoutMs: deps.loginTimeoutMs,
          caller: deps.caller,
        },
        io,
      );
    case 'scan':
      return scanCommand(args, session, io);
    case 'drafts':
      return draftsCommand(args, session, io);
    default:
      throw new CliError(
        `${sub ? `unknown gmail command "${sub}"` : 'which gmail command?'}\n${GMAIL_USAGE}\n`,
        2,
      );
  }
}
