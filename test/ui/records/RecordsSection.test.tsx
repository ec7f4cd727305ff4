import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { RecordsSection } from '../../../src/ui/records/RecordsSection';
import { FakeMailHost } from '../../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

// Typing into Fluent forms under jsdom takes a few seconds per test.
jest.setTimeout(20_000);

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };

function setup(language: UiLanguage = 'en') {
  const ledger = new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={language}>
        <RecordsSection
          locale={language === 'en' ? 'en-GB' : 'zh-CN'}
          ports={{ clock, host: new FakeMailHost(null), ledger }}
        />
      </UiLanguageContext.Provider>
    </FluentProvider>,
  );
  const customer = (id: string) => ledger.ledger.customers.find((c) => c.id === id);
  const invoice = (number: string) => ledger.ledger.invoices.find((i) => i.number === number);
  return { ledger, customer, invoice, user: userEvent.setup() };
}

async function open(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  await user.type(await screen.findByRole('searchbox', { name: 'Find a customer' }), query);
  const results = await screen.findByRole('list', { name: 'Customers found' });
  await waitFor(() => expect(within(results).getAllByRole('button')).toHaveLength(1));
  await user.click(within(results).getByRole('button', { name }));
  return screen.findByRole('heading', { name: /^Customer: / });
}

const invoiceCard = (number: string) => screen.getByRole('article', { name: number });

describe('RecordsSection', () => {
  it('finds customers as the user types, by name and domain', async () => {
    const { user } = setup();
    const box = await screen.findByRole('searchbox', { name: 'Find a customer' });
    await user.type(box, 'iberica');
    const results = await screen.findByRole('list', { name: 'Customers found' });
    await waitFor(() =>
      expect(
        within(results)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(['Comercial Ibérica SL · iberica-comercial.es']),
    );
    await user.clear(box);
    await user.type(box, 'no such buyer');
    expect(await screen.findByText(/No customer matches/)).toBeTruthy();
  });

  it('edits a contact address, refusing a bad one on its field', async () => {
    const { user, customer } = setup();
    await open(user, 'lone star', /Lone Star Tools/);
    const email = screen.getByRole('textbox', { name: 'Contact 2: email' });
    await user.clear(email);
    await user.type(email, 'payables(at)lonestartools.com');
    expect(screen.getByText('This is not an email address (like name@company.com).')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(
      await screen.findByText('Some fields need attention: see the messages under them.'),
    ).toBeTruthy();
    expect(customer('c-lonestar')?.contacts[1]?.email).toBe('ap@lonestartools.com');

    await user.clear(email);
    await user.type(email, 'payables@lonestartools.com');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(await screen.findByText('Lone Star Tools Inc. is saved.')).toBeTruthy();
    expect(customer('c-lonestar')?.contacts).toEqual([
      { name: 'Dana Brooks', email: 'dana.brooks@lonestartools.com' },
      { name: 'Accounts Payable', email: 'payables@lonestartools.com' },
    ]);
  });

  it('adds a customer with an id made from its name, a country name and a contact', async () => {
    const { user, customer } = setup();
    await user.click(await screen.findByRole('button', { name: 'Add a customer' }));
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(screen.getByText('This is needed.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Nordic Steel AB');
    await user.type(screen.getByRole('textbox', { name: 'Country' }), 'Sweden');
    expect(screen.getByText('Saved as SE (Sweden).')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Letter language' }), 'de');
    const zone = screen.getByRole('combobox', { name: /^Time zone/ });
    await user.clear(zone);
    await user.type(zone, 'Europe/Stockholm');
    await user.type(screen.getByRole('textbox', { name: 'Contact 1: email' }), 'ar@nordicsteel.se');
    await user.type(screen.getByRole('textbox', { name: 'Payment terms (days)' }), '45');
    await user.click(screen.getByRole('checkbox', { name: 'Credit hold' }));
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(await screen.findByText('Nordic Steel AB is saved.')).toBeTruthy();
    expect(customer('nordic-steel-ab')).toEqual({
      id: 'nordic-steel-ab',
      name: 'Nordic Steel AB',
      country: 'SE',
      language: 'de',
      timeZone: 'Europe/Stockholm',
      contacts: [{ name: '', email: 'ar@nordicsteel.se' }],
      domains: [],
      paymentTermsDays: 45,
      creditHold: true,
    });
    expect(
      await screen.findByRole('heading', { name: 'Invoices of Nordic Steel AB' }),
    ).toBeTruthy();
  });

  it('refuses an id another customer has', async () => {
    const { user, ledger } = setup();
    const before = ledger.ledger.customers.length;
    await user.click(await screen.findByRole('button', { name: 'Add a customer' }));
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Another Bayern');
    await user.type(screen.getByRole('textbox', { name: /^Customer id/ }), 'c-bayern');
    await user.click(screen.getByRole('button', { name: 'Save customer' }));
    expect(
      await screen.findByText('Another customer already has this id. Choose another one.'),
    ).toBeTruthy();
    expect(ledger.ledger.customers).toHaveLength(before);
  });

  it('adds an invoice read exactly in the currency minor units', async () => {
    const { user, invoice } = setup();
    await open(user, 'gulf', /Gulf Trading/);
    await user.click(screen.getByRole('button', { name: 'Add an invoice' }));
    const form = screen.getByRole('heading', { name: 'New invoice' }).closest('form')!;
    const inForm = within(form);
    await user.type(inForm.getByRole('textbox', { name: /^Invoice number/ }), 'INV-2026-0500');
    await user.type(inForm.getByRole('textbox', { name: 'PO number' }), 'PO-77');
    await user.type(inForm.getByLabelText(/^Due date/), '2026-07-31');
    expect(inForm.getByText('Up to 3 decimals for KWD.')).toBeTruthy();
    const amount = inForm.getByRole('textbox', { name: /^Amount/ });
    await user.type(amount, '1,234.5678');
    expect(inForm.getByText('Too many decimals for this currency.')).toBeTruthy();
    await user.clear(amount);
    await user.type(amount, '1,234.567');
    await user.click(inForm.getByRole('button', { name: 'Save invoice' }));
    expect(await screen.findByText('Invoice INV-2026-0500 is saved.')).toBeTruthy();
    expect(invoice('INV-2026-0500')).toMatchObject({
      customerId: 'c-gulf',
      po: 'PO-77',
      issueDate: '2026-07-01',
      dueDate: '2026-07-31',
      amount: { minor: 1_234_567, currency: 'KWD' },
      paid: { minor: 0, currency: 'KWD' },
      status: 'open',
    });
    expect(invoiceCard('INV-2026-0500').textContent).toContain('KWD 1,234.567');
  });

  it('refuses an invoice number another invoice has, on the number field', async () => {
    const { user, ledger } = setup();
    const before = ledger.ledger.invoices.length;
    await open(user, 'gulf', /Gulf Trading/);
    await user.click(screen.getByRole('button', { name: 'Add an invoice' }));
    const number = screen.getByRole('textbox', { name: /^Invoice number/ });
    await user.type(number, 'inv-2026-0404');
    await user.type(screen.getByLabelText(/^Due date/), '2026-07-31');
    await user.type(screen.getByRole('textbox', { name: /^Amount/ }), '100');
    await user.click(screen.getByRole('button', { name: 'Save invoice' }));
    expect(
      await screen.findByText(
        'Another invoice already has this number (customer Bayerische Maschinenbau GmbH).',
      ),
    ).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(ledger.ledger.invoices).toHaveLength(before);
  });

  it('records a part payment, then the full amount', async () => {
    const { user, invoice } = setup();
    await open(user, 'bayern', /Bayerische/);
    const card = within(invoiceCard('INV-2026-0404'));
    await user.click(card.getByRole('button', { name: 'Partly paid' }));
    const paid = card.getByRole('textbox', { name: 'Total paid so far (EUR)' });
    await user.clear(paid);
    await user.type(paid, '70000');
    expect(card.getByText('That is more than the invoice amount.')).toBeTruthy();
    await user.clear(paid);
    await user.type(paid, '20,000.50');
    await user.click(card.getByRole('button', { name: 'Record payment' }));
    expect(await screen.findByText('Payment on INV-2026-0404 recorded.')).toBeTruthy();
    expect(invoice('INV-2026-0404')).toMatchObject({
      paid: { minor: 2_000_050 },
      status: 'partly-paid',
    });
    await waitFor(() =>
      expect(invoiceCard('INV-2026-0404').textContent).toContain('Due EUR 43,249.50'),
    );

    await user.click(
      within(invoiceCard('INV-2026-0404')).getByRole('button', { name: 'Mark paid' }),
    );
    await waitFor(() =>
      expect(invoice('INV-2026-0404')).toMatchObject({
        paid: { minor: 6_325_000 },
        status: 'paid',
      }),
    );
  });

  it("draws the customer's aging, which follows a recorded payment", async () => {
    const { user } = setup();
    await open(user, 'bayern', /Bayerische/);
    const chart = await screen.findByRole('img', { name: /^Aging in EUR: / });
    const before = chart.getAttribute('aria-label');
    const card = within(invoiceCard('INV-2026-0404'));
    await user.click(card.getByRole('button', { name: 'Partly paid' }));
    const paid = card.getByRole('textbox', { name: 'Total paid so far (EUR)' });
    await user.clear(paid);
    await user.type(paid, '20000.50');
    await user.click(card.getByRole('button', { name: 'Record payment' }));
    await waitFor(() =>
      expect(
        screen.getByRole('img', { name: /^Aging in EUR: / }).getAttribute('aria-label'),
      ).not.toBe(before),
    );
  });

  it('pauses chasing until a date, and lifts the pause', async () => {
    const { user, invoice } = setup();
    await open(user, 'bayern', /Bayerische/);
    const card = () => within(invoiceCard('INV-2026-0405'));
    await user.click(card().getByRole('button', { name: 'Pause until a date' }));
    const date = card().getByLabelText('Pause chasing until');
    await user.type(date, '2026-06-30');
    expect(card().getByText('Choose today or a later date.')).toBeTruthy();
    await user.clear(date);
    await user.type(date, '2026-07-15');
    await user.click(card().getByRole('button', { name: 'Pause' }));
    expect(
      await screen.findByText('Chasing INV-2026-0405 is paused until 15 July 2026.'),
    ).toBeTruthy();
    expect(invoice('INV-2026-0405')?.pause).toEqual({ reason: 'manual', until: '2026-07-15' });
    await waitFor(() => expect(card().getByText(/Chasing paused until 15 July 2026/)).toBeTruthy());

    await user.click(card().getByRole('button', { name: 'Lift the pause' }));
    await waitFor(() => expect(invoice('INV-2026-0405')?.pause).toBeUndefined());
  });

  it('edits an invoice, keeping its payment', async () => {
    const { user, invoice } = setup();
    await open(user, 'paulista', /Paulista/);
    await user.click(within(invoiceCard('INV-2026-0407')).getByRole('button', { name: 'Edit' }));
    const amount = screen.getByRole('textbox', { name: /^Amount/ });
    await user.clear(amount);
    await user.type(amount, '9000');
    expect(screen.getByText('The amount is less than what has already been paid.')).toBeTruthy();
    await user.clear(amount);
    await user.type(amount, '32000');
    await user.click(screen.getByRole('button', { name: 'Save invoice' }));
    expect(await screen.findByText('Invoice INV-2026-0407 is saved.')).toBeTruthy();
    expect(invoice('INV-2026-0407')).toMatchObject({
      amount: { minor: 3_200_000 },
      paid: { minor: 1_000_000 },
      status: 'partly-paid',
    });
  });

  it('speaks Simplified Chinese when the pane does', async () => {
    const { user } = setup('zh-CN');
    expect(await screen.findByRole('heading', { name: '客户与发票' })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: '查找客户' }), 'osaka');
    await user.click(await screen.findByRole('button', { name: /Osaka Precision KK/ }));
    expect(await screen.findByRole('heading', { name: 'Osaka Precision KK 的发票' })).toBeTruthy();
    expect(invoiceCard('INV-2026-0408').textContent).toContain('JPY');
    expect(screen.getByRole('button', { name: '标记为已付清' })).toBeTruthy();
  });
});
