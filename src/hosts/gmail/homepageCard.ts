import { formatDate } from '../../core/calendarDate';
import { formatMoney } from '../../core/money';
import type { SilentCustomer } from '../../core/silence';
import type { Card, CardServiceApi } from './appsScript';
import { button, buttons, dulyAction, labelled, paragraph, section } from './cardKit';

/** What the homepage shows: the silent list, ranked by the engine, and the ledger's status. */
export type HomepageView = {
  readonly silent: readonly SilentCustomer[];
  readonly customers: number;
  readonly openInvoices: number;
  readonly events: number;
  readonly warnings: readonly string[];
  readonly sheetUrl: string;
  readonly locale: string;
};

/** Customers listed with a draft button each; 2 widgets per customer keeps a section under 100. */
export const MAX_SILENT_LISTED = 40;

/** The homepage: who went silent since the last reminder, each one click from the next draft. */
export function homepageCard(cs: CardServiceApi, view: HomepageView): Card {
  const rows: GoogleAppsScript.Card_Service.Widget[] = [];
  for (const s of view.silent.slice(0, MAX_SILENT_LISTED)) {
    rows.push(
      labelled(
        cs,
        `${s.daysSilent} days silent · ${s.stage}`,
        `${s.name}: ${s.atRisk.map((m) => formatMoney(m, view.locale)).join(' + ')}`,
        `Last reminder ${formatDate(s.lastReminderOn, view.locale)} by ${s.lastReminderChannel}; next step ${formatDate(s.nextStepOn, view.locale)}`,
      ),
    );
    rows.push(
      buttons(cs, [
        button(
          cs,
          'Prepare the draft',
          dulyAction(cs, 'silentDraft', { customerId: s.customerId }),
          cs.ComposedEmailType.STANDALONE_DRAFT,
        ),
      ]),
    );
  }
  if (view.silent.length > MAX_SILENT_LISTED)
    rows.push(paragraph(cs, `${view.silent.length - MAX_SILENT_LISTED} more silent customers.`));
  if (rows.length === 0)
    rows.push(paragraph(cs, 'Nobody is silent: every reminder has an answer.'));

  return cs
    .newCardBuilder()
    .setName('homepage')
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle('Who went silent'))
    .addSection(section(cs, `Silent customers (${view.silent.length})`, rows))
    .addSection(
      section(cs, 'Ledger', [
        labelled(
          cs,
          'In the Sheet',
          `${view.customers} customers, ${view.openInvoices} open invoices, ${view.events} events`,
        ),
        ...view.warnings.slice(0, 5).map((w) => paragraph(cs, w)),
        buttons(cs, [
          cs
            .newTextButton()
            .setText('Open the ledger Sheet')
            .setOpenLink(cs.newOpenLink().setUrl(view.sheetUrl)),
          button(cs, 'Reload the Sheet', dulyAction(cs, 'reloadLedger')),
        ]),
        buttons(cs, [button(cs, 'Use a shared ledger Sheet', dulyAction(cs, 'sharedLedgerForm'))]),
      ]),
    )
    .build();
}
