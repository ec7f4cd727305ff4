// The Chromium harness shared by the browser tests and the benchmarks: Debian's chromium driven
// by playwright-core (no browser download), a fresh persistent profile per test file (on-disk
// IndexedDB, as a real pane has), and a tiny static server for the built pages.
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium package; `.ci/run` installs it with apt when it is missing. */
export const CHROMIUM_PATH = process.env.DULY_CHROMIUM ?? '/usr/bin/chromium';

/** DESIGN.md section 8: quiet, sandbox-free headless Chromium that never calls home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where `webpack --config-name demo` writes the demo page; DULY_DEMO_DIST points elsewhere so
 * that parallel work can build its own copy (`--output-path`).
 */
export const DEMO_DIST = process.env.DULY_DEMO_DIST ?? resolve(__dirname, '../../dist/demo');

/** Where screenshots and other test artefacts go (kept by CI for people to look at). */
export const ARTEFACTS_DIR = resolve(__dirname, '../../test-artefacts');

/** Where `webpack --config-name e2e` writes the test pages. */
export const E2E_DIST = resolve(__dirname, '../../dist/e2e');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json',
};

/** A running static server: `url` ends with '/'. */
export type StaticServer = { readonly url: string; close(): Promise<void> };

/**
 * Serves `root` on 127.0.0.1 at a free port; `extra` maps URL paths ("/data/ledger.json") to
 * files elsewhere (bench data). Only GET of files under root or in `extra`.
 */
export async function startStaticServer(
  root: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = extra[path] ?? join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) && !(path in extra)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A Chromium with its own profile directory, removed again by `close`. */
export type Browser = {
  readonly context: BrowserContext;
  readonly profileDir: string;
  /** A new tab on `url`, waiting until `ready` (a document title) when given. */
  open(url: string, ready?: string): Promise<Page>;
  close(): Promise<void>;
};

/** Launches Chromium with a fresh persistent profile (or `profileDir` to keep one). */
export async function launchChromium(options: { profileDir?: string } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (as .ci/run does).`,
    );
  }
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'duly-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: CHROMIUM_FLAGS,
  });
  return {
    context,
    profileDir,
    async open(url, ready) {
      const blank = context.pages().find((p) => p.url() === 'about:blank');
      const page = blank ?? (await context.newPage());
      await page.goto(url);
      if (ready !== undefined) await page.waitForFunction((t) => document.title === t, ready);
      return page;
    },
    async close() {
      await context.close();
      if (options.profileDir === undefined) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Throws a helpful error when the test pages were not built. */
export function assertBuilt(file = 'store.html'): void {
  if (!existsSync(join(E2E_DIST, file))) {
    throw new Error(
      `${file} is missing in dist/e2e: run "npm run test:e2e" (it builds the pages first).`,
    );
  }
}

/** Throws a helpful error when the demo page was not built. */
export function assertDemoBuilt(): void {
  if (!existsSync(join(DEMO_DIST, 'index.html')))
    throw new Error(`${DEMO_DIST}/index.html is missing: run "npm run test:e2e".`);
}

/** One axe-core finding, reduced to what a failing test message needs. */
export type AxeViolation = {
  readonly id: string;
  readonly help: string;
  readonly targets: string[];
};

/**
 * Runs axe-core (WCAG 2.x A and AA rules) inside the page, limited to `selector` when given, and
 * returns its violations; an empty list is a clean page.
 */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline
  // or foreign scripts) does not govern: a script tag would be refused.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async (context) => {
    type AxeResult = {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } })
      .axe;
    // Tabster's dummy inputs (Fluent's focus management) are aria-hidden and focusable by design:
    // they hand focus on at once, and axe's aria-hidden-focus flags them (microsoft/tabster#288).
    const target = { include: [context ?? 'html'], exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(target, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, selector);
}
