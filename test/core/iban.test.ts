import fc from 'fast-check';
import {
  IBAN_LENGTHS,
  compactIban,
  formatIban,
  ibanCheckDigits,
  ibanProblem,
  isValidIban,
} from '../../src/core/iban';

/** Example IBANs published in the SWIFT IBAN registry, one per country. */
const REGISTRY_EXAMPLES = [
  'AD12 0001 2030 2003 5910 0100',
  'AT61 1904 3002 3457 3201',
  'BE68 5390 0754 7034',
  'BG80 BNBG 9661 1020 3456 78',
  'CH93 0076 2011 6238 5295 7',
  'CY17 0020 0128 0000 0012 0052 7600',
  'CZ65 0800 0000 1920 0014 5399',
  'DE89 3704 0044 0532 0130 00',
  'DK50 0040 0440 1162 43',
  'EE38 2200 2210 2014 5685',
  'ES91 2100 0418 4502 0005 1332',
  'FI21 1234 5600 0007 85',
  'FR14 2004 1010 0505 0001 3M02 606',
  'GB29 NWBK 6016 1331 9268 19',
  'GB82 WEST 1234 5698 7654 32',
  'GI75 NWBK 0000 0000 7099 453',
  'GR16 0110 1250 0000 0001 2300 695',
  'HR12 1001 0051 8630 0016 0',
  'HU42 1177 3016 1111 1018 0000 0000',
  'IE29 AIBK 9311 5212 3456 78',
  'IS14 0159 2600 7654 5510 7303 39',
  'IT60 X054 2811 1010 0000 0123 456',
  'LI21 0881 0000 2324 013A A',
  'LT12 1000 0111 0100 1000',
  'LU28 0019 4006 4475 0000',
  'LV80 BANK 0000 4351 9500 1',
  'MC58 1122 2000 0101 2345 6789 030',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
  'NL91 ABNA 0417 1643 00',
  'NO93 8601 1117 947',
  'PL61 1090 1014 0000 0712 1981 2874',
  'PT50 0002 0123 1234 5678 9015 4',
  'RO49 AAAA 1B31 0075 9384 0000',
  'SE45 5000 0000 0583 9825 7466',
  'SI56 2633 0001 2039 086',
  'SK31 1200 0000 1987 4263 7541',
  'SM86 U032 2509 8000 0000 0270 100',
  'VA59 0011 2300 0012 3456 78',
  'AE07 0331 2345 6789 0123 456',
  'BR18 0036 0305 0000 1000 9795 493C 1',
  'IL62 0108 0000 0009 9999 999',
  'KW81 CBKU 0000 0000 0000 1234 5601 01',
  'LC55 HEMM 0001 0001 0012 0012 0002 3015',
  'MU17 BOMM 0101 1010 3030 0200 000M UR',
  'QA58 DOHB 0000 1234 5678 90AB CDEF G',
  'SA03 8000 0000 6080 1016 7519',
  'SC18 SSCB 1101 0000 0000 0000 1497 USD',
  'TR33 0006 1005 1978 6457 8413 26',
  'UA21 3223 1300 0002 6007 2335 6600 1',
  'XK05 1212 0123 4567 8906',
];

describe('ibanProblem', () => {
  it.each(REGISTRY_EXAMPLES)('accepts the registry example %s', (iban) => {
    expect(ibanProblem(iban)).toBeNull();
  });

  it.each([
    'DE89370400440532013000',
    'de89 3704 0044 0532 0130 00',
    ' DE89  3704 0044 0532 0130 00 ',
    'fr1420041010050500013m02606',
  ])('accepts %j: spaces and case do not matter', (iban) => {
    expect(ibanProblem(iban)).toBeNull();
  });

  it.each([
    ['DE89 3704 0044 0532 0130 01', 'check digits do not match'], // last digit changed
    ['DE89 3704 0044 0523 0130 00', 'check digits do not match'], // two digits swapped
    ['DE98 3704 0044 0532 0130 00', 'check digits do not match'], // check digits swapped
    ['GB82 WEST 1234 5698 7654 23', 'check digits do not match'],
    ['GB82 WSET 1234 5698 7654 32', 'check digits do not match'],
    ['FR14 2004 1010 0505 0001 3M02 607', 'check digits do not match'],
    ['DE89 3704 0044 0532 0130 0', 'A DE IBAN has 22 characters; this one has 21.'],
    ['DE89 3704 0044 0532 0130 000', 'A DE IBAN has 22 characters; this one has 23.'],
    ['GB82 WEST 1234 5698 7654', 'A GB IBAN has 22 characters; this one has 20.'],
    ['XX89 3704 0044 0532 0130 00', '"XX" is not a country that uses IBANs.'],
    ['US12 3456 7890 1234 5678 90', '"US" is not a country that uses IBANs.'],
    ['1234 5678', 'two-letter country code'],
    ['D189 3704 0044 0532 0130 00', 'two-letter country code'],
    ['DEAB 3704 0044 0532 0130 00', 'check digits from 02 to 98'],
    ['DE00 3704 0044 0532 0130 00', 'check digits from 02 to 98'],
    ['DE99 3704 0044 0532 0130 00', 'check digits from 02 to 98'],
    ['DE89-3704-0044-0532-0130-00', 'only letters and digits'],
    ['DE89 3704 0044 0532 0130 0Ö', 'only letters and digits'],
    ['', 'The IBAN is empty.'],
    ['   ', 'The IBAN is empty.'],
  ])('rejects %j: %s', (iban, message) => {
    expect(ibanProblem(iban)).toContain(message);
  });

  // A letter for a digit is not always caught: it counts as two digits and may keep the remainder.
  it('catches every change of a digit for a digit or a letter for a letter', () => {
    const valid = compactIban('GB82 WEST 1234 5698 7654 32');
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: valid.length - 1 }),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (index, char) => {
          const before = valid[index] ?? '';
          fc.pre(before !== char && /\d/.test(before) === /\d/.test(char));
          const changed = valid.slice(0, index) + char + valid.slice(index + 1);
          expect(ibanProblem(changed)).not.toBeNull();
        },
      ),
    );
  });

  // MOD 97-10 guarantees this for digits only: a letter counts as two digits, so swapping "1B"
  // (1, 11) for "B1" (11, 1) keeps the same number.
  it('catches every swap of two different neighbouring digits', () => {
    for (const example of REGISTRY_EXAMPLES) {
      const iban = compactIban(example);
      for (let i = 4; i < iban.length - 1; i++) {
        if (iban[i] === iban[i + 1] || !/^\d\d$/.test(iban.slice(i, i + 2))) continue;
        const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
        expect([swapped, ibanProblem(swapped)]).toEqual([swapped, expect.any(String)]);
      }
    }
  });
});

describe('isValidIban', () => {
  it('agrees with ibanProblem', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
});

describe('IBAN_LENGTHS', () => {
  it('has the length of every registry example', () => {
    for (const example of REGISTRY_EXAMPLES) {
      const iban = compactIban(example);
      expect([iban.slice(0, 2), iban.length]).toEqual([
        iban.slice(0, 2),
        IBAN_LENGTHS[iban.slice(0, 2)],
      ]);
    }
  });

  it.each([
    ['NO', 15],
    ['BE', 16],
    ['DE', 22],
    ['FR', 27],
    ['MT', 31],
    ['LC', 32],
    ['RU', 33],
  ])('gives %s IBANs %i characters', (country, length) => {
    expect(IBAN_LENGTHS[country]).toBe(length);
  });

  it('keeps every length within the 15 to 34 characters of ISO 13616', () => {
    for (const length of Object.values(IBAN_LENGTHS)) {
      expect(length).toBeGreaterThanOrEqual(15);
      expect(length).toBeLessThanOrEqual(34);
    }
  });
});

describe('compactIban', () => {
  it('removes spaces and upper-cases', () => {
    expect(compactIban(' fr14 2004 1010 0505 0001 3m02 606 ')).toBe('FR1420041010050500013M02606');
  });
});

describe('formatIban', () => {
  it.each([
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['gb82west12345698765432', 'GB82 WEST 1234 5698 7654 32'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['BE68 539007547034', 'BE68 5390 0754 7034'],
    ['NO9386011117947', 'NO93 8601 1117 947'],
    ['', ''],
  ])('prints %j as %j', (text, expected) => {
    expect(formatIban(text)).toBe(expected);
  });

  it('keeps a valid IBAN valid and is idempotent', () => {
    for (const example of REGISTRY_EXAMPLES) {
      const printed = formatIban(example);
      expect(printed).toBe(example);
      expect(formatIban(printed)).toBe(printed);
      expect(isValidIban(printed)).toBe(true);
    }
  });
});

describe('ibanCheckDigits', () => {
  it.each(REGISTRY_EXAMPLES)('computes the check digits of the registry example %s', (example) => {
    const iban = compactIban(example);
    expect(ibanCheckDigits(iban.slice(0, 2), iban.slice(4))).toBe(iban.slice(2, 4));
  });

  it('makes a valid IBAN of any BBAN of the right length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{18}$/), (bban) => {
        expect(isValidIban(`GB${ibanCheckDigits('GB', bban)}${bban}`)).toBe(true);
      }),
    );
  });

  it('ignores spaces and case in the BBAN', () => {
    expect(ibanCheckDigits('DE', '3704 0044 0532 0130 00')).toBe('89');
    expect(ibanCheckDigits('GB', 'nwbk60161331926819')).toBe('29');
  });
});
