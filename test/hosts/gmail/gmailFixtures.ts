import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import type { Ledger, MailItem } from '../../../src/core/model';
import type { AddOnEvent } from '../../../src/hosts/gmail/appsScript';
import { SHEET_ID_PROPERTY } from '../../../src/hosts/gmail/ledgerStore';
import { TAB_NAMES } from '../../../src/hosts/gmail/sheetLayout';
import { ledgerTabs } from '../../../src/hosts/gmail/sheetRows';
import { createAppsScriptFakes, FakeSpreadsheet, type SharedFakes } from '../../fakes/appsScript';

const SAMPLES = join(__dirname, '../../../samples');
export const OWN = 'maria.lopez@duly-demo.es';
/** The sample ledger Sheet's id, shaped like a real Drive file id. */
export const LEDGER_SHEET_ID = '1DulyLedgerSheet-sample_0000000000000000000';

export const SAMPLE_LEDGER: Ledger = parseLedgerText(
  readFileSync(join(SAMPLES, 'ledger.json'), 'utf8'),
  'ledger.json',
);

/** The sample messages by file name (without .json). */
export const SAMPLE_MESSAGES: Record<string, MailItem> = Object.fromEntries(
  readdirSync(join(SAMPLES, 'messages'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [
      f.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(SAMPLES, 'messages', f), 'utf8')),
    ]),
);

/**
 * Fakes holding the sample ledger in a Sheet, and the sample messages in Gmail. With `teamOf`,
 * a teammate of that user: the same Drive and lock, the same ledger Sheet already granted.
 */
export function gmailWithSamples(
  ledger: Ledger = SAMPLE_LEDGER,
  teamOf?: { team: SharedFakes; book: FakeSpreadsheet },
) {
  const fakes = createAppsScriptFakes('2026-07-01T08:00:00Z', {
    team: teamOf?.team,
    user: teamOf ? 'chen' : 'maria',
  });
  let book: FakeSpreadsheet;
  if (teamOf) {
    book = teamOf.book;
    fakes.sheets.granted.add(book.id);
  } else {
    book = fakes.sheets.add(new FakeSpreadsheet(LEDGER_SHEET_ID, 'Duly ledger', 'Europe/Madrid'));
    const tabs = ledgerTabs(ledger, [OWN]);
    for (const name of TAB_NAMES) book.withTab(name, tabs[name]);
  }
  fakes.properties.setProperty(SHEET_ID_PROPERTY, book.id);
  for (const [name, m] of Object.entries(SAMPLE_MESSAGES)) {
    if (m.direction === 'compose') continue;
    fakes.gmail.add({
      id: `msg-${name}`,
      threadId: m.threadId ?? `thread-${name}`,
      accessToken: `token-${name}`,
      from: m.from,
      to: m.to.join(', '),
      cc: m.cc.join(', '),
      subject: m.subject,
      plainBody: m.body,
      date: new Date(m.receivedAt ?? '2026-06-30T09:00:00Z'),
    });
  }
  return { ...fakes, book };
}

/** The event Gmail sends when the user opens a sample message (or presses a button on its card). */
export function messageEvent(
  name: string,
  extra: { parameters?: Record<string, string>; formInputs?: Record<string, unknown> } = {},
): AddOnEvent {
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: 'Europe/Madrid', offset: '7200000' },
      parameters: extra.parameters ?? {},
      formInputs: (extra.formInputs ?? {}) as AddOnEvent['commonEventObject']['formInputs'],
    },
    gmail: {
      messageId: `msg-${name}`,
      threadId: SAMPLE_MESSAGES[name]?.threadId ?? `thread-${name}`,
      accessToken: `token-${name}`,
    },
  };
}

/** The event of the compose trigger with draftAccess METADATA. */
export function composeEvent(
  to: string[],
  cc: string[] = [],
  parameters: Record<string, string> = {},
): AddOnEvent {
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: 'en',
      parameters,
      formInputs: {},
    },
    draftMetadata: { toRecipients: to, ccRecipients: cc },
  };
}

/** The homepage trigger's event. */
export function homepageEvent(parameters: Record<string, string> = {}): AddOnEvent {
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: 'en',
      timeZone: { id: 'Europe/Madrid', offset: '7200000' },
      parameters,
      formInputs: {},
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = any;

/** The least scopes that work (issue 6): no restricted Gmail scope, Drive only for our own Sheet. */
export const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/gmail.addons.execute',
  'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
  'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.locale',
];

/** Every function name appsscript.json tells Gmail to call. */
export function manifestFunctions(m: Manifest): string[] {
  return [
    m.addOns.common.homepageTrigger.runFunction,
    ...m.addOns.gmail.contextualTriggers.map(
      (t: { onTriggerFunction: string }) => t.onTriggerFunction,
    ),
    ...m.addOns.gmail.composeTrigger.selectActions.map(
      (a: { runFunction: string }) => a.runFunction,
    ),
    m.addOns.sheets.homepageTrigger.runFunction,
    m.addOns.sheets.onFileScopeGrantedTrigger.runFunction,
  ];
}
