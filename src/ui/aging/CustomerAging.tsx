import { useMemo } from 'react';
import { agingBuckets } from '../../core/agingBuckets';
import type { CalendarDate } from '../../core/calendarDate';
import type { Invoice } from '../../core/model';
import { useUiLanguage } from '../i18n';
import { AgingChart } from './AgingChart';
import { AGING_STRINGS } from './strings';

export type CustomerAgingProps = {
  /** The customer's invoices; paid and written-off ones are left out by the engine. */
  readonly invoices: readonly Invoice[];
  /** Today in the seller's zone. */
  readonly today: CalendarDate;
  readonly locale: string;
};

/** One customer's aging per currency, computed with the engine's `agingBuckets`. */
export function CustomerAging({ invoices, today, locale }: CustomerAgingProps) {
  const strings = AGING_STRINGS[useUiLanguage()];
  const rows = useMemo(() => agingBuckets(invoices, today), [invoices, today]);
  if (rows.length === 0) return <p>{strings.nothingUnpaid}</p>;
  return <AgingChart rows={rows} locale={locale} />;
}
