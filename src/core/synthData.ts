import type { LetterLanguage } from './model';

/** Words a company name is built from in one naming tradition (see {@link SYNTH_COUNTRIES}). */
export type NameStyle = {
  /** Trade words ("Logistics", "Distribuciones", "Maschinenbau"). */
  readonly industries: readonly string[];
  /** True when the trade word comes before the family or brand name ("Distribuciones Peña"). */
  readonly industryFirst: boolean;
  /** The word of "& Sons" in this tradition ("Sons", "Hijos", "Söhne"). */
  readonly sons: string;
};

/** Given and family names of contacts; Chinese names come with their pinyin after a "|". */
export type People = { readonly given: readonly string[]; readonly family: readonly string[] };

/** How synthetic customers of one country look: names, language, zones, currencies, e-mail TLD. */
export type SynthCountry = {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Relative share of customers. */
  readonly weight: number;
  readonly languages: readonly (readonly [LetterLanguage, number])[];
  readonly timeZones: readonly string[];
  readonly tld: string;
  /** Invoice currencies with relative weights; only currencies of {@link SYNTH_CURRENCIES}. */
  readonly currencies: readonly (readonly [string, number])[];
  readonly style: NameStyle;
  readonly people: People;
  readonly roots: readonly string[];
  readonly suffixes: readonly string[];
  /** Role mailboxes of accounts payable in the local language ("ap", "compras"). */
  readonly roles: readonly string[];
};

/** Currencies the generator invoices in, with the median invoice amount in major units. */
export const SYNTH_CURRENCIES: readonly (readonly [string, number])[] = [
  ['USD', 12_000],
  ['EUR', 10_000],
  ['CNY', 80_000],
  ['JPY', 1_500_000],
  ['GBP', 9_000],
  ['KWD', 3_500],
  ['BRL', 60_000],
  ['MXN', 200_000],
];

/** Free-mail providers small buyers use; all are in DEFAULT_FREE_MAIL_DOMAINS. */
// prettier-ignore
export const SYNTH_FREE_MAIL = ['gmail.com', 'hotmail.com'] as const;
// prettier-ignore
/** Free-mail providers of small Chinese buyers. */
export const SYNTH_FREE_MAIL_CN = ['qq.com', '163.com'] as const;

/** Internal notes kept on a few customers. */
// prettier-ignore
export const SYNTH_CUSTOMER_NOTES: readonly string[] = [
  'AP runs payment batches on Fridays only.',
  'Requires the PO number on every invoice.',
  'Prefers WhatsApp for quick questions; confirm in writing.',
  'Pays by transfer from a Hong Kong account.',
  'Fiscal year ends in March: approvals slow down in Q4.',
  'New finance manager since last quarter.',
  'Two signatures needed above USD 50,000.',
];

/** What a buyer disputes, as logged. */
// prettier-ignore
export const SYNTH_DISPUTE_NOTES: readonly string[] = [
  'Two cartons missing from the shipment.',
  'Goods arrived damaged; photos sent.',
  'Unit price differs from the PO.',
  'Wrong model delivered.',
  'Quality below the approved sample.',
  'Invoice issued before delivery was complete.',
];

// prettier-ignore
const ANGLO: People = {
  given: ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emily', 'Daniel', 'Laura', 'Chris', 'Megan', 'Andrew', 'Olivia', 'Thomas', 'Grace', 'Kevin', 'Rachel', 'Brian', 'Hannah'],
  family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', "O'Brien", 'Taylor', 'Anderson', 'Clarke', 'Walker', 'Harris', "O'Neill", 'Robinson', 'Wright', 'Mitchell', 'Campbell', 'Reed', 'Fletcher', 'Hughes'],
};
// prettier-ignore
const HISPANIC: People = {
  given: ['José', 'María', 'Javier', 'Lucía', 'Carlos', 'Elena', 'Andrés', 'Sofía', 'Raúl', 'Marta', 'Alejandro', 'Inés', 'Fernando', 'Beatriz', 'Sergio', 'Ana'],
  family: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Peña', 'Ibáñez', 'Muñoz', 'Ortega', 'Navarro', 'Castillo', 'Romero', 'Herrera', 'Vázquez'],
};
// prettier-ignore
const LUSOPHONE: People = {
  given: ['João', 'Ana', 'Pedro', 'Mariana', 'Lucas', 'Beatriz', 'Tiago', 'Inês', 'Rafael', 'Camila', 'Gonçalo', 'Larissa', 'Bruno', 'Fernanda'],
  family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Gonçalves', 'Araújo', 'Magalhães', 'Conceição', 'Ribeiro', 'Carvalho'],
};
// prettier-ignore
const FRENCH: People = {
  given: ['Jean', 'Marie', 'Pierre', 'Sophie', 'Luc', 'Camille', 'Nicolas', 'Élodie', 'François', 'Chloé', 'Julien', 'Hélène', 'Mathieu', 'Amélie'],
  family: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Rousseau', 'Fontaine', 'Chevalier', "d'Arcy", 'Mercier', 'Lambert', 'Faure'],
};
// prettier-ignore
const GERMAN: People = {
  given: ['Thomas', 'Anna', 'Stefan', 'Julia', 'Andreas', 'Katrin', 'Jürgen', 'Sabine', 'Matthias', 'Birgit', 'Lukas', 'Lena', 'Jörg', 'Ute'],
  family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Schröder', 'Weiß', 'Hoffmann', 'Krüger', 'Wagner', 'Zimmermann', 'Bauer', 'Köhler'],
};
// prettier-ignore
const ITALIAN: People = {
  given: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara', 'Davide', 'Elena', 'Nicolò', 'Federica'],
  family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', "D'Angelo", 'Greco', 'Conti'],
};
// prettier-ignore
const DUTCH: People = {
  given: ['Jan', 'Sanne', 'Pieter', 'Eva', 'Bram', 'Lotte', 'Daan', 'Femke', 'Joost', 'Anouk'],
  family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer'],
};
// prettier-ignore
const NORDIC: People = {
  given: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Emma', 'Nils', 'Sofia', 'Björn', 'Maja'],
  family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Lindqvist', 'Åberg'],
};
// prettier-ignore
const POLISH: People = {
  given: ['Piotr', 'Anna', 'Krzysztof', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Łukasz', 'Małgorzata'],
  family: ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski', 'Kozłowski'],
};
// prettier-ignore
const TURKISH: People = {
  given: ['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Ahmet', 'Zeynep', 'Emre', 'Elif', 'Burak', 'Şule'],
  family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
};
// prettier-ignore
const ARABIC: People = {
  given: ['Mohammed', 'Fatima', 'Ahmed', 'Layla', 'Khalid', 'Noura', 'Omar', 'Mariam', 'Yousef', 'Huda', 'Abdullah', 'Reem'],
  family: ['Al-Sabah', 'Al Mansouri', 'Al-Mutairi', 'Haddad', 'Al-Rashid', 'Khoury', 'Al Hashimi', 'Al-Otaibi', 'Nasser', 'Al Falasi'],
};
// prettier-ignore
const INDIAN: People = {
  given: ['Rahul', 'Priya', 'Amit', 'Anjali', 'Vikram', 'Neha', 'Suresh', 'Kavya', 'Arjun', 'Deepa', 'Rajesh', 'Pooja'],
  family: ['Sharma', 'Patel', 'Gupta', 'Singh', 'Iyer', 'Reddy', 'Nair', 'Mehta', 'Agarwal', 'Kapoor', 'Menon', 'Joshi'],
};
// prettier-ignore
const JAPANESE: People = {
  given: ['Hiroshi', 'Yuki', 'Takashi', 'Aiko', 'Kenji', 'Naoko', 'Satoshi', 'Emi', 'Daisuke', 'Haruka'],
  family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
};
// prettier-ignore
const KOREAN: People = {
  given: ['Minjun', 'Seoyeon', 'Jihoon', 'Jiwoo', 'Hyunwoo', 'Soyeon', 'Donghyun', 'Yuna', 'Sungmin', 'Eunji'],
  family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
};
// prettier-ignore
const SOUTH_EAST_ASIAN: People = {
  given: ['Wei Ming', 'Siew Ling', 'Jun Jie', 'Mei Ling', 'Kok Wai', 'Hui Min', 'Ravi', 'Nurul', 'Darren', 'Cheryl'],
  family: ['Tan', 'Lim', 'Lee', 'Ng', 'Wong', 'Goh', 'Chua', 'Teo', 'Rahman', 'Koh'],
};
// prettier-ignore
const THAI_VIET: People = {
  given: ['Somchai', 'Ploy', 'Anan', 'Nicha', 'Minh', 'Lan', 'Tuan', 'Huong', 'Quang', 'Thao'],
  family: ['Srisuk', 'Wongsakul', 'Chaiyaporn', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang'],
};
// prettier-ignore
const SOUTH_AFRICAN: People = {
  given: ['Thabo', 'Johan', 'Naledi', 'Pieter', 'Zanele', 'Sipho', 'Annelie', 'Kagiso', 'Riaan', 'Lerato'],
  family: ['van der Merwe', 'Naidoo', 'Botha', 'Dlamini', 'Nkosi', 'Pretorius', 'Mokoena', 'du Plessis', 'Khumalo', 'Steyn'],
};

/** Chinese contacts and brands as "汉字|Pinyin" so addresses and domains stay ASCII. */
// prettier-ignore
export const CHINESE_PEOPLE: People = {
  given: ['伟|Wei', '芳|Fang', '静|Jing', '磊|Lei', '丽|Li', '强|Qiang', '敏|Min', '军|Jun', '洋|Yang', '婷|Ting', '浩然|Haoran', '晓明|Xiaoming', '雪梅|Xuemei', '建国|Jianguo'],
  family: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '杨|Yang', '黄|Huang', '赵|Zhao', '周|Zhou', '吴|Wu', '徐|Xu', '孙|Sun', '马|Ma', '朱|Zhu'],
};
/** English names Chinese colleagues often use in trade mail. */
// prettier-ignore
export const CHINESE_ENGLISH_GIVEN: readonly string[] = ['Kevin', 'Cindy', 'Jason', 'Amy', 'Tony', 'Lily', 'Jack', 'Coco', 'Eric', 'Vivian'];
/** Cities, brands and trades of Chinese company names, as "汉字|Pinyin" (English for trades). */
// prettier-ignore
export const CHINESE_CITIES: readonly string[] = ['深圳市|Shenzhen', '广州市|Guangzhou', '上海|Shanghai', '宁波|Ningbo', '义乌市|Yiwu', '东莞市|Dongguan', '苏州|Suzhou', '青岛|Qingdao', '厦门|Xiamen', '杭州|Hangzhou', '佛山市|Foshan', '天津|Tianjin'];
// prettier-ignore
export const CHINESE_BRANDS: readonly string[] = ['华强|Huaqiang', '恒通|Hengtong', '金达|Jinda', '鸿运|Hongyun', '瑞丰|Ruifeng', '宏达|Hongda', '新亚|Xinya', '永盛|Yongsheng', '东方|Dongfang', '天成|Tiancheng', '嘉禾|Jiahe', '盛世|Shengshi', '百川|Baichuan', '海纳|Haina', '中兴|Zhongxing', '长城|Changcheng', '凯旋|Kaixuan', '万通|Wantong'];
// prettier-ignore
export const CHINESE_INDUSTRIES: readonly string[] = ['电子|Electronics', '贸易|Trading', '机械|Machinery', '纺织品|Textiles', '五金|Hardware', '包装材料|Packaging', '家具|Furniture', '照明|Lighting', '塑胶制品|Plastics', '进出口|Import & Export'];

// prettier-ignore
const EN_STYLE: NameStyle = {
  industries: ['Trading', 'Logistics', 'Supply', 'Industries', 'Imports', 'Components', 'Foods', 'Textiles', 'Machinery', 'Electronics', 'Packaging', 'Chemicals', 'Hardware', 'Distribution', 'Wholesale', 'Engineering'],
  industryFirst: false,
  sons: 'Sons',
};
// prettier-ignore
const ES_STYLE: NameStyle = {
  industries: ['Distribuciones', 'Importaciones', 'Comercial', 'Suministros', 'Industrias', 'Maquinaria', 'Textiles', 'Alimentos', 'Logística', 'Ferretería', 'Electrónica', 'Envases'],
  industryFirst: true,
  sons: 'Hijos',
};
// prettier-ignore
const PT_STYLE: NameStyle = {
  industries: ['Comércio', 'Importadora', 'Distribuidora', 'Indústria', 'Máquinas', 'Têxtil', 'Alimentos', 'Logística', 'Ferragens', 'Embalagens'],
  industryFirst: true,
  sons: 'Filhos',
};
// prettier-ignore
const FR_STYLE: NameStyle = {
  industries: ['Import-Export', 'Distribution', 'Négoce', 'Industries', 'Équipements', 'Textiles', 'Emballages', 'Électronique', 'Quincaillerie', 'Établissements'],
  industryFirst: true,
  sons: 'Fils',
};
// prettier-ignore
const DE_STYLE: NameStyle = {
  industries: ['Maschinenbau', 'Handel', 'Logistik', 'Elektronik', 'Verpackung', 'Textil', 'Metallwaren', 'Feinkost', 'Großhandel', 'Werkzeuge', 'Präzisionsteile'],
  industryFirst: false,
  sons: 'Söhne',
};
// prettier-ignore
const IT_STYLE: NameStyle = {
  industries: ['Forniture', 'Meccanica', 'Commerciale', 'Tessile', 'Alimentari', 'Imballaggi', 'Elettronica', 'Distribuzione'],
  industryFirst: true,
  sons: 'Figli',
};
// prettier-ignore
const NL_STYLE: NameStyle = {
  industries: ['Handel', 'Techniek', 'Logistiek', 'Groothandel', 'Verpakkingen', 'Import'],
  industryFirst: false,
  sons: 'Zonen',
};
// prettier-ignore
const TR_STYLE: NameStyle = {
  industries: ['Dış Ticaret', 'Tekstil', 'Makina', 'Gıda', 'Ambalaj', 'Elektronik', 'Lojistik'],
  industryFirst: false,
  sons: 'Oğulları',
};
// prettier-ignore
const PL_STYLE: NameStyle = {
  industries: ['Handel', 'Hurtownia', 'Technika', 'Logistyka', 'Opakowania', 'Elektronika'],
  industryFirst: false,
  sons: 'Synowie',
};
// prettier-ignore
const SV_STYLE: NameStyle = {
  industries: ['Handel', 'Teknik', 'Import', 'Logistik', 'Förpackning'],
  industryFirst: false,
  sons: 'Söner',
};
const ZH_STYLE: NameStyle = { industries: [], industryFirst: false, sons: '' };

// prettier-ignore
const EN_ROOTS = ['Northwind', 'Bluewater', 'Summit', 'Harbor', 'Pioneer', 'Evergreen', 'Keystone', 'Redwood', 'Silverline', 'Meridian', 'Atlas', 'Crescent', 'Lakeside', 'Ironbridge', 'Goldcrest', 'Oakridge', 'Starling', 'Westbrook', 'Clearwater', 'Highland', 'Brightstar', 'Copperfield'];
// prettier-ignore
const ES_ROOTS = ['del Norte', 'Levante', 'Ibérica', 'del Sur', 'Atlántico', 'Peninsular', 'La Mancha', 'Cantábrica', 'del Pacífico', 'Azteca', 'Mediterránea', 'Castellana'];
// prettier-ignore
const PT_ROOTS = ['São João', 'Atlântico', 'Paulista', 'Nordeste', 'Lusitana', 'Minas', 'Tejo', 'Guanabara', 'Douro', 'Cerrado'];
// prettier-ignore
const FR_ROOTS = ["d'Azur", 'du Rhône', "de l'Ouest", 'Provençale', 'Atlantique', 'du Nord', 'Alpine', 'Lyonnaise', "L'Étoile", 'Bretonne'];
// prettier-ignore
const DE_ROOTS = ['Rhein', 'Alpen', 'Nordstern', 'Elbe', 'Schwarzwald', 'Isar', 'Hanse', 'Bodensee', 'Main', 'Weser'];
// prettier-ignore
const IT_ROOTS = ['Adriatica', 'Tirrenica', 'Lombarda', 'del Po', 'Toscana', 'Veneta', 'Ligure', 'Sabauda'];
// prettier-ignore
const NL_ROOTS = ['Delta', 'Polder', 'Noordzee', 'Oranje', 'Maas', 'Zeeland', 'Holland'];
// prettier-ignore
const GULF_ROOTS = ['Al Noor', 'Gulf Horizon', 'Emirates Star', 'Desert Rose', 'Al Waha', 'Al Jazeera', 'Gulf Pearl', 'Al Manar', 'Bin Hamad', 'Al Safa'];
// prettier-ignore
const INDIAN_ROOTS = ['Shree Ganesh', 'Lakshmi', 'Sai Krishna', 'Vishal', 'Bharat', 'Sunrise', 'Om Sai', 'Kaveri', 'Ganga'];
// prettier-ignore
const SEA_ROOTS = ['Lion City', 'Merlion', 'Straits', 'Orchard', 'Marina', 'Sentosa', 'Jurong', 'Kranji'];
// prettier-ignore
const JP_ROOTS = ['Sakura', 'Fuji', 'Nippon', 'Hikari', 'Asahi', 'Yamato', 'Midori', 'Tokai', 'Kansai', 'Hokuto'];
// prettier-ignore
const KR_ROOTS = ['Hanbit', 'Daehan', 'Samil', 'Haneul', 'Saerom', 'Jinil', 'Hanil', 'Dongbang', 'Seorim'];
// prettier-ignore
const AU_ROOTS = ['Southern Cross', 'Outback', 'Coral Coast', 'Murray', 'Red Centre', 'Eucalypt', 'Bondi', 'Kimberley'];
// prettier-ignore
const ZA_ROOTS = ['Protea', 'Table Mountain', 'Karoo', 'Highveld', 'Drakensberg', 'Springbok', 'Cape Point'];
// prettier-ignore
const TR_ROOTS = ['Anadolu', 'Boğaziçi', 'Ege', 'Güneş', 'Yıldız', 'Marmara', 'Karadeniz', 'Toros'];
// prettier-ignore
const PL_ROOTS = ['Wisła', 'Polmar', 'Bałtyk', 'Mazowsze', 'Tatry', 'Odra', 'Śląsk'];
// prettier-ignore
const SV_ROOTS = ['Norrland', 'Skåne', 'Vänern', 'Mälar', 'Kungsholm', 'Öresund'];
// prettier-ignore
const LATAM_ROOTS = ['Andina', 'del Plata', 'Pampa', 'Cordillera', 'Caribe', 'Patagonia', 'Orinoco'];
// prettier-ignore
const THAI_VIET_ROOTS = ['Siam', 'Chao Phraya', 'Lanna', 'Saigon', 'Mekong', 'Sao Mai', 'Hong Ha', 'Andaman'];

const EN: readonly (readonly [LetterLanguage, number])[] = [['en', 1]];
const EN_ROLES = ['accounts', 'ap', 'finance', 'payables'];

/** Countries of synthetic buyers, with their share and local look. */
// prettier-ignore
export const SYNTH_COUNTRIES: readonly SynthCountry[] = [
  { code: 'CN', weight: 14, languages: [['zh-CN', 1]], timeZones: ['Asia/Shanghai'], tld: 'com.cn', currencies: [['USD', 3], ['CNY', 1]], style: ZH_STYLE, people: CHINESE_PEOPLE, roots: [], suffixes: ['有限公司'], roles: ['caiwu', 'finance', 'accounts'] },
  { code: 'US', weight: 14, languages: EN, timeZones: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'], tld: 'com', currencies: [['USD', 1]], style: EN_STYLE, people: ANGLO, roots: EN_ROOTS, suffixes: ['Inc.', 'LLC', 'Corp.', 'Co.'], roles: EN_ROLES },
  { code: 'DE', weight: 7, languages: [['de', 1]], timeZones: ['Europe/Berlin'], tld: 'de', currencies: [['EUR', 9], ['USD', 1]], style: DE_STYLE, people: GERMAN, roots: DE_ROOTS, suffixes: ['GmbH', 'GmbH & Co. KG', 'AG', 'KG'], roles: ['buchhaltung', 'kreditoren', 'rechnungswesen'] },
  { code: 'ES', weight: 5, languages: [['es', 1]], timeZones: ['Europe/Madrid', 'Atlantic/Canary'], tld: 'es', currencies: [['EUR', 9], ['USD', 1]], style: ES_STYLE, people: HISPANIC, roots: ES_ROOTS, suffixes: ['S.L.', 'S.A.', 'S.L.U.'], roles: ['contabilidad', 'administracion', 'pagos'] },
  { code: 'FR', weight: 5, languages: [['fr', 1]], timeZones: ['Europe/Paris'], tld: 'fr', currencies: [['EUR', 9], ['USD', 1]], style: FR_STYLE, people: FRENCH, roots: FR_ROOTS, suffixes: ['SARL', 'SAS', 'SA'], roles: ['comptabilite', 'fournisseurs', 'compta'] },
  { code: 'BR', weight: 4, languages: [['pt', 1]], timeZones: ['America/Sao_Paulo', 'America/Manaus'], tld: 'com.br', currencies: [['USD', 1], ['BRL', 1]], style: PT_STYLE, people: LUSOPHONE, roots: PT_ROOTS, suffixes: ['Ltda.', 'S.A.', 'EIRELI'], roles: ['financeiro', 'contasapagar', 'compras'] },
  { code: 'PT', weight: 2, languages: [['pt', 1]], timeZones: ['Europe/Lisbon'], tld: 'pt', currencies: [['EUR', 9], ['USD', 1]], style: PT_STYLE, people: LUSOPHONE, roots: PT_ROOTS, suffixes: ['Lda.', 'S.A.', 'Unipessoal Lda.'], roles: ['financeiro', 'contabilidade', 'pagamentos'] },
  { code: 'MX', weight: 4, languages: [['es', 1]], timeZones: ['America/Mexico_City', 'America/Monterrey', 'America/Tijuana'], tld: 'com.mx', currencies: [['USD', 1], ['MXN', 1]], style: ES_STYLE, people: HISPANIC, roots: ES_ROOTS, suffixes: ['S.A. de C.V.', 'S. de R.L. de C.V.'], roles: ['cuentasporpagar', 'tesoreria', 'pagos'] },
  { code: 'JP', weight: 3, languages: EN, timeZones: ['Asia/Tokyo'], tld: 'co.jp', currencies: [['JPY', 3], ['USD', 2]], style: { ...EN_STYLE, industries: ['Shoji', 'Seiki', 'Trading', 'Industries', 'Electronics', 'Kogyo', 'Sangyo'] }, people: JAPANESE, roots: JP_ROOTS, suffixes: ['Co., Ltd.', 'K.K.', 'Corporation'], roles: ['keiri', 'accounting', 'finance'] },
  { code: 'GB', weight: 5, languages: EN, timeZones: ['Europe/London'], tld: 'co.uk', currencies: [['GBP', 8], ['USD', 1], ['EUR', 1]], style: EN_STYLE, people: ANGLO, roots: EN_ROOTS, suffixes: ['Ltd', 'Limited', 'plc', 'LLP'], roles: EN_ROLES },
  { code: 'IT', weight: 4, languages: EN, timeZones: ['Europe/Rome'], tld: 'it', currencies: [['EUR', 9], ['USD', 1]], style: IT_STYLE, people: ITALIAN, roots: IT_ROOTS, suffixes: ['S.r.l.', 'S.p.A.', 'S.n.c.'], roles: ['amministrazione', 'contabilita', 'fornitori'] },
  { code: 'NL', weight: 3, languages: EN, timeZones: ['Europe/Amsterdam'], tld: 'nl', currencies: [['EUR', 9], ['USD', 1]], style: NL_STYLE, people: DUTCH, roots: NL_ROOTS, suffixes: ['B.V.', 'N.V.', 'V.O.F.'], roles: ['crediteuren', 'administratie', 'finance'] },
  { code: 'AE', weight: 3, languages: EN, timeZones: ['Asia/Dubai'], tld: 'ae', currencies: [['USD', 1]], style: { ...EN_STYLE, industries: ['General Trading', 'Trading', 'Building Materials', 'Foodstuff Trading', 'Electronics'] }, people: ARABIC, roots: GULF_ROOTS, suffixes: ['LLC', 'FZE', 'FZCO', 'L.L.C.'], roles: EN_ROLES },
  { code: 'KW', weight: 1.5, languages: EN, timeZones: ['Asia/Kuwait'], tld: 'com.kw', currencies: [['KWD', 3], ['USD', 2]], style: { ...EN_STYLE, industries: ['General Trading', 'Trading & Contracting', 'Industrial Supplies', 'Trading'] }, people: ARABIC, roots: GULF_ROOTS, suffixes: ['Co. W.L.L.', 'K.S.C.C.', 'Co.'], roles: EN_ROLES },
  { code: 'IN', weight: 4, languages: EN, timeZones: ['Asia/Kolkata'], tld: 'co.in', currencies: [['USD', 1]], style: { ...EN_STYLE, industries: ['Exports', 'Enterprises', 'Industries', 'Traders', 'Engineering', 'Textiles'] }, people: INDIAN, roots: INDIAN_ROOTS, suffixes: ['Pvt. Ltd.', 'Ltd.', 'LLP'], roles: EN_ROLES },
  { code: 'SG', weight: 2, languages: EN, timeZones: ['Asia/Singapore'], tld: 'com.sg', currencies: [['USD', 1]], style: EN_STYLE, people: SOUTH_EAST_ASIAN, roots: SEA_ROOTS, suffixes: ['Pte. Ltd.', 'Pte Ltd'], roles: EN_ROLES },
  { code: 'AU', weight: 3, languages: EN, timeZones: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Brisbane'], tld: 'com.au', currencies: [['USD', 1]], style: EN_STYLE, people: ANGLO, roots: AU_ROOTS, suffixes: ['Pty Ltd', 'Pty. Limited'], roles: EN_ROLES },
  { code: 'CA', weight: 3, languages: [['en', 4], ['fr', 1]], timeZones: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Halifax'], tld: 'ca', currencies: [['USD', 1]], style: EN_STYLE, people: ANGLO, roots: EN_ROOTS, suffixes: ['Inc.', 'Ltd.', 'Corp.'], roles: EN_ROLES },
  { code: 'KR', weight: 2, languages: EN, timeZones: ['Asia/Seoul'], tld: 'co.kr', currencies: [['USD', 1]], style: { ...EN_STYLE, industries: ['Industrial', 'Trading', 'Electronics', 'Precision', 'Chemical', 'Tech'] }, people: KOREAN, roots: KR_ROOTS, suffixes: ['Co., Ltd.', 'Corp.', 'Inc.'], roles: EN_ROLES },
  { code: 'CH', weight: 2, languages: [['de', 3], ['fr', 1]], timeZones: ['Europe/Zurich'], tld: 'ch', currencies: [['EUR', 3], ['USD', 2]], style: DE_STYLE, people: GERMAN, roots: DE_ROOTS, suffixes: ['AG', 'GmbH', 'SA', 'Sàrl'], roles: ['buchhaltung', 'kreditoren', 'comptabilite'] },
  { code: 'PL', weight: 2, languages: EN, timeZones: ['Europe/Warsaw'], tld: 'pl', currencies: [['EUR', 1], ['USD', 1]], style: PL_STYLE, people: POLISH, roots: PL_ROOTS, suffixes: ['Sp. z o.o.', 'S.A.', 'Sp.k.'], roles: ['ksiegowosc', 'finanse', 'faktury'] },
  { code: 'TR', weight: 2, languages: EN, timeZones: ['Europe/Istanbul'], tld: 'com.tr', currencies: [['EUR', 1], ['USD', 1]], style: TR_STYLE, people: TURKISH, roots: TR_ROOTS, suffixes: ['A.Ş.', 'Ltd. Şti.', 'San. ve Tic. A.Ş.'], roles: ['muhasebe', 'finans', 'accounts'] },
  { code: 'ZA', weight: 1.5, languages: EN, timeZones: ['Africa/Johannesburg'], tld: 'co.za', currencies: [['USD', 1]], style: EN_STYLE, people: SOUTH_AFRICAN, roots: ZA_ROOTS, suffixes: ['(Pty) Ltd', 'Ltd'], roles: EN_ROLES },
  { code: 'SA', weight: 1.5, languages: EN, timeZones: ['Asia/Riyadh'], tld: 'com.sa', currencies: [['USD', 1]], style: { ...EN_STYLE, industries: ['Trading', 'Contracting', 'Industrial Supplies', 'Foodstuff'] }, people: ARABIC, roots: GULF_ROOTS, suffixes: ['Co.', 'Est.', 'LLC'], roles: EN_ROLES },
  { code: 'SE', weight: 1, languages: EN, timeZones: ['Europe/Stockholm'], tld: 'se', currencies: [['EUR', 1], ['USD', 1]], style: SV_STYLE, people: NORDIC, roots: SV_ROOTS, suffixes: ['AB', 'Handelsbolag'], roles: ['ekonomi', 'leverantorsreskontra', 'finance'] },
  { code: 'CL', weight: 1, languages: [['es', 1]], timeZones: ['America/Santiago'], tld: 'cl', currencies: [['USD', 1]], style: ES_STYLE, people: HISPANIC, roots: LATAM_ROOTS, suffixes: ['SpA', 'Ltda.', 'S.A.'], roles: ['contabilidad', 'pagos', 'finanzas'] },
  { code: 'CO', weight: 1, languages: [['es', 1]], timeZones: ['America/Bogota'], tld: 'com.co', currencies: [['USD', 1]], style: ES_STYLE, people: HISPANIC, roots: LATAM_ROOTS, suffixes: ['S.A.S.', 'Ltda.'], roles: ['contabilidad', 'tesoreria', 'pagos'] },
  { code: 'AR', weight: 1, languages: [['es', 1]], timeZones: ['America/Argentina/Buenos_Aires'], tld: 'com.ar', currencies: [['USD', 1]], style: ES_STYLE, people: HISPANIC, roots: LATAM_ROOTS, suffixes: ['S.R.L.', 'S.A.'], roles: ['administracion', 'pagos', 'tesoreria'] },
  { code: 'BE', weight: 1, languages: [['fr', 1], ['en', 1]], timeZones: ['Europe/Brussels'], tld: 'be', currencies: [['EUR', 1]], style: FR_STYLE, people: FRENCH, roots: FR_ROOTS, suffixes: ['SRL', 'SA', 'BV'], roles: ['comptabilite', 'boekhouding', 'finance'] },
  { code: 'AT', weight: 1, languages: [['de', 1]], timeZones: ['Europe/Vienna'], tld: 'at', currencies: [['EUR', 1]], style: DE_STYLE, people: GERMAN, roots: DE_ROOTS, suffixes: ['GmbH', 'AG', 'KG'], roles: ['buchhaltung', 'rechnungswesen'] },
  { code: 'TH', weight: 1, languages: EN, timeZones: ['Asia/Bangkok'], tld: 'co.th', currencies: [['USD', 1]], style: EN_STYLE, people: THAI_VIET, roots: THAI_VIET_ROOTS, suffixes: ['Co., Ltd.', 'Public Co., Ltd.'], roles: EN_ROLES },
  { code: 'VN', weight: 1, languages: EN, timeZones: ['Asia/Ho_Chi_Minh'], tld: 'vn', currencies: [['USD', 1]], style: EN_STYLE, people: THAI_VIET, roots: THAI_VIET_ROOTS, suffixes: ['JSC', 'Co., Ltd.'], roles: EN_ROLES },
  { code: 'NZ', weight: 1, languages: EN, timeZones: ['Pacific/Auckland'], tld: 'co.nz', currencies: [['USD', 1]], style: EN_STYLE, people: ANGLO, roots: AU_ROOTS, suffixes: ['Ltd', 'Limited'], roles: EN_ROLES },
];
