import type { Contact, CustomerId, LetterLanguage } from './model';
import {
  CHINESE_BRANDS,
  CHINESE_CITIES,
  CHINESE_ENGLISH_GIVEN,
  CHINESE_INDUSTRIES,
  SYNTH_COUNTRIES,
  SYNTH_FREE_MAIL,
  SYNTH_FREE_MAIL_CN,
  type SynthCountry,
} from './synthData';
import {
  CURRENCY_INDEX,
  TERMS,
  TERM_WEIGHTS,
  between,
  cumulativeOf,
  normal,
  pad,
  pick,
  pickWeighted,
  searchCumulative,
  widthFor,
  type Rng,
  type ZoneOffsets,
} from './synthKit';

/** Lower-case ASCII letters and digits of a name: accents folded, other characters dropped. */
function asciiSlug(text: string, separator: string): string {
  return text
    .replace(/['’]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(/^[.-]+|[.-]+$/g, '');
}

const COUNTRY_CUMULATIVE = cumulativeOf(SYNTH_COUNTRIES.map((c) => c.weight));

/** Per-customer facts the invoice and event generators need, kept in columns. */
export type CustomerColumns = {
  readonly zone: Int16Array;
  readonly primaryCurrency: Uint8Array;
  /** -1 when the customer invoices in one currency only. */
  readonly secondaryCurrency: Int8Array;
  /** 0 prompt, 1 slow, 2 troubled. */
  readonly payer: Uint8Array;
  readonly sizeLog: Float64Array;
  readonly terms: Uint8Array;
  readonly activity: Float64Array;
};

/** A customer before the invoices decide its credit hold: the generated fields of a Customer. */
export type CustomerDraft = {
  readonly id: CustomerId;
  readonly name: string;
  readonly country: string;
  readonly language: LetterLanguage;
  readonly timeZone: string;
  readonly contacts: readonly Contact[];
  readonly domains: readonly string[];
};

function splitPair(entry: string): [string, string] {
  const bar = entry.indexOf('|');
  return [entry.slice(0, bar), entry.slice(bar + 1)];
}

/** A company name and the slug its web domain is made from. */
function companyName(rng: Rng, country: SynthCountry): { name: string; slug: string } {
  if (country.code === 'CN') {
    const [city, cityPinyin] = splitPair(pick(rng, CHINESE_CITIES));
    const [brand, brandPinyin] = splitPair(pick(rng, CHINESE_BRANDS));
    const [trade, tradeEnglish] = splitPair(pick(rng, CHINESE_INDUSTRIES));
    const slug = asciiSlug(`${brandPinyin} ${tradeEnglish.split(' ')[0] ?? ''}`, '');
    // Many Chinese exporters trade under their registered English name.
    const name =
      rng() < 0.6
        ? `${city}${brand}${trade}有限公司`
        : `${cityPinyin} ${brandPinyin} ${tradeEnglish} Co., Ltd.`;
    return { name, slug: rng() < 0.5 ? slug : asciiSlug(cityPinyin, '').slice(0, 2) + slug };
  }
  const style = country.style;
  const suffix = pick(rng, country.suffixes);
  const industry = pick(rng, style.industries);
  const family = pick(rng, country.people.family);
  const pattern = rng();
  if (pattern < 0.35) {
    const root = pick(rng, country.roots);
    const core = style.industryFirst ? `${industry} ${root}` : `${root} ${industry}`;
    return { name: `${core} ${suffix}`, slug: asciiSlug(core, '-') };
  }
  if (pattern < 0.7) {
    const core = style.industryFirst ? `${industry} ${family}` : `${family} ${industry}`;
    return { name: `${core} ${suffix}`, slug: asciiSlug(core, '-') };
  }
  if (pattern < 0.85) {
    const other = pick(rng, country.people.family);
    const partner = other === family ? style.sons : other;
    return {
      name: `${family} & ${partner} ${suffix}`,
      slug: asciiSlug(`${family}-${partner}`, '-'),
    };
  }
  return {
    name: `${family} & ${style.sons} ${suffix}`,
    slug: asciiSlug(`${family}-${industry}`, '-'),
  };
}

/** A contact's display name and the ASCII local part of their address. */
function personOf(rng: Rng, country: SynthCountry): { name: string; local: string } {
  if (country.code === 'CN') {
    const [family, familyPinyin] = splitPair(pick(rng, country.people.family));
    if (rng() < 0.3) {
      const english = pick(rng, CHINESE_ENGLISH_GIVEN);
      return {
        name: `${english} ${familyPinyin}`,
        local: asciiSlug(`${english}.${familyPinyin}`, '.'),
      };
    }
    const [given, givenPinyin] = splitPair(pick(rng, country.people.given));
    const local = rng() < 0.5 ? `${familyPinyin}${givenPinyin}` : `${givenPinyin}.${familyPinyin}`;
    return { name: `${family}${given}`, local: asciiSlug(local, '.') };
  }
  const given = pick(rng, country.people.given);
  const family = pick(rng, country.people.family);
  const local =
    rng() < 0.7
      ? asciiSlug(`${given} ${family}`, '.')
      : asciiSlug(given, '').slice(0, 1) + asciiSlug(family, '');
  return { name: `${given} ${family}`, local };
}

const ROLE_NAMES: Readonly<Record<LetterLanguage, string>> = {
  en: 'Accounts Payable',
  'zh-CN': '财务部',
  es: 'Cuentas por pagar',
  fr: 'Comptabilité fournisseurs',
  de: 'Kreditorenbuchhaltung',
  pt: 'Contas a pagar',
};

/**
 * `count` customers spread over the countries of SYNTH_COUNTRIES, with unique web domains (about 8 %
 * on free mail, without a domain) and unique free-mail addresses, plus the columns of their traits.
 */
export function buildCustomers(
  rng: Rng,
  count: number,
  offsets: ZoneOffsets,
): { drafts: CustomerDraft[]; columns: CustomerColumns } {
  const columns: CustomerColumns = {
    zone: new Int16Array(count),
    primaryCurrency: new Uint8Array(count),
    secondaryCurrency: new Int8Array(count),
    payer: new Uint8Array(count),
    sizeLog: new Float64Array(count),
    terms: new Uint8Array(count),
    activity: new Float64Array(count),
  };
  const drafts: CustomerDraft[] = [];
  const domains = new Set<string>();
  const freeAddresses = new Set<string>();
  const names = new Set<string>();
  const idWidth = widthFor(count, 5);
  const usd = CURRENCY_INDEX.get('USD') ?? 0;
  const eur = CURRENCY_INDEX.get('EUR') ?? 1;
  for (let i = 0; i < count; i += 1) {
    const country = SYNTH_COUNTRIES[
      searchCumulative(
        COUNTRY_CUMULATIVE,
        rng() * (COUNTRY_CUMULATIVE[COUNTRY_CUMULATIVE.length - 1] ?? 0),
      )
    ] as SynthCountry;
    const language = country.languages[
      pickWeighted(
        rng,
        country.languages.map(([, w]) => w),
      )
    ]?.[0] as LetterLanguage;
    const timeZone = pick(rng, country.timeZones);
    let { name, slug } = companyName(rng, country);
    // Redraw a taken name a few times; the tables are large enough that few repeats remain.
    for (let attempt = 0; attempt < 12 && names.has(name); attempt += 1) {
      ({ name, slug } = companyName(rng, country));
    }
    names.add(name);
    const contactCount = 1 + pickWeighted(rng, [50, 35, 15]);
    const contacts: Contact[] = [];
    const customerDomains: string[] = [];
    const used = new Set<string>();
    if (rng() < 0.08) {
      // Small buyers on free mail: only exact addresses identify them, so they get no domain.
      const providers = country.code === 'CN' ? SYNTH_FREE_MAIL_CN : SYNTH_FREE_MAIL;
      for (let c = 0; c < Math.min(contactCount, 2); c += 1) {
        const person = personOf(rng, country);
        const provider = pick(rng, providers);
        let local =
          provider === 'qq.com'
            ? String(between(rng, 100_000_000, 3_999_999_999))
            : `${person.local}${between(rng, 1, 99)}`;
        while (freeAddresses.has(`${local}@${provider}`)) local += String(between(rng, 0, 9));
        freeAddresses.add(`${local}@${provider}`);
        contacts.push({ name: person.name, email: `${local}@${provider}` });
      }
    } else {
      const base = (slug || `buyer${i + 1}`).slice(0, 40);
      let domain = `${base}.${country.tld}`;
      for (let n = 2; domains.has(domain); n += 1) domain = `${base}${n}.${country.tld}`;
      domains.add(domain);
      customerDomains.push(domain);
      for (let c = 0; c < contactCount; c += 1) {
        const role = c === 0 && rng() < 0.35;
        const person = role ? null : personOf(rng, country);
        let local = person ? person.local : pick(rng, country.roles);
        while (used.has(local)) local += String(between(rng, 1, 9));
        used.add(local);
        contacts.push({
          name: person ? person.name : ROLE_NAMES[language],
          email: `${local}@${domain}`,
        });
      }
    }
    const currency = CURRENCY_INDEX.get(
      country.currencies[
        pickWeighted(
          rng,
          country.currencies.map(([, w]) => w),
        )
      ]?.[0] ?? 'USD',
    );
    columns.zone[i] = offsets.zoneIndex(timeZone);
    columns.primaryCurrency[i] = currency ?? usd;
    columns.secondaryCurrency[i] = rng() < 0.12 ? (currency === usd ? eur : usd) : -1;
    columns.payer[i] = pickWeighted(rng, [60, 30, 10]);
    columns.sizeLog[i] = 0.6 * normal(rng);
    columns.terms[i] = TERMS[pickWeighted(rng, TERM_WEIGHTS)] ?? 30;
    columns.activity[i] = Math.exp(0.9 * normal(rng));
    drafts.push({
      id: `cus-${pad(i + 1, idWidth)}` as CustomerId,
      name,
      country: country.code,
      language,
      timeZone,
      contacts,
      domains: customerDomains,
    });
  }
  return { drafts, columns };
}
