import { composeDraft, composePaymentInstructions } from './drafts/composeDraft';
import type { Draft } from './drafts/types';
import { detectReason } from './reasonDetection';
import { createSuggester, type MatchedSuggestOptions, type Suggester } from './suggester';
import type { Suggestion, SuggestOptions } from './suggester';

export {
  createSuggester,
  letterLanguageOf,
  messageEvent,
  messageEventId,
  policyFor,
  REPLY_DAYS,
} from './suggester';
export type {
  CandidateSummary,
  CustomerFacts,
  InvoiceSummary,
  MatchedSuggestOptions,
  ReasonDetector,
  Suggester,
  SuggesterDeps,
  Suggestion,
  SuggestOptions,
} from './suggester';

// Every letter language and the detector bundled: what the CLI and the Apps Script add-on use.
// The task pane builds its own suggester over texts and phrase tables it loads on demand.
let everything: Suggester | undefined;
const bundled = (): Suggester =>
  (everything ??= createSuggester({
    letters: { composeDraft, composePaymentInstructions },
    detectReason,
  }));

/**
 * The whole suggestion for an open thread: who it is (with evidence and ambiguity), what they owe,
 * the stage and tone with reasons, the customer's reason, the path and the draft. Pure: the caller
 * passes today and the ledger.
 */
export function suggest(options: SuggestOptions): Suggestion {
  return bundled().suggest(options);
}

/**
 * The suggestion once the thread is matched and the best customer's facts are fetched: the shared
 * second half of {@link suggest}, used as is by stores that answer lookups asynchronously.
 */
export function suggestForMatch(options: MatchedSuggestOptions): Suggestion {
  return bundled().suggestForMatch(options);
}

/** The one-click payment instructions for a suggestion; throws, naming the currency, when an account is missing. */
export function paymentInstructions(suggestion: Suggestion): Draft {
  return bundled().paymentInstructions(suggestion);
}
