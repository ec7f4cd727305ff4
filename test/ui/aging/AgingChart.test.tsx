import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AGING_BUCKETS, agingBuckets } from '../../../src/core/agingBuckets';
import { formatMoney } from '../../../src/core/money';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { AgingChart } from '../../../src/ui/aging/AgingChart';
import { AGING_STRINGS } from '../../../src/ui/aging/strings';
import { invoice, TODAY } from '../../fakes/builders';

// One invoice per bucket boundary and a second currency.
const INVOICES = [
  invoice(-5, { amount: '1000.00', currency: 'EUR' }),
  invoice(0, { id: 'inv-0' as never, amount: '500.00', currency: 'EUR' }),
  invoice(30, { amount: '2000.00', currency: 'EUR' }),
  invoice(31, { amount: '4000.00', currency: 'EUR' }),
  invoice(95, { amount: '3000.00', currency: 'EUR' }),
  invoice(121, { amount: '1500.50', currency: 'EUR', paid: '500.50' }),
  invoice(60, { amount: '1250000', currency: 'JPY' }),
];
const ROWS = agingBuckets(INVOICES, TODAY);

function show(language: UiLanguage = 'en', locale = 'en-GB') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={language}>
        <AgingChart rows={ROWS} locale={locale} />
      </UiLanguageContext.Provider>
    </FluentProvider>,
  );
}

describe('AgingChart', () => {
  it('draws one labelled image per currency, summarising total and money at risk', () => {
    show();
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(ROWS.length);
    for (const [i, row] of ROWS.entries()) {
      expect(images[i]!.getAttribute('aria-label')).toBe(
        AGING_STRINGS.en.chartSummary(
          row.currency,
          formatMoney(row.total, 'en-GB'),
          formatMoney(row.over90, 'en-GB'),
        ),
      );
    }
    expect(images[0]!.getAttribute('aria-label')).toContain('EUR 4,000.00 is more than 90 days');
  });

  it('gives screen readers a table with the same figures for every bucket', () => {
    show();
    for (const row of ROWS) {
      const table = screen.getByRole('table', { name: `Unpaid ${row.currency} by days overdue` });
      for (const bucket of AGING_BUCKETS) {
        const cells = within(table)
          .getByRole('rowheader', { name: AGING_STRINGS.en.bucketLong[bucket] })
          .closest('tr')!
          .querySelectorAll('td');
        expect(cells[0]!.textContent).toBe(formatMoney(row.buckets[bucket], 'en-GB'));
      }
      const total = within(table).getByRole('rowheader', { name: 'Total unpaid' }).closest('tr')!;
      expect(total.textContent).toContain(formatMoney(row.total, 'en-GB'));
    }
  });

  it('sizes bars by amount within a currency, leaves empty buckets bare and hatches money at risk', () => {
    const { container } = show();
    const eur = container.querySelectorAll('svg')[0]!;
    const width = (bucket: string) =>
      Number(eur.querySelector(`rect[data-bucket="${bucket}"]`)?.getAttribute('width') ?? 0);
    const eurRow = ROWS.find((r) => r.currency === 'EUR')!;
    // 31-60 holds the most money; every other bar is its share of that bar.
    for (const bucket of AGING_BUCKETS) {
      expect(width(bucket) / width('31-60')).toBeCloseTo(
        eurRow.buckets[bucket].minor / eurRow.buckets['31-60'].minor,
        5,
      );
    }
    const jpy = container.querySelectorAll('svg')[1]!;
    expect(jpy.querySelectorAll('rect[data-bucket]')).toHaveLength(1);
    // Empty buckets read as a dash beside the axis; the table keeps the exact zero.
    expect([...jpy.querySelectorAll('text')].filter((t) => t.textContent === '–')).toHaveLength(5);
    expect(eur.querySelectorAll('rect[fill^="url(#"]')).toHaveLength(2);
    expect(
      screen.getByText(`At risk, over 90 days overdue: ${formatMoney(eurRow.over90, 'en-GB')}`),
    ).toBeTruthy();
  });

  it('shows the table on request with a toggle that reports its state', async () => {
    show();
    const [toggle] = screen.getAllByRole('button', { name: 'Show the figures as a table' });
    const table = screen.getByRole('table', { name: 'Unpaid EUR by days overdue' });
    const hiddenClass = table.className;
    expect(toggle!.getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(toggle!);

    expect(toggle!.getAttribute('aria-pressed')).toBe('true');
    expect(table.className).not.toBe(hiddenClass);
  });

  it('speaks Simplified Chinese and formats amounts for the locale', () => {
    show('zh-CN', 'de-DE');
    expect(screen.getByRole('table', { name: 'EUR 未付金额（按逾期天数）' })).toBeTruthy();
    expect(screen.getAllByRole('rowheader', { name: '逾期超过 120 天' })).toHaveLength(2);
    expect(screen.getAllByRole('img')[0]!.getAttribute('aria-label')).toContain(
      formatMoney(ROWS[0]!.total, 'de-DE'),
    );
  });
});
