import { SHEET_ID_PROPERTY } from '../../../src/hosts/gmail/ledgerStore';
import { onAction, onCompose, onHomepage, onMessage } from '../../../src/hosts/gmail/handlers';
import {
  cardButtons,
  cardTexts,
  createAppsScriptFakes,
  nodes,
  rendered,
} from '../../fakes/appsScript';
import { composeEvent, gmailWithSamples, homepageEvent, messageEvent } from './gmailFixtures';

describe('onCompose', () => {
  it('finds the customer among the recipients and offers to insert the draft', () => {
    const fakes = gmailWithSamples();
    const card = rendered(onCompose(fakes.host, composeEvent(['j.weber@bayern-maschinenbau.de'])));
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Bayerische Maschinenbau GmbH');
    const insert = cardButtons(card).find((b) => b.text === 'Insert the draft');
    expect(insert?.parameters).toEqual({
      action: 'insert',
      to: 'j.weber@bayern-maschinenbau.de',
      cc: '',
    });
  });

  it('says no customer is among the recipients of an empty draft', () => {
    const fakes = gmailWithSamples();
    const texts = cardTexts(rendered(onCompose(fakes.host, composeEvent([])))).join('\n');
    expect(texts).toContain('Add the customer as a recipient first');
  });
});

describe('onAction', () => {
  it('inserts the draft at the cursor as mutable HTML', () => {
    const fakes = gmailWithSamples();
    const response = rendered(
      onAction(
        fakes.host,
        composeEvent(['j.weber@bayern-maschinenbau.de'], [], {
          action: 'insert',
          to: 'j.weber@bayern-maschinenbau.de',
          cc: '',
        }),
      ),
    );
    expect(response.kind).toBe('UpdateDraftActionResponse');
    const body = nodes(response).find((n) => n.kind === 'UpdateDraftBodyAction')!;
    expect(body.updateType).toBe('IN_PLACE_INSERT');
    const [content] = body.updateContents as { content: string; type: string }[];
    expect(content!.type).toBe('MUTABLE_HTML');
    expect(content!.content).toMatch(/<table|<p/);
  });

  it('inserts payment instructions alone with the account for the invoice currency', () => {
    const fakes = gmailWithSamples();
    const response = rendered(
      onAction(
        fakes.host,
        composeEvent([], [], {
          action: 'insertPayment',
          to: 'j.weber@bayern-maschinenbau.de',
          cc: '',
        }),
      ),
    );
    const body = nodes(response).find((n) => n.kind === 'UpdateDraftBodyAction')!;
    const html = (body.updateContents as { content: string }[])[0]!.content;
    expect(html).toContain('CAIXESBBXXX');
    expect(html).not.toContain('<table border="1" cellpadding="4"><thead>');
    expect(fakes.book.writes.filter((w) => w.sheet === 'Events')).toEqual([]);
  });

  it('creates a reply draft on the open thread with the HTML letter and logs the reminder', () => {
    const fakes = gmailWithSamples();
    const response = rendered(
      onAction(fakes.host, messageEvent('cash-flow', { parameters: { action: 'reply' } })),
    );
    expect(response.kind).toBe('ComposeActionResponse');
    expect(fakes.gmail.drafts).toHaveLength(1);
    expect(fakes.gmail.drafts[0]).toMatchObject({ kind: 'reply', messageId: 'msg-cash-flow' });
    expect(fakes.gmail.drafts[0]!.htmlBody).toContain('INV-2026-0410');
    const events = fakes.book.getSheetByName('Events')!.values;
    expect(events.some((row) => row.includes('reminder') && row.includes('outbound'))).toBe(true);
  });

  it('writes only the ticked invoices into the letter', () => {
    const fakes = gmailWithSamples();
    fakes.gmail.add({
      id: 'msg-bayern',
      threadId: 'thread-bayern',
      accessToken: 'token-bayern',
      from: 'Jonas Weber <j.weber@bayern-maschinenbau.de>',
      to: 'maria.lopez@duly-demo.es',
      cc: '',
      subject: 'Our invoices',
      plainBody: 'Hello, which invoices are open?',
      date: new Date('2026-06-30T09:00:00Z'),
    });
    const card = rendered(onMessage(fakes.host, messageEvent('bayern')));
    const items = nodes(card).find((n) => n.fieldName === 'invoices')!.items as {
      text: string;
      value: string;
    }[];
    expect(items.length).toBeGreaterThan(1);
    const [first, second] = items.map((i) => i.text.split(' · ')[0]!);
    onAction(
      fakes.host,
      messageEvent('bayern', {
        parameters: { action: 'reply' },
        formInputs: { invoices: { stringInputs: { value: [items[0]!.value] } } },
      }),
    );
    const html = fakes.gmail.drafts[0]!.htmlBody!;
    expect(html).toContain(first);
    expect(html).not.toContain(second);
  });

  it('logs a promise to pay with the picked date, appended to Events', () => {
    const fakes = gmailWithSamples();
    const before = fakes.book.getSheetByName('Events')!.getLastRow();
    const response = rendered(
      onAction(
        fakes.host,
        messageEvent('follow-up', {
          parameters: { action: 'logPromise', customerId: 'c-lonestar' },
          formInputs: {
            promisedFor: { dateInput: { msSinceEpoch: String(Date.UTC(2026, 6, 15)) } },
          },
        }),
      ),
    );
    expect(response.kind).toBe('ActionResponse');
    const rows = fakes.book.getSheetByName('Events')!.values.slice(before);
    expect(rows).toEqual([expect.arrayContaining(['c-lonestar', 'promise', '2026-07-15'])]);
    expect(cardTexts(response).join('\n')).toContain('Promise to pay logged');
    expect(fakes.book.writes.filter((w) => w.sheet === 'Events' && w.op !== 'appendRow')).toEqual(
      [],
    );
  });

  it('answers a button from an unknown version with a plain-language card', () => {
    const fakes = gmailWithSamples();
    const response = rendered(onAction(fakes.host, homepageEvent({ action: 'frobnicate' })));
    expect(cardTexts(response).join('\n')).toContain('older version of Duly');
  });

  it('creates the ledger Sheet on first use with the four tabs and remembers it', () => {
    const fakes = createAppsScriptFakes();
    const setup = rendered(onHomepage(fakes.host, homepageEvent()));
    expect(cardButtons(setup).map((b) => b.action)).toContain('createLedger');
    const response = rendered(onAction(fakes.host, homepageEvent({ action: 'createLedger' })));
    const id = fakes.properties.getProperty(SHEET_ID_PROPERTY)!;
    const book = fakes.sheets.openById(id);
    expect(book.getSheets().map((s) => s.getName())).toEqual([
      'Customers',
      'Invoices',
      'Events',
      'Settings',
    ]);
    expect(book.getSheetByName('Events')!.numberFormat.get(3)).toBe('@');
    expect(cardTexts(response).join('\n')).toContain('Who went silent');
  });
});

describe('onHomepage', () => {
  it('ranks the silent customers with a draft button each and links the Sheet', () => {
    const fakes = gmailWithSamples();
    const card = rendered(onHomepage(fakes.host, homepageEvent()));
    const texts = cardTexts(card).join('\n');
    expect(texts).toMatch(/Silent customers \(\d+\)/);
    const drafts = cardButtons(card).filter((b) => b.action === 'silentDraft');
    expect(drafts.length).toBeGreaterThan(0);
    expect(
      drafts.every(
        (b) => b.composed === 'STANDALONE_DRAFT' && typeof b.parameters?.customerId === 'string',
      ),
    ).toBe(true);
    expect(cardButtons(card).find((b) => b.text === 'Open the ledger Sheet')?.url).toMatch(
      /^https:\/\//,
    );
  });

  it('prepares a standalone draft to a silent customer', () => {
    const fakes = gmailWithSamples();
    const card = rendered(onHomepage(fakes.host, homepageEvent()));
    const first = cardButtons(card).find((b) => b.action === 'silentDraft')!;
    const response = rendered(onAction(fakes.host, homepageEvent(first.parameters)));
    expect(response.kind).toBe('ComposeActionResponse');
    expect(fakes.gmail.drafts[0]).toMatchObject({ kind: 'standalone' });
    expect(fakes.gmail.drafts[0]!.htmlBody!.length).toBeGreaterThan(100);
  });

  it('lists the Sheet problems with tab, row and column instead of a ledger', () => {
    const fakes = gmailWithSamples();
    const invoices = fakes.book.getSheetByName('Invoices')!;
    invoices.appendRow([
      'X-1',
      'c-nobody',
      '',
      '2026-06-01',
      '2026-07-01',
      'EUR',
      '10',
      '',
      'open',
    ]);
    const card = rendered(onHomepage(fakes.host, homepageEvent()));
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Fix the ledger Sheet');
    expect(texts).toContain(`Invoices, row ${invoices.getLastRow()}, column Customer ID`);
  });
});
