import {
  Button,
  Divider,
  makeStyles,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CalendarDate } from '../../core/calendarDate';
import type { Customer, CustomerId, LetterLanguage } from '../../core/model';
import { useUiLanguage } from '../i18n';
import type { ViewProps } from '../panePorts';
import { CustomerForm } from './CustomerForm';
import { CustomerInvoices } from './CustomerInvoices';
import { CustomerSearch } from './CustomerSearch';
import { RECORDS_STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/** What the section shows under the search: nothing, a new customer, or one customer. */
type Selection =
  | { readonly kind: 'none' }
  | { readonly kind: 'new' }
  | { readonly customer: Customer; readonly kind: 'customer' };

/** What the forms need from the settings: defaults for new records and the seller's today. */
type Context = {
  readonly currency: string;
  readonly language: LetterLanguage;
  readonly timeZone: string;
  readonly today: CalendarDate;
};

const FORM_HEADING = 'duly-records-form';

/**
 * Customers and invoices edited by hand: find a customer or add one, edit its fields and
 * contacts, add and edit its invoices, mark them paid or partly paid, pause chasing them.
 */
export function RecordsSection({ locale, ports }: ViewProps) {
  const styles = useStyles();
  const strings = RECORDS_STRINGS[useUiLanguage()];
  const [context, setContext] = useState<Context>();
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let live = true;
    const fallback = { timeZone: 'UTC', language: 'en' as const, currency: 'EUR' };
    ports.ledger.settings().then(
      (s) => {
        const timeZone = s.company.timeZone;
        if (!live) return;
        setContext({
          timeZone,
          language: s.languages[0] ?? 'en',
          currency: s.bankAccounts[0]?.currency ?? fallback.currency,
          today: ports.clock.today(timeZone),
        });
      },
      // An empty ledger has no settings yet: the records still need a zone and a day.
      () => live && setContext({ ...fallback, today: ports.clock.today(fallback.timeZone) }),
    );
    return () => {
      live = false;
    };
  }, [ports]);

  const selectedId = selection.kind === 'customer' ? selection.customer.id : undefined;
  // Keyboard and screen-reader users land on the form they opened (not again on each save).
  useEffect(() => {
    if (selection.kind !== 'none') document.getElementById(FORM_HEADING)?.focus();
  }, [selection.kind, selectedId]);

  const pick = async (id: CustomerId) => {
    setNotice('');
    const customer = await ports.ledger.customer(id);
    if (customer) setSelection({ kind: 'customer', customer });
  };

  if (!context) return <Spinner size="tiny" label={strings.loading} />;
  return (
    <section className={styles.root} aria-labelledby="duly-records">
      <Subtitle1 as="h3" id="duly-records" className={styles.heading}>
        {strings.title}
      </Subtitle1>
      <CustomerSearch
        ledger={ports.ledger}
        onPick={(id) => void pick(id)}
        selectedId={selectedId}
        strings={strings}
        version={version}
      />
      <div>
        <Button
          onClick={() => {
            setNotice('');
            setSelection({ kind: 'new' });
          }}
        >
          {strings.addCustomer}
        </Button>
      </div>
      <Text role="status" aria-live="polite">
        {notice}
      </Text>
      {selection.kind !== 'none' && (
        <>
          <Divider />
          <CustomerForm
            key={selectedId ?? 'new'}
            base={selection.kind === 'customer' ? selection.customer : undefined}
            defaults={context}
            headingId={FORM_HEADING}
            ledger={ports.ledger}
            locale={locale}
            onSaved={(customer) => {
              setSelection({ kind: 'customer', customer });
              setVersion((v) => v + 1);
              setNotice(strings.customerSaved(customer.name));
            }}
            strings={strings}
          />
        </>
      )}
      {selection.kind === 'customer' && (
        <>
          <Divider />
          <CustomerInvoices
            key={selection.customer.id}
            customer={selection.customer}
            defaultCurrency={context.currency}
            ledger={ports.ledger}
            locale={locale}
            onNotice={setNotice}
            strings={strings}
            today={context.today}
          />
        </>
      )}
    </section>
  );
}
