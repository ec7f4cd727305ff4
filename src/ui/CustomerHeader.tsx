import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CandidateSummary } from '../core/suggest';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  others: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

export type CustomerHeaderProps = {
  candidates: readonly CandidateSummary[];
  customer: CandidateSummary | null;
  onAddCustomer: () => void;
  onLink: (customerId: string) => void;
  sender: string;
  strings: UiStrings;
};

/** Who the thread is: the matched customer with its evidence, and the other candidates to re-link. */
export function CustomerHeader({
  candidates,
  customer,
  onAddCustomer,
  onLink,
  sender,
  strings,
}: CustomerHeaderProps) {
  const styles = useStyles();
  const [showOthers, setShowOthers] = useState(false);
  const othersId = useId();
  const others = candidates.filter((c) => c.id !== customer?.id);
  if (!customer) {
    return (
      <section className={styles.root} aria-label={strings.notInLedger(sender)}>
        <Subtitle2 as="h2">{strings.notInLedger(sender)}</Subtitle2>
        {sender && (
          <div>
            <Button appearance="primary" size="small" onClick={onAddCustomer}>
              {strings.addCustomer}
            </Button>
          </div>
        )}
      </section>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="duly-customer-name">
      <div className={styles.row}>
        <Subtitle2 as="h2" id="duly-customer-name">
          {customer.name}
        </Subtitle2>
        <Badge appearance="tint" color={customer.confidence >= 0.75 ? 'success' : 'warning'}>
          {strings.confidence(Math.round(customer.confidence * 100))}
        </Badge>
      </div>
      <Caption1>{strings.evidence}</Caption1>
      <ul className={styles.evidence}>
        {customer.evidence.map((e) => (
          <li key={e}>
            <Caption1>{e}</Caption1>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        // A disclosure with a list of buttons rather than a Menu: Menu brings its positioning
        // engine (floating-ui) into the pane's start-up bundle for one rarely used choice.
        <div>
          <Button
            size="small"
            appearance="secondary"
            aria-expanded={showOthers}
            aria-controls={othersId}
            onClick={() => setShowOthers((shown) => !shown)}
          >
            {`${strings.otherCandidates}: ${others.map((c) => c.name).join(', ')}`}
          </Button>
          {showOthers && (
            <ul id={othersId} className={styles.others} aria-label={strings.linkTo}>
              {others.map((c) => (
                <li key={c.id}>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => {
                      setShowOthers(false);
                      onLink(c.id);
                    }}
                  >
                    {`${strings.linkTo} ${c.name} (${c.evidence.join('; ')})`}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
