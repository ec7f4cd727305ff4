import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { contactHistoryOf } from '../../../src/core/contactHistory';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { createLedgerIndex } from '../../../src/core/ledgerIndex';
import type { Ledger, MailItem } from '../../../src/core/model';
import { silentCustomers, type SilentCustomer } from '../../../src/core/silence';
import { policyFor } from '../../../src/core/suggest';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { SilentView } from '../../../src/ui/silent/SilentView';
import { FakeMailHost } from '../../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const sample = (): Ledger =>
  parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');

/** The engine's silent list over a ledger, computed here from the raw events. */
function engineList(ledger: Ledger, rates?: Readonly<Record<string, number>>): SilentCustomer[] {
  const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
  const zone = ledger.settings.company.timeZone;
  return silentCustomers(
    ledger.customers.map((customer) => ({
      customer,
      invoices: index.invoicesOf(customer.id),
      history: contactHistoryOf(index.eventsOf(customer.id), zone),
    })),
    clock.today(zone),
    (c) => policyFor(c, ledger.settings),
    rates,
  );
}

function setup(
  options: {
    ledger?: Ledger;
    item?: MailItem | null;
    language?: UiLanguage;
    host?: FakeMailHost;
  } = {},
) {
  const ledger = new MemoryLedgerRepository(options.ledger ?? sample());
  const before = ledger.ledger.events.length;
  const host = options.host ?? new FakeMailHost(options.item ?? null);
  render(
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={options.language ?? 'en'}>
        <SilentView locale={options.language ?? 'en-GB'} ports={{ clock, host, ledger }} />
      </UiLanguageContext.Provider>
    </FluentProvider>,
  );
  return { host, ledger, logged: () => ledger.ledger.events.slice(before) };
}

// jsdom's Blob has no text(); FileReader reads it as a browser would.
const textOf = (blob: Blob) =>
  new Promise<string>((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(String(reader.result));
    reader.onerror = () => fail(reader.error);
    reader.readAsText(blob);
  });

const list = () =>
  screen.findByRole('list', { name: 'Silent customers, most money at risk first' });
const names = async () =>
  within(await list())
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const rowOf = async (name: string) =>
  within(await list()).getByRole('listitem', { name }) as HTMLElement;

describe('SilentView', () => {
  it('ranks the customers as the engine does: grouped by currency, most money first', async () => {
    setup();
    const expected = engineList(sample());
    expect(expected.length).toBeGreaterThan(3);
    expect(await names()).toEqual(expected.map((s) => s.name));
    // Without rates: currencies in code order, then most money, then longest silence.
    const reasoned = [...expected].sort((x, y) => {
      const [a, b] = [x.atRisk[0]!, y.atRisk[0]!];
      if (a.currency !== b.currency) return a.currency < b.currency ? -1 : 1;
      return b.minor - a.minor || y.daysSilent - x.daysSilent;
    });
    expect(await names()).toEqual(reasoned.map((s) => s.name));
    expect(screen.getByText(/grouped by currency, in code order/)).toBeTruthy();
  });

  it('ranks across currencies with the exchange rates of the settings', async () => {
    const base = sample();
    const currencies = new Set(engineList(base).flatMap((s) => s.atRisk.map((m) => m.currency)));
    expect(currencies.size).toBeGreaterThan(1);
    // A rate that makes every currency but one worth almost nothing moves that one to the top.
    const [last] = [...currencies].sort().reverse();
    const rates = Object.fromEntries([...currencies].map((c) => [c, c === last ? 1000 : 0.001]));
    const ledger: Ledger = { ...base, settings: { ...base.settings, rates } };
    setup({ ledger });
    const expected = engineList(ledger, rates);
    expect(expected[0]!.atRisk[0]!.currency).toBe(last);
    expect(expected.map((s) => s.name)).not.toEqual(engineList(base).map((s) => s.name));
    expect(await names()).toEqual(expected.map((s) => s.name));
    expect(screen.getByText(/converted with the exchange rates in Settings/)).toBeTruthy();
  });

  it('shows days silent, money at risk, the last reminder, the stage and the next step', async () => {
    setup();
    // Van Dijk: last emailed on 24 June, EUR 48,900 overdue since 22 May after two broken promises.
    const row = await rowOf('Van Dijk Handelsbureau BV');
    expect(within(row).getByText('Silent for 7 days')).toBeTruthy();
    expect(within(row).getByText('EUR 48,900.00')).toBeTruthy();
    expect(within(row).getByText('24 June 2026 by email')).toBeTruthy();
    expect(within(row).getByText('Final notice')).toBeTruthy();
    expect(within(row).getByText('Final notice before formal steps, today')).toBeTruthy();
  });

  it('shows a next step held back by an out-of-office reply from the day after the return', async () => {
    const ledger = sample();
    const gulf = ledger.events.find((e) => e.customerId === 'c-gulf')!;
    const away = {
      ...gulf,
      id: 'ooo-gulf',
      at: '2026-06-25T12:00:00+03:00',
      direction: 'inbound' as const,
      kind: 'out-of-office' as const,
      returnDate: '2026-07-06' as never,
    };
    setup({ ledger: { ...ledger, events: [...ledger.events, away] } });
    const row = await rowOf('Gulf Trading Co. W.L.L.');
    expect(within(row).getByText(/, from 7 July 2026$/)).toBeTruthy();
  });

  it('filters by currency and by stage, keeping the rank', async () => {
    setup();
    const expected = engineList(sample());
    await list();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'USD');
    const usd = expected.filter((s) => s.atRisk.some((m) => m.currency === 'USD'));
    expect(usd.length).toBeGreaterThan(1);
    expect(await names()).toEqual(usd.map((s) => s.name));
    expect(screen.getByText(`${usd.length} of ${expected.length} customers`)).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'final');
    const usdFinal = usd.filter((s) => s.stage === 'final');
    expect(await names()).toEqual(usdFinal.map((s) => s.name));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'KWD');
    expect(screen.getByText('Nobody matches these filters.')).toBeTruthy();
  });

  it('opens a new message to the customer in read mode, logs the reminder and says so', async () => {
    const { host, logged } = setup();
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Prepare the reminder for Construcciones Levante SA',
      }),
    );
    await waitFor(() => expect(host.newMessages).toHaveLength(1));
    const [{ to, draft }] = host.newMessages as [(typeof host.newMessages)[number]];
    expect(to).toEqual(['javier.ruiz@levante-construcciones.es']);
    expect(draft.text).toContain('INV-2026-0415');
    expect(draft.text).toMatch(/22\.150,00/);
    expect(host.inserted).toHaveLength(0);
    expect((await screen.findByRole('status')).textContent).toContain(
      'A new message to Construcciones Levante SA is open with the reminder',
    );
    const stage = engineList(sample()).find((s) => s.customerId === 'c-levante')!.stage;
    expect(logged()).toEqual([
      expect.objectContaining({
        customerId: 'c-levante',
        kind: 'reminder',
        direction: 'outbound',
        channel: 'email',
        stage,
        invoiceIds: ['inv-415'],
        at: '2026-07-01T07:00:00.000Z',
      }),
    ]);
    // Reminded today: no longer silent.
    await waitFor(async () => expect(await names()).not.toContain('Construcciones Levante SA'));
  });

  it('inserts the draft at the cursor in compose mode and logs it on the open thread', async () => {
    const item: MailItem = {
      direction: 'compose',
      from: 'maria.lopez@duly-demo.es',
      to: [],
      cc: [],
      subject: '',
      body: '',
      threadId: 't-draft',
    };
    const { host, logged } = setup({ item });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Prepare the reminder for Gulf Trading Co. W.L.L.',
      }),
    );
    await waitFor(() => expect(host.inserted).toHaveLength(1));
    expect(host.inserted[0]!.text).toContain('INV-2026-0413');
    expect(host.newMessages).toHaveLength(0);
    await waitFor(() =>
      expect(logged()).toEqual([
        expect.objectContaining({ customerId: 'c-gulf', kind: 'reminder', threadId: 't-draft' }),
      ]),
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      'The reminder for Gulf Trading Co. W.L.L. is in your message',
    );
  });

  describe('the Outlook category for chased messages', () => {
    const composing: MailItem = {
      direction: 'compose',
      from: 'maria.lopez@duly-demo.es',
      to: [],
      cc: [],
      subject: '',
      body: '',
      threadId: 't-draft',
    };
    const withCategory = (outlookCategory: string): Ledger => {
      const ledger = sample();
      return { ...ledger, settings: { ...ledger.settings, outlookCategory } };
    };
    const prepareGulf = async () =>
      userEvent.click(
        await screen.findByRole('button', {
          name: 'Prepare the reminder for Gulf Trading Co. W.L.L.',
        }),
      );

    it('tags the message being written once the reminder is in it and logged', async () => {
      const host = new FakeMailHost(composing).withCategories(['Chased']);
      const { logged } = setup({ ledger: withCategory('Chased'), host });
      await prepareGulf();
      await waitFor(() =>
        expect(host.categorized).toEqual([{ item: composing, category: 'Chased' }]),
      );
      expect(logged()).toHaveLength(1);
      expect((await screen.findByRole('status')).textContent).toBe(
        'The reminder for Gulf Trading Co. W.L.L. is in your message, and it is logged.',
      );
    });

    it('says plainly that Outlook has no such category, the reminder kept', async () => {
      const host = new FakeMailHost(composing).withCategories(['Chased']);
      const { logged } = setup({ ledger: withCategory('Escalated'), host });
      await prepareGulf();
      await waitFor(async () =>
        expect((await screen.findByRole('status')).textContent).toBe(
          'The reminder for Gulf Trading Co. W.L.L. is in your message, and it is logged. Outlook has no category named “Escalated”: create it in Outlook (Categorize > All categories), or clear it in Settings.',
        ),
      );
      expect(host.inserted).toHaveLength(1);
      expect(logged()).toHaveLength(1);
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('tags nothing when the reminder goes out as a new message, whose form opens apart', async () => {
      const read = { ...composing, direction: 'inbound' as const, from: 'someone@else.com' };
      const host = new FakeMailHost(read).withCategories(['Chased']);
      setup({ ledger: withCategory('Chased'), host });
      await prepareGulf();
      await waitFor(() => expect(host.newMessages).toHaveLength(1));
      await screen.findByText(/A new message to Gulf Trading Co\. W\.L\.L\. is open/);
      expect(host.categorized).toEqual([]);
    });
  });

  it('refuses plainly to open a message to a customer without an address', async () => {
    const ledger = sample();
    const customers = ledger.customers.map((c) =>
      c.id === 'c-seoul' ? { ...c, contacts: [] } : c,
    );
    const { host, logged } = setup({ ledger: { ...ledger, customers } });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Prepare the reminder for Seoul Display Co., Ltd.',
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Seoul Display Co., Ltd. has no email address in your ledger',
    );
    expect(host.newMessages).toHaveLength(0);
    expect(logged()).toEqual([]);
  });

  it('shows what the mail client said when it fails, and logs nothing', async () => {
    const host = new FakeMailHost(null);
    host.openNewMessage = () => Promise.reject(new Error('Outlook could not open a new message.'));
    const { logged } = setup({ host });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Prepare the reminder for Seoul Display Co., Ltd.',
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Outlook could not open a new message.',
    );
    expect(logged()).toEqual([]);
    expect(await names()).toContain('Seoul Display Co., Ltd.');
  });

  it('says plainly when nobody is silent', async () => {
    const ledger = sample();
    setup({ ledger: { ...ledger, events: [] } });
    expect(
      await screen.findByText('Nobody is silent: every reminder has had an answer.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export the list as CSV' })).toBeNull();
  });

  it('exports the list as CSV through a download', async () => {
    const saved: Blob[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:duly-test';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      const { ledger } = setup();
      await userEvent.click(await screen.findByRole('button', { name: 'Export the list as CSV' }));
      expect((await screen.findByRole('status')).textContent).toContain(
        'Saved duly-silent-2026-07-01.csv.',
      );
      expect(saved).toHaveLength(1);
      const expected = await (await ledger.exportSilentCsv(clock.today('Europe/Madrid'))).text();
      expect(await textOf(saved[0]!)).toBe(expected);
      for (const s of engineList(sample())) expect(expected).toContain(s.customerId);
      expect(click).toHaveBeenCalledTimes(1);
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      click.mockRestore();
    }
  });

  it('speaks Chinese when the pane does', async () => {
    setup({ language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 2, name: '未回复的客户' })).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: '为 Construcciones Levante SA 准备催款函' }),
    ).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '币种' })).toBeTruthy();
    expect(screen.getAllByText('已 7 天未回复').length).toBeGreaterThan(0);
  });
});
