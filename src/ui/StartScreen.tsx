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
import { useState } from 'react';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export type StartScreenProps = {
  onLoadSamples: () => Promise<void>;
  onRestore: (file: File) => Promise<string | null>;
  strings: UiStrings;
};

/** First run with an empty ledger: restore a backup or load the sample ledger. */
export function StartScreen({ onLoadSamples, onRestore, strings }: StartScreenProps) {
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
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void run(() => onRestore(file));
          }}
        />
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
    </section>
  );
}
