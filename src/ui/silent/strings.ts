import type { Channel, Stage } from '../../core/model';
import type { Catalogue } from '../i18n';

/** Every string the Silent view shows. */
export type SilentStrings = {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly empty: string;
  readonly emptyFiltered: string;
  readonly shown: (shown: number, total: number) => string;
  readonly rankHint: string;
  readonly rankHintConverted: string;
  readonly filters: string;
  readonly currency: string;
  readonly allCurrencies: string;
  readonly stage: string;
  readonly allStages: string;
  readonly listLabel: string;
  readonly daysSilent: (days: number) => string;
  readonly atRisk: string;
  readonly lastReminder: string;
  readonly reminderOn: (date: string, channel: string) => string;
  readonly channels: Readonly<Record<Channel, string>>;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly nextStep: string;
  readonly stepWhen: (step: string, when: string) => string;
  /** What the letter of each stage does, in a few words. */
  readonly steps: Readonly<Record<Stage, string>>;
  readonly stepToday: string;
  readonly stepFrom: (date: string) => string;
  readonly prepare: string;
  readonly prepareFor: (name: string) => string;
  readonly working: string;
  readonly inserted: (name: string) => string;
  readonly opened: (name: string) => string;
  /** The chase category is missing from the user's master list in Outlook (compose mode). */
  readonly unknownCategory: (name: string) => string;
  readonly categoryFailed: (name: string, reason: string) => string;
  readonly noContact: (name: string) => string;
  readonly nothingOwed: (name: string) => string;
  readonly gone: (name: string) => string;
  readonly exportCsv: string;
  readonly exported: (fileName: string) => string;
  readonly errorTitle: string;
  readonly retry: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: SilentStrings = {
  title: 'Silent customers',
  intro: 'Customers who have not answered since your last reminder.',
  loading: 'Finding who went silent…',
  empty: 'Nobody is silent: every reminder has had an answer.',
  emptyFiltered: 'Nobody matches these filters.',
  shown: (shown, total) =>
    shown === total
      ? `${plural(total, 'customer', 'customers')}`
      : `${shown} of ${plural(total, 'customer', 'customers')}`,
  rankHintConverted:
    'Most money at risk first, converted with the exchange rates in Settings, then the longest silence.',
  rankHint:
    'Most money at risk first, then the longest silence. Amounts in different currencies are not compared without exchange rates (Settings): customers are grouped by currency, in code order (CNY, EUR, GBP, USD…), and ranked by amount within each.',
  filters: 'Filter the list',
  currency: 'Currency',
  allCurrencies: 'All currencies',
  stage: 'Stage',
  allStages: 'All stages',
  listLabel: 'Silent customers, most money at risk first',
  daysSilent: (days) => `Silent for ${plural(days, 'day', 'days')}`,
  atRisk: 'At risk',
  lastReminder: 'Last reminder',
  reminderOn: (date, channel) => `${date} by ${channel}`,
  channels: {
    email: 'email',
    phone: 'phone',
    im: 'instant message',
    visit: 'visit',
    letter: 'letter',
  },
  stages: {
    none: 'Nothing to chase',
    upcoming: 'Upcoming',
    due: 'Due',
    'follow-up': 'Follow-up',
    escalation: 'Escalation',
    stakes: 'Stakes',
    final: 'Final notice',
  },
  nextStep: 'Next step',
  stepWhen: (step, when) => `${step}, ${when}`,
  steps: {
    none: 'Nothing to send',
    upcoming: 'Confirm the invoice arrived and resend the payment details',
    due: 'A friendly reminder',
    'follow-up': 'Ask for the payment status and a date',
    escalation: 'State the consequences calmly and offer a plan',
    stakes: 'Raise the credit standing and the credit hold',
    final: 'Final notice before formal steps',
  },
  stepToday: 'today',
  stepFrom: (date) => `from ${date}`,
  prepare: 'Prepare the reminder',
  prepareFor: (name) => `Prepare the reminder for ${name}`,
  working: 'Preparing…',
  inserted: (name) => `The reminder for ${name} is in your message, and it is logged.`,
  opened: (name) =>
    `A new message to ${name} is open with the reminder, and it is logged. Review it and send it when ready.`,
  noContact: (name) =>
    `${name} has no email address in your ledger: add a contact in the Ledger view first.`,
  nothingOwed: (name) => `${name} owes nothing today: there is no reminder to write.`,
  gone: (name) => `${name} is no longer in your ledger.`,
  unknownCategory: (name) =>
    `Outlook has no category named “${name}”: create it in Outlook (Categorize > All categories), or clear it in Settings.`,
  categoryFailed: (name, reason) => `Outlook did not tag the message “${name}”: ${reason}`,
  exportCsv: 'Export the list as CSV',
  exported: (fileName) => `Saved ${fileName}.`,
  errorTitle: 'Something went wrong',
  retry: 'Try again',
};

const ZH_CN: SilentStrings = {
  title: '未回复的客户',
  intro: '自您上次催款以来还没有答复的客户。',
  loading: '正在查找未回复的客户…',
  empty: '没有未回复的客户：每次催款都已得到答复。',
  emptyFiltered: '没有符合筛选条件的客户。',
  shown: (shown, total) =>
    shown === total ? `共 ${total} 位客户` : `${total} 位客户中的 ${shown} 位`,
  rankHintConverted: '按设置中的汇率换算后，风险金额最高的排在前面，金额相同时未回复最久的在前。',
  rankHint:
    '风险金额最高的排在前面，金额相同时未回复最久的在前。未在设置中填写汇率时不同币种的金额无法比较：客户按币种分组（按币种代码排序，如 CNY、EUR、GBP、USD…），组内按金额排序。',
  filters: '筛选列表',
  currency: '币种',
  allCurrencies: '全部币种',
  stage: '阶段',
  allStages: '全部阶段',
  listLabel: '未回复的客户，风险金额最高的在前',
  daysSilent: (days) => `已 ${days} 天未回复`,
  atRisk: '风险金额',
  lastReminder: '上次催款',
  reminderOn: (date, channel) => `${date}（${channel}）`,
  channels: {
    email: '电子邮件',
    phone: '电话',
    im: '即时消息',
    visit: '拜访',
    letter: '信函',
  },
  stages: {
    none: '无需催收',
    upcoming: '即将到期',
    due: '已到期',
    'follow-up': '跟进',
    escalation: '升级',
    stakes: '说明后果',
    final: '最后通知',
  },
  nextStep: '下一步',
  stepWhen: (step, when) => `${when}：${step}`,
  steps: {
    none: '无需发送',
    upcoming: '确认对方已收到发票，并重发付款信息',
    due: '友好提醒',
    'follow-up': '询问付款进度和付款日期',
    escalation: '心平气和地说明后果，并提出解决方案',
    stakes: '说明对信用评级和信用冻结的影响',
    final: '采取正式措施前的最后通知',
  },
  stepToday: '今天',
  stepFrom: (date) => `${date}起`,
  prepare: '准备催款函',
  prepareFor: (name) => `为 ${name} 准备催款函`,
  working: '正在准备…',
  inserted: (name) => `给 ${name} 的催款函已插入您的邮件，并已记录。`,
  opened: (name) => `已打开发给 ${name} 的新邮件，内含催款函，并已记录。请检查后再发送。`,
  noContact: (name) => `账本中没有 ${name} 的电子邮件地址：请先在“账本”视图中添加联系人。`,
  nothingOwed: (name) => `${name} 目前没有欠款，无需写催款函。`,
  gone: (name) => `${name} 已不在您的账本中。`,
  unknownCategory: (name) =>
    `Outlook 中没有名为“${name}”的类别：请在 Outlook 中创建（分类 > 所有类别），或在设置中清除它。`,
  categoryFailed: (name, reason) => `Outlook 未能给邮件加上类别“${name}”：${reason}`,
  exportCsv: '将列表导出为 CSV',
  exported: (fileName) => `已保存 ${fileName}。`,
  errorTitle: '出了点问题',
  retry: '重试',
};

/** The Silent view's catalogue, loaded with the view. */
export const SILENT_STRINGS: Catalogue<SilentStrings> = { en: EN, 'zh-CN': ZH_CN };
