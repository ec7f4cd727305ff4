import {
  onAction,
  onSheetsFileScopeGranted,
  onSheetsHomepage,
} from '../../../src/hosts/gmail/handlers';
import { SHEET_ID_PROPERTY } from '../../../src/hosts/gmail/ledgerStore';
import { sheetIdFromUrl } from '../../../src/hosts/gmail/sharedLedger';
import type { AddOnEvent } from '../../../src/hosts/gmail/appsScript';
import {
  cardButtons,
  cardTexts,
  createAppsScriptFakes,
  FakeSpreadsheet,
  nodes,
  rendered,
} from '../../fakes/appsScript';
import { gmailWithSamples, homepageEvent } from './gmailFixtures';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xy';

/** A teammate without a ledger, in the team whose Sheet `maria` created. */
function newcomer() {
  const maria = gmailWithSamples();
  const chen = createAppsScriptFakes('2026-07-01T08:00:00Z', { team: maria.team, user: 'chen' });
  return { maria, chen };
}

function pasted(url: string): AddOnEvent {
  const event = homepageEvent({ action: 'useSharedLedger' });
  return {
    ...event,
    commonEventObject: {
      ...event.commonEventObject,
      formInputs: {
        sheetUrl: { stringInputs: { value: [url] } },
      } as unknown as AddOnEvent['commonEventObject']['formInputs'],
    },
  };
}

function sheetsEvent(sheets: AddOnEvent['sheets'], parameters = {}): AddOnEvent {
  return {
    commonEventObject: { hostApp: 'SHEETS', platform: 'WEB', parameters, formInputs: {} },
    sheets,
  };
}

describe('sheetIdFromUrl', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, ID],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`, ID],
    [`  ${ID}  `, ID],
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit', null],
    ['https://evil.example/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit', null],
    ['INV-2026-0410', null],
    ['', null],
  ])('reads %s as %s', (text, id) => {
    expect(sheetIdFromUrl(text)).toBe(id);
  });
});

describe('onAction', () => {
  it('offers a shared Sheet from the first-use card, with a field for its link', () => {
    const { chen } = newcomer();
    const response = rendered(onAction(chen.host, homepageEvent({ action: 'sharedLedgerForm' })));
    const input = nodes(response).find((n) => n.kind === 'TextInput');
    expect(input).toMatchObject({ fieldName: 'sheetUrl' });
    expect(cardButtons(response).map((b) => b.action)).toContain('useSharedLedger');
  });

  it('uses a pasted Sheet the add-on may already open, and shows its silent list', () => {
    const { maria, chen } = newcomer();
    chen.sheets.granted.add(maria.book.id);
    const response = rendered(onAction(chen.host, pasted(maria.book.getUrl())));
    expect(chen.properties.getProperty(SHEET_ID_PROPERTY)).toBe(maria.book.id);
    expect(cardTexts(response).join('\n')).toMatch(/Silent customers|Duly now uses/);
  });

  it('explains how to allow a teammate’s Sheet that drive.file does not cover yet', () => {
    const { maria, chen } = newcomer();
    const response = rendered(onAction(chen.host, pasted(maria.book.getUrl())));
    const texts = cardTexts(response).join('\n');
    expect(texts).toContain('Allow Duly to open this Sheet');
    expect(texts).toContain('Use this Sheet as my ledger');
    expect(cardButtons(response).find((b) => b.text === 'Open the Sheet')?.url).toBe(
      maria.book.getUrl(),
    );
    expect(chen.properties.getProperty(SHEET_ID_PROPERTY)).toBeNull();
  });

  it('names the missing tabs of a Sheet that is not a ledger', () => {
    const { chen } = newcomer();
    const other = chen.sheets.add(new FakeSpreadsheet(ID, 'Budget 2026'));
    other.insertSheet('Invoices');
    const texts = cardTexts(rendered(onAction(chen.host, pasted(other.getUrl())))).join('\n');
    expect(texts).toContain('no Customers, Events, Settings tab');
    expect(chen.properties.getProperty(SHEET_ID_PROPERTY)).toBeNull();
  });

  it('refuses text that is not a Sheets link in plain words', () => {
    const { chen } = newcomer();
    const texts = cardTexts(rendered(onAction(chen.host, pasted('my ledger')))).join('\n');
    expect(texts).toContain('not a Google Sheets link');
  });

  it('asks Google Sheets for access to the open Sheet only, when Duly lacks it', () => {
    const { chen } = newcomer();
    const response = rendered(
      onAction(
        chen.host,
        sheetsEvent({ addonHasFileScopePermission: false }, { action: 'useThisSheet' }),
      ),
    );
    expect(response).toMatchObject({
      kind: 'EditorFileScopeActionResponse',
      fileScopeForActiveDocument: true,
    });
  });
});

describe('onSheetsHomepage', () => {
  it('offers to use the open Sheet as the ledger', () => {
    const { chen } = newcomer();
    const card = rendered(onSheetsHomepage(chen.host, sheetsEvent(undefined)));
    expect(cardButtons(card).map((b) => b.action)).toEqual(['useThisSheet']);
  });
});

describe('onSheetsFileScopeGranted', () => {
  it('makes the granted Sheet the ledger that Gmail then opens', () => {
    const { maria, chen } = newcomer();
    // Granting drive.file from Sheets is what lets the add-on open the file afterwards.
    chen.sheets.granted.add(maria.book.id);
    const card = rendered(
      onSheetsFileScopeGranted(
        chen.host,
        sheetsEvent({ id: maria.book.id, title: 'Duly ledger', addonHasFileScopePermission: true }),
      ),
    );
    expect(cardTexts(card).join('\n')).toContain('Duly now uses “Duly ledger”');
    expect(chen.properties.getProperty(SHEET_ID_PROPERTY)).toBe(maria.book.id);
  });
});
