import type { MailItem } from '../../core/model';
import type { Suggestion } from '../../core/suggest';
import type { Card, CardServiceApi } from './appsScript';
import { button, buttons, dulyAction, labelled, paragraph, section } from './cardKit';
import { totalsText } from './messageCard';

/** Recipients travel to the insert action as one comma-separated string parameter. */
export function recipientParameters(item: MailItem): { to: string; cc: string } {
  return { to: item.to.join(','), cc: item.cc.join(',') };
}

/** The compose window's card: who the recipients are, what they owe, and the insert buttons. */
export function composeCard(
  cs: CardServiceApi,
  suggestion: Suggestion,
  item: MailItem,
  locale: string,
): Card {
  const card = cs.newCardBuilder().setName('compose');
  if (!suggestion.customer) {
    return card
      .setHeader(
        cs.newCardHeader().setTitle('Duly').setSubtitle('No customer among the recipients'),
      )
      .addSection(
        section(cs, undefined, [
          paragraph(
            cs,
            item.to.length === 0
              ? 'Add the customer as a recipient first, then open Duly again.'
              : `None of ${[...item.to, ...item.cc].join(', ')} is in your ledger.`,
          ),
        ]),
      )
      .build();
  }
  const params = recipientParameters(item);
  const totals = totalsText(suggestion, locale);
  const widgets: GoogleAppsScript.Card_Service.Widget[] = [
    labelled(cs, 'Customer', suggestion.customer.name, suggestion.customer.evidence.join('; ')),
    labelled(cs, 'Open amounts', totals.length ? totals.join(' + ') : 'Nothing open'),
    labelled(cs, 'Stage and tone', `${suggestion.stage}, ${suggestion.tone}`, suggestion.path.why),
    ...suggestion.warnings.map((w) => paragraph(cs, `⚠ ${w}`)),
  ];
  if (suggestion.draft) {
    widgets.push(labelled(cs, 'Subject to use', suggestion.draft.subject));
    widgets.push(
      buttons(cs, [
        button(cs, 'Insert the draft', dulyAction(cs, 'insert', params)),
        button(cs, 'Insert payment details', dulyAction(cs, 'insertPayment', params)),
      ]),
    );
  } else widgets.push(paragraph(cs, 'Nothing to chase for this customer.'));
  return card
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle(`Stage: ${suggestion.stage}`))
    .addSection(section(cs, undefined, widgets))
    .build();
}
