import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../src/core/calendarDate';
import { parseLedgerText } from '../../src/core/ledgerFile';
import type { MailItem } from '../../src/core/model';
import { Sidebar } from '../../src/ui/Sidebar';
import { FakeMailHost } from '../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../fakes/memoryLedgerRepository';

const NOW = Date.parse('2026-07-01T09:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const message = (name: string): MailItem => ({
  ...JSON.parse(readFileSync(`samples/messages/${name}.json`, 'utf8')),
  messageId: `m-${name}`,
});

function setup(name: string) {
  const ledger = new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
  );
  const before = ledger.ledger.events.length;
  const host = new FakeMailHost(message(name));
  render(<Sidebar ports={{ clock, host, ledger }} />);
  /** Events the sidebar logged since it opened. */
  const logged = () => ledger.ledger.events.slice(before);
  return { host, ledger, logged };
}

describe('Sidebar', () => {
  it('shows the customer, the evidence, the stage and the reasons', async () => {
    setup('cash-flow');
    expect(
      await screen.findByRole('heading', { name: 'Importadora del Pacífico SA de CV' }),
    ).toBeTruthy();
    expect(screen.getByText('address lhernandez@importadora-pacifico.mx')).toBeTruthy();
    expect(screen.getByLabelText('Stage: Escalation')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: "Customer's reason" })).toHaveProperty(
      'value',
      'cash-flow',
    );
    expect(
      within(screen.getByRole('list', { name: 'Why' })).getByText(/12 days overdue/),
    ).toBeTruthy();
  });

  it('logs the open inbound message as a reply once', async () => {
    const { logged } = setup('cash-flow');
    await screen.findByRole('heading', { name: 'Importadora del Pacífico SA de CV' });
    await waitFor(() => expect(logged()).toHaveLength(1));
    expect(logged()[0]).toMatchObject({
      kind: 'reply',
      direction: 'inbound',
      messageId: 'm-cash-flow',
      reason: 'cash-flow',
    });
  });

  it('inserts the draft at the cursor in compose mode and logs the reminder', async () => {
    const { host, logged } = setup('escalation');
    await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
    await waitFor(() => expect(host.inserted).toHaveLength(1));
    expect(host.inserted[0]!.text).toContain('INV-2026-0404');
    await waitFor(() =>
      expect(logged().at(-1)).toMatchObject({
        kind: 'reminder',
        direction: 'outbound',
        stage: 'escalation',
      }),
    );
    expect(await screen.findByText('Inserted. The reminder is logged.')).toBeTruthy();
  });

  it('opens a reply form in read mode', async () => {
    const { host } = setup('approval');
    await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
    await waitFor(() => expect(host.replies).toHaveLength(1));
    expect(host.inserted).toHaveLength(0);
  });

  it('refuses payment instructions for a currency without an account, plainly', async () => {
    const { host } = setup('not-received');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Insert payment instructions' }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('JPY');
    expect(host.replies).toHaveLength(0);
  });

  it('drops an unticked invoice from the draft', async () => {
    setup('escalation');
    const box = await screen.findByRole('checkbox', { name: 'Include INV-2026-0405 in the draft' });
    expect(screen.getByRole('document', { name: /Preview/ }).textContent).toContain(
      'INV-2026-0405',
    );
    await userEvent.click(box);
    await waitFor(() =>
      expect(screen.getByRole('document', { name: /Preview/ }).textContent).not.toContain(
        'INV-2026-0405',
      ),
    );
  });

  it("previews the letter in the customer's language, loaded when first needed", async () => {
    setup('cash-flow');
    expect(
      await screen.findByRole('document', {
        name: /^Preview: Pago vencido, necesitamos su respuesta/,
      }),
    ).toBeTruthy();
  });

  it('writes the letter again in another language the user picks', async () => {
    setup('cash-flow');
    const language = await screen.findByRole('combobox', { name: 'Letter language' });
    await userEvent.selectOptions(language, 'de');
    expect(
      await screen.findByRole('document', {
        name: /^Preview: Überfällige Zahlung, bitte um Rückmeldung/,
      }),
    ).toBeTruthy();
  });

  it('logs the replies of threads the user switched through once the pane settles', async () => {
    const { host, logged } = setup('cash-flow');
    await screen.findByRole('heading', { name: 'Importadora del Pacífico SA de CV' });
    host.open({ ...message('dispute'), messageId: 'm-dispute' });
    await screen.findByRole('heading', { name: 'Northern Fabrics Ltd' });
    await waitFor(() =>
      expect(logged().map((e) => e.messageId)).toEqual(['m-cash-flow', 'm-dispute']),
    );
  });

  it('follows the item when the user opens another message', async () => {
    const { host } = setup('cash-flow');
    await screen.findByRole('heading', { name: 'Importadora del Pacífico SA de CV' });
    host.open(message('dispute'));
    expect(await screen.findByRole('heading', { name: 'Northern Fabrics Ltd' })).toBeTruthy();
  });

  it('says an unknown sender is not in the ledger and offers to add them', async () => {
    const { ledger } = setup('unknown-sender');
    expect(
      await screen.findByRole('heading', { name: 'Not in your ledger: someone@newprospect.io' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add this customer' }));
    expect(await screen.findByRole('heading', { name: 'newprospect.io' })).toBeTruthy();
    expect(await ledger.customer('c:someone@newprospect.io' as never)).toBeTruthy();
  });

  it('shows a hostile name as text', async () => {
    setup('hostile');
    expect(
      await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)> Trading & Co' }),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
  });

  it('logs a promise with its date', async () => {
    const { logged } = setup('follow-up');
    const date = await screen.findByLabelText('Promised date');
    await userEvent.type(date, '2026-07-10');
    await userEvent.click(screen.getByRole('button', { name: 'Promise to pay' }));
    await waitFor(() =>
      expect(logged().at(-1)).toMatchObject({ kind: 'promise', promisedFor: '2026-07-10' }),
    );
  });

  it('lists the other candidates and re-links the thread, remembering the choice', async () => {
    const ledger = new MemoryLedgerRepository(
      parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
    );
    const item: MailItem = {
      direction: 'inbound',
      from: 'alicia.martin@iberica-comercial.es',
      to: ['maria.lopez@duly-demo.es'],
      cc: [],
      subject: 'About INV-2026-0403',
      body: '',
      receivedAt: '2026-06-30T10:00:00+02:00',
      threadId: 't-mixed',
      messageId: 'm-mixed',
    };
    render(<Sidebar ports={{ clock, host: new FakeMailHost(item), ledger }} />);
    await screen.findByRole('heading', { name: 'Comercial Ibérica SL' });
    await userEvent.click(
      screen.getByRole('button', { name: /Could also be: Lone Star Tools Inc\./ }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: /Link this thread to Lone Star Tools Inc\./ }),
    );
    expect(await screen.findByRole('heading', { name: 'Lone Star Tools Inc.' })).toBeTruthy();
    expect(await ledger.threadLink('t-mixed')).toBe('c-lonestar');
  });
});
