import { readdirSync, readFileSync } from 'node:fs';
import { calendarDate } from '../../src/core/calendarDate';
import { composeDraft, composePaymentInstructions } from '../../src/core/drafts/composeDraft';
import { createLetterComposer } from '../../src/core/drafts/letterComposer';
import { LETTER_TEXTS } from '../../src/core/drafts/texts';
import { parseLedgerText } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import type { LetterLanguage, MailItem } from '../../src/core/model';
import { detectReason } from '../../src/core/reasonDetection';
import { suggest } from '../../src/core/suggest';
import { createSuggester, letterLanguageOf, type ReasonDetector } from '../../src/core/suggester';

const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
const today = calendarDate('2026-07-01');
const settings = ledger.settings;
const SAMPLES = readdirSync('samples/messages').map((f) => f.replace(/\.json$/, ''));
const message = (name: string): MailItem =>
  JSON.parse(readFileSync(`samples/messages/${name}.json`, 'utf8')) as MailItem;

function recording() {
  const detected: string[] = [];
  const languages: LetterLanguage[] = [];
  const detect: ReasonDetector = (text, receivedOn) => {
    detected.push(text);
    return detectReason(text, receivedOn);
  };
  const suggester = createSuggester({
    letters: createLetterComposer((language) => {
      languages.push(language);
      return LETTER_TEXTS[language];
    }),
    detectReason: detect,
  });
  return { detected, languages, suggester };
}

describe('createSuggester', () => {
  it.each(SAMPLES)('suggests for %s what the bundled suggest does', (name) => {
    const { suggester } = recording();
    const options = { item: message(name), index, settings, today };
    expect(suggester.suggest(options)).toEqual(suggest(options));
  });

  it('runs the detector on an inbound message, subject and body', () => {
    const { detected, suggester } = recording();
    const item = message('cash-flow');
    suggester.suggest({ item, index, settings, today });
    expect(detected).toEqual([`${item.subject}\n${item.body}`]);
  });

  it('never runs the detector on a message being written', () => {
    const { detected, suggester } = recording();
    const item = message('escalation');
    expect(item.direction).toBe('compose');
    const suggestion = suggester.suggest({ item, index, settings, today });
    expect(detected).toEqual([]);
    expect(suggestion.draft).not.toBeNull();
  });

  it('asks its composer only for the language letterLanguageOf names', () => {
    const { languages, suggester } = recording();
    const suggestion = suggester.suggest({ item: message('cash-flow'), index, settings, today });
    const customer = ledger.customers.find((c) => c.id === suggestion.customer?.id);
    expect(customer).toBeDefined();
    expect(new Set(languages)).toEqual(new Set([letterLanguageOf(customer!, settings)]));
    expect(suggestion.language).toBe(letterLanguageOf(customer!, settings));
  });

  it('writes payment instructions with its own composer', () => {
    let used = false;
    const suggester = createSuggester({
      letters: {
        composeDraft,
        composePaymentInstructions: (input) => {
          used = true;
          return composePaymentInstructions(input);
        },
      },
      detectReason,
    });
    const suggestion = suggester.suggest({ item: message('escalation'), index, settings, today });
    expect(suggester.paymentInstructions(suggestion).text).toContain('INV-2026-0404');
    expect(used).toBe(true);
  });
});

describe('letterLanguageOf', () => {
  const customer = ledger.customers[0]!;
  it('takes the language asked for first', () => {
    expect(letterLanguageOf(customer, settings, 'pt')).toBe('pt');
  });

  it("takes the customer's language when the settings offer it or offer none", () => {
    expect(
      letterLanguageOf({ ...customer, language: 'fr' }, { ...settings, languages: ['en', 'fr'] }),
    ).toBe('fr');
    expect(letterLanguageOf({ ...customer, language: 'fr' }, { ...settings, languages: [] })).toBe(
      'fr',
    );
  });

  it("falls back to the settings' first language otherwise", () => {
    expect(
      letterLanguageOf({ ...customer, language: 'fr' }, { ...settings, languages: ['de', 'en'] }),
    ).toBe('de');
  });
});
