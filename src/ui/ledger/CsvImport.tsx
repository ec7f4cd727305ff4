import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ColumnField } from '../../core/csvColumns';
import type { DateOrder } from '../../core/csvDates';
import type { CsvRejection } from '../../core/csvRows';
import { isCurrencyCode } from '../../core/money';
import type {
  CsvImportOutcome,
  CsvImportRequest,
  LedgerRepository,
} from '../../core/ports/ledgerRepository';
import { useUiLanguage } from '../i18n';
import { columnsOf, withColumn, type ColumnMapping } from './columnMapping';
import { CsvMapping } from './CsvMapping';
import type { CsvPreview } from './csvPreview';
import { importDefaults } from './importDefaults';
import { LEDGER_STRINGS, type LedgerStrings } from './strings';
import { useLongWork } from './useLongWork';
import { WorkProgress } from './WorkProgress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export type CsvImportProps = {
  /** h2 on the start screen, h3 inside the Ledger view. */
  headingLevel: 'h2' | 'h3';
  ledger: LedgerRepository;
  locale: string;
  /** A monotonic clock in milliseconds for the time-left estimate (tests pass their own). */
  now?: () => number;
  /** When given, a button after a successful import moves on (the start screen opens the pane). */
  onDone?: () => void;
  /** Called after a successful import. */
  onImported?: (outcome: CsvImportOutcome & { ok: true }) => void;
};

type Picked = {
  readonly file: File;
  readonly preview: CsvPreview;
  readonly mapping: ColumnMapping;
};

type Result =
  | { readonly kind: 'imported'; readonly outcome: CsvImportOutcome & { ok: true } }
  | { readonly kind: 'rejected'; readonly rejections: readonly CsvRejection[] }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Imports invoices from an ERP or spreadsheet CSV export: pick a file, check the engine's guessed
 * columns and the first rows, then import all rows or none, with progress and a Cancel button.
 */
export function CsvImport({
  headingLevel,
  ledger,
  locale,
  now,
  onDone,
  onImported,
}: CsvImportProps) {
  const styles = useStyles();
  const strings = LEDGER_STRINGS[useUiLanguage()];
  const csv = strings.csv;
  const headingId = useId();
  const [picked, setPicked] = useState<Picked | undefined>(undefined);
  const [reading, setReading] = useState(false);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [currency, setCurrency] = useState('');
  const [result, setResult] = useState<Result | undefined>(undefined);
  const work = useLongWork(now);
  const number = new Intl.NumberFormat(locale);
  const subHeading = headingLevel === 'h2' ? 'h3' : 'h4';
  const needsCurrency = picked !== undefined && picked.mapping.currency === undefined;
  const currencyValid = !needsCurrency || currency === '' || isCurrencyCode(currency);
  const ready = picked !== undefined && (!needsCurrency || (currency !== '' && currencyValid));

  const pick = async (file: File | undefined) => {
    setResult(undefined);
    setPicked(undefined);
    work.reset();
    if (!file) return;
    setReading(true);
    try {
      // The CSV reader (papaparse) loads with the first file, never with the view.
      const { csvPreviewOf, readHead } = await import('./csvPreview');
      const head = await readHead(file);
      const preview = csvPreviewOf(head.text, head.complete);
      if (preview.headers.every((h) => h === '')) {
        setResult({ kind: 'failed', message: csv.emptyFile });
        return;
      }
      setPicked({ file, preview, mapping: preview.guessed });
    } catch (error) {
      setResult({ kind: 'failed', message: messageOf(error) });
    } finally {
      setReading(false);
    }
  };

  const setColumn = (field: ColumnField, index: number | undefined) =>
    setPicked(
      (p) => p && { ...p, mapping: withColumn(p.mapping, p.preview.guessed, field, index) },
    );

  const start = async () => {
    if (!picked) return;
    setResult(undefined);
    try {
      const request: CsvImportRequest = {
        fileName: picked.file.name,
        columns: columnsOf(picked.mapping),
        ...(await importDefaults(ledger)),
        ...(dateOrder ? { dateOrder } : {}),
        ...(needsCurrency ? { defaultCurrency: currency } : {}),
      };
      const outcome = await work.run((w) => ledger.importInvoicesCsv(picked.file, request, w));
      if (outcome.ok) {
        setResult({ kind: 'imported', outcome });
        setPicked(undefined);
        onImported?.(outcome);
      } else setResult({ kind: 'rejected', rejections: outcome.rejections });
    } catch (error) {
      setResult(
        (error as { code?: string }).code === 'cancelled'
          ? { kind: 'cancelled' }
          : { kind: 'failed', message: messageOf(error) },
      );
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as={headingLevel} id={headingId}>
        {csv.heading}
      </Subtitle1>
      <Body1>{csv.intro}</Body1>
      <Field label={csv.file} hint={csv.fileHint}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv"
            disabled={work.running}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        )}
      </Field>
      {reading && <Spinner size="small" label={csv.reading} />}
      {picked && (
        <CsvMapping
          currency={currency}
          currencyValid={currencyValid}
          dateOrder={dateOrder}
          disabled={work.running}
          fileName={picked.file.name}
          headingLevel={subHeading}
          locale={locale}
          mapping={picked.mapping}
          onColumn={setColumn}
          onCurrency={setCurrency}
          onDateOrder={setDateOrder}
          preview={picked.preview}
          strings={csv}
        />
      )}
      {picked && !work.running && (
        <div>
          <Button appearance="primary" disabled={!ready} onClick={() => void start()}>
            {csv.start}
          </Button>
        </div>
      )}
      {work.state && (
        <WorkProgress
          locale={locale}
          state={work.state}
          strings={strings.work}
          {...(work.running ? { onCancel: work.cancel } : {})}
        />
      )}
      {result?.kind === 'imported' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <div>
              {csv.imported(
                number.format(result.outcome.created),
                number.format(result.outcome.updated),
              )}
            </div>
            <div>
              {csv.customers(
                number.format(result.outcome.customersCreated),
                number.format(result.outcome.customersUpdated),
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === 'imported' && onDone && (
        <div>
          <Button appearance="primary" onClick={onDone}>
            {csv.done}
          </Button>
        </div>
      )}
      {result?.kind === 'imported' && result.outcome.warnings.length > 0 && (
        <>
          <Subtitle2 as={subHeading}>{csv.notes}</Subtitle2>
          <ul className={styles.list}>
            {result.outcome.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {result?.kind === 'rejected' && (
        <Rejections locale={locale} rejections={result.rejections} strings={csv} />
      )}
      {result?.kind === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>{csv.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {result.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

type RejectionsProps = {
  locale: string;
  rejections: readonly CsvRejection[];
  strings: LedgerStrings['csv'];
};

/** Every rejected row with its line, column and reason, and the sentence that nothing changed. */
function Rejections({ locale, rejections, strings }: RejectionsProps) {
  const styles = useStyles();
  const number = new Intl.NumberFormat(locale);
  const title = strings.rejectedTitle(number.format(rejections.length));
  return (
    <>
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {strings.nothingImported}
        </MessageBarBody>
      </MessageBar>
      {/* One file per import here, so the file name each rejection carries adds nothing. */}
      <ul className={styles.list} aria-label={title}>
        {rejections.map((r, i) => (
          <li key={i}>
            <strong>{strings.rejectionWhere(number.format(r.line), r.column)}</strong>
            {': '}
            {r.message}
          </li>
        ))}
      </ul>
    </>
  );
}
