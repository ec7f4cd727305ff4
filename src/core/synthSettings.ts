import { ibanCheckDigits } from './iban';
import { currencyCode } from './money';
import {
  DEFAULT_FREE_MAIL_DOMAINS,
  DEFAULT_POLICY,
  LETTER_LANGUAGES,
  type BankAccount,
  type CompanySettings,
  type Settings,
} from './model';

/** The demo seller; any field can be overridden through `synthSettings(company)`. */
export const SYNTH_COMPANY_NAME = 'Duly Demo Exports Ltd';
export const SYNTH_COMPANY_TIME_ZONE = 'Europe/Madrid';

/** The check digits of iban.ts, re-exported where the synthetic IBANs are built. */
export { ibanCheckDigits };

/** A full IBAN without spaces from a country code and its BBAN. */
export function ibanOf(country: string, bban: string): string {
  return country + ibanCheckDigits(country, bban) + bban;
}

const SPANISH_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];

/** One Spanish CCC control digit over ten digits (weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6; mod 11). */
function spanishControlDigit(tenDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += Number(tenDigits[i]) * (SPANISH_WEIGHTS[i] ?? 0);
  const digit = 11 - (sum % 11);
  return digit === 11 ? 0 : digit === 10 ? 1 : digit;
}

/** A Spanish BBAN (bank, branch, two CCC control digits, account) that national validators accept too. */
export function spanishBban(bank: string, branch: string, account: string): string {
  const control = `${spanishControlDigit('00' + bank + branch)}${spanishControlDigit(account)}`;
  return bank + branch + control + account;
}

/** A Mexican CLABE: 17 digits plus the check digit (weights 3, 7, 1; mod 10). */
export function clabeOf(seventeenDigits: string): string {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (Number(seventeenDigits[i]) * (weights[i % 3] ?? 0)) % 10;
  return seventeenDigits + String((10 - (sum % 10)) % 10);
}

/**
 * The demo seller's receiving accounts: USD, EUR, CNY, GBP, KWD, BRL and MXN, with IBANs where
 * the bank's country uses them. Deliberately none in JPY, so the refusal path shows up.
 */
export function synthBankAccounts(holder: string): BankAccount[] {
  return [
    {
      currency: currencyCode('EUR'),
      holder,
      bank: 'Banco Mediterráneo de Comercio, S.A.',
      bankAddress: 'Paseo de la Castellana 89, 28046 Madrid, Spain',
      iban: ibanOf('ES', spanishBban('0239', '1187', '0200051332')),
      swift: 'BMDCESMMXXX',
      charges: 'SHA',
    },
    {
      currency: currencyCode('USD'),
      holder,
      bank: 'Nordhafen Handelsbank AG',
      bankAddress: 'Neue Mainzer Straße 52, 60311 Frankfurt am Main, Germany',
      iban: ibanOf('DE', '50070024' + '0948123300'),
      swift: 'NHHBDEFFXXX',
      intermediary: 'Hudson Commerce Bank, N.A., New York (HUDCUS33XXX)',
      charges: 'SHA',
    },
    {
      currency: currencyCode('GBP'),
      holder,
      bank: 'Thames Merchant Bank plc',
      bankAddress: '1 Cheapside, London EC2V 6DN, United Kingdom',
      iban: ibanOf('GB', 'TMBK' + '401276' + '31926819'),
      swift: 'TMBKGB2LXXX',
      charges: 'SHA',
    },
    {
      currency: currencyCode('CNY'),
      holder,
      bank: 'Pearl River Commercial Bank, Shanghai Branch',
      bankAddress: '1288 Lujiazui Ring Road, Pudong, Shanghai 200120, China',
      accountNumber: '31050161373600002718',
      swift: 'PRCBCNSHXXX',
      charges: 'OUR',
    },
    {
      currency: currencyCode('KWD'),
      holder,
      bank: 'Gulf Trade Bank K.S.C.P.',
      bankAddress: 'Abdullah Al-Salem Street, Sharq, Kuwait City, Kuwait',
      iban: ibanOf('KW', 'GTBK' + '0000000000001234560101'),
      swift: 'GTBKKWKWXXX',
      charges: 'SHA',
    },
    {
      currency: currencyCode('BRL'),
      holder,
      bank: 'Banco Paulista de Câmbio S.A.',
      bankAddress: 'Avenida Paulista 1100, São Paulo SP 01310-100, Brazil',
      iban: ibanOf('BR', '00360305' + '00001' + '0009795493' + 'C1'),
      swift: 'BPCMBRSPXXX',
      charges: 'SHA',
    },
    {
      currency: currencyCode('MXN'),
      holder,
      bank: 'Banco Mercantil del Valle, S.A.',
      bankAddress: 'Paseo de la Reforma 250, Cuauhtémoc, 06600 Ciudad de México, Mexico',
      accountNumber: clabeOf('03218000011835971'),
      swift: 'BMVAMXMMXXX',
      charges: 'SHA',
    },
  ];
}

/**
 * Settings of the demo ledger: the company (overridable), the bank accounts, 1.5 % a month
 * actual/365 interest without grace, the default policy and free-mail list, all letter languages,
 * deadlines at 17:00.
 */
export function synthSettings(company?: Partial<CompanySettings>): Settings {
  const name = company?.name ?? SYNTH_COMPANY_NAME;
  const merged: CompanySettings = {
    name,
    timeZone: company?.timeZone ?? SYNTH_COMPANY_TIME_ZONE,
    signature:
      company?.signature ??
      `Credit Control\n${name}\nPaseo de la Castellana 89, 28046 Madrid, Spain\n+34 910 000 000`,
  };
  return {
    company: merged,
    bankAccounts: synthBankAccounts(name),
    interest: { ratePercent: 1.5, per: 'month', dayCount: 'actual/365', graceDays: 0 },
    policy: DEFAULT_POLICY,
    freeMailDomains: DEFAULT_FREE_MAIL_DOMAINS,
    languages: [...LETTER_LANGUAGES],
    deadlineTime: { hour: 17, minute: 0 },
  };
}
