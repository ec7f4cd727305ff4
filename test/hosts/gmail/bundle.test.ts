import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import webpack from 'webpack';
import { cardButtons, nodes, rendered, type Rendered } from '../../fakes/appsScript';
import {
  composeEvent,
  gmailWithSamples,
  homepageEvent,
  manifestFunctions,
  messageEvent,
} from './gmailFixtures';

const ROOT = join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack/gmail.config.js'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8'));

let out: string;
let code: string;

// The bundle is built here, into a temporary folder, so the test needs no earlier `npm run build`.
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'duly-gmail-'));
  const config = makeConfig('production');
  config.output = { ...config.output, path: out };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  code = readFileSync(join(out, 'Code.js'), 'utf8');
}, 60_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Loads Code.js as Apps Script does: one global scope holding the services, no require, no DOM. */
function load() {
  const fakes = gmailWithSamples();
  const { CardService, GmailApp, SpreadsheetApp, CacheService, PropertiesService, LockService } =
    fakes.host;
  const services = {
    CardService,
    GmailApp,
    SpreadsheetApp,
    CacheService,
    PropertiesService,
    LockService,
    Drive: fakes.host.Drive,
  };
  const context = createContext({ ...services, console });
  runInContext(code, context, { filename: 'Code.js' });
  return { fakes, context: context as Record<string, unknown> };
}

function call(context: Record<string, unknown>, name: string, event: unknown): Rendered {
  const fn = context[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a function in the bundle`);
  return rendered(fn(event));
}

describe('dist/gmail/Code.js', () => {
  it('copies appsscript.json beside the code', () => {
    expect(JSON.parse(readFileSync(join(out, 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });

  it('declares every function the manifest names as a top-level function', () => {
    for (const name of [...manifestFunctions(manifest), 'onDulyAction'])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('uses no Node or browser global', () => {
    const { context } = load();
    expect(context.require).toBeUndefined();
    expect(code).not.toMatch(/\brequire\(["']node:/);
  });

  it('answers the homepage trigger with the silent list', () => {
    const { context } = load();
    const card = call(context, 'onHomepage', homepageEvent());
    expect(card.kind).toBe('Card');
    expect(
      cardButtons(card).some(
        (b) => b.action === 'silentDraft' && b.functionName === 'onDulyAction',
      ),
    ).toBe(true);
  });

  it('answers the message trigger with a card naming the customer', () => {
    const { context } = load();
    const card = call(context, 'onGmailMessage', messageEvent('cash-flow'));
    expect(card.name).toBe('message');
    expect(JSON.stringify(card)).toContain('Importadora del Pac');
  });

  it('answers the compose trigger and inserts the draft through the action function', () => {
    const { context } = load();
    const card = call(context, 'onGmailCompose', composeEvent(['j.weber@bayern-maschinenbau.de']));
    const insert = cardButtons(card).find((b) => b.action === 'insert')!;
    const response = call(context, insert.functionName!, composeEvent([], [], insert.parameters));
    expect(response.kind).toBe('UpdateDraftActionResponse');
    expect(nodes(response).some((n) => n.kind === 'UpdateDraftBodyAction')).toBe(true);
  });

  it('answers the Sheets homepage and asks for the open Sheet only', () => {
    const { context } = load();
    const card = call(context, 'onSheetsHomepage', {
      commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', parameters: {} },
      sheets: { addonHasFileScopePermission: false },
    });
    const use = cardButtons(card).find((b) => b.action === 'useThisSheet')!;
    const response = call(context, use.functionName!, {
      commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', parameters: use.parameters },
      sheets: { addonHasFileScopePermission: false },
    });
    expect(response).toMatchObject({
      kind: 'EditorFileScopeActionResponse',
      fileScopeForActiveDocument: true,
    });
  });

  it('takes the Sheet granted from Sheets as the ledger', () => {
    const { context, fakes } = load();
    const card = call(context, 'onSheetsFileScopeGranted', {
      commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', parameters: {} },
      sheets: { id: fakes.book.id, title: 'Duly ledger', addonHasFileScopePermission: true },
    });
    expect(card.name).toBe('sheetsUsed');
  });

  it('creates a reply draft from the message card button', () => {
    const { context, fakes } = load();
    const card = call(context, 'onGmailMessage', messageEvent('cash-flow'));
    const reply = cardButtons(card).find((b) => b.action === 'reply')!;
    const response = call(
      context,
      reply.functionName!,
      messageEvent('cash-flow', { parameters: reply.parameters }),
    );
    expect(response.kind).toBe('ComposeActionResponse');
    expect(fakes.gmail.drafts).toHaveLength(1);
  });
});
