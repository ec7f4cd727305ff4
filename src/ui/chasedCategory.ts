import type { MailHost } from '../core/ports/mailHost';

/** The status-line sentences about the chase category, in the UI language. */
export type CategoryTexts = {
  /** The user's master list in Outlook has no category called `name`. */
  readonly unknownCategory: (name: string) => string;
  /** Outlook failed otherwise; `reason` is its own message. */
  readonly categoryFailed: (name: string, reason: string) => string;
};

/**
 * Adds the user's chase category (Settings.outlookCategory) to the message a reminder that was
 * just inserted and logged went with, when the category is set and the host has categories.
 * Never throws: the reminder already succeeded. Returns the sentence to add to the status line,
 * or undefined when there is nothing to say (tagged, already tagged, off, or not possible in
 * this client, which the settings explain).
 */
export async function tagChased(
  host: MailHost,
  category: string | undefined,
  texts: CategoryTexts,
): Promise<string | undefined> {
  if (!category || !host.categorize) return undefined;
  try {
    const outcome = await host.categorize(category);
    return outcome === 'unknown-category' ? texts.unknownCategory(category) : undefined;
  } catch (error) {
    return texts.categoryFailed(category, error instanceof Error ? error.message : String(error));
  }
}
