import {
  COUNTRY_CODES,
  bicProblem,
  compactBic,
  isCountryCode,
  isValidBic,
} from '../../src/core/bic';

describe('bicProblem', () => {
  it.each([
    'DEUTDEFF',
    'DEUTDEFF500',
    'NWBKGB2L',
    'BNPAFRPP',
    'COBADEFFXXX',
    'BOFAUS3N',
    'ICBKCNBJ',
    'MIDLGB22',
    'BKCHCNBJ300',
    'deutdeff',
    'DEUT DE FF 500',
    'TRWIBEB1XXX',
    'KOBAXKPR',
  ])('accepts %j', (bic) => {
    expect(bicProblem(bic)).toBeNull();
  });

  it.each([
    ['', 'The SWIFT/BIC code is empty.'],
    ['DEUTDEF', 'A SWIFT/BIC code has 8 or 11 characters; this one has 7.'],
    ['DEUTDEFF50', 'A SWIFT/BIC code has 8 or 11 characters; this one has 10.'],
    ['DEUTDEFF5001', 'A SWIFT/BIC code has 8 or 11 characters; this one has 12.'],
    ['DEU1DEFF', 'starts with four letters for the bank'],
    ['1234DEFF', 'starts with four letters for the bank'],
    ['DEUTXXFF', '"XX" is not a country code'],
    ['DEUTUKFF', '"UK" is not a country code'], // the ISO code of the United Kingdom is GB
    ['DEUT12FF', '"12" is not a country code'],
    ['DEUT-DEFF', 'only letters and digits'],
    ['DEUTDEFF_', 'only letters and digits'],
  ])('rejects %j: %s', (bic, message) => {
    expect(bicProblem(bic)).toContain(message);
  });
});

describe('isValidBic', () => {
  it('agrees with bicProblem', () => {
    expect(isValidBic('NWBKGB2L')).toBe(true);
    expect(isValidBic('NWBKGB2')).toBe(false);
  });
});

describe('compactBic', () => {
  it('removes spaces and upper-cases', () => {
    expect(compactBic(' deut de ff ')).toBe('DEUTDEFF');
  });
});

describe('COUNTRY_CODES', () => {
  it('holds the 249 ISO 3166-1 codes and XK', () => {
    expect(COUNTRY_CODES.size).toBe(250);
  });

  it('holds only codes this runtime can name as a region', () => {
    const names = new Intl.DisplayNames('en', { type: 'region' });
    for (const code of COUNTRY_CODES) expect([code, names.of(code) !== code]).toEqual([code, true]);
  });
});

describe('isCountryCode', () => {
  it.each([
    ['DE', true],
    ['CN', true],
    ['GB', true],
    ['XK', true],
    ['UK', false],
    ['EU', false],
    ['de', false],
    ['D', false],
  ])('says %j is %s', (code, expected) => {
    expect(isCountryCode(code)).toBe(expected);
  });
});
