import { calendarDate } from '../../src/core/calendarDate';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import { matchThread, threadClues, type ThreadClues } from '../../src/core/matching';
import type { Customer, CustomerId, Invoice, InvoiceId, LedgerEvent } from '../../src/core/model';
import { DEFAULT_FREE_MAIL_DOMAINS } from '../../src/core/model';
import { money } from '../../src/core/money';

function customer(id: string, emails: string[], domains: string[] = []): Customer {
  return {
    id: id as CustomerId,
    name: `Customer ${id}`,
    country: 'ES',
    language: 'es',
    timeZone: 'Europe/Madrid',
    contacts: emails.map((email) => ({ name: email, email })),
    domains,
  };
}

function invoice(id: string, customerId: string, number: string, po?: string): Invoice {
  return {
    id: id as InvoiceId,
    number,
    customerId: customerId as CustomerId,
    ...(po !== undefined ? { po } : {}),
    issueDate: calendarDate('2026-05-01'),
    dueDate: calendarDate('2026-06-01'),
    amount: money(100_00, 'EUR'),
    paid: money(0, 'EUR'),
    status: 'open',
  };
}

function event(customerId: string, at: string, note: string): LedgerEvent {
  return {
    customerId: customerId as CustomerId,
    at,
    direction: 'outbound',
    channel: 'email',
    kind: 'reminder',
    invoiceIds: [],
    note,
  };
}

const A = customer(
  'a',
  ['Alice@Buyer.ES', 'alice@buyer.es', 'ap.buyer@gmail.com'],
  ['@Buyer-Group.COM '],
);
const B = customer('b', ['bob@buyer.es']);
const C = customer('c', ['chen@163.com'], ['gmail.com']);
const INVOICES = [
  invoice('i1', 'a', 'INV-1043', '4500012'),
  invoice('i2', 'b', 'inv 2001', 'PO 77'),
  invoice('i3', 'b', 'INV/2002', ''),
  invoice('i4', 'zz', 'INV-9999'),
];

const index = createLedgerIndex({ customers: [A, B, C], invoices: INVOICES, events: [] });

function clues(partial: Partial<ThreadClues>): ThreadClues {
  return { role: 'sender', addresses: [], domains: [], tokens: [], ...partial };
}

describe('createLedgerIndex', () => {
  it('finds customers by contact address, lower-cased, once each', () => {
    const hits = index.hitsFor(clues({ addresses: ['alice@buyer.es', 'nobody@buyer.es'] }));
    expect([...hits.customersByAddress]).toEqual([['alice@buyer.es', [A]]]);
  });

  it('finds customers by configured domains and by the domains of their contacts', () => {
    const hits = index.hitsFor(clues({ domains: ['buyer.es', 'buyer-group.com'] }));
    expect(hits.customersByDomain.get('buyer.es')).toEqual([A, B]);
    expect(hits.customersByDomain.get('buyer-group.com')).toEqual([A]);
  });

  it('never indexes a free-mail domain, configured or from a contact', () => {
    const hits = index.hitsFor(clues({ domains: ['gmail.com', '163.com'] }));
    expect(hits.customersByDomain.size).toBe(0);
  });

  it('takes the free-mail list as an argument', () => {
    const custom = createLedgerIndex({ customers: [C], invoices: [], events: [] }, []);
    expect(
      custom.hitsFor(clues({ domains: ['163.com'] })).customersByDomain.get('163.com'),
    ).toEqual([C]);
  });

  it('finds invoices by normalized number and PO, with their owners', () => {
    const hits = index.hitsFor(
      clues({
        tokens: [
          { value: 'INV1043', where: 'subject' },
          { value: 'INV2001', where: 'body' },
          { value: 'INV2002', where: 'body' },
          { value: 'PO77', where: 'body' },
          { value: '4500012', where: 'body' },
          { value: 'NOPE1', where: 'body' },
        ],
      }),
    );
    expect([...hits.invoicesByNumber.keys()]).toEqual(['INV1043', 'INV2001', 'INV2002']);
    expect(hits.invoicesByPo.get('PO77')?.map((i) => i.id)).toEqual(['i2']);
    expect(hits.invoicesByPo.get('4500012')?.map((i) => i.id)).toEqual(['i1']);
    expect([...hits.customersById.keys()].sort()).toEqual(['a', 'b']);
  });

  it('leaves out invoices of unknown customers from the owners', () => {
    const hits = index.hitsFor(clues({ tokens: [{ value: 'INV9999', where: 'subject' }] }));
    expect(hits.invoicesByNumber.get('INV9999')).toHaveLength(1);
    expect(hits.customersById.size).toBe(0);
  });

  it('answers customer and invoices by id, empty for an unknown id', () => {
    expect(index.customer('b' as CustomerId)).toBe(B);
    expect(index.customer('x' as CustomerId)).toBeUndefined();
    expect(index.invoicesOf('b' as CustomerId).map((i) => i.id)).toEqual(['i2', 'i3']);
    expect(index.invoicesOf('x' as CustomerId)).toEqual([]);
    expect(index.eventsOf('x' as CustomerId)).toEqual([]);
  });

  it('sorts events by instant, reading offsets, keeping ledger order for ties and bad dates last', () => {
    const events = [
      event('a', '2026-07-01T09:00:00Z', 'third'),
      event('a', 'not a date', 'last'),
      event('b', '2026-01-01T00:00:00Z', 'other customer'),
      event('a', '2026-07-01T10:00:00+02:00', 'first'),
      event('a', '2026-07-01T08:00:00Z', 'same instant as first, later in the ledger'),
      event('a', '2026-07-01T11:30:00+03:00', 'second'),
    ];
    const sorted = createLedgerIndex({ customers: [A, B], invoices: [], events }).eventsOf(
      'a' as CustomerId,
    );
    expect(sorted.map((e) => e.note)).toEqual([
      'first',
      'same instant as first, later in the ledger',
      'second',
      'third',
      'last',
    ]);
  });

  it('feeds matchThread end to end', () => {
    const item = {
      direction: 'inbound' as const,
      from: 'Alice <ALICE@buyer.es>',
      to: [],
      cc: [],
      subject: 'RE: inv 1043',
      body: '',
    };
    const found = threadClues(item, { freeMailDomains: DEFAULT_FREE_MAIL_DOMAINS });
    const result = matchThread(found, index.hitsFor(found));
    expect(result.best?.customer).toBe(A);
    expect(result.best?.evidence.map((e) => e.text)).toEqual([
      'address alice@buyer.es',
      'invoice INV-1043 in subject',
    ]);
    // Bob shares the domain buyer.es: shown, and the match flagged as ambiguous.
    expect(result.candidates.map((c) => c.customer.id)).toEqual(['a', 'b']);
    expect(result.ambiguous).toBe(true);
  });

  it('indexes 10,000 customers, 100,000 invoices and 1,000,000 events in one pass', () => {
    const customers = Array.from({ length: 10_000 }, (_, c) =>
      customer(`c${c}`, [`ap${c}@buyer${c}.es`, `owner${c}@gmail.com`]),
    );
    const invoices = Array.from({ length: 100_000 }, (_, i) =>
      invoice(`i${i}`, `c${i % 10_000}`, `INV-${100_000 + i}`, `PO${i}`),
    );
    const instants = Array.from({ length: 997 }, (_, k) =>
      new Date(Date.UTC(2026, 0, 1) + k * 3_600_000).toISOString(),
    );
    const events = Array.from({ length: 1_000_000 }, (_, e) =>
      event(`c${e % 10_000}`, instants[(e * 7919) % 997] ?? '', ''),
    );
    const big = createLedgerIndex({ customers, invoices, events });
    const hits = big.hitsFor(
      clues({
        addresses: ['ap77@buyer77.es'],
        domains: ['buyer77.es', 'gmail.com'],
        tokens: [{ value: 'INV100077', where: 'subject' }],
      }),
    );
    expect(hits.customersByAddress.get('ap77@buyer77.es')?.map((c) => c.id)).toEqual(['c77']);
    expect(hits.customersByDomain.has('gmail.com')).toBe(false);
    expect(hits.invoicesByNumber.get('INV100077')?.map((i) => i.id)).toEqual(['i77']);
    expect(big.invoicesOf('c77' as CustomerId)).toHaveLength(10);
    const history = big.eventsOf('c77' as CustomerId);
    expect(history).toHaveLength(100);
    expect(history.every((e, i) => i === 0 || (history[i - 1]?.at ?? '') <= e.at)).toBe(true);
  });
});
