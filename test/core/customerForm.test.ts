import { readFileSync } from 'node:fs';
import { checkCustomerForm, customerFormOf, type CustomerForm } from '../../src/core/customerForm';
import { parseLedgerText, serializeLedger } from '../../src/core/ledgerFile';
import type { Customer } from '../../src/core/model';

const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const lonestar = ledger.customers.find((c) => c.id === 'c-lonestar')!;
const defaults = { language: 'en', timeZone: 'Europe/Madrid' } as const;

function form(changes: Partial<CustomerForm>): CustomerForm {
  return {
    ...customerFormOf(undefined, defaults),
    name: 'Acme, Inc.',
    contacts: [{ name: 'Ann', email: 'ann@acme.example' }],
    ...changes,
  };
}

describe('checkCustomerForm', () => {
  it('gives back every sample customer unchanged from its own form', () => {
    for (const customer of ledger.customers) {
      const check = checkCustomerForm(customerFormOf(customer, defaults), customer);
      expect(check.issues).toEqual({});
      expect(check.customer).toEqual(customer);
    }
  });

  it('makes the id of a new customer from its name unless one is typed', () => {
    expect(checkCustomerForm(form({})).customer?.id).toBe('acme-inc');
    expect(checkCustomerForm(form({ id: ' c-acme ' })).customer?.id).toBe('c-acme');
  });

  it('keeps the id and unknown fields of the customer being edited', () => {
    const base: Customer = { ...lonestar, extra: { erpKey: 'L-9' } };
    const check = checkCustomerForm(
      { ...customerFormOf(base, defaults), id: 'other', name: 'Lone Star Tools LLC' },
      base,
    );
    expect(check.customer).toMatchObject({ id: 'c-lonestar', name: 'Lone Star Tools LLC' });
    expect(check.customer?.extra).toEqual({ erpKey: 'L-9' });
  });

  it.each([
    [{ name: '  ' }, 'name', 'required'],
    [{ country: 'Atlantis' }, 'country', 'not-a-country'],
    [{ country: 'XX' }, 'country', 'not-a-country'],
    [{ language: 'it' }, 'language', 'not-a-language'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'not-a-time-zone'],
    [{ timeZone: '' }, 'timeZone', 'required'],
    [{ paymentTermsDays: '30.5' }, 'paymentTermsDays', 'not-whole-days'],
    [{ paymentTermsDays: '-1' }, 'paymentTermsDays', 'not-whole-days'],
    [{ contacts: [{ name: 'Ann', email: 'ann at acme' }] }, 'contacts.0.email', 'not-an-email'],
    [{ contacts: [{ name: 'Ann', email: '' }] }, 'contacts.0.email', 'required'],
    [
      {
        contacts: [
          { name: 'Ann', email: 'ann@acme.example' },
          { name: 'Ann again', email: 'ANN@acme.example' },
        ],
      },
      'contacts.1.email',
      'duplicate-email',
    ],
  ] as const)('refuses %j on %s as %s', (changes, field, problem) => {
    const check = checkCustomerForm(form(changes));
    expect(check.customer).toBeUndefined();
    expect(check.issues).toEqual({ [field]: { problem } });
  });

  it('names the domains it does not accept', () => {
    const check = checkCustomerForm(form({ domains: 'acme.example, not a domain!' }));
    expect(check.issues.domains).toEqual({
      problem: 'not-a-domain',
      values: ['not', 'a', 'domain!'],
    });
  });

  it('reads country names and domain lists as the ledger stores them', () => {
    const check = checkCustomerForm(
      form({
        country: 'Spain',
        domains: 'https://www.Acme.example/contact; acme.example\nacme-group.example',
        paymentTermsDays: '45',
        segment: ' key accounts ',
        creditHold: true,
        contacts: [
          { name: '', email: '' },
          { name: ' Ann ', email: ' ann@acme.example ' },
        ],
      }),
    );
    expect(check.customer).toMatchObject({
      country: 'ES',
      domains: ['acme.example', 'acme-group.example'],
      paymentTermsDays: 45,
      segment: 'key accounts',
      creditHold: true,
      contacts: [{ name: 'Ann', email: 'ann@acme.example' }],
    });
  });

  it('produces customers the ledger file accepts', () => {
    const customer = checkCustomerForm(form({ country: '中国', language: 'zh-CN' })).customer!;
    const text = serializeLedger({ ...ledger, customers: [customer], invoices: [], events: [] });
    expect(parseLedgerText(text).customers).toEqual([customer]);
  });
});
