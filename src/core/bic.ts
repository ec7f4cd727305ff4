/**
 * ISO 3166-1 alpha-2 country codes (all 249 officially assigned), plus XK for Kosovo, which SWIFT
 * and the IBAN registry use as a user-assigned code.
 */
// prettier-ignore
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
  'XK',
]);

/** True when `code` is an ISO 3166-1 alpha-2 country code (or XK), upper case. */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** The BIC in its compact form: spaces removed, upper case ("DEUTDEFF500"). */
export function compactBic(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/**
 * What is wrong with a SWIFT/BIC code, in plain words, or null when its shape is right (ISO 9362:
 * 4-letter bank, 2-letter country, 2-character location, optional 3-character branch; 8 or 11
 * characters). Spaces are allowed; case does not matter. Whether the bank exists is not checked.
 */
export function bicProblem(text: string): string | null {
  const bic = compactBic(text);
  if (bic === '') return 'The SWIFT/BIC code is empty.';
  if (!/^[A-Z0-9]+$/.test(bic)) return 'A SWIFT/BIC code has only letters and digits.';
  if (bic.length !== 8 && bic.length !== 11) {
    return `A SWIFT/BIC code has 8 or 11 characters; this one has ${bic.length}.`;
  }
  if (!/^[A-Z]{4}/.test(bic)) return 'A SWIFT/BIC code starts with four letters for the bank.';
  const country = bic.slice(4, 6);
  if (!isCountryCode(country)) {
    return `Characters 5 and 6 of a SWIFT/BIC code are the bank's country; "${country}" is not a country code.`;
  }
  return null;
}

/** True when `text` has the shape of a SWIFT/BIC code (see {@link bicProblem}). */
export function isValidBic(text: string): boolean {
  return bicProblem(text) === null;
}
