import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../io';

/** What `duly gmail login` keeps: the OAuth client it used and the tokens Google issued. */
export type StoredToken = {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokenUri: string;
  readonly refreshToken: string;
  readonly accessToken?: string;
  /** Milliseconds since the epoch. */
  readonly expiryDate?: number;
  readonly scope?: string;
  readonly email?: string;
};

const TOKEN_FILE = 'gmail-token.json';

/**
 * The user's config directory for duly: `DULY_CONFIG_DIR` when set, else `%APPDATA%\duly` on
 * Windows, `~/Library/Application Support/duly` on macOS, `$XDG_CONFIG_HOME/duly` (default
 * `~/.config/duly`) elsewhere.
 */
export function configDirOf(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.DULY_CONFIG_DIR) return env.DULY_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'duly');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'duly');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'duly');
}

/** Path of the token file inside a config directory. */
export function tokenPathOf(configDir: string): string {
  return join(configDir, TOKEN_FILE);
}

/** The stored token, or undefined when there is none; a damaged file is named. */
export function readToken(configDir: string): StoredToken | undefined {
  const file = tokenPathOf(configDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError(`${file}: cannot read (${(error as Error).message})`);
  }
  try {
    const token = JSON.parse(text) as StoredToken;
    if (typeof token.refreshToken !== 'string' || typeof token.clientId !== 'string')
      throw new Error('no refresh token');
    return token;
  } catch (error) {
    throw new CliError(
      `${file}: not a duly token (${(error as Error).message}): run \`duly gmail login\` again`,
    );
  }
}

/** Writes the token readable by the user only (directory 0700, file 0600), through a rename. */
export function writeToken(configDir: string, token: StoredToken): string {
  const file = tokenPathOf(configDir);
  const temp = join(configDir, `.${TOKEN_FILE}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    mkdirSync(configDir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify(token, null, 2) + '\n', { mode: 0o600 });
    // The mode of writeFileSync is filtered by the umask; chmod makes 0600 certain.
    chmodSync(temp, 0o600);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(`${file}: cannot write the token (${(error as Error).message})`);
  }
  return file;
}
