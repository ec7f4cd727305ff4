import { totalsByCurrency, type Money } from '../money';
import { dataTable, type Cell } from './dataTable';
import { fillPlain, fillTemplate } from './fillTemplate';
import { el, type HtmlNode } from './html';
import type { LetterContext } from './letterContext';
import type { InterestQuote } from './types';

function methodSentence(ctx: LetterContext, quote: InterestQuote): HtmlNode {
  const t = ctx.texts.interest;
  const { terms } = quote;
  // The rate is a percentage for display only, never money: a float is fine here.
  const rate = new Intl.NumberFormat(ctx.texts.locale, {
    style: 'percent',
    maximumFractionDigits: 4,
  }).format(terms.ratePercent / 100);
  const start =
    terms.graceDays > 0
      ? fillPlain(t.afterGrace, { days: ctx.days(terms.graceDays) })
      : t.fromDueDate;
  return el(
    'p',
    fillTemplate(t.method, {
      rate,
      period: terms.per === 'month' ? t.perMonth : t.perYear,
      dayCount: t.dayCount[terms.dayCount],
      start,
    }),
  );
}

function quotesTable(ctx: LetterContext, quotes: readonly InterestQuote[]): HtmlNode {
  const t = ctx.texts.interest;
  const withCompensation = quotes.some((q) => q.compensation !== undefined);
  const head: Cell[] = [
    { value: t.invoice },
    { value: t.principal, align: 'right' },
    { value: t.from },
    { value: t.to },
    { value: t.days, align: 'right' },
    { value: t.amount, align: 'right' },
    ...(withCompensation ? [{ value: t.compensation, align: 'right' as const }] : []),
  ];
  const body = quotes.map((q): Cell[] => [
    { value: q.invoiceNumber },
    { value: ctx.money(q.principal), align: 'right' },
    { value: ctx.date(q.from) },
    { value: ctx.date(q.to) },
    { value: ctx.count(q.days), align: 'right' },
    { value: ctx.money(q.amount), align: 'right' },
    ...(withCompensation
      ? [{ value: q.compensation ? ctx.money(q.compensation) : '', align: 'right' as const }]
      : []),
  ]);
  const compensations = quotes.flatMap((q) => (q.compensation ? [q.compensation] : []));
  const totalIn = (list: readonly Money[], currency: string) =>
    totalsByCurrency(list).find((m) => m.currency === currency);
  const foot = totalsByCurrency(quotes.map((q) => q.amount)).map((total): Cell[] => {
    const compensation = totalIn(compensations, total.currency);
    return [
      { value: fillPlain(t.total, { currency: total.currency }) },
      { value: '' },
      { value: '' },
      { value: '' },
      { value: '' },
      { value: ctx.money(total), align: 'right' },
      ...(withCompensation
        ? [{ value: compensation ? ctx.money(compensation) : '', align: 'right' as const }]
        : []),
    ];
  });
  return dataTable(head, body, foot);
}

/**
 * The late-interest clause: the method in words (rate, period, day count, grace), the amount per
 * invoice with totals per currency, statutory compensation when present, and a sentence saying the
 * amounts are stated, not charged. Writes nothing when there is no quote.
 */
export function lateInterestBlock(ctx: LetterContext): HtmlNode[] {
  const quotes = ctx.input.interest;
  const first = quotes[0];
  if (!first) return [];
  const t = ctx.texts.interest;
  const statutory = first.terms.statutory;
  const hasCompensation = quotes.some((q) => q.compensation !== undefined);
  return [
    methodSentence(ctx, first),
    quotesTable(ctx, quotes),
    ...(hasCompensation && (statutory === 'eu' || statutory === 'uk')
      ? [el('p', [t.statutory[statutory]])]
      : []),
    el('p', [t.notCharged]),
  ];
}
