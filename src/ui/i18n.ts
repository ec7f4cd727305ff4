import { createContext, useContext } from 'react';

/** The languages of the pane's own text. Letter languages are separate (core/drafts/texts). */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** One catalogue per UI language; each view keeps its own, loaded with the view. */
export type Catalogue<T> = Readonly<Record<UiLanguage, T>>;

/**
 * The UI language for Office's `displayLanguage` (a BCP 47 tag such as `zh-CN` or `en-GB`). Every
 * Chinese locale gets Simplified Chinese, the only Chinese catalogue; anything else gets English.
 */
export function uiLanguageOf(displayLanguage: string | undefined): UiLanguage {
  return /^zh\b/i.test(displayLanguage ?? '') ? 'zh-CN' : 'en';
}

export const UiLanguageContext = createContext<UiLanguage>('en');

/** The pane's UI language, for views that pick their strings from a `Catalogue`. */
export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}
