import { bicProblem, compactBic } from '../../core/bic';
import { compactIban, IBAN_LENGTHS, ibanProblem } from '../../core/iban';
import type { ProblemStrings } from './strings';

/**
 * The engine's reason an IBAN is invalid, in the UI language, or null when the engine accepts it.
 * The engine decides; this only names its reason in the catalogue, reading the same parts it reads
 * (country, check digits, length) in the same order.
 */
export function ibanMessage(text: string, problems: ProblemStrings): string | null {
  if (ibanProblem(text) === null) return null;
  const iban = compactIban(text);
  const m = problems.iban;
  if (iban === '') return m.empty;
  if (!/^[A-Z0-9]+$/.test(iban)) return m.characters;
  const country = iban.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(country)) return m.countryShape;
  const length = IBAN_LENGTHS[country];
  if (length === undefined) return m.countryUnknown(country);
  const check = iban.slice(2, 4);
  if (!/^\d{2}$/.test(check) || check === '00' || check === '01' || check === '99') {
    return m.checkRange;
  }
  if (iban.length !== length) return m.length(country, length, iban.length);
  return m.checksum;
}

/** The engine's reason a SWIFT/BIC code is invalid, in the UI language, or null when it is valid. */
export function bicMessage(text: string, problems: ProblemStrings): string | null {
  if (bicProblem(text) === null) return null;
  const bic = compactBic(text);
  const m = problems.bic;
  if (bic === '') return problems.swiftMissing;
  if (!/^[A-Z0-9]+$/.test(bic)) return m.characters;
  if (bic.length !== 8 && bic.length !== 11) return m.length(bic.length);
  if (!/^[A-Z]{4}/.test(bic)) return m.bankLetters;
  return m.country(bic.slice(4, 6));
}
