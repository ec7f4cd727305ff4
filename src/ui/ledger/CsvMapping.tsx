import {
  Body1,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ColumnField } from '../../core/csvColumns';
import type { DateOrder } from '../../core/csvDates';
import { COLUMN_FIELDS, isGuessKept, REQUIRED_FIELDS, type ColumnMapping } from './columnMapping';
import type { CsvPreview } from './csvPreview';
import type { LedgerStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  scroll: {
    overflowX: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  // Natural column widths in a horizontal scroll: a narrow pane must not squeeze cells together.
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
  // A long header in an option must not widen the grid past the pane.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
});

export type CsvMappingProps = {
  currency: string;
  currencyValid: boolean;
  dateOrder: DateOrder | undefined;
  disabled: boolean;
  fileName: string;
  /** Heading level of the step's own headings (one below the section's). */
  headingLevel: 'h3' | 'h4';
  locale: string;
  mapping: ColumnMapping;
  onColumn: (field: ColumnField, index: number | undefined) => void;
  onCurrency: (currency: string) => void;
  onDateOrder: (order: DateOrder | undefined) => void;
  preview: CsvPreview;
  strings: LedgerStrings['csv'];
};

const NONE = '';

/** The column-mapping step: a Select per field, the date order, and the first rows as mapped. */
export function CsvMapping(props: CsvMappingProps) {
  const { mapping, preview, strings } = props;
  const styles = useStyles();
  const number = new Intl.NumberFormat(props.locale);
  const shown = COLUMN_FIELDS.filter((f) => mapping[f] !== undefined);
  const header = (index: number): string =>
    strings.column(preview.headers[index] || '—', number.format(index + 1));
  return (
    <div className={styles.root}>
      <Subtitle2 as={props.headingLevel}>{strings.columnsHeading}</Subtitle2>
      <Body1>
        {preview.rowCount === undefined
          ? props.fileName
          : strings.rowsInFile(props.fileName, number.format(preview.rowCount))}
      </Body1>
      <Body1>{strings.columnsIntro}</Body1>
      <div className={styles.fields}>
        {COLUMN_FIELDS.map((field) => {
          const kept = isGuessKept(mapping, preview.guessed, field);
          return (
            <Field
              className={styles.field}
              key={field}
              label={strings.fields[field]}
              required={REQUIRED_FIELDS.has(field)}
            >
              <Select
                className={styles.select}
                disabled={props.disabled}
                value={mapping[field] === undefined ? NONE : String(mapping[field])}
                onChange={(_, data) =>
                  props.onColumn(field, data.value === NONE ? undefined : Number(data.value))
                }
              >
                <option value={NONE} disabled={kept}>
                  {strings.notInFile}
                </option>
                {preview.headers.map((_, index) => (
                  <option key={index} value={String(index)}>
                    {header(index)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      <Caption1>{strings.keepGuess}</Caption1>
      <div className={styles.fields}>
        <Field label={strings.dateOrder}>
          <Select
            disabled={props.disabled}
            value={props.dateOrder ?? 'auto'}
            onChange={(_, data) =>
              props.onDateOrder(data.value === 'auto' ? undefined : (data.value as DateOrder))
            }
          >
            {(['auto', 'dmy', 'mdy'] as const).map((order) => (
              <option key={order} value={order}>
                {strings.dateOrders[order]}
              </option>
            ))}
          </Select>
        </Field>
        {mapping.currency === undefined && (
          <Field
            label={strings.currencyForAll}
            required
            hint={strings.currencyHint}
            validationMessage={props.currencyValid ? undefined : strings.currencyInvalid}
          >
            <Input
              disabled={props.disabled}
              maxLength={3}
              value={props.currency}
              onChange={(_, data) => props.onCurrency(data.value.toUpperCase())}
            />
          </Field>
        )}
      </div>
      <Subtitle2 as={props.headingLevel}>
        {strings.previewHeading(number.format(preview.rows.length))}
      </Subtitle2>
      <div className={styles.scroll} role="region" aria-label={strings.previewLabel} tabIndex={0}>
        <Table className={styles.table} size="small" aria-label={strings.previewLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.cell}>{strings.line}</TableHeaderCell>
              {shown.map((field) => (
                <TableHeaderCell key={field} className={styles.cell}>
                  {strings.fields[field]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((row) => (
              <TableRow key={row.line}>
                <TableCell className={styles.cell}>{number.format(row.line)}</TableCell>
                {shown.map((field) => (
                  <TableCell key={field} className={styles.cell}>
                    {row.cells[mapping[field]!] ?? ''}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
