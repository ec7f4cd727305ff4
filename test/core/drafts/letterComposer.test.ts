import { composeDraft, composePaymentInstructions } from '../../../src/core/drafts/composeDraft';
import { createLetterComposer } from '../../../src/core/drafts/letterComposer';
import { LETTER_TEXTS } from '../../../src/core/drafts/texts';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../../src/core/model';
import { input } from './draftFixtures';

describe('createLetterComposer', () => {
  it.each(LETTER_LANGUAGES)(
    'writes the same %s letter as composeDraft from the same texts',
    (lang) => {
      const composer = createLetterComposer((language) => LETTER_TEXTS[language]);
      expect(composer.composeDraft(input({ language: lang }))).toEqual(
        composeDraft(input({ language: lang })),
      );
      expect(composer.composePaymentInstructions(input({ language: lang }))).toEqual(
        composePaymentInstructions(input({ language: lang })),
      );
    },
  );

  it('takes every word from its source, asking for the letter language', () => {
    const asked: LetterLanguage[] = [];
    const composer = createLetterComposer((language) => {
      asked.push(language);
      return {
        ...LETTER_TEXTS.en,
        subject: { ...LETTER_TEXTS.en.subject, escalation: 'Source subject {invoices}' },
      };
    });
    const draft = composer.composeDraft(input({ language: 'de', stage: 'escalation' }));
    expect(asked).toEqual(['de']);
    expect(draft.subject).toMatch(/^Source subject INV-1043/);
  });

  it('lets a source refusal through instead of writing in another language', () => {
    const composer = createLetterComposer((language) => {
      throw new Error(`no ${language}`);
    });
    expect(() => composer.composeDraft(input({ language: 'fr' }))).toThrow('no fr');
  });
});
