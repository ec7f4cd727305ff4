/** Outlook's longest category name, in UTF-16 code units. */
export const OUTLOOK_CATEGORY_MAX_LENGTH = 255;

/** Why a text cannot be an Outlook category name for `Settings.outlookCategory`. */
export type OutlookCategoryProblem = 'empty' | 'untrimmed' | 'too-long' | 'control';

/** C0 and C1 control characters, DEL included: no category name shows one. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || (code >= 127 && code <= 159)) return true;
  }
  return false;
}

/**
 * What is wrong with `name` as a category name, or undefined when it is fine: 1 to 255 UTF-16
 * code units, no spaces at either end, no control characters. Never judges whether the user's
 * mailbox has the category: only Outlook knows its master list.
 */
export function outlookCategoryProblem(name: string): OutlookCategoryProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (hasControl(name)) return 'control';
  if (name.trim() !== name) return 'untrimmed';
  if (name.length > OUTLOOK_CATEGORY_MAX_LENGTH) return 'too-long';
  return undefined;
}
