import type { Card, CardServiceApi } from './appsScript';
import { button, buttons, dulyAction, labelled, paragraph, section } from './cardKit';
import type { UseLedgerResult } from './sharedLedger';

/** The form field holding the pasted Sheet link. */
export const SHEET_URL_FIELD = 'sheetUrl';

function openSheet(cs: CardServiceApi, text: string, url: string) {
  return cs.newTextButton().setText(text).setOpenLink(cs.newOpenLink().setUrl(url));
}

/** Gmail: paste the link of a ledger Sheet a teammate shared. */
export function sharedLedgerCard(cs: CardServiceApi): Card {
  return cs
    .newCardBuilder()
    .setName('sharedLedger')
    .setHeader(cs.newCardHeader().setTitle('Use a shared ledger Sheet'))
    .addSection(
      section(cs, undefined, [
        paragraph(
          cs,
          'Paste the link of the Duly ledger Sheet your team shares with you. Duly opens only the Sheets you choose for it, so the first time Duly may ask you to allow it from the Sheet itself.',
        ),
        cs
          .newTextInput()
          .setFieldName(SHEET_URL_FIELD)
          .setTitle('Link of the ledger Sheet')
          .setHint('https://docs.google.com/spreadsheets/d/…'),
        buttons(cs, [button(cs, 'Use this Sheet', dulyAction(cs, 'useSharedLedger'))]),
      ]),
    )
    .build();
}

/**
 * What to do when Duly may not open the Sheet yet: with the drive.file scope only, access to a
 * teammate's file is granted from that file's own Duly side panel in Google Sheets.
 */
export function grantAccessCard(
  cs: CardServiceApi,
  result: Exclude<UseLedgerResult, { kind: 'used' }>,
): Card {
  const steps =
    result.kind === 'no-access'
      ? [
          paragraph(
            cs,
            'Duly may open only the Sheets it created or that you allowed it to open. To allow this one:',
          ),
          labelled(cs, 'Step 1', 'Open the Sheet (it must be shared with you).'),
          labelled(
            cs,
            'Step 2',
            'In Google Sheets, open Duly from the add-ons side panel on the right.',
          ),
          labelled(
            cs,
            'Step 3',
            'Press “Use this Sheet as my ledger” and allow access to this Sheet only.',
          ),
          labelled(cs, 'Step 4', 'Come back to Gmail and open Duly again.'),
        ]
      : [
          paragraph(
            cs,
            `This Sheet is not a Duly ledger: it has no ${result.missing.join(', ')} tab. Ask the teammate who shares it for the ledger Sheet's link, or create your own from the Duly home page.`,
          ),
        ];
  return cs
    .newCardBuilder()
    .setName('grantAccess')
    .setHeader(
      cs
        .newCardHeader()
        .setTitle(result.kind === 'no-access' ? 'Allow Duly to open this Sheet' : 'Not a ledger'),
    )
    .addSection(
      section(cs, undefined, [
        ...steps,
        buttons(cs, [openSheet(cs, 'Open the Sheet', result.url)]),
      ]),
    )
    .build();
}

/** Google Sheets side panel: offer to make the open Sheet the user's ledger. */
export function sheetsHomeCard(cs: CardServiceApi, title: string | undefined): Card {
  return cs
    .newCardBuilder()
    .setName('sheetsHome')
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle('Collections help in Gmail'))
    .addSection(
      section(cs, 'Your ledger', [
        paragraph(
          cs,
          `Use ${title ? `“${title}”` : 'this Sheet'} as your Duly ledger in Gmail. Duly asks to open this Sheet only, not the rest of your Drive.`,
        ),
        buttons(cs, [button(cs, 'Use this Sheet as my ledger', dulyAction(cs, 'useThisSheet'))]),
      ]),
    )
    .build();
}

/** Google Sheets side panel: the outcome of making the open Sheet the ledger. */
export function sheetsResultCard(cs: CardServiceApi, result: UseLedgerResult): Card {
  if (result.kind !== 'used') return grantAccessCard(cs, result);
  return cs
    .newCardBuilder()
    .setName('sheetsUsed')
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle('Ledger chosen'))
    .addSection(
      section(cs, undefined, [
        paragraph(
          cs,
          `Duly now uses “${result.name}” as your ledger. Open Gmail and Duly's side panel to chase your customers from it.`,
        ),
      ]),
    )
    .build();
}
