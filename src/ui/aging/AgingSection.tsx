import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { AgingRow } from '../../core/agingBuckets';
import { formatDate, type CalendarDate } from '../../core/calendarDate';
import { formatMoney } from '../../core/money';
import { useUiLanguage } from '../i18n';
import type { ViewProps } from '../panePorts';
import { AgingChart } from './AgingChart';
import { AGING_STRINGS } from './strings';

/** Above this many currencies the section offers a currency filter. */
export const CURRENCY_FILTER_FROM = 3;

const ALL = '';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly today: CalendarDate; readonly rows: readonly AgingRow[] };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  risk: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * The ledger's aging: unpaid money per currency by days overdue as of today in the seller's
 * zone, with the money at risk over 90 days, and a currency filter when there are many.
 */
export function AgingSection({ locale, ports }: ViewProps) {
  const styles = useStyles();
  const strings = AGING_STRINGS[useUiLanguage()];
  const headingId = useId();
  const riskId = useId();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [currency, setCurrency] = useState<string>(ALL);

  useEffect(() => {
    let live = true;
    (async () => {
      const settings = await ports.ledger.settings();
      const today = ports.clock.today(settings.company.timeZone);
      return { status: 'ready', today, rows: await ports.ledger.aging(today) } as const;
    })().then(
      (ready) => live && setState(ready),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [ports, attempt]);

  let body;
  if (state.status === 'loading') {
    body = <Spinner size="small" label={strings.loading} role="status" />;
  } else if (state.status === 'error') {
    body = (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {strings.failed} {state.message}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            onClick={() => {
              setState({ status: 'loading' });
              setAttempt((n) => n + 1);
            }}
          >
            {strings.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else if (state.rows.length === 0) {
    body = <p className={styles.intro}>{strings.empty}</p>;
  } else {
    const { rows, today } = state;
    const shown = currency === ALL ? rows : rows.filter((r) => r.currency === currency);
    const risky = rows.filter((r) => r.over90.minor > 0);
    body = (
      <>
        <p className={styles.intro}>{strings.asOf(formatDate(today, locale))}</p>
        {risky.length > 0 && (
          <div>
            <p id={riskId} className={styles.intro}>
              {strings.atRiskTotal}
            </p>
            <ul className={styles.risk} aria-labelledby={riskId}>
              {risky.map((r) => (
                <li key={r.currency}>{formatMoney(r.over90, locale)}</li>
              ))}
            </ul>
          </div>
        )}
        {rows.length >= CURRENCY_FILTER_FROM && (
          <Field label={strings.currency}>
            <Select value={currency} onChange={(_, data) => setCurrency(data.value)}>
              <option value={ALL}>{strings.allCurrencies}</option>
              {rows.map((r) => (
                <option key={r.currency} value={r.currency}>
                  {r.currency}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <AgingChart rows={shown} locale={locale} />
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {strings.title}
      </h3>
      {body}
    </section>
  );
}
