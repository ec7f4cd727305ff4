import { canFill, fillTemplate, type TemplateValues } from './fillTemplate';
import { el, withLineBreaks, type HtmlNode } from './html';
import type { LetterContext } from './letterContext';

/** A paragraph from a letter text, filled with the letter's shared values and any extra ones. */
export function paragraph(
  ctx: LetterContext,
  template: string,
  extra: TemplateValues = {},
): HtmlNode {
  return el('p', fillTemplate(template, { ...ctx.values, ...extra }));
}

function lowerFirst(template: string): string {
  return template.charAt(0).toLocaleLowerCase() + template.slice(1);
}

function isBeforeDue(ctx: LetterContext): boolean {
  return ctx.input.stage === 'none' || ctx.input.stage === 'upcoming';
}

/**
 * Greeting (the contact's name, else the customer's), an acknowledgement of the customer's last
 * message or of a broken promise, then the situation in the letter's tone; "again" wording names
 * the first reminder's date when reminders were sent.
 */
export function openingBlock(ctx: LetterContext): HtmlNode[] {
  const { input, texts, values } = ctx;
  const greeting = input.contactName?.trim() ? texts.greeting.contact : texts.greeting.company;
  const acknowledgement =
    input.promiseBroken && values.promisedDate !== undefined
      ? texts.opening.promiseBroken
      : texts.opening.reason[input.reason];
  const tone = texts.opening.byTone[input.tone];
  const situation = isBeforeDue(ctx)
    ? texts.opening.upcoming
    : values.firstReminder !== undefined
      ? tone.again
      : tone.first;
  const body = [
    ...(acknowledgement && canFill(acknowledgement, values) ? [acknowledgement] : []),
    situation,
  ];
  if (texts.lowercaseAfterGreeting) body[0] = lowerFirst(body[0] ?? '');
  return [paragraph(ctx, greeting), ...body.map((template) => paragraph(ctx, template))];
}

/**
 * The ask: a broken promise named plainly, the step-by-step path for a deliberate delay, the
 * reason's own ask (resend, approval, MT103, promised date, return), else the tone's words.
 */
export function inquiryBlock(ctx: LetterContext): HtmlNode[] {
  const { input, texts, values } = ctx;
  const inquiry = texts.inquiry;
  if (input.promiseBroken) return [paragraph(ctx, inquiry.promiseBroken)];
  if (input.reason === 'deliberate') {
    return [
      paragraph(ctx, inquiry.deliberate.intro),
      el(
        'ul',
        inquiry.deliberate.steps.map((step) => el('li', fillTemplate(step, values))),
      ),
      paragraph(ctx, inquiry.deliberate.next),
    ];
  }
  if (input.reason !== 'none') {
    const ask = inquiry.reason[input.reason];
    if (canFill(ask, values)) return [paragraph(ctx, ask)];
  }
  return [paragraph(ctx, isBeforeDue(ctx) ? inquiry.upcoming : inquiry.byTone[input.tone])];
}

/** A way out in the letter's tone: a new date, a partial payment, a call. */
export function opportunityBlock(ctx: LetterContext): HtmlNode[] {
  return [paragraph(ctx, ctx.texts.opportunity[ctx.input.tone])];
}

/** What is at stake, in the letter's tone: stated calmly as what comes next, never a threat. */
export function stakesBlock(ctx: LetterContext): HtmlNode[] {
  return [paragraph(ctx, ctx.texts.stakes[ctx.input.tone])];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** True when two adjacent characters belong to one word (scripts without spaces have no words). */
function joined(a: string, b: string): boolean {
  return (
    LETTER_OR_DIGIT.test(a) &&
    LETTER_OR_DIGIT.test(b) &&
    !UNSPACED_SCRIPT.test(a) &&
    !UNSPACED_SCRIPT.test(b)
  );
}

/**
 * True when the signature already names the company: its name as whole words, case and spacing
 * aside ("Duly Trading Ltd" in "Maria Lopez\nDuly Trading Ltd", not "Co" in "Jane Cohen").
 */
function signatureNamesCompany(signature: string, company: string): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const name = squeeze(company);
  const text = squeeze(signature);
  if (name === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = at > 0 && joined(text.charAt(at - 1), name.charAt(0));
    const after = joined(name.charAt(name.length - 1), text.charAt(at + name.length));
    if (!before && !after) return true;
  }
  return false;
}

/**
 * The closing sentence, the sign-off, the signature (its lines kept) and the company name, unless
 * the signature already gives it.
 */
export function closingBlock(ctx: LetterContext): HtmlNode[] {
  const { input, texts } = ctx;
  const { name, signature: text } = input.company;
  const signature = text.trim() ? withLineBreaks(text) : [];
  return [
    paragraph(ctx, texts.closing[input.tone]),
    el('p', [
      ...withLineBreaks(texts.signOff[input.tone]),
      ...(signature.length > 0 ? [el('br'), ...signature] : []),
      ...(signatureNamesCompany(text, name) ? [] : [el('br'), name]),
    ]),
  ];
}
