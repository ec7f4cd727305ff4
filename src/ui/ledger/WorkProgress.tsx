import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { LedgerStrings } from './strings';
import type { WorkState } from './useLongWork';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  status: { flexGrow: 1 },
});

export type WorkProgressProps = {
  locale: string;
  /** Shown while the work runs; absent once it ended. */
  onCancel?: () => void;
  state: WorkState;
  strings: LedgerStrings['work'];
};

/** The words for time left: seconds under a minute, then minutes, both rounded up. */
function timeLeftText(ms: number, locale: string, strings: LedgerStrings['work']): string {
  const number = new Intl.NumberFormat(locale);
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60
    ? strings.secondsLeft(number.format(seconds))
    : strings.minutesLeft(number.format(Math.ceil(seconds / 60)));
}

/** A progress bar with rows done, time left (announced politely) and a Cancel button. */
export function WorkProgress({ locale, onCancel, state, strings }: WorkProgressProps) {
  const styles = useStyles();
  const { progress } = state;
  const phase = progress.phase ?? 'writing';
  const number = new Intl.NumberFormat(locale);
  const known = progress.total > 0;
  const parts = [strings.phases[phase]];
  // Reading counts bytes, not rows: its bar moves, its words stay plain.
  if (known && phase !== 'reading')
    parts.push(strings.rows(number.format(progress.done), number.format(progress.total)));
  if (onCancel && state.timeLeftMs !== undefined && state.timeLeftMs > 0)
    parts.push(timeLeftText(state.timeLeftMs, locale, strings));
  return (
    <div className={styles.root}>
      <Field label={strings.phases[phase]}>
        <ProgressBar
          thickness="large"
          max={1}
          value={phase === 'done' ? 1 : known ? progress.done / progress.total : undefined}
        />
      </Field>
      <div className={styles.row}>
        <Text role="status" aria-live="polite" className={styles.status}>
          {parts.join(' · ')}
        </Text>
        {onCancel && <Button onClick={onCancel}>{strings.cancel}</Button>}
      </div>
    </div>
  );
}
