import type { HtmlNode } from './html';
import type { LetterContext } from './letterContext';
import { paragraph } from './toneBlocks';

/**
 * For a quality dispute: an apology, a proposed resolution, and the reminders paused on the
 * disputed invoices (those with status `disputed`), the others staying due.
 */
export function apologyResolutionBlock(ctx: LetterContext): HtmlNode[] {
  const t = ctx.texts.apology;
  const lines = [...ctx.input.overdue, ...ctx.input.upcoming];
  const disputed = lines.filter((line) => line.status === 'disputed').map((line) => line.number);
  const invoices = disputed.join(ctx.texts.listSeparator);
  const paused =
    disputed.length === 0
      ? t.pausedUnknown
      : disputed.length === lines.length
        ? t.pausedEvery
        : t.pausedSome;
  return [
    paragraph(ctx, t.apology),
    paragraph(ctx, t.resolution),
    paragraph(ctx, paused, { invoices }),
  ];
}
