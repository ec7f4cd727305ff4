import { composeDraft } from '../../../src/core/drafts/composeDraft';
import { placeholdersOf } from '../../../src/core/drafts/fillTemplate';
import { LETTER_TEXTS } from '../../../src/core/drafts/texts';
import {
  LETTER_LANGUAGES,
  REASONS,
  STAGES,
  TONES,
  type LetterLanguage,
} from '../../../src/core/model';
import { input } from './draftFixtures';

/** Every string of a texts object with its dotted path (array items by index). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, path ? `${path}.${key}` : key),
  );
}

/** Placeholders a language may leave out at a key: French and German greet a company without its name. */
const MAY_OMIT: Readonly<
  Partial<Record<LetterLanguage, Readonly<Record<string, readonly string[]>>>>
> = {
  fr: { 'greeting.company': ['name'] },
  de: { 'greeting.company': ['name'] },
};

const WORDED_BLOCKS = [
  'opening',
  'inquiry',
  'opportunity',
  'stakes',
  'closing',
  'apology-resolution',
  'instalment-offer',
] as const;

const others = LETTER_LANGUAGES.filter((language) => language !== 'en');
const english = new Map(leaves(LETTER_TEXTS.en));

describe('LETTER_TEXTS', () => {
  it.each(others)('%s has exactly the keys of en', (language) => {
    expect(leaves(LETTER_TEXTS[language]).map(([path]) => path)).toEqual([...english.keys()]);
  });

  it.each(others)('%s uses the same placeholders as en at every key', (language) => {
    const mismatches = leaves(LETTER_TEXTS[language]).flatMap(([path, template]) => {
      const used = [...new Set(placeholdersOf(template))].sort();
      // Plural forms may spell the count out ("once") or not: only {n} is allowed there.
      const omitted = MAY_OMIT[language]?.[path] ?? [];
      const expected = /^(days|times)\./.test(path)
        ? used.filter((name) => name === 'n')
        : [...new Set(placeholdersOf(english.get(path) ?? ''))]
            .filter((name) => !omitted.includes(name))
            .sort();
      return used.join() === expected.join()
        ? []
        : [`${path}: ${used.join()} vs ${expected.join()}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LETTER_LANGUAGES)('%s leaves only the none reason empty', (language) => {
    const empty = leaves(LETTER_TEXTS[language]).filter(([, text]) => text.trim() === '');
    expect(empty.map(([path]) => path)).toEqual(['opening.reason.none']);
  });

  it('keeps German sentences that may follow the greeting lower-casable (no Sie or Ihr first)', () => {
    const opening = leaves(LETTER_TEXTS.de.opening)
      .map(([, text]) => text)
      .filter(Boolean);
    for (const text of opening) expect(text).not.toMatch(/^(Sie|Ihr)\b/);
  });

  it('leaves no placeholder unfilled in the tables and payment details of any language', () => {
    for (const language of LETTER_LANGUAGES) {
      const draft = composeDraft(input({ language, stage: 'escalation', tone: 'firm' }));
      for (const out of [draft.subject, draft.html, draft.text]) expect(out).not.toMatch(/[{}]/);
    }
  });

  it('leaves no placeholder unfilled in any language, stage, tone and reason', () => {
    let letters = 0;
    const unfilled: string[] = [];
    for (const language of LETTER_LANGUAGES) {
      for (const stage of STAGES) {
        for (const tone of TONES) {
          for (const reason of REASONS) {
            for (const promiseBroken of [false, true]) {
              const variant = letters % 4;
              const draft = composeDraft(
                input({
                  language,
                  stage,
                  tone,
                  reason,
                  promiseBroken,
                  contactName: variant % 2 === 0 ? 'Ana Ruiz' : undefined,
                  remindersSent: variant < 2 ? 2 : 0,
                  instalments: variant === 3 ? undefined : input().instalments,
                  // Every block whose words change with stage, tone or reason; the tables above.
                  blocks: WORDED_BLOCKS,
                }),
              );
              letters += 1;
              if (/[{}]/.test(draft.subject + draft.html + draft.text)) {
                unfilled.push(`${language} ${stage} ${tone} ${reason} broken=${promiseBroken}`);
              }
            }
          }
        }
      }
    }
    expect(unfilled).toEqual([]);
    expect(letters).toBe(6 * 7 * 5 * 9 * 2);
  });
});
