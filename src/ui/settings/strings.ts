import type { Charges, DayCount, LetterLanguage, StagePolicy } from '../../core/model';
import type { Catalogue } from '../i18n';

/** The sections of the settings view, in the order they are shown. */
export const SETTINGS_SECTIONS = [
  'company',
  'accounts',
  'interest',
  'policy',
  'freeMail',
  'rates',
  'languages',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export type Statutory = 'none' | 'eu' | 'uk';

/**
 * Why a field cannot be saved, one message per reason. The IBAN and SWIFT/BIC reasons are those of
 * the engine's validators (core/iban.ts, core/bic.ts, core/paymentAccount.ts); the English ones say
 * exactly what the engine says.
 */
export type ProblemStrings = {
  readonly required: string;
  readonly companyName: string;
  readonly timeZone: string;
  readonly deadlineTime: string;
  readonly currency: (code: string) => string;
  readonly holder: string;
  readonly bank: string;
  readonly ibanMissing: string;
  readonly accountNumberMissing: string;
  readonly accountNumberCharacters: string;
  readonly accountNumberLength: (max: number) => string;
  readonly iban: {
    readonly empty: string;
    readonly characters: string;
    readonly countryShape: string;
    readonly countryUnknown: (country: string) => string;
    readonly checkRange: string;
    readonly length: (country: string, expected: number, actual: number) => string;
    readonly checksum: string;
  };
  readonly swiftMissing: string;
  readonly bic: {
    readonly characters: string;
    readonly length: (actual: number) => string;
    readonly bankLetters: string;
    readonly country: (country: string) => string;
  };
  readonly charges: string;
  readonly rate: string;
  readonly graceDays: string;
  readonly referenceRate: (basis: 'eu' | 'uk') => string;
  readonly referenceRateBelowZero: string;
  readonly days: string;
  readonly ladder: (previous: string, days: number) => string;
  readonly domain: (line: number, text: string) => string;
  readonly rateLine: (line: number, text: string) => string;
  readonly languages: string;
  readonly outlookCategory: Readonly<Record<'too-long' | 'control', string>>;
};

/** Every string of the Settings view. */
export type SettingsStrings = {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly sectionsLabel: string;
  readonly sections: Readonly<Record<SettingsSection, string>>;
  readonly toFix: (count: number) => string;

  readonly companyName: string;
  readonly signature: string;
  readonly signatureHint: string;
  readonly timeZone: string;
  readonly timeZoneHint: string;
  readonly deadlineTime: string;
  readonly deadlineTimeHint: string;
  readonly outlookCategory: string;
  readonly outlookCategoryHint: string;
  /** Added to the hint when the mail client says it cannot add categories. */
  readonly outlookCategoryUnsupported: string;

  readonly accountsIntro: string;
  readonly noAccounts: string;
  readonly accountLegend: (position: number, currency: string) => string;
  readonly currency: string;
  readonly chooseCurrency: string;
  readonly holder: string;
  readonly bank: string;
  readonly bankAddress: string;
  readonly identifiedBy: string;
  readonly byIban: string;
  readonly byAccountNumber: string;
  readonly iban: string;
  readonly ibanHint: string;
  readonly ibanValid: string;
  readonly accountNumber: string;
  readonly swift: string;
  readonly swiftHint: string;
  readonly intermediary: string;
  readonly intermediaryHint: string;
  readonly charges: string;
  readonly chargeOptions: Readonly<Record<Charges, string>>;
  readonly addAccount: string;
  readonly removeAccount: (position: number, currency: string) => string;
  readonly accountAdded: (position: number) => string;
  readonly accountRemoved: (position: number, currency: string) => string;

  readonly interestOn: string;
  readonly interestOffHint: string;
  readonly rate: string;
  readonly per: string;
  readonly perOptions: Readonly<Record<'month' | 'year', string>>;
  readonly dayCount: string;
  readonly dayCounts: Readonly<Record<DayCount, string>>;
  readonly graceDays: string;
  readonly statutory: string;
  readonly statutoryOptions: Readonly<Record<Statutory, string>>;
  readonly referenceRate: string;
  readonly referenceRateHint: Readonly<Record<'eu' | 'uk', string>>;

  readonly policyIntro: string;
  readonly defaultPolicy: string;
  readonly segmentPolicy: (segment: string) => string;
  readonly segmentsIntro: string;
  readonly policyFields: Readonly<Record<keyof StagePolicy, string>>;
  readonly daysUnit: string;

  readonly freeMail: string;
  readonly freeMailHint: string;
  readonly rates: string;
  readonly ratesHint: string;

  readonly languages: string;
  readonly languagesHint: string;
  readonly languageNames: Readonly<Record<LetterLanguage, string>>;

  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly unsaved: string;
  readonly saveFailed: string;
  readonly refused: (count: number) => string;
  readonly problemAt: (where: string, field: string) => string;
  /** Between a field's name and its problem. */
  readonly labelSeparator: string;
  readonly problems: ProblemStrings;
};

const EN_PROBLEMS: ProblemStrings = {
  required: 'This field is required.',
  companyName: 'Enter your company name: it signs every letter.',
  timeZone: 'Enter a time zone by its IANA name, such as Europe/Madrid or Asia/Shanghai.',
  deadlineTime: 'Enter a time of day, such as 17:00.',
  currency: (code) =>
    code === ''
      ? 'Choose the currency of this account.'
      : `"${code}" is not an ISO 4217 currency code, such as EUR or USD.`,
  holder: "The account holder's name is missing.",
  bank: "The bank's name is missing.",
  ibanMissing: 'Enter the IBAN, or choose "Account number" where there is none.',
  accountNumberMissing: 'Enter the account number.',
  accountNumberCharacters:
    'An account number has digits, and may have letters, spaces, dots, hyphens or slashes.',
  accountNumberLength: (max) => `An account number has at most ${max} letters and digits.`,
  iban: {
    empty: 'The IBAN is empty.',
    characters: 'An IBAN has only letters and digits (and spaces between groups).',
    countryShape: 'An IBAN starts with a two-letter country code, such as DE or GB.',
    countryUnknown: (country) => `"${country}" is not a country that uses IBANs.`,
    checkRange: 'The third and fourth characters of an IBAN are check digits from 02 to 98.',
    length: (country, expected, actual) =>
      `A ${country} IBAN has ${expected} characters; this one has ${actual}.`,
    checksum: 'The IBAN check digits do not match: a character is mistyped or two are swapped.',
  },
  swiftMissing: 'The SWIFT/BIC code is missing.',
  bic: {
    characters: 'A SWIFT/BIC code has only letters and digits.',
    length: (actual) => `A SWIFT/BIC code has 8 or 11 characters; this one has ${actual}.`,
    bankLetters: 'A SWIFT/BIC code starts with four letters for the bank.',
    country: (country) =>
      `Characters 5 and 6 of a SWIFT/BIC code are the bank's country; "${country}" is not a country code.`,
  },
  charges: 'Say who bears the bank charges: OUR (you), SHA (shared) or BEN (the buyer).',
  rate: 'The interest rate must be a number of 0 or more, such as 1.5.',
  graceDays: 'The grace period must be a whole number of days, 0 or more.',
  referenceRate: (basis) =>
    `Statutory interest needs ${basis === 'eu' ? 'the ECB reference rate' : 'the Bank of England base rate'}, in percent.`,
  referenceRateBelowZero: 'The reference rate plus 8 points is below zero.',
  days: 'Enter a whole number of days, 0 or more.',
  ladder: (previous, days) => `Must not be less than "${previous}" (${days} days).`,
  domain: (line, text) => `Line ${line}: "${text}" is not a domain name, such as gmail.com.`,
  rateLine: (line, text) =>
    `Line ${line}: "${text}" is not a currency code and a number above zero, such as USD 0.92.`,
  languages: 'Offer at least one letter language.',
  outlookCategory: {
    'too-long': 'An Outlook category name has at most 255 characters.',
    control: 'An Outlook category name is one line, without tabs.',
  },
};

const ZH_PROBLEMS: ProblemStrings = {
  required: '此项为必填项。',
  companyName: '请填写公司名称：每封信都以它署名。',
  timeZone: '请填写 IANA 时区名称，例如 Asia/Shanghai 或 Europe/Madrid。',
  deadlineTime: '请填写一天中的时间，例如 17:00。',
  currency: (code) =>
    code === '' ? '请选择此账户的币种。' : `“${code}”不是 ISO 4217 币种代码（例如 EUR、USD）。`,
  holder: '请填写账户持有人名称。',
  bank: '请填写开户银行名称。',
  ibanMissing: '请填写 IBAN；如果没有 IBAN，请改选“银行账号”。',
  accountNumberMissing: '请填写银行账号。',
  accountNumberCharacters: '银行账号须包含数字，也可以包含字母、空格、句点、连字符或斜杠。',
  accountNumberLength: (max) => `银行账号最多 ${max} 个字母和数字。`,
  iban: {
    empty: '请填写 IBAN。',
    characters: 'IBAN 只能包含字母和数字（分组之间可以有空格）。',
    countryShape: 'IBAN 以两个字母的国家代码开头，例如 DE 或 GB。',
    countryUnknown: (country) => `“${country}”不是使用 IBAN 的国家或地区。`,
    checkRange: 'IBAN 的第 3、4 位是校验码，取值为 02 到 98。',
    length: (country, expected, actual) =>
      `${country} 的 IBAN 应为 ${expected} 位，当前为 ${actual} 位。`,
    checksum: 'IBAN 校验码不符：可能有字符输错，或有两个字符顺序颠倒。',
  },
  swiftMissing: '请填写 SWIFT/BIC 代码。',
  bic: {
    characters: 'SWIFT/BIC 代码只能包含字母和数字。',
    length: (actual) => `SWIFT/BIC 代码应为 8 位或 11 位，当前为 ${actual} 位。`,
    bankLetters: 'SWIFT/BIC 代码的前 4 位是代表银行的字母。',
    country: (country) =>
      `SWIFT/BIC 代码的第 5、6 位是银行所在国家或地区的代码，“${country}”不是有效的国家代码。`,
  },
  charges: '请选择银行费用由谁承担：OUR（我方）、SHA（双方分担）或 BEN（买方）。',
  rate: '利率须为 0 或以上的数字，例如 1.5。',
  graceDays: '宽限期须为 0 或以上的整数天数。',
  referenceRate: (basis) =>
    `法定利息需要填写${basis === 'eu' ? '欧洲央行参考利率' : '英格兰银行基准利率'}（百分比）。`,
  referenceRateBelowZero: '参考利率加 8 个百分点后低于零。',
  days: '请填写 0 或以上的整数天数。',
  ladder: (previous, days) => `不能少于“${previous}”（${days} 天）。`,
  domain: (line, text) => `第 ${line} 行：“${text}”不是域名（例如 gmail.com）。`,
  rateLine: (line, text) => `第 ${line} 行：“${text}”不是“币种代码 大于零的数字”（例如 USD 7.1）。`,
  languages: '请至少提供一种信函语言。',
  outlookCategory: {
    'too-long': 'Outlook 类别名称最多 255 个字符。',
    control: 'Outlook 类别名称只能是一行，不能含制表符。',
  },
};

const EN: SettingsStrings = {
  title: 'Settings',
  intro:
    'Your company, bank accounts and how Duly chases. Kept on this computer with the ledger, and in every backup.',
  loading: 'Loading the settings…',
  loadFailed: 'The settings could not be read.',
  retry: 'Try again',
  sectionsLabel: 'Settings sections',
  sections: {
    company: 'Company and signature',
    accounts: 'Bank accounts',
    interest: 'Late interest',
    policy: 'Reminder stages',
    freeMail: 'Free-mail domains',
    rates: 'Exchange rates for ranking',
    languages: 'Letter languages',
  },
  toFix: (count) => (count === 1 ? '1 to fix' : `${count} to fix`),

  companyName: 'Company name',
  signature: 'Signature',
  signatureHint: 'Closes every letter. Write it on several lines if you like.',
  timeZone: 'Your time zone',
  timeZoneHint: 'Due dates and deadlines are counted in this zone (IANA name, e.g. Europe/Madrid).',
  deadlineTime: 'Deadlines fall at',
  deadlineTimeHint: 'The time of day, in your zone, of every deadline stated to a buyer.',
  outlookCategory: 'Outlook category for chased messages',
  outlookCategoryHint:
    'Duly adds it to each message it chases: the reminder you write, or the customer’s message you reply to. Create the category in Outlook first (Categorize > All categories). Leave empty to tag nothing.',
  outlookCategoryUnsupported:
    'This version of Outlook cannot add categories (it needs Mailbox 1.8): nothing is tagged here.',

  accountsIntro:
    'Payment instructions quote the first valid account in the invoice currency. A currency with no account gets no payment instructions.',
  noAccounts: 'No bank accounts yet.',
  accountLegend: (position, currency) => `Account ${position} · ${currency || 'no currency'}`,
  currency: 'Currency',
  chooseCurrency: 'Choose a currency',
  holder: 'Account holder',
  bank: 'Bank',
  bankAddress: 'Bank address',
  identifiedBy: 'Identified by',
  byIban: 'IBAN',
  byAccountNumber: 'Account number (no IBAN)',
  iban: 'IBAN',
  ibanHint: 'Checked as you type. Spaces are fine.',
  ibanValid: 'Valid IBAN.',
  accountNumber: 'Account number',
  swift: 'SWIFT/BIC',
  swiftHint: '8 or 11 letters and digits, such as DEUTDEFF or DEUTDEFF500.',
  intermediary: 'Intermediary bank',
  intermediaryHint: 'Only if payments go through a correspondent bank: its name and SWIFT/BIC.',
  charges: 'Bank charges',
  chargeOptions: {
    OUR: 'OUR: you pay all charges',
    SHA: 'SHA: charges are shared',
    BEN: 'BEN: the buyer pays all charges',
  },
  addAccount: 'Add a bank account',
  removeAccount: (position, currency) =>
    `Remove account ${position}${currency ? ` (${currency})` : ''}`,
  accountAdded: (position) => `Account ${position} added.`,
  accountRemoved: (position, currency) =>
    `Account ${position}${currency ? ` (${currency})` : ''} removed.`,

  interestOn: 'State late interest in letters',
  interestOffHint: 'Off: letters never mention interest.',
  rate: 'Interest rate (%)',
  per: 'The rate is',
  perOptions: { month: 'per month', year: 'per year' },
  dayCount: 'Day count',
  dayCounts: {
    'actual/365': 'Actual/365: days elapsed, 365-day year',
    'actual/360': 'Actual/360: days elapsed, 360-day year',
    '30/360': '30/360: 30-day months, 360-day year',
  },
  graceDays: 'Grace days after the due date',
  statutory: 'Statutory compensation',
  statutoryOptions: {
    none: 'None: the contractual rate only',
    eu: 'EU late-payment directive (reference rate + 8 points, EUR 40)',
    uk: 'UK late-payment law (base rate + 8%, GBP 40/70/100)',
  },
  referenceRate: 'Reference rate (%)',
  referenceRateHint: {
    eu: 'The ECB main refinancing rate; 8 points are added to it.',
    uk: 'The Bank of England base rate; 8 points are added to it.',
  },

  policyIntro:
    'Days counted from the due date. An unanswered reminder moves a customer one stage up after the minimum interval.',
  defaultPolicy: 'All customers',
  segmentPolicy: (segment) => `Segment "${segment}"`,
  segmentsIntro: 'Customers of these segments follow their own thresholds.',
  policyFields: {
    upcomingDays: 'Upcoming: days before the due date',
    followUpDays: 'Follow-up: days after the due date',
    escalationDays: 'Escalation: days after the due date',
    stakesDays: 'Stakes: days after the due date',
    finalDays: 'Final notice: days after the due date',
    minIntervalDays: 'Minimum days between two reminders',
    silenceDays: 'Days without a reply before a customer counts as silent',
  },
  daysUnit: 'days',

  freeMail: 'Free-mail domains, one per line',
  freeMailHint:
    'Addresses at these domains match a customer only exactly, never by domain (gmail.com, qq.com…).',

  rates: 'Exchange rates, one currency per line',
  ratesHint:
    'How much one unit of each currency is worth in a currency of your choice (EUR 1, USD 0.92, JPY 0.0061), so the silent list ranks money at risk across currencies. Used for ranking only, never in letters.',

  languages: 'Languages letters can be written in',
  languagesHint: 'The thread view offers these languages for drafts.',
  languageNames: {
    en: 'English',
    'zh-CN': 'Chinese (Simplified)',
    es: 'Spanish',
    fr: 'French',
    de: 'German',
    pt: 'Portuguese',
  },

  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  unsaved: 'Unsaved changes',
  saveFailed: 'The settings were not saved.',
  refused: (count) =>
    count === 1 ? 'Not saved: 1 field needs fixing.' : `Not saved: ${count} fields need fixing.`,
  problemAt: (where, field) => `${where}, ${field}`,
  labelSeparator: ': ',
  problems: EN_PROBLEMS,
};

const ZH_CN: SettingsStrings = {
  title: '设置',
  intro: '公司信息、收款账户以及催款方式。设置与台账一起保存在本机，并包含在每一份备份中。',
  loading: '正在读取设置…',
  loadFailed: '无法读取设置。',
  retry: '重试',
  sectionsLabel: '设置分区',
  sections: {
    company: '公司与签名',
    accounts: '收款账户',
    interest: '逾期利息',
    policy: '催款阶段',
    freeMail: '免费邮箱域名',
    rates: '排序用汇率',
    languages: '信函语言',
  },
  toFix: (count) => `${count} 项待修正`,

  companyName: '公司名称',
  signature: '签名',
  signatureHint: '附在每封信的末尾，可以写成多行。',
  timeZone: '您所在的时区',
  timeZoneHint: '到期日和截止时间都按此时区计算（IANA 名称，例如 Asia/Shanghai）。',
  deadlineTime: '截止时间',
  deadlineTimeHint: '告知买方的每个截止日期所对应的时刻（按您的时区）。',
  outlookCategory: '已催款邮件的 Outlook 类别',
  outlookCategoryHint:
    'Duly 会给每封催款邮件加上此类别：您写的催款函，或您回复的客户邮件。请先在 Outlook 中创建该类别（分类 > 所有类别）。留空则不加类别。',
  outlookCategoryUnsupported:
    '此版本的 Outlook 不能添加类别（需要 Mailbox 1.8）：这里不会加任何类别。',

  accountsIntro:
    '付款说明会引用与发票币种相同的第一个有效账户。没有对应账户的币种不会生成付款说明。',
  noAccounts: '尚未添加收款账户。',
  accountLegend: (position, currency) => `账户 ${position} · ${currency || '未选币种'}`,
  currency: '币种',
  chooseCurrency: '请选择币种',
  holder: '账户持有人',
  bank: '开户银行',
  bankAddress: '银行地址',
  identifiedBy: '账户标识',
  byIban: 'IBAN',
  byAccountNumber: '银行账号（无 IBAN）',
  iban: 'IBAN',
  ibanHint: '输入时即时校验，可以带空格。',
  ibanValid: 'IBAN 有效。',
  accountNumber: '银行账号',
  swift: 'SWIFT/BIC',
  swiftHint: '8 位或 11 位字母和数字，例如 BKCHCNBJ 或 BKCHCNBJ300。',
  intermediary: '中转银行',
  intermediaryHint: '仅在款项经代理行中转时填写：银行名称及其 SWIFT/BIC。',
  charges: '银行费用',
  chargeOptions: {
    OUR: 'OUR：全部费用由我方承担',
    SHA: 'SHA：费用由双方分担',
    BEN: 'BEN：全部费用由买方承担',
  },
  addAccount: '添加收款账户',
  removeAccount: (position, currency) => `删除账户 ${position}${currency ? `（${currency}）` : ''}`,
  accountAdded: (position) => `已添加账户 ${position}。`,
  accountRemoved: (position, currency) =>
    `已删除账户 ${position}${currency ? `（${currency}）` : ''}。`,

  interestOn: '在信函中说明逾期利息',
  interestOffHint: '关闭后，信函中不会提及利息。',
  rate: '利率（%）',
  per: '计息周期',
  perOptions: { month: '按月', year: '按年' },
  dayCount: '计息天数规则',
  dayCounts: {
    'actual/365': '实际/365：按实际天数，一年 365 天',
    'actual/360': '实际/360：按实际天数，一年 360 天',
    '30/360': '30/360：每月 30 天，一年 360 天',
  },
  graceDays: '到期后的宽限天数',
  statutory: '法定补偿',
  statutoryOptions: {
    none: '无：仅按合同利率',
    eu: '欧盟逾期付款指令（参考利率加 8 个百分点，另加 40 欧元）',
    uk: '英国逾期付款法（基准利率加 8%，另加 40/70/100 英镑）',
  },
  referenceRate: '参考利率（%）',
  referenceRateHint: {
    eu: '欧洲央行主要再融资利率，在此基础上加 8 个百分点。',
    uk: '英格兰银行基准利率，在此基础上加 8 个百分点。',
  },

  policyIntro: '天数从到期日起算。催款信未获回复时，经过最短间隔后客户会升一个阶段。',
  defaultPolicy: '所有客户',
  segmentPolicy: (segment) => `客户分组“${segment}”`,
  segmentsIntro: '以下分组的客户使用各自的阶段天数。',
  policyFields: {
    upcomingDays: '即将到期：到期前天数',
    followUpDays: '跟进：逾期天数',
    escalationDays: '升级：逾期天数',
    stakesDays: '严重后果：逾期天数',
    finalDays: '最后通知：逾期天数',
    minIntervalDays: '两次催款之间的最少天数',
    silenceDays: '未回复多少天后视为失联',
  },
  daysUnit: '天',

  freeMail: '免费邮箱域名（每行一个）',
  freeMailHint: '使用这些域名的地址只按完整地址匹配客户，不按域名匹配（例如 gmail.com、qq.com）。',

  rates: '汇率（每行一个币种）',
  ratesHint:
    '每种币种一个单位折合您所选基准币种的金额（如 CNY 1、USD 7.1、EUR 7.7），用于在未回复列表中跨币种比较风险金额。仅用于排序，不会写入信函。',

  languages: '可用于撰写信函的语言',
  languagesHint: '撰写草稿时可从这些语言中选择。',
  languageNames: {
    en: '英语',
    'zh-CN': '简体中文',
    es: '西班牙语',
    fr: '法语',
    de: '德语',
    pt: '葡萄牙语',
  },

  save: '保存',
  saving: '正在保存…',
  saved: '已保存。',
  unsaved: '有未保存的更改',
  saveFailed: '设置未能保存。',
  refused: (count) => `未保存：有 ${count} 项需要修正。`,
  problemAt: (where, field) => `${where}，${field}`,
  labelSeparator: '：',
  problems: ZH_PROBLEMS,
};

/** The Settings view's catalogue, in every UI language. */
export const SETTINGS_STRINGS: Catalogue<SettingsStrings> = { en: EN, 'zh-CN': ZH_CN };
