import { Button, makeStyles, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CalendarDate } from '../../core/calendarDate';
import type { Customer, Invoice, InvoiceId } from '../../core/model';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import { InvoiceCard } from './InvoiceCard';
import { InvoiceForm } from './InvoiceForm';
import type { RecordsStrings } from './strings';

// The chart is drawn only when a customer is open: its own chunk.
const CustomerAging = lazy(() =>
  import('../aging/CustomerAging').then((m) => ({ default: m.CustomerAging })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export type CustomerInvoicesProps = {
  customer: Customer;
  defaultCurrency: string;
  ledger: Pick<
    LedgerRepository,
    'hitsFor' | 'invoicesOf' | 'recordPayment' | 'saveInvoice' | 'setPause'
  >;
  locale: string;
  onNotice: (text: string) => void;
  strings: RecordsStrings;
  today: CalendarDate;
};

type Editing =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly id: InvoiceId; readonly kind: 'edit' };

/** The customer's invoices (paid ones too) with their state and actions, and "Add an invoice". */
export function CustomerInvoices({
  customer,
  defaultCurrency,
  ledger,
  locale,
  onNotice,
  strings,
  today,
}: CustomerInvoicesProps) {
  const styles = useStyles();
  const [invoices, setInvoices] = useState<readonly Invoice[]>();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [version, setVersion] = useState(0);
  const headingId = `duly-invoices-of-${customer.id}`;
  const formHeadingId = `${headingId}-form`;

  useEffect(() => {
    let live = true;
    ledger.invoicesOf(customer.id).then(
      (list) => live && setInvoices(list),
      () => live && setInvoices([]),
    );
    return () => {
      live = false;
    };
  }, [ledger, customer.id, version]);

  // Keyboard and screen-reader users land on the form they opened.
  useEffect(() => {
    if (editing.kind !== 'none') document.getElementById(formHeadingId)?.focus();
  }, [editing, formHeadingId]);

  const saved = (text: string) => {
    setEditing({ kind: 'none' });
    setVersion((v) => v + 1);
    onNotice(text);
  };
  // The customer's latest currency is the likeliest for the next invoice.
  const currency = invoices?.at(-1)?.amount.currency ?? defaultCurrency;
  const form = (base: Invoice | undefined) => (
    <InvoiceForm
      base={base}
      customerId={customer.id}
      defaultCurrency={currency}
      headingId={formHeadingId}
      ledger={ledger}
      locale={locale}
      onCancel={() => setEditing({ kind: 'none' })}
      onSaved={(invoice) => saved(strings.invoiceSaved(invoice.number))}
      strings={strings}
      today={today}
    />
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h4" id={headingId}>
        {strings.invoicesOf(customer.name)}
      </Subtitle2>
      {invoices === undefined ? (
        <Spinner size="tiny" label={strings.loading} />
      ) : invoices.length === 0 ? (
        <Text>{strings.noInvoices}</Text>
      ) : (
        <ul className={styles.list}>
          {invoices.map((invoice) => (
            <li key={invoice.id}>
              {editing.kind === 'edit' && editing.id === invoice.id ? (
                form(invoice)
              ) : (
                <InvoiceCard
                  invoice={invoice}
                  ledger={ledger}
                  locale={locale}
                  onChanged={(_, notice) => saved(notice)}
                  onEdit={() => setEditing({ kind: 'edit', id: invoice.id })}
                  strings={strings}
                  today={today}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {invoices !== undefined && invoices.length > 0 && (
        <Suspense fallback={<Spinner size="tiny" label={strings.loading} />}>
          <CustomerAging invoices={invoices} today={today} locale={locale} />
        </Suspense>
      )}
      {editing.kind === 'new' ? (
        form(undefined)
      ) : (
        <div>
          <Button onClick={() => setEditing({ kind: 'new' })}>{strings.addInvoice}</Button>
        </div>
      )}
    </section>
  );
}
