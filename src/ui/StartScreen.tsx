import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { LedgerRepository } from '../core/ports/ledgerRepository';
import type { UiStrings } from './strings';

// The same import as the Ledger view's, loaded only when the start screen shows.
const CsvImport = lazy(() => import('./ledger/CsvImport').then((m) => ({ default: m.CsvImport })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export type StartScreenProps = {
  /** The empty ledger an ERP export can be imported into. */
  ledger: LedgerRepository;
  locale: string;
  /** Called when the user moves on after a CSV import filled the ledger. */
  onImported: () => void;
  onLoadSamples: () => Promise<void>;
  onRestore: (file: File) => Promise<string | null>;
  strings: UiStrings;
};

/** First run with an empty ledger: restore a backup, import a CSV export or load the samples. */
export function StartScreen({
  ledger,
  locale,
  onImported,
  onLoadSamples,
  onRestore,
  strings,
}: StartScreenProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<string | null | void>) => {
    setBusy(true);
    setError(null);
    try {
      const problem = await work();
      if (problem) setError(problem);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.root} aria-labelledby="duly-start">
      <Subtitle1 as="h1" id="duly-start">
        {strings.startTitle}
      </Subtitle1>
      <Body1>{strings.startIntro}</Body1>
      <Field label={strings.restoreBackup} hint={strings.restoreHint}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void run(() => onRestore(file));
            }}
          />
        )}
      </Field>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run(onLoadSamples)}>
          {strings.loadSamples}
        </Button>
      </div>
      {busy && <Spinner size="small" label={strings.working} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Suspense fallback={<Spinner size="small" label={strings.working} />}>
        <CsvImport headingLevel="h2" ledger={ledger} locale={locale} onDone={onImported} />
      </Suspense>
    </section>
  );
}
