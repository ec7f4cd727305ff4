import { escapeHtml } from '../../core/drafts/html';
import type { CardServiceApi } from './appsScript';

/** Gmail rejects a card section holding more than 100 widgets. */
export const MAX_WIDGETS_PER_SECTION = 100;

/** The one global every card action calls; `action` names what to do (see actions.ts). */
export const ACTION_FUNCTION = 'onDulyAction';

/** Text for a card widget: CardService reads a small HTML subset, so every value is escaped. */
export function cardText(value: string): string {
  return escapeHtml(value);
}

/** Action parameters reach the callback as strings only; anything else is dropped by Gmail. */
export type ActionParameters = Readonly<Record<string, string>>;

/** An action calling {@link ACTION_FUNCTION} with `action` and string parameters. */
export function dulyAction(
  cs: CardServiceApi,
  action: string,
  parameters: ActionParameters = {},
): GoogleAppsScript.Card_Service.Action {
  return cs
    .newAction()
    .setFunctionName(ACTION_FUNCTION)
    .setParameters({ ...parameters, action });
}

/** A card section; when `widgets` exceed the limit, the last slot says how many were left out. */
export function section(
  cs: CardServiceApi,
  header: string | undefined,
  widgets: readonly GoogleAppsScript.Card_Service.Widget[],
): GoogleAppsScript.Card_Service.CardSection {
  const built = cs.newCardSection();
  if (header !== undefined) built.setHeader(cardText(header));
  const fits = widgets.length <= MAX_WIDGETS_PER_SECTION;
  const shown = fits ? widgets : widgets.slice(0, MAX_WIDGETS_PER_SECTION - 1);
  for (const widget of shown) built.addWidget(widget);
  if (!fits) {
    built.addWidget(
      cs
        .newTextParagraph()
        .setText(
          `… and ${widgets.length - shown.length} more: open the ledger Sheet to see them all.`,
        ),
    );
  }
  return built;
}

/** A paragraph of plain text (escaped). */
export function paragraph(
  cs: CardServiceApi,
  text: string,
): GoogleAppsScript.Card_Service.TextParagraph {
  return cs.newTextParagraph().setText(cardText(text));
}

/** A labelled value (both escaped). */
export function labelled(
  cs: CardServiceApi,
  label: string,
  text: string,
  bottom?: string,
): GoogleAppsScript.Card_Service.DecoratedText {
  const widget = cs
    .newDecoratedText()
    .setTopLabel(cardText(label))
    .setText(cardText(text))
    .setWrapText(true);
  if (bottom !== undefined) widget.setBottomLabel(cardText(bottom));
  return widget;
}

/** A text button running a Duly action. */
export function button(
  cs: CardServiceApi,
  text: string,
  action: GoogleAppsScript.Card_Service.Action,
  compose?: GoogleAppsScript.Card_Service.ComposedEmailType,
): GoogleAppsScript.Card_Service.TextButton {
  const built = cs.newTextButton().setText(cardText(text));
  return compose === undefined
    ? built.setOnClickAction(action)
    : built.setComposeAction(action, compose);
}

/** Buttons side by side. */
export function buttons(
  cs: CardServiceApi,
  list: readonly GoogleAppsScript.Card_Service.TextButton[],
): GoogleAppsScript.Card_Service.ButtonSet {
  const set = cs.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}
