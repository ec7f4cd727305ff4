import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { formatDate, type CalendarDate } from '../../core/calendarDate';
import { amountDue, isPaused } from '../../core/invoiceState';
import { readPaidSoFar } from '../../core/invoiceForm';
import type { Invoice } from '../../core/model';
import { formatMoney, toDecimalString } from '../../core/money';
import { decimalStyleOf } from '../../core/moneyInput';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { RecordsStrings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  lines: { display: 'flex', flexDirection: 'column' },
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

type Open = 'none' | 'partly-paid' | 'pause';

export type InvoiceCardProps = {
  invoice: Invoice;
  ledger: Pick<LedgerRepository, 'recordPayment' | 'setPause'>;
  locale: string;
  onChanged: (invoice: Invoice, notice: string) => void;
  onEdit: () => void;
  strings: RecordsStrings;
  today: CalendarDate;
};

/**
 * One invoice with its state (amount, paid, due, pause) and what can be done to it: mark paid
 * (records the full amount), record the total paid so far, pause chasing until a date or lift the
 * pause (reason `manual`), edit.
 */
export function InvoiceCard({
  invoice,
  ledger,
  locale,
  onChanged,
  onEdit,
  strings,
  today,
}: InvoiceCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<Open>('none');
  const [paidText, setPaidText] = useState('');
  const [until, setUntil] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const style = useMemo(() => decimalStyleOf(locale), [locale]);
  const headingId = `duly-invoice-${invoice.id}`;
  const paused = isPaused(invoice, today);
  const settled = invoice.status === 'paid' || invoice.status === 'written-off';
  const paid = readPaidSoFar(paidText, invoice, style);
  const untilProblem =
    until === ''
      ? strings.invoiceProblem('required')
      : until < today
        ? strings.pauseInPast
        : undefined;

  async function run(action: () => Promise<Invoice>, notice: (i: Invoice) => string) {
    setFailure(undefined);
    try {
      const changed = await action();
      setOpen('none');
      setTried(false);
      onChanged(changed, notice(changed));
    } catch (error) {
      setFailure((error as Error).message);
    }
  }
  const toggle = (next: Open) => {
    setOpen((o) => (o === next ? 'none' : next));
    setTried(false);
    if (next === 'partly-paid') setPaidText(toDecimalString(invoice.paid));
  };
  const recordPart = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!paid.ok) return;
    void run(
      () => ledger.recordPayment({ invoiceId: invoice.id, paid: paid.paid }),
      () => strings.paymentRecorded(invoice.number),
    );
  };
  const pause = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (untilProblem) return;
    void run(
      () => ledger.setPause(invoice.id, { reason: 'manual', until: until as CalendarDate }),
      () => strings.pauseSaved(invoice.number, formatDate(until as CalendarDate, locale)),
    );
  };

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h5" id={headingId} className={styles.heading}>
          {invoice.number}
        </Subtitle2>
        <Badge appearance="tint" color={invoice.status === 'paid' ? 'success' : 'informative'}>
          {strings.statuses[invoice.status]}
        </Badge>
      </div>
      <div className={styles.lines}>
        <Text>{strings.amountLine(formatMoney(invoice.amount, locale))}</Text>
        {invoice.paid.minor > 0 && (
          <Text>{strings.paidLine(formatMoney(invoice.paid, locale))}</Text>
        )}
        <Text>
          {strings.dueLine(
            formatMoney(amountDue(invoice), locale),
            formatDate(invoice.dueDate, locale),
          )}
        </Text>
        {invoice.pause && paused && (
          <Text>
            {invoice.pause.until
              ? strings.pausedUntil(formatDate(invoice.pause.until, locale))
              : strings.pausedOpen}{' '}
            ({strings.pauseReasons[invoice.pause.reason]})
          </Text>
        )}
      </div>
      <div className={styles.row}>
        {!settled && (
          <>
            <Button
              size="small"
              onClick={() =>
                void run(
                  () => ledger.recordPayment({ invoiceId: invoice.id, paid: invoice.amount }),
                  () => strings.paymentRecorded(invoice.number),
                )
              }
            >
              {strings.markPaid}
            </Button>
            <Button
              size="small"
              aria-expanded={open === 'partly-paid'}
              onClick={() => toggle('partly-paid')}
            >
              {strings.partlyPaid}
            </Button>
          </>
        )}
        {paused ? (
          <Button
            size="small"
            onClick={() =>
              void run(
                () => ledger.setPause(invoice.id, undefined),
                () => strings.pauseLifted(invoice.number),
              )
            }
          >
            {strings.liftPause}
          </Button>
        ) : (
          !settled && (
            <Button size="small" aria-expanded={open === 'pause'} onClick={() => toggle('pause')}>
              {strings.pauseUntil}
            </Button>
          )
        )}
        <Button size="small" appearance="subtle" onClick={onEdit}>
          {strings.edit}
        </Button>
      </div>
      {open === 'partly-paid' && (
        <form className={styles.row} onSubmit={recordPart} noValidate>
          <Field
            label={`${strings.paidSoFar} (${invoice.amount.currency})`}
            validationState={tried && !paid.ok ? 'error' : 'none'}
            validationMessage={tried && !paid.ok ? strings.paidProblem(paid.problem) : undefined}
          >
            <Input
              inputMode="decimal"
              value={paidText}
              onChange={(_, d) => {
                setPaidText(d.value);
                setTried(true);
              }}
            />
          </Field>
          <Button type="submit" appearance="primary" size="small">
            {strings.recordPayment}
          </Button>
        </form>
      )}
      {open === 'pause' && (
        <form className={styles.row} onSubmit={pause} noValidate>
          <Field
            label={strings.pauseDate}
            validationState={tried && untilProblem ? 'error' : 'none'}
            validationMessage={tried ? untilProblem : undefined}
          >
            <Input
              type="date"
              min={today}
              value={until}
              onChange={(_, d) => {
                setUntil(d.value);
                setTried(true);
              }}
            />
          </Field>
          <Button type="submit" appearance="primary" size="small">
            {strings.pause}
          </Button>
        </form>
      )}
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </article>
  );
}
