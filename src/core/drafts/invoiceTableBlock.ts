import type { Money } from '../money';
import { totalsByCurrency } from '../money';
import { dataTable, heading, type Cell } from './dataTable';
import { fillPlain } from './fillTemplate';
import type { HtmlNode } from './html';
import type { LetterContext } from './letterContext';
import type { InvoiceLine } from './types';

function totalRows(ctx: LetterContext, amounts: readonly Money[], columns: number): Cell[][] {
  return totalsByCurrency(amounts).map((total) => [
    { value: fillPlain(ctx.texts.invoiceTable.total, { currency: total.currency }) },
    ...Array.from({ length: columns - 2 }, () => ({ value: '' })),
    { value: ctx.money(total), align: 'right' as const },
  ]);
}

function linesTable(
  ctx: LetterContext,
  lines: readonly InvoiceLine[],
  upcoming: boolean,
): HtmlNode {
  const t = ctx.texts.invoiceTable;
  const head: Cell[] = [
    { value: t.number },
    { value: t.po },
    { value: t.issueDate },
    { value: t.dueDate },
    { value: upcoming ? t.dueIn : t.daysOverdue, align: 'right' },
    { value: t.amountDue, align: 'right' },
  ];
  const body = lines.map((line): Cell[] => [
    { value: line.number },
    { value: line.po?.length ? line.po : t.none },
    { value: ctx.date(line.issueDate) },
    { value: ctx.date(line.dueDate) },
    // `0 - x` rather than `-x`: an invoice due today must read 0, never -0.
    { value: ctx.count(upcoming ? 0 - line.daysOverdue : line.daysOverdue), align: 'right' },
    { value: ctx.money(line.amountDue), align: 'right' },
  ]);
  const foot = totalRows(
    ctx,
    lines.map((line) => line.amountDue),
    head.length,
  );
  return dataTable(head, body, foot);
}

/**
 * The invoice tables: overdue (or now due) first, then those falling due soon, each with a totals
 * row per currency. A table is left out when it has no lines.
 */
export function invoiceTableBlock(ctx: LetterContext): HtmlNode[] {
  const { overdue, upcoming } = ctx.input;
  const t = ctx.texts.invoiceTable;
  const nodes: HtmlNode[] = [];
  if (overdue.length > 0) {
    const anyPastDue = overdue.some((line) => line.daysOverdue > 0);
    nodes.push(heading(anyPastDue ? t.overdueTitle : t.dueTitle), linesTable(ctx, overdue, false));
  }
  if (upcoming.length > 0) {
    nodes.push(heading(t.upcomingTitle), linesTable(ctx, upcoming, true));
  }
  return nodes;
}
