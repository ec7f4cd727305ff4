import type { LetterLanguage } from '../../model';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import type { LetterTexts } from './letterTexts';
import { PT } from './pt';
import { ZH_CN } from './zh-CN';

/** The block library's words, one file per letter language; adding a language is adding a file here. */
export const LETTER_TEXTS: Readonly<Record<LetterLanguage, LetterTexts>> = Object.freeze({
  en: EN,
  'zh-CN': ZH_CN,
  es: ES,
  fr: FR,
  de: DE,
  pt: PT,
});
