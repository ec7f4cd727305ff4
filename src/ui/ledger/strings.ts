import type { ColumnField } from '../../core/csvColumns';
import type { Progress } from '../../core/ports/ledgerRepository';
import type { Catalogue } from '../i18n';

/**
 * Every string of the Ledger view and of the CSV import on the start screen. Numbers and dates
 * arrive already formatted for the locale; messages from the engine and the store (rejected rows,
 * store failures) are shown as they come.
 */
export type LedgerStrings = {
  readonly title: string;
  readonly loading: string;
  readonly errorTitle: string;
  readonly csv: {
    readonly heading: string;
    readonly intro: string;
    readonly file: string;
    readonly fileHint: string;
    readonly reading: string;
    readonly columnsHeading: string;
    readonly columnsIntro: string;
    readonly rowsInFile: (fileName: string, rows: string) => string;
    readonly fields: Readonly<Record<ColumnField, string>>;
    readonly notInFile: string;
    readonly column: (header: string, position: string) => string;
    readonly keepGuess: string;
    readonly dateOrder: string;
    readonly dateOrders: Readonly<Record<'auto' | 'dmy' | 'mdy', string>>;
    readonly currencyForAll: string;
    readonly currencyHint: string;
    readonly currencyInvalid: string;
    readonly previewHeading: (rows: string) => string;
    readonly previewLabel: string;
    readonly line: string;
    readonly start: string;
    readonly done: string;
    readonly imported: (created: string, updated: string) => string;
    readonly customers: (created: string, updated: string) => string;
    readonly notes: string;
    readonly rejectedTitle: (rows: string) => string;
    readonly nothingImported: string;
    readonly rejectionWhere: (line: string, column: string | undefined) => string;
    readonly cancelled: string;
    readonly emptyFile: string;
  };
  readonly work: {
    readonly phases: Readonly<Record<NonNullable<Progress['phase']>, string>>;
    readonly rows: (done: string, total: string) => string;
    readonly secondsLeft: (seconds: string) => string;
    readonly minutesLeft: (minutes: string) => string;
    readonly cancel: string;
  };
  readonly backups: {
    readonly heading: string;
    readonly intro: string;
    readonly exportBackup: string;
    readonly exportInvoices: string;
    readonly saved: (fileName: string) => string;
    readonly restore: string;
    readonly restoreHint: string;
    readonly confirmTitle: string;
    readonly confirmBody: (fileName: string) => string;
    readonly confirmYes: string;
    readonly confirmNo: string;
    readonly restored: (customers: string, invoices: string, events: string) => string;
    readonly restoreRefused: string;
    readonly cancelled: string;
  };
  readonly storage: {
    readonly heading: string;
    readonly where: string;
    readonly database: string;
    readonly persistence: string;
    readonly granted: string;
    readonly notGranted: string;
    readonly ask: string;
    readonly refused: string;
    readonly usage: string;
    readonly usageOf: (used: string, quota: string) => string;
    readonly unknown: string;
    readonly lastBackup: string;
    readonly never: string;
    readonly remindNever: string;
    readonly remindOld: (days: string) => string;
  };
};

const EN: LedgerStrings = {
  title: 'Ledger',
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  csv: {
    heading: 'Import a CSV',
    intro:
      'An invoices export from your ERP or a spreadsheet. Every row is imported, or none: a file with a bad row changes nothing.',
    file: 'CSV file',
    fileHint: 'Comma, semicolon or tab separated, with a header row.',
    reading: 'Reading the file…',
    columnsHeading: 'Columns',
    columnsIntro:
      'Duly guessed which column holds each field from the headers; change any that are wrong.',
    rowsInFile: (fileName, rows) => `${fileName}: ${rows} rows.`,
    fields: {
      invoiceNumber: 'Invoice number',
      customerName: 'Customer name',
      customerId: 'Customer ID',
      email: 'Email',
      po: 'PO number',
      issueDate: 'Issue date',
      dueDate: 'Due date',
      currency: 'Currency',
      amount: 'Amount',
      paid: 'Amount paid',
      status: 'Status',
      country: 'Country',
      language: 'Letter language',
      timeZone: 'Time zone',
      contactName: 'Contact name',
      domain: 'Email domain',
    },
    notInFile: 'Not in this file',
    column: (header, position) => `${header} (column ${position})`,
    keepGuess: 'To leave out a guessed column, give it to another field.',
    dateOrder: 'Date order',
    dateOrders: {
      auto: 'Read it from the dates',
      dmy: 'Day/month/year (31/12/2026)',
      mdy: 'Month/day/year (12/31/2026)',
    },
    currencyForAll: 'Currency of every row',
    currencyHint: 'The file has no currency column: give its ISO code, such as EUR.',
    currencyInvalid: 'Give a three-letter ISO 4217 code, such as EUR or USD.',
    previewHeading: (rows) => `Preview of the first ${rows} rows`,
    previewLabel: 'Preview of the first rows as mapped',
    line: 'Line',
    start: 'Import',
    done: 'Open Duly',
    imported: (created, updated) => `${created} invoices imported, ${updated} updated.`,
    customers: (created, updated) => `Customers: ${created} created, ${updated} updated.`,
    notes: 'Notes',
    rejectedTitle: (rows) => `${rows} problems found`,
    nothingImported: 'Nothing was imported. Fix these rows in the file, then import it again.',
    rejectionWhere: (line, column) => (column ? `Line ${line}, ${column}` : `Line ${line}`),
    cancelled: 'Import cancelled: nothing was imported.',
    emptyFile: 'This file has no header row.',
  },
  work: {
    phases: {
      reading: 'Reading the file',
      checking: 'Checking every row',
      writing: 'Saving',
      done: 'Done',
    },
    rows: (done, total) => `${done} of ${total} rows`,
    secondsLeft: (seconds) => `about ${seconds} s left`,
    minutesLeft: (minutes) => `about ${minutes} min left`,
    cancel: 'Cancel',
  },
  backups: {
    heading: 'Backups',
    intro: 'A backup is the whole ledger in one file, settings included.',
    exportBackup: 'Export a backup',
    exportInvoices: 'Export invoices as CSV',
    saved: (fileName) => `Saved ${fileName} to your downloads.`,
    restore: 'Restore a backup',
    restoreHint: 'A duly-ledger JSON file. It replaces everything in this ledger.',
    confirmTitle: 'Replace your ledger?',
    confirmBody: (fileName) =>
      `Restoring ${fileName} replaces every customer, invoice, contact log entry and setting in this ledger. Export a backup first if you may need them.`,
    confirmYes: 'Replace my ledger',
    confirmNo: 'Keep my ledger',
    restored: (customers, invoices, events) =>
      `Restored: ${customers} customers, ${invoices} invoices, ${events} log entries.`,
    restoreRefused: 'This file cannot be restored. Your ledger is unchanged.',
    cancelled: 'Restore cancelled: your ledger is unchanged.',
  },
  storage: {
    heading: 'Where your data lives',
    where:
      "In this Outlook client on this machine only. Nothing is sent anywhere. Clearing Office's cache or the browser's site data deletes it, so keep a backup.",
    database: 'Database',
    persistence: 'Persistent storage',
    granted: 'Granted: the browser will not clear the ledger when disk space runs low.',
    notGranted: 'Not granted: the browser may clear the ledger when disk space runs low.',
    ask: 'Ask to keep my data',
    refused: 'The browser did not grant it. Regular backups keep you safe.',
    usage: 'Space used',
    usageOf: (used, quota) => `${used} of ${quota}`,
    unknown: 'Unknown',
    lastBackup: 'Last backup',
    never: 'Never',
    remindNever: 'You have never exported a backup. Export one and keep it somewhere safe.',
    remindOld: (days) => `Your last backup is ${days} days old. Export a fresh one.`,
  },
};

const ZH_CN: LedgerStrings = {
  title: '账本',
  loading: '正在加载…',
  errorTitle: '出错了',
  csv: {
    heading: '导入 CSV',
    intro:
      '从 ERP 或电子表格导出的发票文件。要么全部行都导入，要么一行也不导入：只要有一行有误，账本就不会有任何改动。',
    file: 'CSV 文件',
    fileHint: '以逗号、分号或制表符分隔，第一行为表头。',
    reading: '正在读取文件…',
    columnsHeading: '列对应',
    columnsIntro: 'Duly 已根据表头猜出每个字段所在的列，如有不对请修改。',
    rowsInFile: (fileName, rows) => `${fileName}：共 ${rows} 行。`,
    fields: {
      invoiceNumber: '发票号',
      customerName: '客户名称',
      customerId: '客户编号',
      email: '邮箱',
      po: '采购订单号',
      issueDate: '开票日期',
      dueDate: '到期日',
      currency: '币种',
      amount: '金额',
      paid: '已付金额',
      status: '状态',
      country: '国家/地区',
      language: '信函语言',
      timeZone: '时区',
      contactName: '联系人',
      domain: '邮箱域名',
    },
    notInFile: '文件中没有此列',
    column: (header, position) => `${header}（第 ${position} 列）`,
    keepGuess: '若不想导入已猜出的某列，请把它指定给其他字段。',
    dateOrder: '日期顺序',
    dateOrders: {
      auto: '根据日期自动判断',
      dmy: '日/月/年（31/12/2026）',
      mdy: '月/日/年（12/31/2026）',
    },
    currencyForAll: '所有行的币种',
    currencyHint: '文件中没有币种列，请填写其 ISO 代码，例如 CNY。',
    currencyInvalid: '请填写三个字母的 ISO 4217 代码，例如 CNY 或 USD。',
    previewHeading: (rows) => `前 ${rows} 行预览`,
    previewLabel: '按当前列对应显示的前几行预览',
    line: '行号',
    start: '导入',
    done: '开始使用 Duly',
    imported: (created, updated) => `已导入 ${created} 张发票，更新 ${updated} 张。`,
    customers: (created, updated) => `客户：新建 ${created} 个，更新 ${updated} 个。`,
    notes: '备注',
    rejectedTitle: (rows) => `发现 ${rows} 处问题`,
    nothingImported: '未导入任何内容。请在文件中改正这些行，然后重新导入。',
    rejectionWhere: (line, column) => (column ? `第 ${line} 行，${column}` : `第 ${line} 行`),
    cancelled: '已取消导入：未导入任何内容。',
    emptyFile: '此文件没有表头行。',
  },
  work: {
    phases: {
      reading: '正在读取文件',
      checking: '正在逐行检查',
      writing: '正在保存',
      done: '已完成',
    },
    rows: (done, total) => `${done} / ${total} 行`,
    secondsLeft: (seconds) => `约剩 ${seconds} 秒`,
    minutesLeft: (minutes) => `约剩 ${minutes} 分钟`,
    cancel: '取消',
  },
  backups: {
    heading: '备份',
    intro: '备份是把整个账本（包括设置）存成一个文件。',
    exportBackup: '导出备份',
    exportInvoices: '将发票导出为 CSV',
    saved: (fileName) => `已将 ${fileName} 保存到下载文件夹。`,
    restore: '恢复备份',
    restoreHint: 'duly-ledger 格式的 JSON 文件。恢复后会替换此账本中的全部内容。',
    confirmTitle: '要替换你的账本吗？',
    confirmBody: (fileName) =>
      `恢复 ${fileName} 会替换此账本中的所有客户、发票、联系记录和设置。如果以后可能还用得到，请先导出一份备份。`,
    confirmYes: '替换我的账本',
    confirmNo: '保留我的账本',
    restored: (customers, invoices, events) =>
      `已恢复：${customers} 个客户，${invoices} 张发票，${events} 条联系记录。`,
    restoreRefused: '此文件无法恢复，你的账本没有任何改动。',
    cancelled: '已取消恢复：你的账本没有任何改动。',
  },
  storage: {
    heading: '数据存放在哪里',
    where:
      '仅保存在这台电脑上的这个 Outlook 客户端中，不会发送到任何地方。清除 Office 缓存或浏览器的网站数据会将其删除，所以请保留备份。',
    database: '数据库',
    persistence: '持久存储',
    granted: '已授予：磁盘空间不足时，浏览器不会清除账本。',
    notGranted: '未授予：磁盘空间不足时，浏览器可能会清除账本。',
    ask: '申请保留我的数据',
    refused: '浏览器未授予持久存储。定期备份即可确保数据安全。',
    usage: '已用空间',
    usageOf: (used, quota) => `${used} / ${quota}`,
    unknown: '未知',
    lastBackup: '上次备份',
    never: '从未备份',
    remindNever: '你还从未导出过备份。请导出一份并妥善保存。',
    remindOld: (days) => `上次备份已是 ${days} 天前，请重新导出一份。`,
  },
};

/** The Ledger view's catalogue, English and Simplified Chinese. */
export const LEDGER_STRINGS: Catalogue<LedgerStrings> = { en: EN, 'zh-CN': ZH_CN };
