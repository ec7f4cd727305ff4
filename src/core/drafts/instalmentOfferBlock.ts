import { totalsByCurrency } from '../money';
import { dataTable, type Cell } from './dataTable';
import { fillPlain } from './fillTemplate';
import type { HtmlNode } from './html';
import type { LetterContext } from './letterContext';
import { paragraph } from './toneBlocks';

/**
 * The instalment offer: the plan's dated parts with a total per currency and a request to confirm;
 * without a plan, an open invitation to propose dates.
 */
export function instalmentOfferBlock(ctx: LetterContext): HtmlNode[] {
  const t = ctx.texts.instalment;
  const parts = ctx.input.instalments?.parts ?? [];
  if (parts.length === 0) return [paragraph(ctx, t.noPlan)];
  const head: Cell[] = [
    { value: t.part, align: 'right' },
    { value: t.date },
    { value: t.amount, align: 'right' },
  ];
  const body = parts.map((part, index): Cell[] => [
    { value: ctx.count(index + 1), align: 'right' },
    { value: ctx.date(part.date) },
    { value: ctx.money(part.amount), align: 'right' },
  ]);
  const foot = totalsByCurrency(parts.map((part) => part.amount)).map((total): Cell[] => [
    { value: fillPlain(t.total, { currency: total.currency }) },
    { value: '' },
    { value: ctx.money(total), align: 'right' },
  ]);
  return [paragraph(ctx, t.intro), dataTable(head, body, foot), paragraph(ctx, t.confirm)];
}
