import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gmailCommand, type GmailDeps } from '../../../src/cli/gmail/gmailCommand';
import { startFakeGmail, type FakeGmail } from '../../fakes/fakeGmailServer';
import { gmailMailbox, ledgerFile, ME, TODAY } from './gmailFixtures';

let fake: FakeGmail;
let configDir: string;
let secretFile: string;

beforeEach(async () => {
  fake = await startFakeGmail({ email: ME, messages: gmailMailbox() });
  const dir = mkdtempSync(join(tmpdir(), 'duly-login-'));
  configDir = join(dir, 'config', 'duly');
  secretFile = join(dir, 'client_secret.json');
  writeFileSync(
    secretFile,
    JSON.stringify({
      installed: {
        client_id: '123-abc.apps.googleusercontent.com',
        project_id: 'duly-test',
        auth_uri: `${fake.url}o/oauth2/auth`,
        token_uri: `${fake.url}token`,
        client_secret: 'GOCSPX-test',
        redirect_uris: ['http://localhost'],
      },
    }),
  );
});
afterEach(() => fake.close());

async function gmail(sub: string, args: Record<string, unknown>, deps: Partial<GmailDeps> = {}) {
  let out = '';
  let err = '';
  const opened: string[] = [];
  const all: GmailDeps = {
    env: { DULY_CONFIG_DIR: configDir },
    // The "browser": follows Google's redirect back to duly's loopback server.
    openUrl: (url) => {
      opened.push(url);
      void fetch(url).catch(() => undefined);
    },
    loginTimeoutMs: 5000,
    caller: { baseDelayMs: 1, maxRetryWaitMs: 20 },
    ...deps,
  };
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
  try {
    return {
      code: await gmailCommand(sub, { 'api-root': fake.url, ...args }, io, all),
      out,
      err,
      opened,
    };
  } catch (error) {
    return { code: -1, out, err: `${err}${(error as Error).message}`, opened };
  }
}

describe('duly gmail login', () => {
  it('signs in with a loopback redirect and PKCE, and stores the token for the user only', async () => {
    const { code, out, err, opened } = await gmail('login', { 'client-secret': secretFile });
    expect(err).toContain(opened[0]);
    expect(code).toBe(0);
    const auth = new URL(opened[0]!);
    expect(auth.pathname).toBe('/o/oauth2/auth');
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('access_type')).toBe('offline');
    expect(auth.searchParams.get('scope')?.split(' ')).toEqual([
      'https://www.googleapis.com/auth/gmail.readonly',
      'https://www.googleapis.com/auth/gmail.compose',
    ]);
    expect(auth.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The fake token endpoint answers only when SHA-256(code_verifier) is the challenge.
    const exchange = fake.requests.find((r) => r.path === '/token')!;
    expect(exchange.body).toMatchObject({
      grant_type: 'authorization_code',
      code_verifier: expect.any(String),
    });

    const tokenFile = join(configDir, 'gmail-token.json');
    expect(out).toBe(`Signed in to Gmail as ${ME}. Token saved to ${tokenFile} (mode 0600).\n`);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(tokenFile, 'utf8'))).toMatchObject({
      clientId: '123-abc.apps.googleusercontent.com',
      refreshToken: 'refresh-1',
      tokenUri: `${fake.url}token`,
      email: ME,
    });
  });

  it('lets scan use the stored token afterwards', async () => {
    await gmail('login', { 'client-secret': secretFile });
    const { file } = ledgerFile();
    const { code, err } = await gmail('scan', { ledger: file, today: TODAY });
    expect(code).toBe(0);
    expect(err).toContain('9 new events');
  });

  it('refuses a Web application client and names what to create', async () => {
    writeFileSync(secretFile, JSON.stringify({ web: { client_id: 'x' } }));
    const { code, err } = await gmail('login', { 'client-secret': secretFile });
    expect(code).toBe(-1);
    expect(err).toContain('create an OAuth client of type "Desktop app"');
  });

  it('reports a refused grant without storing anything', async () => {
    const { code, err } = await gmail(
      'login',
      { 'client-secret': secretFile },
      {
        openUrl: (url) => {
          const redirect = new URL(new URL(url).searchParams.get('redirect_uri')!);
          redirect.searchParams.set('error', 'access_denied');
          void fetch(redirect).catch(() => undefined);
        },
      },
    );
    expect(code).toBe(-1);
    expect(err).toContain('Google did not grant access (access_denied)');
    expect(() => statSync(join(configDir, 'gmail-token.json'))).toThrow();
  });
});
