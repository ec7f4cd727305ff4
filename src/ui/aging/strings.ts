import type { AgingBucket } from '../../core/agingBuckets';
import type { Catalogue } from '../i18n';

/** Every string the aging chart and its section show. */
export type AgingStrings = {
  readonly title: string;
  readonly asOf: (date: string) => string;
  readonly loading: string;
  readonly failed: string;
  readonly retry: string;
  readonly empty: string;
  readonly currency: string;
  readonly allCurrencies: string;
  /** Short bucket names beside the bars. */
  readonly bucketShort: Readonly<Record<AgingBucket, string>>;
  /** Full bucket names in the table and the chart's summary. */
  readonly bucketLong: Readonly<Record<AgingBucket, string>>;
  /** The chart's caption: the currency's unpaid total. */
  readonly caption: (total: string) => string;
  readonly chartSummary: (currency: string, total: string, atRisk: string) => string;
  readonly atRisk: (amount: string) => string;
  readonly atRiskTotal: string;
  readonly showTable: string;
  readonly tableCaption: (currency: string) => string;
  readonly age: string;
  readonly amount: string;
  readonly share: string;
  readonly total: string;
  readonly over90: string;
  readonly nothingUnpaid: string;
};

const EN: AgingStrings = {
  title: 'Aging',
  asOf: (date) => `Unpaid invoices by days overdue, as of ${date}.`,
  loading: 'Adding up unpaid invoices…',
  failed: 'The aging could not be read from the ledger.',
  retry: 'Try again',
  empty: 'Nothing is owed: there are no unpaid invoices in the ledger.',
  currency: 'Currency',
  allCurrencies: 'All currencies',
  bucketShort: {
    current: 'Not due',
    '1-30': '1–30',
    '31-60': '31–60',
    '61-90': '61–90',
    '91-120': '91–120',
    '120+': '120+',
  },
  bucketLong: {
    current: 'Not yet due',
    '1-30': '1 to 30 days overdue',
    '31-60': '31 to 60 days overdue',
    '61-90': '61 to 90 days overdue',
    '91-120': '91 to 120 days overdue',
    '120+': 'More than 120 days overdue',
  },
  caption: (total) => `${total} unpaid`,
  chartSummary: (currency, total, atRisk) =>
    `Aging in ${currency}: ${total} unpaid, of which ${atRisk} is more than 90 days overdue.`,
  atRisk: (amount) => `At risk, over 90 days overdue: ${amount}`,
  atRiskTotal: 'Money at risk (over 90 days overdue)',
  showTable: 'Show the figures as a table',
  tableCaption: (currency) => `Unpaid ${currency} by days overdue`,
  age: 'Age',
  amount: 'Amount',
  share: 'Share',
  total: 'Total unpaid',
  over90: 'Over 90 days overdue',
  nothingUnpaid: 'Nothing unpaid.',
};

const ZH_CN: AgingStrings = {
  title: '账龄',
  asOf: (date) => `截至 ${date}，未付发票按逾期天数分布。`,
  loading: '正在汇总未付发票…',
  failed: '无法从账本读取账龄。',
  retry: '重试',
  empty: '没有欠款：账本中没有未付发票。',
  currency: '币种',
  allCurrencies: '全部币种',
  bucketShort: {
    current: '未到期',
    '1-30': '1–30天',
    '31-60': '31–60天',
    '61-90': '61–90天',
    '91-120': '91–120天',
    '120+': '120天以上',
  },
  bucketLong: {
    current: '尚未到期',
    '1-30': '逾期 1 至 30 天',
    '31-60': '逾期 31 至 60 天',
    '61-90': '逾期 61 至 90 天',
    '91-120': '逾期 91 至 120 天',
    '120+': '逾期超过 120 天',
  },
  caption: (total) => `未付 ${total}`,
  chartSummary: (currency, total, atRisk) =>
    `${currency} 账龄：未付共 ${total}，其中逾期超过 90 天的有 ${atRisk}。`,
  atRisk: (amount) => `风险金额（逾期超过 90 天）：${amount}`,
  atRiskTotal: '风险金额（逾期超过 90 天）',
  showTable: '以表格显示数据',
  tableCaption: (currency) => `${currency} 未付金额（按逾期天数）`,
  age: '账龄',
  amount: '金额',
  share: '占比',
  total: '未付合计',
  over90: '逾期超过 90 天',
  nothingUnpaid: '没有未付款项。',
};

/** The aging strings per UI language. */
export const AGING_STRINGS: Catalogue<AgingStrings> = { en: EN, 'zh-CN': ZH_CN };
