import type { Card, CardServiceApi } from './appsScript';
import { button, buttons, dulyAction, labelled, paragraph, section } from './cardKit';
import type { SheetProblem } from './sheetLayout';

/** A card with a plain-language message and nothing else: what every failure shows. */
export function errorCard(cs: CardServiceApi, message: string): Card {
  return cs
    .newCardBuilder()
    .setName('error')
    .setHeader(cs.newCardHeader().setTitle('Duly could not do that'))
    .addSection(section(cs, undefined, [paragraph(cs, message)]))
    .build();
}

/** Turns anything thrown into a sentence for the user, never a stack trace. */
export function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0]!.trim();
  if (/access|permission|authoriz/i.test(first))
    return 'Duly lacks access to that. Open the add-on again and allow what it asks, or check the ledger Sheet is shared with you.';
  if (first === '' || first.length > 300) return 'Something went wrong. Try again in a moment.';
  return first;
}

/** First use: no ledger Sheet yet. */
export function setupCard(cs: CardServiceApi): Card {
  return cs
    .newCardBuilder()
    .setName('setup')
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle('Collections help in Gmail'))
    .addSection(
      section(cs, 'Your ledger', [
        paragraph(
          cs,
          'Duly keeps your customers, invoices and contact log in a Google Sheet in your Drive. Paste your ERP export into its Invoices and Customers tabs; share the Sheet to work as a team.',
        ),
        buttons(cs, [
          button(cs, 'Create my ledger Sheet', dulyAction(cs, 'createLedger')),
          button(cs, 'Use a shared ledger Sheet', dulyAction(cs, 'sharedLedgerForm')),
        ]),
      ]),
    )
    .build();
}

/** The Sheet has problems: each one listed with tab, row, column and reason, and a link to fix them. */
export function problemsCard(
  cs: CardServiceApi,
  problems: readonly SheetProblem[],
  url: string,
): Card {
  const rows = problems.map((p) =>
    labelled(cs, `${p.tab}, row ${p.row}${p.column ? `, column ${p.column}` : ''}`, p.message),
  );
  return cs
    .newCardBuilder()
    .setName('problems')
    .setHeader(
      cs
        .newCardHeader()
        .setTitle('Fix the ledger Sheet')
        .setSubtitle(
          `${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was guessed`,
        ),
    )
    .addSection(
      section(cs, undefined, [
        buttons(cs, [
          cs.newTextButton().setText('Open the Sheet').setOpenLink(cs.newOpenLink().setUrl(url)),
          button(cs, 'Check again', dulyAction(cs, 'reloadLedger')),
        ]),
      ]),
    )
    .addSection(section(cs, 'Problems', rows))
    .build();
}
