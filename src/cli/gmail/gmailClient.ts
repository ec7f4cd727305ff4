import { auth, gmail, type gmail_v1 } from '@googleapis/gmail';
import { CliError } from '../io';
import { readToken, writeToken } from './tokenStore';

/** Google's Gmail API root; `--api-root` replaces it (a test server, a proxy). */
export const GMAIL_API_ROOT = 'https://gmail.googleapis.com/';

/** Least scopes: read headers, create drafts. Neither allows sending. */
export const GMAIL_SCOPES = [
  'https://www.googleapis.com/auth/gmail.readonly',
  'https://www.googleapis.com/auth/gmail.compose',
] as const;

/** An authorized Gmail client and where its credentials came from. */
export type GmailAccess = {
  readonly gmail: gmail_v1.Gmail;
  readonly apiRoot: string;
  /** What a 401 should tell the user to do. */
  readonly loginHint: string;
};

/** `--api-root` as the client wants it: an http(s) URL ending with a slash. */
export function apiRootOf(option: string | undefined): string {
  if (option === undefined) return GMAIL_API_ROOT;
  let url: URL;
  try {
    url = new URL(option);
  } catch {
    throw new CliError(`--api-root: "${option}" is not a URL`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CliError(`--api-root: "${option}" is not an http(s) URL`, 2);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

type OAuth2 = InstanceType<typeof auth.OAuth2>;

/**
 * An OAuth client whose token requests use Node's own fetch: gaxios otherwise loads node-fetch
 * with a dynamic import(), which fails inside jest's VM (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG).
 */
export function createOAuthClient(
  options: Omit<
    NonNullable<ConstructorParameters<typeof auth.OAuth2>[0]>,
    'transporterOptions'
  > = {},
): OAuth2 {
  return new auth.OAuth2({ ...options, transporterOptions: { fetchImplementation: fetch } });
}

/** A Gmail service on `rootUrl` for an OAuth client; gaxios retries stay off (the caller retries). */
export function gmailService(client: OAuth2, apiRoot: string): gmail_v1.Gmail {
  // rootUrl goes to the service: google.options({ rootUrl }) is ignored (DESIGN.md section 8).
  return gmail({
    version: 'v1',
    auth: client,
    rootUrl: apiRoot,
    retry: false,
    fetchImplementation: fetch,
  });
}

/**
 * The Gmail client for a command: `DULY_GMAIL_ACCESS_TOKEN` when set (no refresh), else the token
 * `duly gmail login` stored, refreshed by the OAuth client and saved back when Google renews it.
 */
export function openGmail(options: {
  apiRoot: string;
  env: NodeJS.ProcessEnv;
  configDir: string;
}): GmailAccess {
  const fromEnv = options.env.DULY_GMAIL_ACCESS_TOKEN;
  if (fromEnv) {
    const client = createOAuthClient();
    client.setCredentials({ access_token: fromEnv });
    return {
      gmail: gmailService(client, options.apiRoot),
      apiRoot: options.apiRoot,
      loginHint:
        'DULY_GMAIL_ACCESS_TOKEN is not valid (expired?); unset it and run `duly gmail login`',
    };
  }
  const stored = readToken(options.configDir);
  if (!stored)
    throw new CliError(
      'not signed in to Gmail: run `duly gmail login --client-secret FILE` (or set DULY_GMAIL_ACCESS_TOKEN)',
    );
  const client = createOAuthClient({
    clientId: stored.clientId,
    clientSecret: stored.clientSecret,
    endpoints: { oauth2TokenUrl: stored.tokenUri },
  });
  client.setCredentials({
    refresh_token: stored.refreshToken,
    access_token: stored.accessToken,
    expiry_date: stored.expiryDate,
    scope: stored.scope,
  });
  client.on('tokens', (tokens) => {
    if (!tokens.access_token) return;
    writeToken(options.configDir, {
      ...stored,
      accessToken: tokens.access_token,
      expiryDate: tokens.expiry_date ?? undefined,
      refreshToken: tokens.refresh_token ?? stored.refreshToken,
    });
  });
  return {
    gmail: gmailService(client, options.apiRoot),
    apiRoot: options.apiRoot,
    loginHint: 'run `duly gmail login` (the stored sign-in was refused or revoked)',
  };
}
