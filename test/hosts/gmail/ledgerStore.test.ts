import { onAction, onHomepage, onMessage } from '../../../src/hosts/gmail/handlers';
import { LOCK_WAIT_MS } from '../../../src/hosts/gmail/ledgerLock';
import { appendEvents, openLedger } from '../../../src/hosts/gmail/ledgerStore';
import { TAB_HEADERS } from '../../../src/hosts/gmail/sheetLayout';
import { cardTexts, rendered } from '../../fakes/appsScript';
import { gmailWithSamples, homepageEvent, messageEvent } from './gmailFixtures';

type Fakes = ReturnType<typeof gmailWithSamples>;

const MESSAGE_ID = TAB_HEADERS.Events.indexOf('messageId');
const KIND = TAB_HEADERS.Events.indexOf('kind');

function eventRows(fakes: Fakes) {
  return fakes.book.getSheetByName('Events')!.values.slice(1);
}
function rowsOfMessage(fakes: Fakes, name: string) {
  return eventRows(fakes).filter((r) => r[MESSAGE_ID] === `msg-${name}`);
}
function reminders(fakes: Fakes) {
  return eventRows(fakes).filter((r) => r[KIND] === 'reminder');
}
function ready(fakes: Fakes) {
  const opened = openLedger(fakes.host);
  if (opened.kind !== 'ready') throw new Error(opened.kind);
  return opened;
}

describe('appendEvents', () => {
  it('logs a reply once when two callbacks for the same message interleave', () => {
    const fakes = gmailWithSamples();
    // The second window opens the message while the first waits for the lock, both having
    // seen a ledger without the reply.
    fakes.locks.interleave(() => onMessage(fakes.host, messageEvent('cash-flow')));
    onMessage(fakes.host, messageEvent('cash-flow'));
    expect(rowsOfMessage(fakes, 'cash-flow')).toHaveLength(1);
    expect(fakes.locks.attempts.map((a) => a.acquired)).toEqual([true, true]);
    expect(fakes.locks.holders.size).toBe(0);
  });

  it('logs one reminder when teammates press reply on the same thread at once', () => {
    const maria = gmailWithSamples();
    const chen = gmailWithSamples(undefined, { team: maria.team, book: maria.book });
    const before = reminders(maria).length;
    const reply = messageEvent('cash-flow', { parameters: { action: 'reply' } });
    maria.locks.interleave(() => onAction(chen.host, reply));
    onAction(maria.host, reply);
    expect(reminders(maria)).toHaveLength(before + 1);
    expect(maria.gmail.drafts).toHaveLength(1);
    expect(chen.gmail.drafts).toHaveLength(1);
  });

  it('waits for the script lock, which serialises every user of the Sheet', () => {
    const fakes = gmailWithSamples();
    onMessage(fakes.host, messageEvent('cash-flow'));
    expect(fakes.locks.attempts).toEqual([
      { domain: 'script', timeoutMs: LOCK_WAIT_MS, acquired: true },
    ]);
  });

  it('takes no lock and writes nothing when the event is already in the ledger', () => {
    const fakes = gmailWithSamples();
    onMessage(fakes.host, messageEvent('cash-flow'));
    const attempts = fakes.locks.attempts.length;
    const writes = fakes.book.writes.length;
    onMessage(fakes.host, messageEvent('cash-flow'));
    expect(fakes.locks.attempts).toHaveLength(attempts);
    expect(fakes.book.writes).toHaveLength(writes);
  });

  it('re-reads the Events tab under the lock and skips a row a teammate added meanwhile', () => {
    const fakes = gmailWithSamples();
    const opened = ready(fakes);
    const event = {
      id: 'call:c-pacifico:x',
      customerId: 'c-pacifico',
      at: '2026-07-01T08:00:00.000Z',
      direction: 'outbound',
      channel: 'phone',
      kind: 'call',
      invoiceIds: [],
    } as const;
    // A teammate's append, committed: it moves the Sheet's version like any change.
    fakes.book.getSheetByName('Events')!.appendRow(['call:c-pacifico:x', 'c-pacifico']);
    fakes.sheets.flush();
    expect(appendEvents(fakes.host, opened, [event as never])).toEqual([]);
  });
});

describe('onAction', () => {
  it('answers with a plain-language card and logs nothing while another writer holds the lock', () => {
    const fakes = gmailWithSamples();
    const before = eventRows(fakes).length;
    fakes.locks.holdElsewhere();
    const response = rendered(
      onAction(
        fakes.host,
        messageEvent('follow-up', { parameters: { action: 'logCall', customerId: 'c-lonestar' } }),
      ),
    );
    const text = cardTexts(response).join('\n');
    expect(text).toContain('saving to the ledger Sheet right now');
    expect(text).not.toMatch(/Error|at \w+ \(/);
    expect(eventRows(fakes)).toHaveLength(before);
  });

  it('creates no draft when the reminder cannot be logged, so a retry does both', () => {
    const fakes = gmailWithSamples();
    const busy = fakes.locks.holdElsewhere();
    onAction(fakes.host, messageEvent('cash-flow', { parameters: { action: 'reply' } }));
    expect(fakes.gmail.drafts).toHaveLength(0);
    busy.release();
    onAction(fakes.host, messageEvent('cash-flow', { parameters: { action: 'reply' } }));
    expect(fakes.gmail.drafts).toHaveLength(1);
  });
});

describe('onMessage', () => {
  it('still shows the card when the ledger is busy, saying the reply is not logged yet', () => {
    const fakes = gmailWithSamples();
    const busy = fakes.locks.holdElsewhere();
    const texts = cardTexts(rendered(onMessage(fakes.host, messageEvent('cash-flow')))).join('\n');
    expect(texts).toContain('Importadora del Pac');
    expect(texts).toContain('not logged yet');
    expect(rowsOfMessage(fakes, 'cash-flow')).toHaveLength(0);
    busy.release();
    onMessage(fakes.host, messageEvent('cash-flow'));
    expect(rowsOfMessage(fakes, 'cash-flow')).toHaveLength(1);
  });

  it('shows a cell edited in place on the next card, without waiting for the cache to expire', () => {
    const fakes = gmailWithSamples();
    const first = cardTexts(rendered(onMessage(fakes.host, messageEvent('cash-flow')))).join('\n');
    expect(first).toContain('Importadora del Pacífico SA de CV');
    const customers = fakes.book.getSheetByName('Customers')!.values;
    const row = customers.findIndex((r) => r[0] === 'c-pacifico') + 1;
    fakes.book.editCell('Customers', row, 2, 'Pacífico Trading SA');
    const next = cardTexts(rendered(onMessage(fakes.host, messageEvent('cash-flow')))).join('\n');
    expect(next).toContain('Pacífico Trading SA');
  });

  it('serves a warm card from the cache, asking Drive for the version and not opening the Sheet', () => {
    const fakes = gmailWithSamples();
    onMessage(fakes.host, messageEvent('cash-flow'));
    const reads = fakes.book.reads;
    const calls = fakes.drive.calls.length;
    onMessage(fakes.host, messageEvent('follow-up'));
    onHomepage(fakes.host, homepageEvent());
    expect(fakes.book.reads).toBe(reads);
    expect(fakes.drive.calls.slice(calls).every((c) => c.fields === 'version')).toBe(true);
  });

  it('keeps its cache after its own append, and re-reads after a teammate appends', () => {
    const maria = gmailWithSamples();
    const chen = gmailWithSamples(undefined, { team: maria.team, book: maria.book });
    onMessage(maria.host, messageEvent('cash-flow'));
    const reads = maria.book.reads;
    expect(ready(maria).ledger.events.some((e) => e.messageId === 'msg-cash-flow')).toBe(true);
    expect(maria.book.reads).toBe(reads);
    onMessage(chen.host, messageEvent('approval'));
    expect(ready(maria).ledger.events.some((e) => e.messageId === 'msg-approval')).toBe(true);
    expect(maria.book.reads).toBeGreaterThan(reads);
  });

  it('falls back to the tabs’ sizes without the Drive service, still seeing appended rows', () => {
    const maria = gmailWithSamples();
    const host = { ...maria.host, Drive: undefined };
    onMessage(host, messageEvent('cash-flow'));
    maria.book
      .getSheetByName('Events')!
      .appendRow([
        'x-1',
        'c-pacifico',
        '2026-06-30T10:00:00Z',
        'outbound',
        'phone',
        'call',
        '',
        '',
        '',
      ]);
    maria.sheets.flush();
    const opened = openLedger(host);
    expect(opened.kind === 'ready' && opened.ledger.events.some((e) => e.id === 'x-1')).toBe(true);
  });
});
