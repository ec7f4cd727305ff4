import { formatMoney, parseMoney, totalsByCurrency, type Money } from '../core/money';
import type { InvoiceSummary } from '../core/suggest';

/** Amount due of an invoice summary as Money (the summary carries a decimal string). */
export function dueOf(invoice: InvoiceSummary): Money {
  return parseMoney(invoice.amountDue, invoice.currency);
}

/** Totals per currency, formatted for the UI locale: "USD 25,000.00 · EUR 1,200.00". */
export function formatTotals(invoices: readonly InvoiceSummary[], locale: string): string {
  return totalsByCurrency(invoices.map(dueOf))
    .map((m) => formatMoney(m, locale))
    .join(' · ');
}
