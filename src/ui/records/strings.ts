import type { CustomerFormProblem } from '../../core/customerForm';
import type { InvoiceFormProblem, PaidSoFarProblem } from '../../core/invoiceForm';
import type { InvoiceStatus, Pause } from '../../core/model';
import type { Catalogue } from '../i18n';

/** Every string of the customers-and-invoices section, in one catalogue per UI language. */
export type RecordsStrings = {
  readonly title: string;
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly resultsLabel: string;
  readonly found: (count: number) => string;
  readonly noneFound: string;
  readonly addCustomer: string;
  readonly loading: string;
  readonly errorTitle: string;

  readonly newCustomer: string;
  readonly editCustomer: (name: string) => string;
  readonly name: string;
  readonly id: string;
  readonly idHint: string;
  readonly idTaken: string;
  readonly country: string;
  readonly countryHint: string;
  readonly countryIs: (code: string, name: string) => string;
  readonly language: string;
  readonly timeZone: string;
  readonly timeZoneHint: string;
  readonly contacts: string;
  readonly contactName: (row: number) => string;
  readonly contactEmail: (row: number) => string;
  readonly addContact: string;
  readonly removeContact: (row: number) => string;
  readonly domains: string;
  readonly domainsHint: string;
  readonly paymentTerms: string;
  readonly segment: string;
  readonly segmentHint: string;
  readonly creditHold: string;
  readonly notes: string;
  readonly saveCustomer: string;
  readonly customerSaved: (name: string) => string;
  readonly fixFirst: string;
  readonly customerProblem: (problem: CustomerFormProblem, values: readonly string[]) => string;

  readonly invoicesOf: (name: string) => string;
  readonly noInvoices: string;
  readonly addInvoice: string;
  readonly newInvoice: string;
  readonly editInvoice: (number: string) => string;
  readonly edit: string;
  readonly cancel: string;
  readonly number: string;
  readonly po: string;
  readonly issueDate: string;
  readonly dueDate: string;
  readonly amount: string;
  readonly amountHint: (currency: string, decimals: number) => string;
  readonly currency: string;
  readonly status: string;
  readonly statuses: Readonly<Record<InvoiceStatus, string>>;
  readonly saveInvoice: string;
  readonly invoiceSaved: (number: string) => string;
  readonly numberTaken: (owner: string | undefined) => string;
  readonly invoiceProblem: (problem: InvoiceFormProblem) => string;

  readonly amountLine: (amount: string) => string;
  readonly paidLine: (paid: string) => string;
  readonly dueLine: (due: string, date: string) => string;
  readonly pausedUntil: (date: string) => string;
  readonly pausedOpen: string;
  readonly pauseReasons: Readonly<Record<Pause['reason'], string>>;
  readonly markPaid: string;
  readonly partlyPaid: string;
  readonly paidSoFar: string;
  readonly recordPayment: string;
  readonly paymentRecorded: (number: string) => string;
  readonly paidProblem: (problem: PaidSoFarProblem) => string;
  readonly pauseUntil: string;
  readonly pauseDate: string;
  readonly pause: string;
  readonly pauseSaved: (number: string, date: string) => string;
  readonly liftPause: string;
  readonly pauseLifted: (number: string) => string;
  readonly pauseInPast: string;
};

const EN: RecordsStrings = {
  title: 'Customers and invoices',
  searchLabel: 'Find a customer',
  searchHint: 'Name, id, email address or domain',
  resultsLabel: 'Customers found',
  found: (count) =>
    count === 0 ? 'No customer matches.' : `${count} customer${count === 1 ? '' : 's'} shown.`,
  noneFound: 'No customer matches. Check the spelling, or add a customer.',
  addCustomer: 'Add a customer',
  loading: 'Loading…',
  errorTitle: 'Not saved',

  newCustomer: 'New customer',
  editCustomer: (name) => `Customer: ${name}`,
  name: 'Name',
  id: 'Customer id',
  idHint: 'Leave empty to make one from the name. It cannot change later.',
  idTaken: 'Another customer already has this id. Choose another one.',
  country: 'Country',
  countryHint: 'Two-letter code such as ES or CN, or the country name; empty if unknown.',
  countryIs: (code, name) => `Saved as ${code} (${name}).`,
  language: 'Letter language',
  timeZone: 'Time zone',
  timeZoneHint: 'IANA name, such as Europe/Madrid or Asia/Shanghai.',
  contacts: 'Contacts',
  contactName: (row) => `Contact ${row}: name`,
  contactEmail: (row) => `Contact ${row}: email`,
  addContact: 'Add a contact',
  removeContact: (row) => `Remove contact ${row}`,
  domains: 'Extra email domains',
  domainsHint: 'Besides the contacts’ own domains; separate them with commas.',
  paymentTerms: 'Payment terms (days)',
  segment: 'Segment',
  segmentHint: 'Picks the reminder schedule set for that segment in Settings.',
  creditHold: 'Credit hold',
  notes: 'Notes',
  saveCustomer: 'Save customer',
  customerSaved: (name) => `${name} is saved.`,
  fixFirst: 'Some fields need attention: see the messages under them.',
  customerProblem: (problem, values) => {
    switch (problem) {
      case 'required':
        return 'This is needed.';
      case 'not-a-country':
        return 'Not a country we know. Use a two-letter code such as ES, or leave it empty.';
      case 'not-a-language':
        return 'Choose one of the letter languages.';
      case 'not-a-time-zone':
        return 'Not a time zone we know. Use an IANA name such as Europe/Madrid.';
      case 'not-an-email':
        return 'This is not an email address (like name@company.com).';
      case 'duplicate-email':
        return 'This address is already in the list.';
      case 'not-a-domain':
        return `Not a domain name: ${values.join(', ')}.`;
      case 'not-whole-days':
        return 'Enter a whole number of days, such as 30.';
    }
  },

  invoicesOf: (name) => `Invoices of ${name}`,
  noInvoices: 'No invoices yet.',
  addInvoice: 'Add an invoice',
  newInvoice: 'New invoice',
  editInvoice: (number) => `Edit invoice ${number}`,
  edit: 'Edit',
  cancel: 'Cancel',
  number: 'Invoice number',
  po: 'PO number',
  issueDate: 'Issue date',
  dueDate: 'Due date',
  amount: 'Amount',
  amountHint: (currency, decimals) =>
    decimals === 0
      ? `Whole ${currency} only: it has no decimals.`
      : `Up to ${decimals} decimals for ${currency}.`,
  currency: 'Currency',
  status: 'Status',
  statuses: {
    open: 'Open',
    'partly-paid': 'Partly paid',
    paid: 'Paid',
    disputed: 'Disputed',
    'written-off': 'Written off',
  },
  saveInvoice: 'Save invoice',
  invoiceSaved: (number) => `Invoice ${number} is saved.`,
  numberTaken: (owner) =>
    owner
      ? `Another invoice already has this number (customer ${owner}).`
      : 'Another invoice already has this number.',
  invoiceProblem: (problem) => {
    switch (problem) {
      case 'required':
        return 'This is needed.';
      case 'not-a-date':
        return 'Not a date.';
      case 'due-before-issue':
        return 'The due date is before the issue date.';
      case 'not-a-currency':
        return 'Choose a currency.';
      case 'currency-after-payment':
        return 'Part of this invoice is paid in its currency: the currency cannot change now.';
      case 'not-an-amount':
        return 'Not an amount. Type digits, such as 1250.50.';
      case 'other-currency':
        return 'That currency sign does not match the currency chosen.';
      case 'too-many-decimals':
        return 'Too many decimals for this currency.';
      case 'too-large':
        return 'This amount is too large.';
      case 'negative':
        return 'The amount cannot be negative.';
      case 'zero':
        return 'The amount must be more than zero.';
      case 'below-paid':
        return 'The amount is less than what has already been paid.';
      case 'not-a-status':
        return 'Choose a status.';
      case 'needs-part-payment':
        return 'Record the part payment with “Partly paid” instead.';
    }
  },

  amountLine: (amount) => `Amount ${amount}`,
  paidLine: (paid) => `Paid ${paid}`,
  dueLine: (due, date) => `Due ${due} on ${date}`,
  pausedUntil: (date) => `Chasing paused until ${date}`,
  pausedOpen: 'Chasing paused until lifted',
  pauseReasons: {
    dispute: 'dispute',
    promise: 'promise to pay',
    'payment-sent': 'payment sent',
    'out-of-office': 'out of office',
    manual: 'paused by hand',
  },
  markPaid: 'Mark paid',
  partlyPaid: 'Partly paid',
  paidSoFar: 'Total paid so far',
  recordPayment: 'Record payment',
  paymentRecorded: (number) => `Payment on ${number} recorded.`,
  paidProblem: (problem) =>
    problem === 'above-amount'
      ? 'That is more than the invoice amount.'
      : problem === 'required'
        ? 'Type the total paid so far.'
        : EN.invoiceProblem(problem),
  pauseUntil: 'Pause until a date',
  pauseDate: 'Pause chasing until',
  pause: 'Pause',
  pauseSaved: (number, date) => `Chasing ${number} is paused until ${date}.`,
  liftPause: 'Lift the pause',
  pauseLifted: (number) => `Chasing ${number} resumes.`,
  pauseInPast: 'Choose today or a later date.',
};

const ZH_CN: RecordsStrings = {
  title: '客户与发票',
  searchLabel: '查找客户',
  searchHint: '名称、编号、邮箱地址或域名',
  resultsLabel: '找到的客户',
  found: (count) => (count === 0 ? '没有匹配的客户。' : `显示 ${count} 个客户。`),
  noneFound: '没有匹配的客户。请检查拼写，或新增客户。',
  addCustomer: '新增客户',
  loading: '正在加载…',
  errorTitle: '未保存',

  newCustomer: '新客户',
  editCustomer: (name) => `客户：${name}`,
  name: '名称',
  id: '客户编号',
  idHint: '留空则根据名称自动生成。保存后不能再改。',
  idTaken: '已有其他客户使用此编号，请换一个。',
  country: '国家/地区',
  countryHint: '两位字母代码（如 ES、CN）或国家名称；不清楚可留空。',
  countryIs: (code, name) => `将保存为 ${code}（${name}）。`,
  language: '信函语言',
  timeZone: '时区',
  timeZoneHint: 'IANA 时区名称，如 Asia/Shanghai 或 Europe/Madrid。',
  contacts: '联系人',
  contactName: (row) => `联系人 ${row}：姓名`,
  contactEmail: (row) => `联系人 ${row}：邮箱`,
  addContact: '添加联系人',
  removeContact: (row) => `删除联系人 ${row}`,
  domains: '其他邮箱域名',
  domainsHint: '联系人邮箱以外的域名，用逗号分隔。',
  paymentTerms: '付款期限（天）',
  segment: '客户分组',
  segmentHint: '决定使用“设置”中为该分组设定的催款节奏。',
  creditHold: '暂停赊销',
  notes: '备注',
  saveCustomer: '保存客户',
  customerSaved: (name) => `已保存 ${name}。`,
  fixFirst: '有些字段需要修改，请查看字段下方的提示。',
  customerProblem: (problem, values) => {
    switch (problem) {
      case 'required':
        return '此项必填。';
      case 'not-a-country':
        return '无法识别该国家/地区。请使用两位字母代码（如 ES），或留空。';
      case 'not-a-language':
        return '请选择一种信函语言。';
      case 'not-a-time-zone':
        return '无法识别该时区。请使用 IANA 名称，如 Asia/Shanghai。';
      case 'not-an-email':
        return '这不是有效的邮箱地址（例如 name@company.com）。';
      case 'duplicate-email':
        return '列表中已有这个地址。';
      case 'not-a-domain':
        return `不是有效的域名：${values.join('、')}。`;
      case 'not-whole-days':
        return '请输入整数天数，如 30。';
    }
  },

  invoicesOf: (name) => `${name} 的发票`,
  noInvoices: '还没有发票。',
  addInvoice: '新增发票',
  newInvoice: '新发票',
  editInvoice: (number) => `编辑发票 ${number}`,
  edit: '编辑',
  cancel: '取消',
  number: '发票号',
  po: '采购订单号',
  issueDate: '开票日期',
  dueDate: '到期日',
  amount: '金额',
  amountHint: (currency, decimals) =>
    decimals === 0
      ? `${currency} 没有小数位，只能填整数。`
      : `${currency} 最多 ${decimals} 位小数。`,
  currency: '币种',
  status: '状态',
  statuses: {
    open: '未付',
    'partly-paid': '部分已付',
    paid: '已付清',
    disputed: '有争议',
    'written-off': '已核销',
  },
  saveInvoice: '保存发票',
  invoiceSaved: (number) => `发票 ${number} 已保存。`,
  numberTaken: (owner) =>
    owner ? `已有其他发票使用此发票号（客户：${owner}）。` : '已有其他发票使用此发票号。',
  invoiceProblem: (problem) => {
    switch (problem) {
      case 'required':
        return '此项必填。';
      case 'not-a-date':
        return '日期无效。';
      case 'due-before-issue':
        return '到期日早于开票日期。';
      case 'not-a-currency':
        return '请选择币种。';
      case 'currency-after-payment':
        return '这张发票已按原币种部分付款，不能再更改币种。';
      case 'not-an-amount':
        return '金额无效，请输入数字，如 1250.50。';
      case 'other-currency':
        return '货币符号与所选币种不一致。';
      case 'too-many-decimals':
        return '小数位数超过该币种允许的位数。';
      case 'too-large':
        return '金额过大。';
      case 'negative':
        return '金额不能为负数。';
      case 'zero':
        return '金额必须大于零。';
      case 'below-paid':
        return '金额少于已付款金额。';
      case 'not-a-status':
        return '请选择状态。';
      case 'needs-part-payment':
        return '请改用“部分付款”记录已付金额。';
    }
  },

  amountLine: (amount) => `金额 ${amount}`,
  paidLine: (paid) => `已付 ${paid}`,
  dueLine: (due, date) => `应付 ${due}，到期日 ${date}`,
  pausedUntil: (date) => `催款暂停至 ${date}`,
  pausedOpen: '催款已暂停，直至手动恢复',
  pauseReasons: {
    dispute: '有争议',
    promise: '客户承诺付款',
    'payment-sent': '客户称已付款',
    'out-of-office': '对方休假',
    manual: '手动暂停',
  },
  markPaid: '标记为已付清',
  partlyPaid: '部分付款',
  paidSoFar: '累计已付金额',
  recordPayment: '记录付款',
  paymentRecorded: (number) => `已记录 ${number} 的付款。`,
  paidProblem: (problem) =>
    problem === 'above-amount'
      ? '超过了发票金额。'
      : problem === 'required'
        ? '请输入累计已付金额。'
        : ZH_CN.invoiceProblem(problem),
  pauseUntil: '暂停至某日',
  pauseDate: '暂停催款至',
  pause: '暂停',
  pauseSaved: (number, date) => `${number} 的催款已暂停至 ${date}。`,
  liftPause: '恢复催款',
  pauseLifted: (number) => `${number} 已恢复催款。`,
  pauseInPast: '请选择今天或之后的日期。',
};

export const RECORDS_STRINGS: Catalogue<RecordsStrings> = { en: EN, 'zh-CN': ZH_CN };
