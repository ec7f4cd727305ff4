import fc from 'fast-check';
import { bicProblem } from '../../../src/core/bic';
import { IBAN_LENGTHS, ibanCheckDigits, ibanProblem } from '../../../src/core/iban';
import { bicMessage, ibanMessage } from '../../../src/ui/settings/bankCodeMessages';
import { SETTINGS_STRINGS } from '../../../src/ui/settings/strings';

const EN = SETTINGS_STRINGS.en.problems;
const ZH = SETTINGS_STRINGS['zh-CN'].problems;
const COUNTRIES = Object.keys(IBAN_LENGTHS);

/** A valid IBAN of a registered country: random BBAN digits, computed check digits. */
const validIban = fc.constantFrom(...COUNTRIES).chain((country) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), {
      minLength: IBAN_LENGTHS[country]! - 4,
      maxLength: IBAN_LENGTHS[country]! - 4,
    })
    .map((digits) => {
      const bban = digits.join('');
      return country + ibanCheckDigits(country, bban) + bban;
    }),
);

/** Valid IBANs with one character replaced, inserted or removed, and arbitrary text. */
const ibanLike = fc.oneof(
  validIban,
  fc.tuple(validIban, fc.nat(), fc.constantFrom(...'0123456789ABCZ x-')).map(([iban, at, char]) => {
    const i = at % iban.length;
    return iban.slice(0, i) + char + iban.slice(i + 1);
  }),
  fc.tuple(validIban, fc.nat()).map(([iban, at]) => iban.slice(0, at % iban.length)),
  fc.string({ unit: fc.constantFrom(...'DEGB0123456789 aZ-'), maxLength: 34 }),
);

const bicLike = fc.string({ unit: fc.constantFrom(...'DEUTFFXK0159 a-'), maxLength: 13 });

describe('ibanMessage', () => {
  it('says in English exactly what the engine says, and nothing for a valid IBAN', () => {
    fc.assert(
      fc.property(ibanLike, (text) => {
        expect(ibanMessage(text, EN)).toBe(ibanProblem(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', ZH.iban.empty],
    ['DE89 3704 0044 0532 0130 0!', ZH.iban.characters],
    ['1289370400440532013000', ZH.iban.countryShape],
    ['US89370400440532013000', ZH.iban.countryUnknown('US')],
    ['DE00370400440532013000', ZH.iban.checkRange],
    ['DE8937040044053201300', ZH.iban.length('DE', 22, 21)],
    ['DE89370400440532013001', ZH.iban.checksum],
    ['DE89 3704 0044 0532 0130 00', null],
  ])('names the reason for %p in Chinese', (text, message) => {
    expect(ibanMessage(text, ZH)).toBe(message);
  });
});

describe('bicMessage', () => {
  it('says in English what the engine says (a blank code is "missing", as for the account)', () => {
    fc.assert(
      fc.property(bicLike, (text) => {
        const engine = bicProblem(text);
        const expected = text.trim() === '' ? EN.swiftMissing : engine;
        expect(bicMessage(text, EN)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['DEUT-DEFF', ZH.bic.characters],
    ['DEUTDEF', ZH.bic.length(7)],
    ['DEU1DEFF', ZH.bic.bankLetters],
    ['DEUTQQFF', ZH.bic.country('QQ')],
    ['deut de ff 500', null],
  ])('names the reason for %p in Chinese', (text, message) => {
    expect(bicMessage(text, ZH)).toBe(message);
  });
});
