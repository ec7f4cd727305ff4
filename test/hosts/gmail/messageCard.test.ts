import { onMessage } from '../../../src/hosts/gmail/handlers';
import { cardButtons, cardTexts, nodes, rendered } from '../../fakes/appsScript';
import { gmailWithSamples, messageEvent } from './gmailFixtures';

function open(name: string) {
  const fakes = gmailWithSamples();
  const card = rendered(onMessage(fakes.host, messageEvent(name)));
  return { ...fakes, card, texts: cardTexts(card).join('\n'), buttons: cardButtons(card) };
}

describe('messageCard', () => {
  it.each([
    ['follow-up', 'Lone Star Tools Inc.', 'follow-up'],
    ['due', '深圳华强电子有限公司', 'due'],
    ['cash-flow', 'Importadora del Pacífico SA de CV', 'escalation'],
    ['deliberate', 'Van Dijk Handelsbureau BV', 'stakes'],
  ])('shows the customer, evidence, stage and draft for a %s thread', (name, customer, stage) => {
    const { card, texts, buttons } = open(name);
    expect(card.kind).toBe('Card');
    expect(texts).toContain(customer);
    expect(texts).toContain(`Stage: ${stage}`);
    expect(texts).toMatch(/Open amounts/);
    expect(buttons.map((b) => b.text)).toEqual(
      expect.arrayContaining([
        'Reply with this draft',
        'Reply with payment details',
        'Log promise to pay',
      ]),
    );
    const reply = buttons.find((b) => b.text === 'Reply with this draft')!;
    expect(reply).toMatchObject({
      composed: 'REPLY_AS_DRAFT',
      functionName: 'onDulyAction',
      action: 'reply',
    });
  });

  it('lists the open invoices as ticked checkboxes whose values are invoice ids', () => {
    const { card } = open('follow-up');
    const picks = nodes(card).find(
      (n) => n.kind === 'SelectionInput' && n.fieldName === 'invoices',
    );
    const items = picks?.items as { text: string; value: string; selected: boolean }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.value.startsWith('inv-'))).toBe(true);
    expect(items.some((i) => i.selected)).toBe(true);
  });

  it('says plainly that an unknown sender is not in the ledger, with no draft buttons', () => {
    const { texts, buttons } = open('unknown-sender');
    expect(texts).toContain('Not in your ledger');
    expect(texts).toContain('someone@newprospect.io');
    expect(buttons.map((b) => b.text)).not.toContain('Reply with this draft');
  });

  it('matches a free-mail sender only by the exact address, never by the domain', () => {
    const { texts } = open('free-mail');
    expect(texts).toContain('Ahmed Electronics Trading');
    expect(texts).toContain('address ahmed.electronics.trading@gmail.com');
  });

  it('escapes a hostile customer name and subject everywhere the card shows them', () => {
    const { texts } = open('hostile');
    expect(texts).toContain('&lt;img src=x onerror=alert(1)&gt; Trading &amp; Co');
    expect(texts).not.toMatch(/<img|<script/);
  });

  it('logs an inbound customer message once per message id, appended to Events', () => {
    const fakes = gmailWithSamples();
    const before = fakes.book.getSheetByName('Events')!.getLastRow();
    onMessage(fakes.host, messageEvent('cash-flow'));
    onMessage(fakes.host, messageEvent('cash-flow'));
    const events = fakes.book.getSheetByName('Events')!;
    expect(events.getLastRow()).toBe(before + 1);
    expect(events.values[before]).toEqual(
      expect.arrayContaining(['msg:msg-cash-flow', 'inbound', 'msg-cash-flow']),
    );
    expect(fakes.book.writes.filter((w) => w.sheet === 'Events').map((w) => w.op)).toEqual([
      'appendRow',
    ]);
  });

  it("does not log the user's own outbound message as a reply", () => {
    const fakes = gmailWithSamples();
    onMessage(fakes.host, messageEvent('follow-up'));
    expect(fakes.book.writes.filter((w) => w.sheet === 'Events')).toEqual([]);
  });

  it('reads the ledger from the cache on the next card, without reading the Sheet again', () => {
    const fakes = gmailWithSamples();
    onMessage(fakes.host, messageEvent('follow-up'));
    const reads = fakes.book.reads;
    onMessage(fakes.host, messageEvent('upcoming'));
    expect(reads).toBeGreaterThan(0);
    expect(fakes.book.reads).toBe(reads);
  });

  it('shows a plain-language card when the message cannot be read', () => {
    const fakes = gmailWithSamples();
    const event = messageEvent('follow-up');
    const card = rendered(
      onMessage(fakes.host, { ...event, gmail: { ...event.gmail!, accessToken: 'stale' } }),
    );
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain('Duly could not do that');
    expect(texts).not.toMatch(/at .*\.ts:\d+/);
  });
});
