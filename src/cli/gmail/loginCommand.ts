import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auth } from '@googleapis/gmail';
import { CliError, readText } from '../io';
import { createGmailCaller, DEFAULT_CALLER_OPTIONS, type CallerOptions } from './gmailCaller';
import { createOAuthClient, GMAIL_SCOPES, gmailService } from './gmailClient';
import { writeToken } from './tokenStore';

/** The parts of a Desktop-app client secret file (Google Cloud console → Credentials) login uses. */
export type InstalledClient = {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly authUri: string;
  readonly tokenUri: string;
};

export type LoginArgs = { 'client-secret'?: string };

export type LoginDeps = {
  readonly apiRoot: string;
  readonly configDir: string;
  /** Opens the consent page; the address is printed as well, for when no browser opens. */
  readonly openUrl: (url: string) => void;
  /** How long to wait for the browser's redirect. */
  readonly timeoutMs: number;
  readonly caller?: Partial<CallerOptions>;
};

type OAuth2 = InstanceType<typeof auth.OAuth2>;
type AuthUrlOptions = NonNullable<Parameters<OAuth2['generateAuthUrl']>[0]>;

/** Reads Google's client secret JSON; a Web-application client is refused with what to create. */
export function readClientSecret(file: string): InstalledClient {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const root = json as { installed?: Record<string, unknown>; web?: unknown };
  if (!root.installed) {
    throw new CliError(
      root.web
        ? `${file}: this is a Web application client; create an OAuth client of type "Desktop app"`
        : `${file}: not a Google OAuth client file (no "installed" section)`,
    );
  }
  const c = root.installed;
  const str = (key: string, fallback?: string): string => {
    const value = c[key] ?? fallback;
    if (typeof value !== 'string' || value === '')
      throw new CliError(`${file}: installed.${key} is missing`);
    return value;
  };
  return {
    clientId: str('client_id'),
    clientSecret: str('client_secret'),
    authUri: str('auth_uri', 'https://accounts.google.com/o/oauth2/auth'),
    tokenUri: str('token_uri', 'https://oauth2.googleapis.com/token'),
  };
}

const DONE_PAGE = `<!doctype html><meta charset="utf-8"><title>duly</title>
<p>duly can now read your Gmail headers and create drafts. You can close this tab.</p>`;

/** Waits on a loopback server for Google's redirect and returns the authorization code. */
function awaitCode(server: Server, state: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new CliError(
            `no answer from the browser within ${Math.round(timeoutMs / 1000)} s: run \`duly gmail login\` again`,
          ),
        ),
      timeoutMs,
    );
    timer.unref();
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const code = url.searchParams.get('code');
      const error = url.searchParams.get('error');
      if (!code && !error) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(error ? 400 : 200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(error ? '<p>Sign-in was not completed. You can close this tab.</p>' : DONE_PAGE);
      clearTimeout(timer);
      if (error) reject(new CliError(`Google did not grant access (${error})`));
      else if (url.searchParams.get('state') !== state)
        reject(new CliError('the sign-in answer did not match this login (state): try again'));
      else resolve(code!);
    });
  });
}

/**
 * `duly gmail login`: the installed-app flow (RFC 8252): a loopback redirect on 127.0.0.1 with a
 * port the system picks, PKCE (S256) and a state check; the refresh token is stored in the
 * user's config directory, readable by the user only.
 */
export async function loginCommand(
  args: LoginArgs,
  deps: LoginDeps,
  io: { out: (t: string) => void; err: (t: string) => void },
): Promise<number> {
  if (!args['client-secret'])
    throw new CliError(
      'usage: duly gmail login --client-secret client_secret.json [--api-root URL]',
      2,
    );
  const secret = readClientSecret(args['client-secret']);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client: OAuth2 = createOAuthClient({
      clientId: secret.clientId,
      clientSecret: secret.clientSecret,
      redirectUri,
      endpoints: { oauth2AuthBaseUrl: secret.authUri, oauth2TokenUrl: secret.tokenUri },
    });
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const state = randomBytes(16).toString('hex');
    const url = client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: [...GMAIL_SCOPES],
      state,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256' as AuthUrlOptions['code_challenge_method'],
    });
    const code = awaitCode(server, state, deps.timeoutMs);
    io.err(
      `Sign in with Google to let duly read message headers and create drafts (it never sends):\n\n  ${url}\n\n`,
    );
    deps.openUrl(url);
    const received = await code;
    let tokens;
    try {
      ({ tokens } = await client.getToken({
        code: received,
        codeVerifier,
        redirect_uri: redirectUri,
      }));
    } catch (error) {
      const data = (
        error as { response?: { data?: { error?: string; error_description?: string } } }
      ).response?.data;
      throw new CliError(
        `Google refused the sign-in code at ${secret.tokenUri}: ${data?.error_description ?? data?.error ?? (error as Error).message}`,
      );
    }
    if (!tokens.refresh_token)
      throw new CliError(
        'Google returned no refresh token: remove duly at https://myaccount.google.com/permissions and log in again',
      );
    client.setCredentials(tokens);
    const caller = createGmailCaller(deps.apiRoot, { ...DEFAULT_CALLER_OPTIONS, ...deps.caller });
    const profile = await caller.call('users.getProfile', () =>
      gmailService(client, deps.apiRoot).users.getProfile({ userId: 'me' }),
    );
    const file = writeToken(deps.configDir, {
      clientId: secret.clientId,
      clientSecret: secret.clientSecret,
      tokenUri: secret.tokenUri,
      refreshToken: tokens.refresh_token,
      accessToken: tokens.access_token ?? undefined,
      expiryDate: tokens.expiry_date ?? undefined,
      scope: tokens.scope ?? undefined,
      email: profile.emailAddress ?? undefined,
    });
    io.out(`Signed in to Gmail as ${profile.emailAddress}. Token saved to ${file} (mode 0600).\n`);
    return 0;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
