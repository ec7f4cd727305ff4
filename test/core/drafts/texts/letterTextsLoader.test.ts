import { LETTER_TEXTS } from '../../../../src/core/drafts/texts';
import {
  createLetterTextsLoader,
  LETTER_TEXTS_NOT_LOADED,
} from '../../../../src/core/drafts/texts/letterTextsLoader';
import type { LetterTexts } from '../../../../src/core/drafts/texts/letterTexts';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../../../src/core/model';

/** An importer answering from LETTER_TEXTS that counts its calls; `fail` languages reject once. */
function countingImporter(fail: LetterLanguage[] = []) {
  const calls: LetterLanguage[] = [];
  const failing = new Set(fail);
  const importer = async (language: LetterLanguage): Promise<LetterTexts> => {
    calls.push(language);
    if (failing.delete(language)) throw new Error(`chunk for ${language} failed`);
    return LETTER_TEXTS[language];
  };
  return { calls, importer };
}

describe('createLetterTextsLoader', () => {
  it('has English ready without fetching anything', () => {
    const { calls, importer } = countingImporter();
    const loader = createLetterTextsLoader(importer);
    expect(loader.isLoaded('en')).toBe(true);
    expect(loader.textsOf('en')).toBe(LETTER_TEXTS.en);
    expect(calls).toEqual([]);
  });

  it('refuses a language before it is loaded, naming it', () => {
    const loader = createLetterTextsLoader(countingImporter().importer);
    expect(loader.isLoaded('es')).toBe(false);
    expect(() => loader.textsOf('es')).toThrow(`${LETTER_TEXTS_NOT_LOADED} es`);
  });

  it('fetches a language once however often and concurrently it is asked for', async () => {
    const { calls, importer } = countingImporter();
    const loader = createLetterTextsLoader(importer);
    const [a, b] = await Promise.all([loader.load('de'), loader.load('de')]);
    await loader.load('de');
    expect(a).toBe(LETTER_TEXTS.de);
    expect(b).toBe(LETTER_TEXTS.de);
    expect(calls).toEqual(['de']);
    expect(loader.textsOf('de')).toBe(LETTER_TEXTS.de);
  });

  it('tries a failed fetch again on the next load', async () => {
    const { calls, importer } = countingImporter(['pt']);
    const loader = createLetterTextsLoader(importer);
    await expect(loader.load('pt')).rejects.toThrow('chunk for pt failed');
    expect(loader.isLoaded('pt')).toBe(false);
    await expect(loader.load('pt')).resolves.toBe(LETTER_TEXTS.pt);
    expect(calls).toEqual(['pt', 'pt']);
  });

  it.each(LETTER_LANGUAGES)('loads the %s file by default', async (language) => {
    const loader = createLetterTextsLoader();
    expect(await loader.load(language)).toEqual(LETTER_TEXTS[language]);
    expect(loader.textsOf(language)).toEqual(LETTER_TEXTS[language]);
  });
});
