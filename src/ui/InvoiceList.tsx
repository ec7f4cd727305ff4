import { Badge, Checkbox, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { formatMoney } from '../core/money';
import type { InvoiceSummary } from '../core/suggest';
import { dueOf } from './format';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
  },
});

export type InvoiceListProps = {
  invoices: readonly InvoiceSummary[];
  locale: string;
  onToggle: (invoiceId: string, included: boolean) => void;
  selected: ReadonlySet<string>;
  strings: UiStrings;
};

function when(invoice: InvoiceSummary, strings: UiStrings): string {
  if (invoice.daysOverdue > 0) return strings.daysOverdue(invoice.daysOverdue);
  if (invoice.daysOverdue === 0) return strings.dueToday;
  return strings.dueIn(-invoice.daysOverdue);
}

/** The customer's open invoices, each with a checkbox to include it in the draft. */
export function InvoiceList({ invoices, locale, onToggle, selected, strings }: InvoiceListProps) {
  const styles = useStyles();
  if (invoices.length === 0) return null;
  return (
    <section aria-labelledby="duly-invoices">
      <Subtitle2 as="h2" id="duly-invoices">
        {strings.invoices}
      </Subtitle2>
      <ul className={styles.list}>
        {invoices.map((invoice) => {
          const held = invoice.status === 'disputed' || invoice.paused;
          return (
            <li key={invoice.id} className={styles.item}>
              <Checkbox
                checked={selected.has(invoice.id)}
                disabled={held}
                onChange={(_, data) => onToggle(invoice.id, data.checked === true)}
                aria-label={strings.includeInvoice(invoice.number)}
                label={`${invoice.number} · ${formatMoney(dueOf(invoice), locale)} · ${when(invoice, strings)}`}
              />
              {invoice.status === 'disputed' && (
                <Badge color="danger" appearance="tint">
                  {strings.disputed}
                </Badge>
              )}
              {invoice.paused && (
                <Badge color="informative" appearance="tint">
                  {strings.paused}
                </Badge>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
