import { Divider, makeStyles, Spinner, Title3, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useUiLanguage } from '../i18n';
import type { ViewProps } from '../panePorts';
import { BackupSection } from './BackupSection';
import { StorageSection } from './StorageSection';
import { LEDGER_STRINGS } from './strings';

// The import step pulls in the CSV reader, the chart its own code: each loads on first use.
const CsvImport = lazy(() => import('./CsvImport').then((m) => ({ default: m.CsvImport })));
const RecordsSection = lazy(() =>
  import('../records/RecordsSection').then((m) => ({ default: m.RecordsSection })),
);
const AgingSection = lazy(() =>
  import('../aging/AgingSection').then((m) => ({ default: m.AgingSection })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

/**
 * The Ledger view: import a CSV export, backups, where the data lives, the customers and invoices
 * by hand, and the aging picture.
 */
export function LedgerView({ locale, ports }: ViewProps) {
  const styles = useStyles();
  const strings = LEDGER_STRINGS[useUiLanguage()];
  // Bumped when the ledger changed (import, restore): the sections reading it mount again.
  const [data, setData] = useState(0);
  // Bumped by those and by exports, which change the last backup date.
  const [facts, setFacts] = useState(0);
  const changed = useCallback((what: 'data' | 'backup') => {
    if (what === 'data') setData((r) => r + 1);
    setFacts((r) => r + 1);
  }, []);
  const loading = <Spinner size="small" label={strings.loading} />;
  return (
    <div className={styles.root}>
      <Title3 as="h2">{strings.title}</Title3>
      <Suspense fallback={loading}>
        <CsvImport
          headingLevel="h3"
          ledger={ports.ledger}
          locale={locale}
          onImported={() => changed('data')}
        />
      </Suspense>
      <Divider />
      <BackupSection ledger={ports.ledger} locale={locale} onChanged={changed} />
      <Divider />
      <StorageSection clock={ports.clock} ledger={ports.ledger} locale={locale} revision={facts} />
      <Divider />
      <Suspense fallback={loading}>
        <RecordsSection key={`records-${data}`} locale={locale} ports={ports} />
      </Suspense>
      <Divider />
      <Suspense fallback={loading}>
        <AgingSection key={`aging-${data}`} locale={locale} ports={ports} />
      </Suspense>
    </div>
  );
}
