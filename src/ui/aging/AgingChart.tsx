import { makeStyles, mergeClasses, ToggleButton, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { AGING_BUCKETS, type AgingBucket, type AgingRow } from '../../core/agingBuckets';
import { formatMoney } from '../../core/money';
import { useUiLanguage } from '../i18n';
import { AGING_STRINGS, type AgingStrings } from './strings';

// Drawing units of the viewBox: 1 unit is 1 CSS pixel when the chart is 320 px wide, the
// narrowest task pane, and it scales down no further than the pane does.
const WIDTH = 320;
const LABEL_WIDTH = 74;
const AMOUNT_WIDTH = 118;
const GAP = 6;
const BAR_SPACE = WIDTH - LABEL_WIDTH - AMOUNT_WIDTH - 2 * GAP;
// Glyphs of the right-aligned amounts overhang their anchor slightly.
const AMOUNT_END = WIDTH - 2;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
const HEIGHT = AGING_BUCKETS.length * ROW_HEIGHT;

/** Buckets whose money is at risk: more than 90 days overdue. */
const AT_RISK: ReadonlySet<AgingBucket> = new Set<AgingBucket>(['91-120', '120+']);

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '480px',
  },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '13px',
    overflow: 'visible',
  },
  text: { fill: 'currentColor', '@media (forced-colors: active)': { fill: 'CanvasText' } },
  bar: {
    fill: tokens.colorBrandForeground1,
    '@media (forced-colors: active)': { fill: 'CanvasText' },
  },
  risky: {
    fill: tokens.colorPaletteRedForeground1,
    '@media (forced-colors: active)': { fill: 'CanvasText' },
  },
  hatch: {
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: '2',
    '@media (forced-colors: active)': { stroke: 'Canvas' },
  },
  axis: {
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1',
    '@media (forced-colors: active)': { stroke: 'CanvasText' },
  },
  atRisk: { margin: 0 },
  atRiskOwed: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
    },
    '& td': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  },
  tableCaption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  // Read by screen readers while hidden from sight (the chart shows the same figures).
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  toggle: { alignSelf: 'flex-start' },
});

export type AgingChartProps = {
  /** The engine's aging rows (one per currency), from `ledger.aging(today)` or `agingBuckets`. */
  readonly rows: readonly AgingRow[];
  /** BCP 47 locale for amounts and shares. */
  readonly locale: string;
};

/**
 * Unpaid money by age, one bar chart per currency (amounts in different currencies never share
 * a scale), with the money over 90 days called out. Each chart is an SVG image with a summary
 * label and a table with the same figures, read by screen readers and shown on request.
 */
export function AgingChart({ rows, locale }: AgingChartProps) {
  const strings = AGING_STRINGS[useUiLanguage()];
  return (
    <>
      {rows.map((row) => (
        <CurrencyChart key={row.currency} locale={locale} row={row} strings={strings} />
      ))}
    </>
  );
}

function CurrencyChart({
  row,
  locale,
  strings,
}: {
  row: AgingRow;
  locale: string;
  strings: AgingStrings;
}) {
  const styles = useStyles();
  const id = useId().replace(/[^\w-]/g, '');
  const [showTable, setShowTable] = useState(false);
  const money = (bucket: AgingBucket) => formatMoney(row.buckets[bucket], locale);
  const total = formatMoney(row.total, locale);
  const atRisk = formatMoney(row.over90, locale);
  const largest = Math.max(...AGING_BUCKETS.map((b) => row.buckets[b].minor), 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const share = (bucket: AgingBucket) =>
    percent.format(row.total.minor > 0 ? row.buckets[bucket].minor / row.total.minor : 0);
  const captionId = `${id}-caption`;
  const hatchId = `${id}-hatch`;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {strings.caption(total)}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={strings.chartSummary(row.currency, total, atRisk)}
        focusable="false"
      >
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line className={styles.hatch} x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
        <line
          className={styles.axis}
          x1={LABEL_WIDTH}
          x2={LABEL_WIDTH}
          y1={0}
          y2={HEIGHT}
          aria-hidden="true"
        />
        {AGING_BUCKETS.map((bucket, i) => {
          const minor = row.buckets[bucket].minor;
          // Geometry only: a bar's length never feeds back into an amount.
          const width = largest > 0 && minor > 0 ? Math.max(2, (minor / largest) * BAR_SPACE) : 0;
          const y = i * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
          const middle = i * ROW_HEIGHT + ROW_HEIGHT / 2;
          const risky = AT_RISK.has(bucket);
          return (
            <g key={bucket} aria-hidden="true">
              <text className={styles.text} x={0} y={middle} dominantBaseline="central">
                {strings.bucketShort[bucket]}
              </text>
              {width > 0 && (
                <>
                  <rect
                    className={risky ? styles.risky : styles.bar}
                    x={LABEL_WIDTH + 1}
                    y={y}
                    width={width}
                    height={BAR_HEIGHT}
                    data-bucket={bucket}
                  />
                  {risky && (
                    <rect
                      x={LABEL_WIDTH + 1}
                      y={y}
                      width={width}
                      height={BAR_HEIGHT}
                      fill={`url(#${hatchId})`}
                    />
                  )}
                </>
              )}
              <text
                className={styles.text}
                x={AMOUNT_END}
                y={middle}
                dominantBaseline="central"
                textAnchor="end"
              >
                {minor === 0 ? '–' : money(bucket)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className={mergeClasses(styles.atRisk, row.over90.minor > 0 && styles.atRiskOwed)}>
        {strings.atRisk(atRisk)}
      </p>
      <ToggleButton
        className={styles.toggle}
        size="small"
        appearance="subtle"
        checked={showTable}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {strings.showTable}
      </ToggleButton>
      <table className={mergeClasses(styles.table, !showTable && styles.visuallyHidden)}>
        <caption className={styles.tableCaption}>{strings.tableCaption(row.currency)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.age}</th>
            <th scope="col">{strings.amount}</th>
            <th scope="col">{strings.share}</th>
          </tr>
        </thead>
        <tbody>
          {AGING_BUCKETS.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{strings.bucketLong[bucket]}</th>
              <td>{money(bucket)}</td>
              <td>{share(bucket)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{strings.total}</th>
            <td>{total}</td>
            <td>{percent.format(row.total.minor > 0 ? 1 : 0)}</td>
          </tr>
          <tr>
            <th scope="row">{strings.over90}</th>
            <td>{atRisk}</td>
            <td>{percent.format(row.total.minor > 0 ? row.over90.minor / row.total.minor : 0)}</td>
          </tr>
        </tfoot>
      </table>
    </figure>
  );
}
