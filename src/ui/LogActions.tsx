import { Button, Field, Input, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

export type LogActionsProps = {
  onCall: () => void;
  onDispute: (reason: string) => void;
  onPaymentSent: () => void;
  onPromise: (date: string) => void;
  strings: UiStrings;
  today: string;
};

/** Buttons that log what the customer said or did: a promise with its date, a dispute, a payment, a call. */
export function LogActions({
  onCall,
  onDispute,
  onPaymentSent,
  onPromise,
  strings,
  today,
}: LogActionsProps) {
  const styles = useStyles();
  const [date, setDate] = useState('');
  const [dispute, setDispute] = useState('');
  return (
    <section className={styles.root} aria-labelledby="duly-log">
      <Subtitle2 as="h2" id="duly-log">
        {strings.log}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={strings.promiseDate}>
          <Input type="date" min={today} value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Button disabled={!date} onClick={() => onPromise(date)}>
          {strings.promise}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={strings.disputeReason}>
          <Input value={dispute} onChange={(_, d) => setDispute(d.value)} />
        </Field>
        <Button disabled={!dispute.trim()} onClick={() => onDispute(dispute.trim())}>
          {strings.dispute}
        </Button>
      </div>
      <div className={styles.row}>
        <Button onClick={onPaymentSent}>{strings.paymentSent}</Button>
        <Button onClick={onCall}>{strings.callLogged}</Button>
      </div>
    </section>
  );
}
