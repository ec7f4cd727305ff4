import type { LetterLanguage } from '../../model';
import type { LetterTextsSource } from '../letterComposer';
import { EN } from './en';
import type { LetterTexts } from './letterTexts';

/** Thrown, with the language, when a letter is composed in a language not loaded yet. */
export const LETTER_TEXTS_NOT_LOADED = 'Letter texts not loaded for';

/** How one language's file is fetched: a dynamic import in a browser bundle, a map in tests. */
export type LetterTextsImporter = (language: LetterLanguage) => Promise<LetterTexts>;

/** Letter texts loaded on demand: `load` before composing, then `textsOf` answers synchronously. */
export type LetterTextsLoader = {
  /** Resolves once `language` can be composed in; one fetch per language, however often asked. */
  readonly load: (language: LetterLanguage) => Promise<LetterTexts>;
  /** The loaded texts of `language`; throws {@link LETTER_TEXTS_NOT_LOADED} before `load`. */
  readonly textsOf: LetterTextsSource;
  readonly isLoaded: (language: LetterLanguage) => boolean;
};

// One chunk per language in a browser bundle (webpack names them letters-<lang>); English, the
// default letter language, is in the caller's bundle already.
const importLetterTexts: LetterTextsImporter = async (language) => {
  switch (language) {
    case 'en':
      return EN;
    case 'zh-CN':
      return (await import(/* webpackChunkName: "letters-zh-CN" */ './zh-CN')).ZH_CN;
    case 'es':
      return (await import(/* webpackChunkName: "letters-es" */ './es')).ES;
    case 'fr':
      return (await import(/* webpackChunkName: "letters-fr" */ './fr')).FR;
    case 'de':
      return (await import(/* webpackChunkName: "letters-de" */ './de')).DE;
    case 'pt':
      return (await import(/* webpackChunkName: "letters-pt" */ './pt')).PT;
  }
};

/**
 * A loader with English ready and every other language fetched by `importer` when first asked
 * for (by default one dynamic import per language). A failed fetch is not remembered, so the
 * next `load` tries again.
 */
export function createLetterTextsLoader(
  importer: LetterTextsImporter = importLetterTexts,
): LetterTextsLoader {
  const loaded = new Map<LetterLanguage, LetterTexts>([['en', EN]]);
  const pending = new Map<LetterLanguage, Promise<LetterTexts>>();
  return {
    load(language) {
      const ready = loaded.get(language);
      if (ready) return Promise.resolve(ready);
      let loading = pending.get(language);
      if (!loading) {
        loading = importer(language).then(
          (texts) => {
            loaded.set(language, texts);
            pending.delete(language);
            return texts;
          },
          (error: unknown) => {
            pending.delete(language);
            throw error;
          },
        );
        pending.set(language, loading);
      }
      return loading;
    },
    textsOf(language) {
      const texts = loaded.get(language);
      if (!texts) throw new Error(`${LETTER_TEXTS_NOT_LOADED} ${language}: load them first.`);
      return texts;
    },
    isLoaded: (language) => loaded.has(language),
  };
}
