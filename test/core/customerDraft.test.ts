import { readFileSync } from 'node:fs';
import { calendarDate } from '../../src/core/calendarDate';
import { contactHistoryOf, foldContact } from '../../src/core/contactHistory';
import { customerDraft, customerReminderEvent, MAX_RECIPIENTS } from '../../src/core/customerDraft';
import { parseLedgerText } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import type { Customer, CustomerId, LedgerEvent } from '../../src/core/model';
import { formatMoney } from '../../src/core/money';
import { silentCustomers } from '../../src/core/silence';
import { policyFor, suggestForMatch, type CustomerFacts } from '../../src/core/suggest';
import { customer, event, invoice, TODAY } from '../fakes/builders';

const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
const { settings } = ledger;
const today = calendarDate('2026-07-01');
const zone = settings.company.timeZone;

function sampleFacts(id: string): CustomerFacts {
  const c = index.customer(id as CustomerId)!;
  return {
    customer: c,
    invoices: index.invoicesOf(c.id),
    history: contactHistoryOf(index.eventsOf(c.id), zone),
    messageLogged: false,
  };
}

function builtFacts(c: Customer, invoices = [invoice(10)], events = [event(-5)]): CustomerFacts {
  return { customer: c, invoices, history: contactHistoryOf(events, zone), messageLogged: false };
}

function silentNow(facts: CustomerFacts) {
  return silentCustomers(
    [{ customer: facts.customer, invoices: facts.invoices, history: facts.history }],
    today,
    (c) => policyFor(c, settings),
  );
}

describe('customerDraft', () => {
  it('writes the letter of each silent sample customer for the stage the silent list shows', () => {
    const silent = silentCustomers(
      ledger.customers.map((c) => ({
        customer: c,
        invoices: index.invoicesOf(c.id),
        history: contactHistoryOf(index.eventsOf(c.id), zone),
      })),
      today,
      (c) => policyFor(c, settings),
    );
    expect(silent.length).toBeGreaterThan(0);
    for (const row of silent) {
      const facts = sampleFacts(row.customerId);
      const prepared = customerDraft({ facts, settings, today, suggestForMatch });
      expect(prepared.suggestion.customer?.id).toBe(row.customerId);
      expect(prepared.suggestion.stage).toBe(row.stage);
      expect(prepared.to).toEqual(facts.customer.contacts.map((c) => c.email.toLowerCase()));
      expect(prepared.draft).not.toBeNull();
    }
  });

  it('covers the overdue invoices with their amounts, in the customer language', () => {
    const facts = sampleFacts('c-levante');
    const prepared = customerDraft({ facts, settings, today, suggestForMatch });
    const owed = facts.invoices.filter((i) => i.status === 'open');
    expect(owed.length).toBeGreaterThan(0);
    expect(prepared.invoiceIds).toEqual(owed.map((i) => i.id));
    for (const i of owed) {
      expect(prepared.draft!.text).toContain(i.number);
      expect(prepared.draft!.text).toContain(formatMoney(i.amount, facts.customer.language));
    }
    expect(prepared.suggestion.language).toBe(facts.customer.language);
  });

  it('writes in the language asked for', () => {
    const prepared = customerDraft({
      facts: sampleFacts('c-levante'),
      settings,
      today,
      language: 'en',
      suggestForMatch,
    });
    expect(prepared.suggestion.language).toBe('en');
    const spanish = customerDraft({
      facts: sampleFacts('c-levante'),
      settings,
      today,
      suggestForMatch,
    });
    expect(prepared.draft!.subject).not.toBe(spanish.draft!.subject);
  });

  it('addresses every contact once, lower-cased, and at most MAX_RECIPIENTS of them', () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 20 }, (_, n) => ({
      name: '',
      email: `ap${n}@buyer.es`,
    }));
    const c = customer({
      contacts: [
        { name: 'Alice', email: 'Alice@Buyer.ES' },
        { name: '', email: 'alice@buyer.es' },
        ...many,
      ],
    });
    const prepared = customerDraft({ facts: builtFacts(c), settings, today, suggestForMatch });
    expect(prepared.to[0]).toBe('alice@buyer.es');
    expect(new Set(prepared.to).size).toBe(prepared.to.length);
    expect(prepared.to).toHaveLength(MAX_RECIPIENTS);
  });

  it('takes the chosen customer even with no contact address at all', () => {
    const c = customer({ contacts: [], domains: [] });
    const prepared = customerDraft({ facts: builtFacts(c), settings, today, suggestForMatch });
    expect(prepared.to).toEqual([]);
    expect(prepared.suggestion.customer?.id).toBe(c.id);
    expect(prepared.draft?.text).toContain('INV-1010');
  });

  it('leaves paused and disputed invoices out of the letter and of the invoice ids', () => {
    const c = customer();
    const open = invoice(10);
    const paused = invoice(20, { pause: { reason: 'manual' } });
    const disputed = invoice(30, { status: 'disputed' });
    const prepared = customerDraft({
      facts: builtFacts(c, [open, paused, disputed]),
      settings,
      today,
      suggestForMatch,
    });
    expect(prepared.invoiceIds).toEqual([open.id]);
    expect(prepared.draft!.text).not.toContain(paused.number);
    expect(prepared.draft!.text).not.toContain(disputed.number);
  });

  it('has no draft when nothing is owed', () => {
    const paid = invoice(10, { paid: '25000.00', status: 'paid' });
    const prepared = customerDraft({
      facts: builtFacts(customer(), [paid]),
      settings,
      today,
      suggestForMatch,
    });
    expect(prepared.draft).toBeNull();
    expect(prepared.invoiceIds).toEqual([]);
  });
});

describe('customerReminderEvent', () => {
  it('logs an outbound email reminder with the stage, blocks and invoices of the letter', () => {
    const prepared = customerDraft({
      facts: sampleFacts('c-gulf'),
      settings,
      today,
      suggestForMatch,
    });
    const logged = customerReminderEvent(prepared, '2026-07-01T07:00:00.000Z', 't-new');
    expect(logged).toEqual({
      customerId: 'c-gulf',
      at: '2026-07-01T07:00:00.000Z',
      direction: 'outbound',
      channel: 'email',
      kind: 'reminder',
      threadId: 't-new',
      invoiceIds: prepared.invoiceIds,
      stage: prepared.suggestion.stage,
      blocks: prepared.suggestion.draftInput!.blocks,
    });
  });

  it('ends the silence once logged', () => {
    const facts = sampleFacts('c-gulf');
    expect(silentNow(facts)).toHaveLength(1);
    const logged: LedgerEvent = customerReminderEvent(
      customerDraft({ facts, settings, today, suggestForMatch }),
      '2026-07-01T07:00:00.000Z',
    );
    expect(logged).not.toHaveProperty('threadId');
    const after = { ...facts, history: foldContact(facts.history, logged, zone) };
    expect(silentNow(after)).toEqual([]);
  });

  it('refuses a draft without a customer', () => {
    const prepared = customerDraft({
      facts: builtFacts(customer()),
      settings,
      today: TODAY,
      suggestForMatch,
    });
    const orphan = { ...prepared, suggestion: { ...prepared.suggestion, customer: null } };
    expect(() => customerReminderEvent(orphan, '2026-07-01T07:00:00.000Z')).toThrow(/customer/);
  });
});
