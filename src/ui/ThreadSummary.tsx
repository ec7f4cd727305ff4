import {
  Badge,
  Body1,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { REASONS, type CustomerReason } from '../core/model';
import type { Suggestion } from '../core/suggest';
import { formatTotals } from './format';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STAGE_COLOR = {
  none: 'informative',
  upcoming: 'informative',
  due: 'brand',
  'follow-up': 'warning',
  escalation: 'warning',
  stakes: 'danger',
  final: 'danger',
} as const;

export type ThreadSummaryProps = {
  locale: string;
  onReasonChange: (reason: CustomerReason | undefined) => void;
  strings: UiStrings;
  suggestion: Suggestion;
};

/** Totals per currency, the stage and tone with the reasons in plain words, and the customer's reason. */
export function ThreadSummary({ locale, onReasonChange, strings, suggestion }: ThreadSummaryProps) {
  const styles = useStyles();
  const open = suggestion.invoices;
  const overdue = open.filter((i) => i.daysOverdue > 0);
  const oldest = overdue.reduce((max, i) => Math.max(max, i.daysOverdue), 0);
  return (
    <section className={styles.root} aria-labelledby="duly-summary">
      <Subtitle2 as="h2" id="duly-summary">
        {strings.summary}
      </Subtitle2>
      {open.length > 0 && (
        <Body1>
          {`${strings.openTotal}: ${formatTotals(open, locale)}`}
          {overdue.length > 0 &&
            ` — ${strings.overdueTotal}: ${formatTotals(overdue, locale)}, ${strings.oldestOverdue(oldest)}`}
        </Body1>
      )}
      <div className={styles.row}>
        <Caption1>{strings.stage}</Caption1>
        <Badge
          color={STAGE_COLOR[suggestion.stage]}
          aria-label={`${strings.stage}: ${strings.stages[suggestion.stage]}`}
        >
          {strings.stages[suggestion.stage]}
        </Badge>
        <Caption1>{strings.tone}</Caption1>
        <Badge
          appearance="outline"
          aria-label={`${strings.tone}: ${strings.tones[suggestion.tone]}`}
        >
          {strings.tones[suggestion.tone]}
        </Badge>
      </div>
      <ul className={styles.reasons} aria-label={strings.why}>
        {suggestion.reasons.map((r) => (
          <li key={r}>
            <Caption1>{r}</Caption1>
          </li>
        ))}
      </ul>
      {suggestion.nextStepOn && <Caption1>{strings.nextStep(suggestion.nextStepOn)}</Caption1>}
      <Field
        label={strings.customerReason}
        hint={suggestion.reasonEvidence ? strings.reasonFrom(suggestion.reasonEvidence) : undefined}
      >
        <Select
          value={suggestion.reason}
          onChange={(_, data) =>
            onReasonChange(data.value === 'none' ? undefined : (data.value as CustomerReason))
          }
        >
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {strings.reasons[r]}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
