import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Stage } from '../../core/model';
import { useUiLanguage } from '../i18n';
import type { ViewProps } from '../panePorts';
import { currenciesOf, filterSilent, stagesOf, type SilentFilter } from './silentFilters';
import { SilentRow } from './SilentRow';
import { SILENT_STRINGS } from './strings';
import { useSilentList } from './useSilentList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  filter: { flexGrow: 1, flexBasis: '120px', minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  export: { alignSelf: 'flex-start' },
});

/** "Silent": who has not answered since the last reminder, ranked by money at risk (DESIGN.md 4.7). */
export function SilentView({ locale, ports }: ViewProps) {
  const styles = useStyles();
  const strings = SILENT_STRINGS[useUiLanguage()];
  const { state, notice, busy, actions } = useSilentList(ports, strings);
  const [filter, setFilter] = useState<SilentFilter>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const prepared = useRef(false);

  const list = state.status === 'ready' ? state.list : undefined;
  const shown = useMemo(() => (list ? filterSilent(list, filter) : []), [list, filter]);

  // A prepared customer leaves the list with the button that had focus: keep focus in the view.
  useEffect(() => {
    if (!list || !prepared.current) return;
    prepared.current = false;
    if (!document.activeElement || document.activeElement === document.body)
      heading.current?.focus();
  }, [list]);

  const title = (
    <h2 className={styles.heading} ref={heading} tabIndex={-1}>
      {strings.title}
    </h2>
  );
  const status = (
    <div role="status" aria-live="polite">
      {(notice?.intent === 'success' || notice?.intent === 'warning') && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
  const alert = notice?.intent === 'error' && (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );

  if (state.status === 'loading') {
    return (
      <section className={styles.root} aria-label={strings.title}>
        {title}
        <Spinner label={strings.loading} />
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section className={styles.root} aria-label={strings.title}>
        {title}
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
        <Button className={styles.export} onClick={actions.retry}>
          {strings.retry}
        </Button>
      </section>
    );
  }

  const all = state.list;
  return (
    <section className={styles.root} aria-label={strings.title}>
      {title}
      <Body1>{strings.intro}</Body1>
      {status}
      {alert}
      {all.length === 0 ? (
        <Body1>{strings.empty}</Body1>
      ) : (
        <>
          <fieldset className={styles.filters}>
            <legend className={styles.legend}>
              <Caption1>{strings.filters}</Caption1>
            </legend>
            <Field label={strings.currency} className={styles.filter}>
              <Select
                value={filter.currency ?? ''}
                onChange={(_, d) => setFilter((f) => ({ ...f, currency: d.value || undefined }))}
              >
                <option value="">{strings.allCurrencies}</option>
                {currenciesOf(all).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={strings.stage} className={styles.filter}>
              <Select
                value={filter.stage ?? ''}
                onChange={(_, d) =>
                  setFilter((f) => ({ ...f, stage: (d.value || undefined) as Stage | undefined }))
                }
              >
                <option value="">{strings.allStages}</option>
                {stagesOf(all).map((s) => (
                  <option key={s} value={s}>
                    {strings.stages[s]}
                  </option>
                ))}
              </Select>
            </Field>
          </fieldset>
          <Caption1 className={styles.hint}>
            {all.every((row) => row.atRiskConverted !== undefined)
              ? strings.rankHintConverted
              : strings.rankHint}
          </Caption1>
          <Caption1 aria-live="polite">{strings.shown(shown.length, all.length)}</Caption1>
          {shown.length === 0 ? (
            <Body1>{strings.emptyFiltered}</Body1>
          ) : (
            <ol className={styles.list} aria-label={strings.listLabel}>
              {shown.map((row) => (
                <SilentRow
                  key={row.customerId}
                  busy={busy === row.customerId}
                  locale={locale}
                  onPrepare={(r) => {
                    prepared.current = true;
                    void actions.prepare(r);
                  }}
                  row={row}
                  strings={strings}
                  today={state.today}
                />
              ))}
            </ol>
          )}
          <Button className={styles.export} onClick={() => void actions.exportCsv()}>
            {strings.exportCsv}
          </Button>
        </>
      )}
    </section>
  );
}
