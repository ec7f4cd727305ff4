import type { BlockKind, LetterLanguage } from '../model';
import { apologyResolutionBlock } from './apologyResolutionBlock';
import { fillPlain } from './fillTemplate';
import { renderHtml, type HtmlNode } from './html';
import { instalmentOfferBlock } from './instalmentOfferBlock';
import { invoiceTableBlock } from './invoiceTableBlock';
import { lateInterestBlock } from './lateInterestBlock';
import { createLetterContext, invoiceNumbers, type LetterContext } from './letterContext';
import { paymentInstructionsBlock } from './paymentInstructionsBlock';
import { renderText } from './plainText';
import type { LetterTexts } from './texts/letterTexts';
import {
  closingBlock,
  inquiryBlock,
  openingBlock,
  opportunityBlock,
  stakesBlock,
} from './toneBlocks';
import type { Draft, DraftInput } from './types';

export const NO_ACCOUNT_FOR_CURRENCY = 'No bank account for';
export const NOTHING_TO_PAY = 'Nothing to pay: there is no open amount to give payment details for';

/** Invoice numbers shown in a subject before the rest is counted as "and N more". */
export const SUBJECT_INVOICE_LIMIT = 5;

/**
 * Where a composer finds the words of a letter language, synchronously. A source that has not
 * loaded a language throws (see texts/letterTextsLoader.ts); it never falls back to another one.
 */
export type LetterTextsSource = (language: LetterLanguage) => LetterTexts;

/** The two ways of writing a letter, over one source of texts. */
export type LetterComposer = {
  /**
   * Writes the letter: exactly `input.blocks`, in order, in `input.language`, with the subject of
   * the stage. Every value is escaped in `html`; `text` states the same content without markup.
   * Payment instructions skip currencies in `missingAccounts`: no account is ever invented.
   */
  readonly composeDraft: (input: DraftInput) => Draft;
  /**
   * The one-click insert: the payment-instructions sections alone, one per currency owed. Throws
   * when a currency has no account ({@link NO_ACCOUNT_FOR_CURRENCY}, naming it) or nothing is owed
   * ({@link NOTHING_TO_PAY}), so the caller refuses with that message instead of inserting.
   */
  readonly composePaymentInstructions: (input: DraftInput) => Draft;
};

/** The writer of each block kind; a kind that has nothing to say returns no nodes. */
export const BLOCK_WRITERS: Readonly<Record<BlockKind, (ctx: LetterContext) => HtmlNode[]>> = {
  opening: openingBlock,
  inquiry: inquiryBlock,
  opportunity: opportunityBlock,
  stakes: stakesBlock,
  closing: closingBlock,
  'payment-instructions': paymentInstructionsBlock,
  'late-interest': lateInterestBlock,
  'instalment-offer': instalmentOfferBlock,
  'apology-resolution': apologyResolutionBlock,
  'invoice-table': invoiceTableBlock,
};

/** A header-safe line: control characters and line separators become spaces (no CR/LF ever). */
function oneLine(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[\s:：,，]+$/u, '')
    .trim();
}

function subjectOf(ctx: LetterContext, template: string): string {
  const numbers = invoiceNumbers(ctx.input);
  const shown = numbers.slice(0, SUBJECT_INVOICE_LIMIT).join(ctx.texts.listSeparator);
  const invoices =
    numbers.length > SUBJECT_INVOICE_LIMIT
      ? fillPlain(ctx.texts.subjectMore, {
          invoices: shown,
          count: ctx.count(numbers.length - SUBJECT_INVOICE_LIMIT),
        })
      : shown;
  return oneLine(fillPlain(template, { invoices }));
}

function draftOf(ctx: LetterContext, subjectTemplate: string, nodes: readonly HtmlNode[]): Draft {
  return {
    subject: subjectOf(ctx, subjectTemplate),
    html: renderHtml(nodes),
    text: renderText(nodes),
  };
}

/**
 * A composer reading its words from `textsOf`: the seam that lets a browser bundle load one letter
 * language at a time while composing stays synchronous. Same input and texts, same letter.
 */
export function createLetterComposer(textsOf: LetterTextsSource): LetterComposer {
  return {
    composeDraft(input) {
      const ctx = createLetterContext(input, textsOf(input.language));
      const nodes = input.blocks.flatMap((kind) => BLOCK_WRITERS[kind](ctx));
      return draftOf(ctx, ctx.texts.subject[input.stage], nodes);
    },
    composePaymentInstructions(input) {
      if (input.missingAccounts.length > 0) {
        const codes = input.missingAccounts.join(', ');
        throw new Error(
          `${NO_ACCOUNT_FOR_CURRENCY} ${codes} in your settings: add one in that currency before inserting payment details (an account in another currency is never used).`,
        );
      }
      if (input.payments.length === 0) throw new Error(NOTHING_TO_PAY);
      const ctx = createLetterContext(input, textsOf(input.language));
      return draftOf(ctx, ctx.texts.paymentSubject, paymentInstructionsBlock(ctx));
    },
  };
}
