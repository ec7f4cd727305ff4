import { Body1Strong, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatDate, type CalendarDate } from '../../core/calendarDate';
import { formatMoney } from '../../core/money';
import type { SilentCustomer } from '../../core/silence';
import type { SilentStrings } from './strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  name: { margin: 0, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  amounts: { display: 'flex', flexDirection: 'column' },
  action: { alignSelf: 'flex-start', maxWidth: '100%' },
});

export type SilentRowProps = {
  busy: boolean;
  locale: string;
  onPrepare: (row: SilentCustomer) => void;
  row: SilentCustomer;
  strings: SilentStrings;
  today: CalendarDate;
};

/** One silent customer: how long, how much, the last reminder, the stage and the next step. */
export function SilentRow({ busy, locale, onPrepare, row, strings, today }: SilentRowProps) {
  const styles = useStyles();
  const headingId = useId();
  const when =
    row.nextStepOn <= today
      ? strings.stepToday
      : strings.stepFrom(formatDate(row.nextStepOn, locale));
  return (
    <li className={styles.row} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.name}>
        {row.name}
      </Subtitle2>
      <Body1Strong>{strings.daysSilent(row.daysSilent)}</Body1Strong>
      <dl className={styles.facts}>
        <dt className={styles.label}>{strings.atRisk}</dt>
        <dd className={`${styles.value} ${styles.amounts}`}>
          {row.atRisk.map((m) => (
            <span key={m.currency}>{formatMoney(m, locale)}</span>
          ))}
        </dd>
        <dt className={styles.label}>{strings.lastReminder}</dt>
        <dd className={styles.value}>
          {strings.reminderOn(
            formatDate(row.lastReminderOn, locale),
            strings.channels[row.lastReminderChannel],
          )}
        </dd>
        <dt className={styles.label}>{strings.stage}</dt>
        <dd className={styles.value}>{strings.stages[row.stage]}</dd>
        <dt className={styles.label}>{strings.nextStep}</dt>
        <dd className={styles.value}>{strings.stepWhen(strings.steps[row.stage], when)}</dd>
      </dl>
      <Button
        className={styles.action}
        appearance="primary"
        aria-label={strings.prepareFor(row.name)}
        disabledFocusable={busy}
        onClick={() => onPrepare(row)}
      >
        {busy ? strings.working : strings.prepare}
      </Button>
    </li>
  );
}
