/**
 * IBAN length per country, from the SWIFT IBAN registry (ISO 13616): every SEPA country and the
 * other registered ones. Territories that bank under another code (Åland under FI, the French
 * overseas departments under FR, Jersey, Guernsey and Man under GB) use that code's IBANs.
 */
// prettier-ignore
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27,
  BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28,
  EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
  GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21,
  LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25,
  SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The IBAN in its electronic form: spaces removed, upper case ("DE89370400440532013000"). */
export function compactIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting A = 10 … Z = 35. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    // Digits add one decimal place, letters two; the remainder stays below 97 × 100 so no float loses it.
    const value = parseInt(char, 36);
    remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
  }
  return remainder;
}

/**
 * The ISO 13616 check digits ("02"–"98") of the IBAN of a country code and BBAN: 98 minus the
 * MOD 97-10 remainder of the BBAN, the country letters and "00". Spaces and case do not matter.
 */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(compactIban(bban + country) + '00')).padStart(2, '0');
}

/**
 * What is wrong with an IBAN, in plain words, or null when it is valid (ISO 13616: known country,
 * that country's length, check digits by MOD 97-10). Spaces are allowed; case does not matter.
 */
export function ibanProblem(text: string): string | null {
  const iban = compactIban(text);
  if (iban === '') return 'The IBAN is empty.';
  if (!/^[A-Z0-9]+$/.test(iban))
    return 'An IBAN has only letters and digits (and spaces between groups).';
  const country = iban.slice(0, 2);
  if (!/^[A-Z]{2}$/.test(country))
    return 'An IBAN starts with a two-letter country code, such as DE or GB.';
  const length = IBAN_LENGTHS[country];
  if (length === undefined) return `"${country}" is not a country that uses IBANs.`;
  const check = iban.slice(2, 4);
  // MOD 97-10 check digits run from 02 to 98; 00, 01 and 99 are never issued.
  if (!/^\d{2}$/.test(check) || check === '00' || check === '01' || check === '99') {
    return 'The third and fourth characters of an IBAN are check digits from 02 to 98.';
  }
  if (iban.length !== length) {
    return `A ${country} IBAN has ${length} characters; this one has ${iban.length}.`;
  }
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) {
    return 'The IBAN check digits do not match: a character is mistyped or two are swapped.';
  }
  return null;
}

/** True when `text` is a valid IBAN (see {@link ibanProblem}). */
export function isValidIban(text: string): boolean {
  return ibanProblem(text) === null;
}

/** The IBAN in its printed form, upper case in groups of four: "DE89 3704 0044 0532 0130 00". */
export function formatIban(text: string): string {
  return compactIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}
