import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Customer, CustomerId } from '../../core/model';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { RecordsStrings } from './strings';

/** How long typing must pause before the ledger is searched. */
export const SEARCH_DEBOUNCE_MS = 250;
/** At most this many customers are listed; a longer query narrows them. */
export const SEARCH_LIMIT = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  result: { justifyContent: 'flex-start', textAlign: 'start', width: '100%' },
  domain: { color: tokens.colorNeutralForeground3 },
});

export type CustomerSearchProps = {
  ledger: Pick<LedgerRepository, 'findCustomers'>;
  onPick: (id: CustomerId) => void;
  selectedId: CustomerId | undefined;
  strings: RecordsStrings;
  /** Changes after a save, so the list shows the saved names. */
  version: number;
};

/** The first domain of a customer, for telling apart customers with similar names. */
function domainOf(customer: Customer): string {
  const email = customer.contacts[0]?.email ?? '';
  return customer.domains[0] ?? email.slice(email.indexOf('@') + 1);
}

/** A search box over the ledger's customers (debounced), listing matches as buttons. */
export function CustomerSearch({
  ledger,
  onPick,
  selectedId,
  strings,
  version,
}: CustomerSearchProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly Customer[] | undefined>();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      ledger.findCustomers(query, SEARCH_LIMIT).then(
        (customers) => live && setFound(customers),
        () => live && setFound([]),
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ledger, query, version]);

  return (
    <div className={styles.root}>
      <Field label={strings.searchLabel} hint={strings.searchHint}>
        <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Text role="status" size={200}>
        {found === undefined
          ? ''
          : found.length === 0
            ? strings.noneFound
            : strings.found(found.length)}
      </Text>
      {found !== undefined && found.length > 0 && (
        <ul className={styles.list} aria-label={strings.resultsLabel}>
          {found.map((customer) => (
            <li key={customer.id}>
              <Button
                appearance={customer.id === selectedId ? 'secondary' : 'subtle'}
                aria-current={customer.id === selectedId ? 'true' : undefined}
                className={styles.result}
                onClick={() => onPick(customer.id)}
              >
                <span>
                  {customer.name}
                  {domainOf(customer) && (
                    <span className={styles.domain}> · {domainOf(customer)}</span>
                  )}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
