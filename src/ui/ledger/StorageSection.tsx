import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { Clock } from '../../core/ports/clock';
import type { LedgerRepository, StorageInfo } from '../../core/ports/ledgerRepository';
import { useUiLanguage } from '../i18n';
import { backupReminder } from './backupAge';
import { LEDGER_STRINGS } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

export type StorageSectionProps = {
  clock: Clock;
  ledger: LedgerRepository;
  locale: string;
  /** Changes when the ledger or its backup date may have changed: the facts are read again. */
  revision?: number;
};

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in the largest unit that keeps the number at 1 or more: "1.2 MB". */
function bytesText(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** Where the ledger lives, whether the browser keeps it, the space used and the last backup. */
export function StorageSection({ clock, ledger, locale, revision = 0 }: StorageSectionProps) {
  const styles = useStyles();
  const strings = LEDGER_STRINGS[useUiLanguage()];
  const text = strings.storage;
  const headingId = useId();
  const [info, setInfo] = useState<StorageInfo | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [asked, setAsked] = useState<'granted' | 'refused' | undefined>(undefined);

  useEffect(() => {
    let live = true;
    ledger.storageInfo().then(
      (facts) => {
        if (!live) return;
        setInfo(facts);
        setError(undefined);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [ledger, revision]);

  const ask = async () => {
    try {
      const granted = await ledger.requestPersistence();
      setAsked(granted ? 'granted' : 'refused');
      setInfo(await ledger.storageInfo());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const reminder = info && backupReminder(info.lastBackupAt, clock.now());
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>
        {text.heading}
      </Subtitle1>
      <Body1>{text.where}</Body1>
      {!info && !error && <Spinner size="small" label={strings.loading} />}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {info && (
        <dl className={styles.facts}>
          <dt className={styles.term}>{text.database}</dt>
          <dd className={styles.value}>{info.databaseName}</dd>
          <dt className={styles.term}>{text.persistence}</dt>
          <dd className={styles.value}>{info.persisted ? text.granted : text.notGranted}</dd>
          <dt className={styles.term}>{text.usage}</dt>
          <dd className={styles.value}>
            {info.usageBytes !== undefined && info.quotaBytes !== undefined
              ? text.usageOf(bytesText(info.usageBytes, locale), bytesText(info.quotaBytes, locale))
              : text.unknown}
          </dd>
          <dt className={styles.term}>{text.lastBackup}</dt>
          <dd className={styles.value}>
            {info.lastBackupAt ? date.format(new Date(info.lastBackupAt)) : text.never}
          </dd>
        </dl>
      )}
      {info && !info.persisted && (
        <div>
          <Button onClick={() => void ask()}>{text.ask}</Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {asked === 'refused' && !info?.persisted && <Body1>{text.refused}</Body1>}
      </div>
      {reminder && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {reminder.kind === 'never'
              ? text.remindNever
              : text.remindOld(number.format(reminder.days))}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
