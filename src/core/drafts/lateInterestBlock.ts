import { interestMethodParts, omittedCompensation, STATUTORY_MARGIN_PERCENT } from '../interest';
import { totalsByCurrency, type Money } from '../money';
import { dataTable, type Cell } from './dataTable';
import { fillPlain, fillTemplate } from './fillTemplate';
import { el, type HtmlNode } from './html';
import type { LetterContext } from './letterContext';
import type { InterestQuote } from './types';

/** A rate in percent, given as an exact decimal string ("12.5"), in the letter's locale ("12.5%"). */
function percent(ctx: LetterContext, ratePercent: string): string {
  // The rate is a percentage for display only, never money: a float is fine here.
  return new Intl.NumberFormat(ctx.texts.locale, {
    style: 'percent',
    maximumFractionDigits: 4,
  }).format(Number(ratePercent) / 100);
}

/**
 * The method actually used for the quote: the contract's rate, period and day count, or, for
 * statutory terms, the reference rate + 8 points per year on actual/365 (interest.ts decides).
 */
function methodSentence(ctx: LetterContext, quote: InterestQuote): HtmlNode {
  const t = ctx.texts.interest;
  const parts = interestMethodParts(quote.terms);
  const start =
    parts.graceDays > 0
      ? fillPlain(t.afterGrace, { days: ctx.days(parts.graceDays) })
      : t.fromDueDate;
  const values = {
    rate: percent(ctx, parts.ratePercent),
    dayCount: t.dayCount[parts.dayCount],
    start,
  };
  if (parts.basis === 'contract') {
    return el(
      'p',
      fillTemplate(t.method, { ...values, period: parts.per === 'month' ? t.perMonth : t.perYear }),
    );
  }
  return el(
    'p',
    fillTemplate(t.statutoryMethod[parts.basis], {
      ...values,
      reference: percent(ctx, parts.referenceRatePercent ?? '0'),
      margin: ctx.count(Number(parts.marginPercent ?? STATUTORY_MARGIN_PERCENT)),
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
 * The late-interest clause: the method in words (rate, period, day count, grace; for statutory
 * terms the reference rate and margin), the amount per invoice with totals per currency, statutory
 * compensation when present or a sentence when it was left out for another currency, and a
 * sentence saying the amounts are stated, not charged. Writes nothing when there is no quote.
 */
export function lateInterestBlock(ctx: LetterContext): HtmlNode[] {
  const quotes = ctx.input.interest;
  const first = quotes[0];
  if (!first) return [];
  const t = ctx.texts.interest;
  const statutory = first.terms.statutory;
  const hasCompensation = quotes.some((q) => q.compensation !== undefined);
  const omitted = quotes.map(omittedCompensation).find((o) => o !== null);
  return [
    methodSentence(ctx, first),
    quotesTable(ctx, quotes),
    ...(hasCompensation && (statutory === 'eu' || statutory === 'uk')
      ? [el('p', [t.statutory[statutory]])]
      : []),
    ...(omitted
      ? [el('p', [fillPlain(t.compensationOmitted[omitted.basis], { currency: omitted.currency })])]
      : []),
    el('p', [t.notCharged]),
  ];
}
