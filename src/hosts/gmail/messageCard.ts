import { formatDate } from '../../core/calendarDate';
import { formatMoney, parseMoney, totalsByCurrency } from '../../core/money';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../core/model';
import type { Suggestion } from '../../core/suggest';
import type { Card, CardServiceApi } from './appsScript';
import { button, buttons, cardText, dulyAction, labelled, paragraph, section } from './cardKit';

/** Invoices listed as checkboxes; more stay in the Sheet (and in the draft when none is unticked). */
export const MAX_LISTED_INVOICES = 50;

export const LANGUAGE_NAMES: Readonly<Record<LetterLanguage, string>> = {
  en: 'English',
  'zh-CN': '中文',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
};

/** What the message card shows, decided by the engine; the card only lays it out. */
export type MessageView = {
  readonly suggestion: Suggestion;
  /** The user's locale, for amounts and dates. */
  readonly locale: string;
  readonly sheetUrl: string;
  /** Ids of the ticked invoices; absent means the engine's choice (all chaseable). */
  readonly selected?: readonly string[];
  /** Today, for the promise date picker's default. */
  readonly todayMs: number;
  /** Something the user should know about this card (say, a reply not logged yet). */
  readonly notice?: string;
};

/** The amounts owed per currency, formatted in the user's locale. */
export function totalsText(suggestion: Suggestion, locale: string): string[] {
  return totalsByCurrency(suggestion.invoices.map((i) => parseMoney(i.amountDue, i.currency))).map(
    (m) => formatMoney(m, locale),
  );
}

function invoiceLabel(i: Suggestion['invoices'][number], locale: string): string {
  const when =
    i.daysOverdue > 0
      ? `${i.daysOverdue} day${i.daysOverdue === 1 ? '' : 's'} late`
      : i.daysOverdue === 0
        ? 'due today'
        : `due ${formatDate(i.dueDate, locale)}`;
  const flags = [i.paused ? 'paused' : '', i.status === 'disputed' ? 'disputed' : ''].filter(
    Boolean,
  );
  return `${i.number} · ${formatMoney(parseMoney(i.amountDue, i.currency), locale)} · ${when}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

/**
 * The card for an open message: who it is and why, what they owe, the stage, tone and reasons,
 * the customer's reason, the invoices to include, the letter language, and the actions.
 */
export function messageCard(cs: CardServiceApi, view: MessageView): Card {
  const { suggestion: s, locale } = view;
  const card = cs.newCardBuilder().setName('message');
  if (!s.customer) return unknownCard(cs, view);

  card.setHeader(
    cs.newCardHeader().setTitle('Duly').setSubtitle(`Stage: ${s.stage} · tone: ${s.tone}`),
  );
  const who: GoogleAppsScript.Card_Service.Widget[] = [
    labelled(
      cs,
      s.ambiguous ? 'Probably' : 'Customer',
      s.customer.name,
      s.customer.evidence.join('; '),
    ),
    ...s.warnings.map((w) => paragraph(cs, `⚠ ${w}`)),
    ...(view.notice ? [paragraph(cs, `⚠ ${view.notice}`)] : []),
  ];
  if (s.ambiguous) {
    who.push(
      buttons(
        cs,
        s.candidates
          .filter((c) => c.id !== s.customer?.id)
          .slice(0, 3)
          .map((c) => button(cs, `It is ${c.name}`, dulyAction(cs, 'link', { customerId: c.id }))),
      ),
    );
  }
  card.addSection(section(cs, undefined, who));

  const totals = totalsText(s, locale);
  card.addSection(
    section(cs, 'Owed', [
      labelled(cs, 'Open amounts', totals.length ? totals.join(' + ') : 'Nothing open'),
      labelled(cs, 'Stage and tone', `${s.stage}, ${s.tone}`, s.path.why),
      ...s.reasons.map((r) => paragraph(cs, `• ${r}`)),
      labelled(
        cs,
        "Customer's reason",
        s.reason === 'none' ? 'None detected' : s.reason,
        s.reasonEvidence || undefined,
      ),
      ...(s.nextStepOn ? [labelled(cs, 'Next step on', formatDate(s.nextStepOn, locale))] : []),
    ]),
  );

  if (s.invoices.length > 0) {
    const picks = cs
      .newSelectionInput()
      .setType(cs.SelectionInputType.CHECK_BOX)
      .setFieldName('invoices')
      .setTitle('Invoices in the letter');
    const chosen = new Set(view.selected ?? s.invoices.filter((i) => !i.paused).map((i) => i.id));
    for (const i of s.invoices.slice(0, MAX_LISTED_INVOICES))
      picks.addItem(cardText(invoiceLabel(i, locale)), i.id, chosen.has(i.id));
    const widgets: GoogleAppsScript.Card_Service.Widget[] = [picks];
    if (s.invoices.length > MAX_LISTED_INVOICES)
      widgets.push(
        paragraph(cs, `${s.invoices.length - MAX_LISTED_INVOICES} more invoices are in the Sheet.`),
      );
    card.addSection(section(cs, 'Invoices', widgets));
  }

  const language = cs
    .newSelectionInput()
    .setType(cs.SelectionInputType.DROPDOWN)
    .setFieldName('language')
    .setTitle('Letter language');
  for (const l of LETTER_LANGUAGES) language.addItem(LANGUAGE_NAMES[l], l, l === s.language);
  const letter: GoogleAppsScript.Card_Service.Widget[] = [language];
  if (s.draft) {
    letter.push(labelled(cs, 'Subject', s.draft.subject));
    letter.push(paragraph(cs, preview(s.draft.text)));
    letter.push(
      buttons(cs, [
        button(
          cs,
          'Reply with this draft',
          dulyAction(cs, 'reply'),
          cs.ComposedEmailType.REPLY_AS_DRAFT,
        ),
        button(
          cs,
          'Reply with payment details',
          dulyAction(cs, 'replyPayment'),
          cs.ComposedEmailType.REPLY_AS_DRAFT,
        ),
      ]),
    );
  } else letter.push(paragraph(cs, 'Nothing to chase on this thread.'));
  letter.push(buttons(cs, [button(cs, 'Update with my choices', dulyAction(cs, 'refresh'))]));
  card.addSection(section(cs, 'Letter', letter));

  card.addSection(
    section(cs, 'Log', [
      cs
        .newDatePicker()
        .setFieldName('promisedFor')
        .setTitle('Promised payment date')
        .setValueInMsSinceEpoch(view.todayMs + 7 * 86_400_000),
      buttons(cs, [
        button(
          cs,
          'Log promise to pay',
          dulyAction(cs, 'logPromise', { customerId: s.customer.id }),
        ),
        button(cs, 'Log dispute', dulyAction(cs, 'logDispute', { customerId: s.customer.id })),
        button(cs, 'Log call', dulyAction(cs, 'logCall', { customerId: s.customer.id })),
      ]),
      cs
        .newTextButton()
        .setText('Open the ledger Sheet')
        .setOpenLink(cs.newOpenLink().setUrl(view.sheetUrl)),
    ]),
  );
  return card.build();
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 600 ? `${trimmed.slice(0, 600)}…` : trimmed;
}

function unknownCard(cs: CardServiceApi, view: MessageView): Card {
  const s = view.suggestion;
  return cs
    .newCardBuilder()
    .setName('message')
    .setHeader(cs.newCardHeader().setTitle('Duly').setSubtitle('Not in your ledger'))
    .addSection(
      section(cs, undefined, [
        ...s.warnings.map((w) => paragraph(cs, w)),
        paragraph(
          cs,
          'Add this customer to the Customers tab (with this address or its domain), or name an invoice number in the thread.',
        ),
        cs
          .newTextButton()
          .setText('Open the ledger Sheet')
          .setOpenLink(cs.newOpenLink().setUrl(view.sheetUrl)),
      ]),
    )
    .build();
}
