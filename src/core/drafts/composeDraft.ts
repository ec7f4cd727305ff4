import { createLetterComposer } from './letterComposer';
import { LETTER_TEXTS } from './texts';
import type { Draft, DraftInput } from './types';

export {
  BLOCK_WRITERS,
  NO_ACCOUNT_FOR_CURRENCY,
  NOTHING_TO_PAY,
  SUBJECT_INVOICE_LIMIT,
} from './letterComposer';

// Every language bundled: the CLI and the Apps Script add-on (no dynamic import there) compose
// through these. A browser bundle that loads languages on demand uses createLetterComposer.
const EVERY_LANGUAGE = createLetterComposer((language) => LETTER_TEXTS[language]);

/**
 * Writes the letter: exactly `input.blocks`, in order, in `input.language`, with the subject of
 * the stage. Every value is escaped in `html`; `text` states the same content without markup.
 * Payment instructions skip currencies in `missingAccounts`: no account is ever invented.
 */
export function composeDraft(input: DraftInput): Draft {
  return EVERY_LANGUAGE.composeDraft(input);
}

/**
 * The one-click insert: the payment-instructions sections alone, one per currency owed. Throws
 * when a currency has no account (`NO_ACCOUNT_FOR_CURRENCY`, naming it) or nothing is owed
 * (`NOTHING_TO_PAY`), so the caller refuses with that message instead of inserting.
 */
export function composePaymentInstructions(input: DraftInput): Draft {
  return EVERY_LANGUAGE.composePaymentInstructions(input);
}
