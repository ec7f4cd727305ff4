import { readFileSync } from 'node:fs';
import {
  checkInvoiceForm,
  invoiceFormOf,
  readPaidSoFar,
  type InvoiceForm,
} from '../../src/core/invoiceForm';
import { parseLedgerText } from '../../src/core/ledgerFile';
import type { CalendarDate } from '../../src/core/calendarDate';
import type { CustomerId, InvoiceId } from '../../src/core/model';

const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const invoice = (id: string) => ledger.invoices.find((i) => i.id === id)!;
const target = {
  id: 'inv-new' as InvoiceId,
  customerId: 'c-bayern' as CustomerId,
  decimalStyle: 'point',
} as const;

function form(changes: Partial<InvoiceForm>): InvoiceForm {
  return {
    ...invoiceFormOf(undefined, { currency: 'EUR', today: '2026-07-01' as CalendarDate }),
    number: 'INV-2026-0500',
    dueDate: '2026-07-31',
    amount: '12,500.50',
    ...changes,
  };
}

describe('checkInvoiceForm', () => {
  it('gives back every sample invoice unchanged from its own form', () => {
    for (const base of ledger.invoices) {
      const check = checkInvoiceForm(
        invoiceFormOf(base, { currency: 'EUR', today: base.issueDate }),
        {
          ...target,
          id: base.id,
          customerId: base.customerId,
          base,
        },
      );
      expect(check.issues).toEqual({});
      expect(check.invoice).toEqual(base);
    }
  });

  it('builds a new open invoice with nothing paid, amount in minor units', () => {
    expect(checkInvoiceForm(form({ po: ' PO-7 ' }), target).invoice).toEqual({
      id: 'inv-new',
      number: 'INV-2026-0500',
      customerId: 'c-bayern',
      po: 'PO-7',
      issueDate: '2026-07-01',
      dueDate: '2026-07-31',
      amount: { minor: 1_250_050, currency: 'EUR' },
      paid: { minor: 0, currency: 'EUR' },
      status: 'open',
    });
  });

  it('records the full amount when the status is paid', () => {
    expect(checkInvoiceForm(form({ status: 'paid' }), target).invoice?.paid.minor).toBe(1_250_050);
  });

  it('keeps the payment and pause of the invoice being edited', () => {
    const base = {
      ...invoice('inv-407'),
      pause: { reason: 'manual' as const, until: '2026-07-15' as CalendarDate },
    };
    const check = checkInvoiceForm(
      { ...invoiceFormOf(base, { currency: 'EUR', today: base.issueDate }), amount: '32000' },
      { ...target, id: base.id, customerId: base.customerId, base },
    );
    expect(check.invoice).toMatchObject({
      amount: { minor: 3_200_000 },
      paid: base.paid,
      pause: base.pause,
      status: 'partly-paid',
    });
  });

  it.each([
    [{ number: ' ' }, 'number', 'required'],
    [{ issueDate: '2026-02-30' }, 'issueDate', 'not-a-date'],
    [{ dueDate: '' }, 'dueDate', 'required'],
    [{ dueDate: '2026-06-30' }, 'dueDate', 'due-before-issue'],
    [{ currency: 'EUX' }, 'currency', 'not-a-currency'],
    [{ amount: '0' }, 'amount', 'zero'],
    [{ amount: '1.5', currency: 'JPY' }, 'amount', 'too-many-decimals'],
    [{ amount: '-3' }, 'amount', 'negative'],
    [{ status: 'lost' }, 'status', 'not-a-status'],
    [{ status: 'partly-paid' }, 'status', 'needs-part-payment'],
  ] as const)('refuses %j on %s as %s', (changes, field, problem) => {
    const check = checkInvoiceForm(form(changes), target);
    expect(check.invoice).toBeUndefined();
    expect(check.issues).toEqual({ [field]: problem });
  });

  it('refuses an amount below what is paid and a new currency once something is paid', () => {
    const base = invoice('inv-407');
    const edit = { ...target, id: base.id, base };
    const own = invoiceFormOf(base, { currency: 'EUR', today: base.issueDate });
    expect(checkInvoiceForm({ ...own, amount: '9999.99' }, edit).issues).toEqual({
      amount: 'below-paid',
    });
    expect(checkInvoiceForm({ ...own, currency: 'EUR' }, edit).issues).toEqual({
      currency: 'currency-after-payment',
    });
  });
});

describe('readPaidSoFar', () => {
  const base = invoice('inv-413');

  it('reads the total paid in the invoice currency, with its three decimals', () => {
    expect(readPaidSoFar('250.125', base, 'point')).toEqual({
      ok: true,
      paid: { minor: 250_125, currency: 'KWD' },
    });
  });

  it.each([
    ['1250.501', 'above-amount'],
    ['1.0001', 'too-many-decimals'],
    ['', 'required'],
  ])('refuses %j as %s', (text, problem) => {
    expect(readPaidSoFar(text, base, 'point')).toEqual({ ok: false, problem });
  });
});
