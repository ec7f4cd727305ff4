import fc from 'fast-check';
import { calendarDate } from '../../src/core/calendarDate';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import {
  domainOf,
  domainWithParents,
  isFreeMail,
  matchThread,
  MAX_TOKENS,
  normalizeAddress,
  normalizeReference,
  threadClues,
  type MatchResult,
} from '../../src/core/matching';
import type { Customer, CustomerId, Invoice, InvoiceId, MailItem } from '../../src/core/model';
import { DEFAULT_FREE_MAIL_DOMAINS } from '../../src/core/model';
import { money } from '../../src/core/money';

const FREE = DEFAULT_FREE_MAIL_DOMAINS;
const ME = 'collections@seller.com';

function customer(id: string, name: string, emails: string[], domains: string[] = []): Customer {
  return {
    id: id as CustomerId,
    name,
    country: 'ES',
    language: 'es',
    timeZone: 'Europe/Madrid',
    contacts: emails.map((email, i) => ({ name: `Contact ${i}`, email })),
    domains,
  };
}

function invoice(id: string, customerId: string, number: string, po?: string): Invoice {
  return {
    id: id as InvoiceId,
    number,
    customerId: customerId as CustomerId,
    ...(po ? { po } : {}),
    issueDate: calendarDate('2026-05-01'),
    dueDate: calendarDate('2026-06-01'),
    amount: money(100_00, 'EUR'),
    paid: money(0, 'EUR'),
    status: 'open',
  };
}

const ALPHA = customer('c-alpha', 'Alpha SA', ['Alice@Buyer.es'], ['@Buyer.ES']);
const BETA = customer('c-beta', 'Beta SL', ['bob@beta.es']);
const GAMMA = customer('c-gamma', 'Gamma Trading', ['gao.trading@163.com', 'kenji@yahoo.co.jp']);
const OWN_IN_CONTACTS = customer('c-odd', 'Odd Ltd', [ME]);
const CUSTOMERS = [ALPHA, BETA, GAMMA, OWN_IN_CONTACTS];
const INVOICES = [
  invoice('i1', 'c-alpha', 'INV-1043', '4500012'),
  invoice('i2', 'c-beta', 'INV-2001', 'PO-77-B'),
  invoice('i3', 'c-gamma', '2026-001'),
];

function mail(overrides: Partial<MailItem>): MailItem {
  return {
    direction: 'inbound',
    from: 'someone@nowhere.example',
    to: [ME],
    cc: [],
    subject: '',
    body: '',
    ...overrides,
  };
}

function match(
  item: Partial<MailItem>,
  options: { customers?: Customer[]; invoices?: Invoice[]; linked?: Customer } = {},
): MatchResult {
  const index = createLedgerIndex(
    {
      customers: options.customers ?? CUSTOMERS,
      invoices: options.invoices ?? INVOICES,
      events: [],
    },
    FREE,
  );
  const clues = threadClues(mail(item), { freeMailDomains: FREE, ownAddresses: [ME] });
  return matchThread(clues, index.hitsFor(clues), options.linked);
}

const ids = (result: MatchResult) => result.candidates.map((c) => c.customer.id);
const texts = (result: MatchResult, i = 0) => result.candidates[i]?.evidence.map((e) => e.text);

describe('normalizeReference', () => {
  it.each([
    ['INV-1043', 'INV1043'],
    ['inv 1043', 'INV1043'],
    [' INV/1043. ', 'INV1043'],
    ['po#4500012', 'PO4500012'],
    ['２０２６－００１', '2026001'],
    ['2026_001', '2026001'],
  ])('normalizes %s to %s', (text, expected) => {
    expect(normalizeReference(text)).toBe(expected);
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['Alice <ALICE@Buyer.es>', 'alice@buyer.es'],
    ['"Doe, Alice" <alice@buyer.es>', 'alice@buyer.es'],
    ['mailto:Bob@Mail.Buyer.ES', 'bob@mail.buyer.es'],
    ['  alice@buyer.es ', 'alice@buyer.es'],
    ['Alice Doe', ''],
  ])('reads %s as %s', (text, expected) => {
    expect(normalizeAddress(text)).toBe(expected);
  });
});

describe('domainOf', () => {
  it.each([
    ['alice@buyer.es', 'buyer.es'],
    ['Alice <ALICE@Mail.Buyer.ES>', 'mail.buyer.es'],
    ['no address', ''],
  ])('gives the domain of %s', (address, expected) => {
    expect(domainOf(address)).toBe(expected);
  });
});

describe('isFreeMail', () => {
  it.each([
    ['gmail.com', FREE, true],
    ['GMAIL.COM', FREE, true],
    ['yahoo.co.jp', FREE, true],
    ['163.com', FREE, true],
    ['mx.yahoo.com.mx', ['yahoo.*'], true],
    ['yahoo.com.mx', ['yahoo.*'], true],
    ['notgmail.com', FREE, false],
    ['buyer.es', FREE, false],
    ['', FREE, false],
  ])('says %s is free mail under the list: %s', (domain, list, expected) => {
    expect(isFreeMail(domain, list)).toBe(expected);
  });
});

describe('domainWithParents', () => {
  it.each([
    ['buyer.es', ['buyer.es']],
    ['mail.buyer.es', ['mail.buyer.es', 'buyer.es']],
    ['a.b.buyer.es', ['a.b.buyer.es', 'b.buyer.es', 'buyer.es']],
    ['sales.acme.co.uk', ['sales.acme.co.uk', 'acme.co.uk']],
    ['acme.com.cn', ['acme.com.cn']],
  ])('lists %s and its parents', (domain, expected) => {
    expect(domainWithParents(domain)).toEqual(expected);
  });
});

describe('threadClues', () => {
  it('takes only the sender of an inbound message', () => {
    const clues = threadClues(
      mail({ from: 'Alice <ALICE@Buyer.es>', to: [ME, 'tom@other.es'], cc: ['x@y.es'] }),
      { freeMailDomains: FREE, ownAddresses: [ME] },
    );
    expect(clues).toMatchObject({
      role: 'sender',
      addresses: ['alice@buyer.es'],
      domains: ['buyer.es'],
    });
  });

  it.each<MailItem['direction']>(['outbound', 'compose'])(
    'takes the recipients (to and cc) of a %s message, deduplicated and lower-cased',
    (direction) => {
      const clues = threadClues(
        mail({
          direction,
          from: ME,
          to: ['Alice <alice@buyer.es>', 'ALICE@buyer.es'],
          cc: ['bob@beta.es'],
        }),
        { freeMailDomains: FREE, ownAddresses: [ME] },
      );
      expect(clues.role).toBe('recipients');
      expect(clues.addresses).toEqual(['alice@buyer.es', 'bob@beta.es']);
    },
  );

  it('never counts the user own addresses nor their domain', () => {
    const clues = threadClues(
      mail({
        direction: 'compose',
        from: ME,
        to: ['Collections <Collections@Seller.com>'],
        cc: ['boss@seller.com'],
      }),
      { freeMailDomains: FREE, ownAddresses: [ME] },
    );
    expect(clues.addresses).toEqual(['boss@seller.com']);
    expect(clues.domains).toEqual([]);
  });

  it('keeps free-mail addresses but never their domains', () => {
    const clues = threadClues(mail({ from: 'kenji@yahoo.co.jp' }), { freeMailDomains: FREE });
    expect(clues.addresses).toEqual(['kenji@yahoo.co.jp']);
    expect(clues.domains).toEqual([]);
  });

  it('adds parent domains of a subdomain', () => {
    const clues = threadClues(mail({ from: 'alice@mail.buyer.es' }), { freeMailDomains: FREE });
    expect(clues.domains).toEqual(['mail.buyer.es', 'buyer.es']);
  });

  it('finds reference tokens in the subject first, then in the body', () => {
    const clues = threadClues(
      mail({ subject: 'RE: Invoice INV-1043 overdue', body: 'About INV-1043 and PO 4500012.' }),
      { freeMailDomains: FREE },
    );
    expect(clues.tokens).toEqual([
      { value: 'INV1043', where: 'subject' },
      { value: 'PO4500012', where: 'body' },
      { value: '4500012', where: 'body' },
    ]);
  });

  it.each([
    ['INV 1043', ['INV1043', '1043']],
    ['No. 1043', ['1043']],
    ['factura nº 1043', ['1043']],
    ['发票号：2026-001', ['2026001']],
    ['发票号：２０２６－００１', ['2026001']],
    ['#A-77/B', ['A77B']],
    ['the goods, the payment, the end', []],
    ['12 units', []],
  ])('reads the references of "%s"', (subject, expected) => {
    const clues = threadClues(mail({ subject }), { freeMailDomains: FREE });
    expect(clues.tokens.map((t) => t.value)).toEqual(expected);
  });

  it('bounds the tokens of a 100 KB body and keeps the subject ones', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `R${i}`).join(' ');
    expect(body.length).toBeGreaterThan(100_000);
    const clues = threadClues(mail({ subject: 'INV-1043', body }), { freeMailDomains: FREE });
    expect(clues.tokens).toHaveLength(MAX_TOKENS);
    expect(clues.tokens[0]).toEqual({ value: 'INV1043', where: 'subject' });
  });
});

describe('matchThread', () => {
  it('matches the sender exact address', () => {
    const result = match({ from: 'bob@beta.es' });
    expect(result.best?.customer.id).toBe('c-beta');
    expect(result.best?.confidence).toBe(0.8);
    expect(result.best?.evidence).toEqual([
      { kind: 'address', value: 'bob@beta.es', where: 'from', text: 'address bob@beta.es' },
    ]);
    expect(result.ambiguous).toBe(false);
  });

  it('matches addresses whatever their case and display name', () => {
    expect(match({ from: '"Bob" <BOB@Beta.ES>' }).best?.customer.id).toBe('c-beta');
  });

  it('matches a customer domain', () => {
    const result = match({ from: 'carla@buyer.es' });
    expect(result.best).toMatchObject({ customer: ALPHA, confidence: 0.5 });
    expect(texts(result)).toEqual(['domain buyer.es']);
  });

  it('matches the domains of contacts without a configured domain', () => {
    expect(match({ from: 'someone.else@beta.es' }).best?.customer.id).toBe('c-beta');
  });

  it('matches a subdomain of a customer domain, a little lower', () => {
    const result = match({ from: 'carla@mail.buyer.es' });
    expect(result.best).toMatchObject({ customer: ALPHA, confidence: 0.45 });
    expect(texts(result)).toEqual(['domain buyer.es']);
  });

  it.each(['stranger@163.com', 'someone@yahoo.co.jp', 'x@gmail.com'])(
    'never matches the free-mail domain of %s',
    (from) => {
      expect(match({ from })).toEqual({ best: null, candidates: [], ambiguous: false });
    },
  );

  it('matches an exact free-mail address', () => {
    expect(match({ from: 'Kenji <kenji@YAHOO.co.jp>' }).best?.customer.id).toBe('c-gamma');
  });

  it.each([
    ['subject', { subject: 'Invoice INV-1043' }, 0.4, 'invoice INV-1043 in subject'],
    ['body', { body: 'about inv 1043, thanks' }, 0.25, 'invoice INV-1043 in body'],
    ['subject', { subject: 'Your PO 4500012' }, 0.35, 'PO 4500012 in subject'],
    ['body', { body: 'order 4500012' }, 0.2, 'PO 4500012 in body'],
  ])('matches a reference in the %s', (_where, item, confidence, text) => {
    const result = match(item);
    expect(result.best?.customer.id).toBe('c-alpha');
    expect(result.best?.confidence).toBe(confidence);
    expect(texts(result)).toEqual([text]);
  });

  it('ranks an exact address above a domain above a reference', () => {
    const address = match({ from: 'alice@buyer.es' }).best?.confidence ?? 0;
    const domain = match({ from: 'carla@buyer.es' }).best?.confidence ?? 0;
    const reference = match({ subject: 'INV-1043' }).best?.confidence ?? 0;
    expect(address).toBeGreaterThan(domain);
    expect(domain).toBeGreaterThan(reference);
    expect(reference).toBeGreaterThan(0);
  });

  it('adds up an address and an invoice in the subject', () => {
    const result = match({ from: 'alice@buyer.es', subject: 'Re: INV-1043' });
    expect(result.best?.confidence).toBe(0.88);
    expect(texts(result)).toEqual(['address alice@buyer.es', 'invoice INV-1043 in subject']);
    expect(result.best?.confidence).toBeLessThan(1);
  });

  it('shows two customers sharing a domain as ambiguous', () => {
    const shared = customer('c-alpha-2', 'Alpha Logistics', ['logistics@buyer.es']);
    const result = match({ from: 'carla@buyer.es' }, { customers: [...CUSTOMERS, shared] });
    expect(ids(result).sort()).toEqual(['c-alpha', 'c-alpha-2']);
    expect(result.candidates.map((c) => c.confidence)).toEqual([0.5, 0.5]);
    expect(result.ambiguous).toBe(true);
  });

  it('lists the owner of another customer invoice named in the subject, after the sender', () => {
    const result = match({ from: 'alice@buyer.es', subject: 'Payment of INV-2001' });
    expect(ids(result)).toEqual(['c-alpha', 'c-beta']);
    expect(result.ambiguous).toBe(true);
    expect(texts(result, 1)).toEqual([
      'invoice INV-2001 in subject, while the sender matches Alpha SA',
    ]);
  });

  it('does not call a match ambiguous for a stray reference in the body', () => {
    const result = match({ from: 'alice@buyer.es', body: 'See also PO-77-B' });
    expect(ids(result)).toEqual(['c-alpha', 'c-beta']);
    expect(result.ambiguous).toBe(false);
  });

  it('calls two customers with only close references ambiguous', () => {
    const result = match({ body: 'INV-1043 and INV-2001' });
    expect(result.candidates.map((c) => c.confidence)).toEqual([0.25, 0.25]);
    expect(result.ambiguous).toBe(true);
  });

  it('lets a user link win outright and still lists the others', () => {
    const result = match({ from: 'alice@buyer.es', subject: 'INV-2001' }, { linked: BETA });
    expect(result.best?.customer.id).toBe('c-beta');
    expect(result.best?.confidence).toBe(1);
    expect(texts(result)).toEqual([
      'you linked this thread',
      'invoice INV-2001 in subject, while the sender matches Alpha SA',
    ]);
    expect(ids(result)).toEqual(['c-beta', 'c-alpha']);
    expect(result.ambiguous).toBe(false);
  });

  it('lets a user link a thread that has no clues at all', () => {
    const result = match({ from: 'unknown@gmail.com' }, { linked: GAMMA });
    expect(result.best).toEqual({
      customer: GAMMA,
      confidence: 1,
      evidence: [{ kind: 'link', value: 'c-gamma', text: 'you linked this thread' }],
    });
  });

  it('returns no best candidate when nothing matches', () => {
    expect(match({ from: 'stranger@elsewhere.org', subject: 'Hello 2026' })).toEqual({
      best: null,
      candidates: [],
      ambiguous: false,
    });
  });

  it.each<MailItem['direction']>(['compose', 'outbound'])(
    'matches the recipients of a %s message, not its sender',
    (direction) => {
      const result = match({ direction, from: 'alice@buyer.es', to: ['Bob <bob@beta.es>'] });
      expect(ids(result)).toEqual(['c-beta']);
      expect(result.best?.evidence[0]).toEqual({
        kind: 'address',
        value: 'bob@beta.es',
        text: 'address bob@beta.es',
      });
    },
  );

  it('matches a recipient in cc', () => {
    expect(ids(match({ direction: 'compose', from: ME, to: [], cc: ['bob@beta.es'] }))).toEqual([
      'c-beta',
    ]);
  });

  it('never matches on the user own address, even when a customer lists it', () => {
    expect(match({ direction: 'compose', from: ME, to: [ME] }).best).toBeNull();
    expect(match({ from: ME }).best).toBeNull();
  });

  it('counts at most five references per customer', () => {
    const many = Array.from({ length: 10 }, (_, i) => invoice(`m${i}`, 'c-beta', `B-${100 + i}`));
    const body = many.map((i) => i.number).join(', ');
    const result = match({ body }, { invoices: many });
    expect(result.best?.evidence).toHaveLength(5);
    expect(result.best?.confidence).toBeLessThan(1);
  });

  it('keeps confidences in 0..0.99 without a link, sorted best first', () => {
    const index = createLedgerIndex({ customers: CUSTOMERS, invoices: INVOICES, events: [] }, FREE);
    const pieces = [
      'alice@buyer.es',
      'carla@buyer.es',
      'bob@beta.es',
      'x@mail.buyer.es',
      'kenji@yahoo.co.jp',
      ME,
    ];
    const words = ['INV-1043', 'INV-2001', '4500012', 'PO-77-B', '2026-001', 'hello'];
    fc.assert(
      fc.property(
        fc.constantFrom<MailItem['direction']>('inbound', 'outbound', 'compose'),
        fc.subarray(pieces),
        fc.subarray(words),
        fc.subarray(words),
        (direction, people, subject, body) => {
          const item = mail({
            direction,
            from: people[0] ?? 'nobody@nowhere.example',
            to: people.slice(1),
            subject: subject.join(' '),
            body: body.join(' '),
          });
          const clues = threadClues(item, { freeMailDomains: FREE, ownAddresses: [ME] });
          const result = matchThread(clues, index.hitsFor(clues));
          const confidences = result.candidates.map((c) => c.confidence);
          expect(confidences.every((c) => c > 0 && c <= 0.99)).toBe(true);
          expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
          expect(result.best).toBe(result.candidates[0] ?? null);
          expect(result.candidates.every((c) => c.customer.id !== 'c-odd')).toBe(true);
        },
      ),
    );
  });
});
