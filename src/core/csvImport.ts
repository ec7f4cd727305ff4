import { compareDates, type CalendarDate } from './calendarDate';
import {
  plainDecimal,
  readAmountCell,
  readCurrencyCell,
  type AmountCell,
  type DecimalStyle,
} from './csvAmounts';
import {
  CUSTOMER_HEADERS,
  guessColumns,
  guessColumnsWith,
  INVOICE_HEADERS,
  normalizeHeader,
  type ColumnField,
  type CustomerColumnField,
} from './csvColumns';
import {
  CustomerBook,
  isKnownTimeZone,
  readCountryCell,
  readDomainCell,
  readEmailCell,
  readLanguageCell,
  type CustomerDraft,
} from './csvCustomers';
import {
  decidedOrder,
  orderEvidence,
  ordersOf,
  pairDate,
  readDateCell,
  type DateCell,
  type DateOrder,
} from './csvDates';
import { parseCsvRows, type CsvRejection, type CsvRow, type CsvRows } from './csvRows';
import { decimalsProblem, invoiceNumberKey, runSteps, type WorkStep } from './ledgerFile';
import {
  exponentOf,
  isCurrencyCode,
  parseMoney,
  toDecimalString,
  zero,
  type CurrencyCode,
  type Money,
} from './money';
import {
  DEFAULT_FREE_MAIL_DOMAINS,
  LETTER_LANGUAGES,
  type Customer,
  type Invoice,
  type InvoiceId,
  type InvoiceStatus,
  type Ledger,
  type LetterLanguage,
} from './model';

export { guessColumns, parseCsvRows };
export type { ColumnField, CsvRejection };

/** How to read an invoices export. Only `defaultTimeZone` is required (new customers' zone). */
export type CsvImportOptions = {
  readonly fileName?: string;
  /** Column indexes (0-based) that override the guess from the headers. */
  readonly columns?: Partial<Record<ColumnField, number>>;
  /** The ledger's customers and invoices: re-imported invoice numbers update, never duplicate. */
  readonly existing?: Pick<Ledger, 'customers' | 'invoices'>;
  /** A customers file; when given, invoice rows link to its customers (by id, name or email). */
  readonly customersCsv?: string;
  readonly customersFileName?: string;
  /** Needed only when every date of a column could be read either way (05/07/2026). */
  readonly dateOrder?: DateOrder;
  readonly defaultCurrency?: string;
  readonly defaultTimeZone: string;
  readonly defaultLanguage?: LetterLanguage;
  /** Addresses at these providers give no customer domain (default DEFAULT_FREE_MAIL_DOMAINS). */
  readonly freeMailDomains?: readonly string[];
};

/**
 * All rows or none: either every invoice and the customers to store (new ones and changed ones;
 * `created`/`updated` count invoices), or every rejected row with its line, column and reason.
 */
export type CsvImportResult =
  | {
      readonly ok: true;
      readonly invoices: Invoice[];
      readonly customers: Customer[];
      readonly warnings: string[];
      readonly created: number;
      readonly updated: number;
      readonly customersCreated: number;
      readonly customersUpdated: number;
    }
  | { readonly ok: false; readonly rejections: CsvRejection[] };

const FIELD_WORDS: Record<ColumnField | CustomerColumnField, string> = {
  invoiceNumber: 'invoice number',
  customerName: 'customer name',
  customerId: 'customer id',
  email: 'email',
  po: 'PO number',
  issueDate: 'issue date',
  dueDate: 'due date',
  currency: 'currency',
  amount: 'amount',
  paid: 'paid amount',
  status: 'status',
  country: 'country',
  language: 'language',
  timeZone: 'time zone',
  contactName: 'contact name',
  domain: 'domain',
  paymentTermsDays: 'payment terms',
  segment: 'segment',
  creditHold: 'credit hold',
  notes: 'notes',
};

const ORDER_WORDS: Record<DateOrder, string> = { dmy: 'day/month/year', mdy: 'month/day/year' };

const STATUS_WORDS = new Map<string, InvoiceStatus>();
(
  [
    [
      'open',
      [
        'open',
        'unpaid',
        'outstanding',
        'due',
        'overdue',
        'not paid',
        'offen',
        'unbezahlt',
        'abierto',
        'pendiente',
        'ouvert',
        'impayé',
        'em aberto',
        '未付',
        '未付款',
        '未收款',
        '待付款',
        '逾期',
        '未结清',
      ],
    ],
    [
      'partly-paid',
      [
        'partly paid',
        'partially paid',
        'part paid',
        'partial',
        'teilbezahlt',
        'teilweise bezahlt',
        'parcial',
        'pago parcial',
        'partiellement payé',
        '部分付款',
        '部分已付',
        '部分回款',
        '部分收款',
      ],
    ],
    [
      'paid',
      [
        'paid',
        'fully paid',
        'closed',
        'settled',
        'bezahlt',
        'pagado',
        'payé',
        'pago',
        'cerrado',
        '已付',
        '已付款',
        '已结清',
        '已收款',
        '已回款',
      ],
    ],
    [
      'disputed',
      [
        'disputed',
        'dispute',
        'in dispute',
        'strittig',
        'reklamation',
        'disputa',
        'litige',
        '争议',
        '有争议',
        '纠纷',
      ],
    ],
    [
      'written-off',
      [
        'written off',
        'write off',
        'bad debt',
        'abgeschrieben',
        'castigado',
        'passé en perte',
        '核销',
        '已核销',
        '坏账',
      ],
    ],
  ] as const
).forEach(([status, words]) => words.forEach((w) => STATUS_WORDS.set(normalizeHeader(w), status)));

const TRUE_WORDS = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'ja',
  'si',
  'sí',
  'oui',
  'sim',
  '是',
  '冻结',
]);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '', 'nein', 'non', 'não', 'nao', '否']);

function byLine(rejections: readonly CsvRejection[]): CsvRejection[] {
  return [...rejections].sort((a, b) => a.line - b.line);
}

/** Collects rejections of one file, naming columns as its header does. */
class Rejections {
  readonly list: CsvRejection[] = [];

  constructor(private readonly file?: string) {}

  add(line: number, column: string | undefined, message: string): void {
    this.list.push({
      line,
      ...(column !== undefined ? { column } : {}),
      message,
      ...(this.file !== undefined ? { file: this.file } : {}),
    });
  }
}

/** One parsed file with its columns resolved: cells by field, and header names for messages. */
class Sheet<F extends string> {
  /** Rows with more cells than the header: rejected once, their cells not read. */
  readonly misaligned = new Set<CsvRow>();

  constructor(
    readonly parsed: CsvRows,
    readonly columns: Record<F, number | undefined>,
    readonly rejections: Rejections,
  ) {}

  has(field: F): boolean {
    return this.columns[field] !== undefined;
  }

  cell(row: CsvRow, field: F): string {
    const index = this.columns[field];
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  }

  name(field: F): string | undefined {
    const index = this.columns[field];
    if (index === undefined) return undefined;
    const header = this.parsed.headers[index];
    return header ? header : `column ${index + 1}`;
  }

  reject(row: CsvRow | number, field: F | undefined, message: string): void {
    const line = typeof row === 'number' ? row : row.line;
    this.rejections.add(line, field === undefined ? undefined : this.name(field), message);
  }
}

function openSheet<F extends string>(
  text: string,
  table: Parameters<typeof guessColumnsWith<F>>[0],
  overrides: Partial<Record<F, number>> | undefined,
  rejections: Rejections,
): Sheet<F> {
  const parsed = parseCsvRows(text);
  for (const error of parsed.errors) rejections.add(error.line, error.column, error.message);
  const columns = guessColumnsWith(table, parsed.headers);
  for (const [field, index] of Object.entries(overrides ?? {}) as [F, number | undefined][]) {
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= parsed.headers.length) {
      rejections.add(
        parsed.headerLine,
        undefined,
        `column ${index} given for ${FIELD_WORDS[field as ColumnField] ?? field} does not exist: the header has ${parsed.headers.length} columns (counted from 0)`,
      );
    } else {
      // The user's choice wins: a guessed field on the same column no longer reads it.
      for (const other of Object.keys(columns) as F[]) {
        if (columns[other] === index && overrides?.[other] === undefined)
          columns[other] = undefined;
      }
      columns[field] = index;
    }
  }
  const sheet = new Sheet(parsed, columns, rejections);
  for (const row of parsed.rows) {
    if (row.cells.length <= parsed.headers.length) continue;
    const extra = row.cells.slice(parsed.headers.length);
    if (extra.some((c) => c.trim() !== '')) {
      sheet.misaligned.add(row);
      sheet.reject(
        row,
        undefined,
        `this row has ${row.cells.length} cells but the header has ${parsed.headers.length}: a delimiter inside an unquoted cell (like "1,234.56")?`,
      );
    }
  }
  return sheet;
}

function missingColumn(
  field: ColumnField | CustomerColumnField,
  table: Record<string, { exact: readonly string[] }>,
): string {
  const examples = table[field]?.exact.slice(0, 3).map((h) => `"${h}"`) ?? [];
  const chinese = table[field]?.exact.find((h) => /\p{Script=Han}/u.test(h));
  const names = chinese ? [...examples, `"${chinese}"`] : examples;
  return `no ${FIELD_WORDS[field]} column: expected a header like ${names.join(', ')}, or give its index in columns.${field}`;
}

/** Reads the date columns of a sheet, deciding each column's order from evidence, never by guess. */
function readDates<F extends string>(
  sheet: Sheet<F>,
  fields: readonly F[],
  given: DateOrder | undefined,
): Map<F, (CalendarDate | undefined)[]> {
  const rows = sheet.parsed.rows;
  const readMemo = memo(readDateCell);
  const cells = new Map<F, DateCell[]>();
  for (const field of fields) {
    if (sheet.has(field))
      cells.set(
        field,
        rows.map((row) => readMemo(sheet.cell(row, field))),
      );
  }
  const evidence = new Map([...cells].map(([field, column]) => [field, orderEvidence(column)]));
  const result = new Map<F, (CalendarDate | undefined)[]>();
  for (const [field, column] of cells) {
    const own = evidence.get(field)!;
    let order = given;
    let source = given ? `dateOrder '${given}'` : '';
    const decide = (other: F): void => {
      const e = evidence.get(other)!;
      const decided = decidedOrder(e);
      if (order || !decided || !e.first) return;
      order = decided;
      const example = rows[e.first.index]!;
      const where = other === field ? 'this column' : `the ${sheet.name(other)} column`;
      source = `the ${ORDER_WORDS[decided]} order of ${where} (line ${example.line} has "${sheet.cell(example, other)}")`;
    };
    decide(field);
    for (const other of cells.keys()) decide(other);
    if (!order && own.ambiguous) {
      const example = rows[column.findIndex((c) => c.kind === 'pair' && c.first !== c.second)]!;
      sheet.reject(
        sheet.parsed.headerLine,
        field,
        `ambiguous dates: pass dateOrder ('dmy' or 'mdy'). Every date in this column could be day/month/year or month/day/year, like "${sheet.cell(example, field)}" on line ${example.line}`,
      );
      result.set(field, []);
      continue;
    }
    const dates = column.map((cell, index): CalendarDate | undefined => {
      const row = rows[index]!;
      const words = FIELD_WORDS[field as ColumnField] ?? field;
      switch (cell.kind) {
        case 'empty':
          return undefined;
        case 'fixed':
          return cell.date;
        case 'invalid':
          sheet.reject(row, field, `${words} ${cell.reason}`);
          return undefined;
        case 'pair': {
          const date = pairDate(cell, order ?? 'dmy');
          if (date) return date;
          const fits = ordersOf(cell).length > 0;
          sheet.reject(
            row,
            field,
            fits
              ? `${words} "${sheet.cell(row, field)}" does not fit ${source}`
              : `${words} "${sheet.cell(row, field)}" is not a real date`,
          );
          return undefined;
        }
      }
    });
    result.set(field, dates);
  }
  return result;
}

/** The decimal style the amounts show: the majority of cells that prove one, else by delimiter. */
function decimalStyleOf(columns: readonly AmountCell[][], delimiter: string): DecimalStyle {
  let point = 0;
  let comma = 0;
  let first: DecimalStyle | undefined;
  for (const column of columns) {
    for (const cell of column) {
      if (cell.kind !== 'number' || !cell.hint) continue;
      if (cell.hint === 'point') point++;
      else comma++;
      first ??= cell.hint;
    }
  }
  if (point !== comma) return point > comma ? 'point' : 'comma';
  return first ?? (delimiter === ';' ? 'comma' : 'point');
}

function moneyOf(
  cell: AmountCell & { kind: 'number' },
  raw: string,
  words: string,
  currency: CurrencyCode,
  style: DecimalStyle,
): Money | string {
  if (cell.currencies && !cell.currencies.includes(currency)) {
    const meaning =
      cell.currencies.length === 1
        ? `is in ${cell.currencies[0]}`
        : `has "${cell.marker}", which is not`;
    return `${words} "${raw}" ${meaning} but the currency of this row is ${currency}`;
  }
  if (cell.negative) return `${words} "${raw}" is negative: credit notes are not imported`;
  if (cell.hint && cell.hint !== style) {
    return `${words} "${raw}" uses a decimal ${cell.hint} while this file uses a decimal ${style}`;
  }
  const plain = plainDecimal(cell.digits, style);
  if ('reason' in plain) return `${words} "${raw}" ${plain.reason}`;
  const decimals = plain.decimal.includes('.')
    ? plain.decimal.length - plain.decimal.indexOf('.') - 1
    : 0;
  const exponent = exponentOf(currency);
  if (decimals > exponent) {
    return `${words} "${raw}" ${decimalsProblem(exponent, currency)}`;
  }
  try {
    return parseMoney(plain.decimal, currency);
  } catch {
    return `${words} "${raw}" is too large`;
  }
}

/** Reads the customers file into the book; invoice rows then only link to these customers. */
function readCustomersFile(text: string, book: CustomerBook, rejections: Rejections): void {
  const sheet = openSheet(text, CUSTOMER_HEADERS, undefined, rejections);
  if (!sheet.has('customerName') && !sheet.has('customerId')) {
    sheet.reject(
      sheet.parsed.headerLine,
      undefined,
      missingColumn('customerName', CUSTOMER_HEADERS),
    );
    return;
  }
  for (const row of sheet.parsed.rows) {
    if (sheet.misaligned.has(row)) continue;
    const id = sheet.cell(row, 'customerId');
    const name = sheet.cell(row, 'customerName');
    if (id === '' && name === '') {
      sheet.reject(
        row,
        sheet.has('customerName') ? 'customerName' : 'customerId',
        'customer name is missing',
      );
      continue;
    }
    const draft =
      (id !== '' ? book.byId(id, row.line) : book.byName(name, row.line)) ??
      book.create(name || id, row.line, id || undefined);
    if (name !== '') book.setField(draft, 'name', name, row.line, true);
    applyCustomerCells(sheet, row, draft, book, true);
  }
}

/** Sets a customer's contacts, domains and settings from the cells of one row. */
function applyCustomerCells(
  sheet: Sheet<CustomerColumnField>,
  row: CsvRow,
  draft: CustomerDraft,
  book: CustomerBook,
  overwrite: boolean,
): void {
  const has = (field: CustomerColumnField): boolean => sheet.has(field);
  const cell = (field: CustomerColumnField): string => sheet.cell(row, field);
  if (has('email')) {
    const { contacts, invalid } = readEmailCell(
      cell('email'),
      has('contactName') ? cell('contactName') : '',
    );
    for (const bad of invalid) sheet.reject(row, 'email', `email "${bad}" is not an email address`);
    book.addContacts(draft, contacts);
  }
  if (has('domain')) {
    const { domains, invalid } = readDomainCell(cell('domain'));
    for (const bad of invalid) sheet.reject(row, 'domain', `domain "${bad}" is not a domain name`);
    book.addDomains(draft, domains);
  }
  if (has('country') && cell('country') !== '') {
    const country = readCountryCell(cell('country'));
    if (country) book.setField(draft, 'country', country, row.line, overwrite);
    else
      sheet.reject(
        row,
        'country',
        `country "${cell('country')}" is neither a country name nor an ISO code like "ES"`,
      );
  }
  if (has('language') && cell('language') !== '') {
    const language = readLanguageCell(cell('language'));
    if (language) book.setField(draft, 'language', language, row.line, overwrite);
    else {
      sheet.reject(
        row,
        'language',
        `language "${cell('language')}" is not one of ${LETTER_LANGUAGES.join(', ')}`,
      );
    }
  }
  if (has('timeZone') && cell('timeZone') !== '') {
    const zone = cell('timeZone');
    if (isKnownTimeZone(zone)) book.setField(draft, 'timeZone', zone, row.line, overwrite);
    else
      sheet.reject(
        row,
        'timeZone',
        `time zone "${zone}" is not an IANA time zone like "Europe/Madrid"`,
      );
  }
  if (has('paymentTermsDays') && cell('paymentTermsDays') !== '') {
    const days = /^\d{1,4}$/.exec(
      cell('paymentTermsDays')
        .replace(/\s*(days?|天|tage|días|jours)$/i, '')
        .replace(/^net\s*/i, ''),
    );
    if (days) book.setField(draft, 'paymentTermsDays', Number(days[0]), row.line, overwrite);
    else
      sheet.reject(
        row,
        'paymentTermsDays',
        `payment terms "${cell('paymentTermsDays')}" is not a number of days`,
      );
  }
  if (has('segment') && cell('segment') !== '')
    book.setField(draft, 'segment', cell('segment'), row.line, overwrite);
  if (has('creditHold')) {
    const word = cell('creditHold').toLowerCase();
    if (TRUE_WORDS.has(word)) book.setField(draft, 'creditHold', true, row.line, overwrite);
    else if (!FALSE_WORDS.has(word)) {
      sheet.reject(row, 'creditHold', `credit hold "${cell('creditHold')}" is neither yes nor no`);
    }
  }
  if (has('notes') && cell('notes') !== '')
    book.setField(draft, 'notes', cell('notes'), row.line, overwrite);
}

/**
 * Imports invoices from an ERP export (comma, semicolon or tab; UTF-8 with or without BOM),
 * all rows or none. Every cell stays a string until read exactly: dates by the column's proven
 * order, amounts by the file's decimal style into Money. Re-imported numbers keep their ids.
 */
export function importInvoicesCsv(text: string, options: CsvImportOptions): CsvImportResult {
  return runSteps(importInvoicesCsvSteps(text, options));
}

/** Rows read between two steps of {@link importInvoicesCsvSteps}. */
const ROW_SLICE = 5000;

/**
 * {@link importInvoicesCsv} in slices, for callers that report progress or must stay responsive:
 * yields after reading the sheet, after its dates and amounts, and every few thousand rows
 * (`done`/`total` count rows). Returns the same result, and throws on the same options.
 */
export function* importInvoicesCsvSteps(
  text: string,
  options: CsvImportOptions,
): Generator<WorkStep, CsvImportResult> {
  if (!isKnownTimeZone(options.defaultTimeZone)) {
    throw new Error(`defaultTimeZone "${options.defaultTimeZone}" is not an IANA time zone`);
  }
  const defaultCurrency = options.defaultCurrency?.trim().toUpperCase();
  if (defaultCurrency !== undefined && !isCurrencyCode(defaultCurrency)) {
    throw new Error(`defaultCurrency "${options.defaultCurrency}" is not an ISO 4217 code`);
  }
  const freeMail = new Set(
    (options.freeMailDomains ?? DEFAULT_FREE_MAIL_DOMAINS).map((d) => d.toLowerCase()),
  );
  const book = new CustomerBook(options.existing?.customers ?? [], freeMail);
  const customerRejections = new Rejections(options.customersFileName ?? 'customers file');
  const linkOnly = options.customersCsv !== undefined;
  if (options.customersCsv !== undefined) {
    readCustomersFile(options.customersCsv, book, customerRejections);
  }

  const rejections = new Rejections(
    linkOnly ? (options.fileName ?? 'invoices file') : options.fileName,
  );
  const sheet = openSheet(text, INVOICE_HEADERS, options.columns, rejections);
  const headerLine = sheet.parsed.headerLine;
  const missing: ColumnField[] = (['invoiceNumber', 'dueDate', 'amount'] as const).filter(
    (f) => !sheet.has(f),
  );
  if (!sheet.has('customerName') && !sheet.has('customerId') && !(linkOnly && sheet.has('email'))) {
    missing.push('customerName');
  }
  for (const field of missing)
    sheet.reject(headerLine, undefined, missingColumn(field, INVOICE_HEADERS));
  if (missing.length > 0) {
    return {
      ok: false,
      rejections: [...byLine(customerRejections.list), ...byLine(rejections.list)],
    };
  }

  const rows = sheet.parsed.rows;
  yield { done: 0, total: rows.length };
  const dates = readDates(sheet, ['issueDate', 'dueDate'], options.dateOrder);
  yield { done: 0, total: rows.length };
  const amountCells = rows.map((row) => readAmountCell(sheet.cell(row, 'amount')));
  const paidCells = sheet.has('paid')
    ? rows.map((row) => readAmountCell(sheet.cell(row, 'paid')))
    : [];
  yield { done: 0, total: rows.length };
  const style = decimalStyleOf([amountCells, paidCells], sheet.parsed.delimiter);

  const existingByNumber = new Map<string, Invoice>();
  const usedIds = new Set<string>();
  for (const invoice of options.existing?.invoices ?? []) {
    existingByNumber.set(invoiceNumberKey(invoice.number), invoice);
    usedIds.add(invoice.id);
  }
  const seenNumbers = new Map<string, number>();
  const customerOf = customerResolver(sheet, book, linkOnly);
  const currencyOf = memo(readCurrencyCell);
  const statusOf = memo((text: string) => STATUS_WORDS.get(normalizeHeader(text)));
  const invoices: Invoice[] = [];
  const warnings: string[] = [];
  let created = 0;
  let updated = 0;
  let issueDatesFilled = 0;
  let moved = 0;

  const readRow = (row: CsvRow, index: number): void => {
    if (sheet.misaligned.has(row)) return;
    const before = rejections.list.length;
    const number = sheet.cell(row, 'invoiceNumber');
    const key = invoiceNumberKey(number);
    if (number === '') sheet.reject(row, 'invoiceNumber', 'invoice number is missing');
    else {
      const earlier = seenNumbers.get(key);
      if (earlier !== undefined)
        sheet.reject(row, 'invoiceNumber', `invoice number "${number}" is also on line ${earlier}`);
      else seenNumbers.set(key, row.line);
    }

    const customer = customerOf(row);

    const currencyText = sheet.cell(row, 'currency');
    const amountCell = amountCells[index]!;
    let currency: CurrencyCode | undefined;
    if (currencyText !== '') {
      currency = currencyOf(currencyText);
      if (!currency)
        sheet.reject(
          row,
          'currency',
          `unknown currency "${currencyText}": use an ISO 4217 code like "EUR"`,
        );
    } else if (amountCell.kind === 'number' && amountCell.currencies?.length === 1) {
      currency = amountCell.currencies[0];
    } else if (defaultCurrency !== undefined) {
      currency = defaultCurrency as CurrencyCode;
    } else {
      sheet.reject(
        row,
        sheet.has('currency') ? 'currency' : 'amount',
        'currency is missing, and no default currency was given',
      );
    }

    let amount: Money | undefined;
    const amountRaw = sheet.cell(row, 'amount');
    if (amountCell.kind === 'empty') sheet.reject(row, 'amount', 'amount is missing');
    else if (amountCell.kind === 'invalid')
      sheet.reject(row, 'amount', `amount ${amountCell.reason}`);
    else if (currency) {
      const read = moneyOf(amountCell, amountRaw, 'amount', currency, style);
      if (typeof read === 'string') sheet.reject(row, 'amount', read);
      else amount = read;
    }

    let paid: Money | undefined;
    const paidCell = paidCells[index] ?? ({ kind: 'empty' } as const);
    const paidRaw = sheet.cell(row, 'paid');
    if (paidCell.kind === 'invalid') sheet.reject(row, 'paid', `paid amount ${paidCell.reason}`);
    else if (paidCell.kind === 'number' && currency) {
      const read = moneyOf(paidCell, paidRaw, 'paid amount', currency, style);
      if (typeof read === 'string') sheet.reject(row, 'paid', read);
      else paid = read;
    }

    const statusText = sheet.cell(row, 'status');
    let status: InvoiceStatus | undefined;
    if (statusText !== '') {
      status = statusOf(statusText);
      if (!status) {
        sheet.reject(
          row,
          'status',
          `status "${statusText}" is not open, partly paid, paid, disputed or written off`,
        );
      }
    }

    const dueDate = dates.get('dueDate')?.[index];
    if (sheet.cell(row, 'dueDate') === '') sheet.reject(row, 'dueDate', 'due date is missing');
    const issueDate = dates.get('issueDate')?.[index];
    if (issueDate && dueDate && compareDates(dueDate, issueDate) < 0) {
      sheet.reject(row, 'dueDate', `due date ${dueDate} is before the issue date ${issueDate}`);
    }

    if (amount && paidCell.kind === 'empty' && status === 'paid') paid = amount;
    paid ??= amount ? zero(amount.currency) : undefined;
    if (amount && paid && paid.minor > amount.minor) {
      sheet.reject(
        row,
        'paid',
        `paid ${toDecimalString(paid)} is more than the amount ${toDecimalString(amount)}`,
      );
    }
    if (amount && paid && status === 'paid' && paid.minor < amount.minor) {
      sheet.reject(
        row,
        'status',
        `status is paid but only ${toDecimalString(paid)} of ${toDecimalString(amount)} is paid`,
      );
    }

    if (rejections.list.length > before || !customer || !amount || !paid || !dueDate) return;

    const existing = existingByNumber.get(key);
    if (!issueDate && !existing) issueDatesFilled++;
    const derived: InvoiceStatus =
      paid.minor === 0 ? 'open' : paid.minor === amount.minor ? 'paid' : 'partly-paid';
    const keptStatus =
      existing &&
      (existing.status === 'disputed' || existing.status === 'written-off') &&
      derived !== 'paid'
        ? existing.status
        : derived;
    const finalStatus =
      status === 'disputed' || status === 'written-off' ? status : status ? derived : keptStatus;
    const po = sheet.cell(row, 'po') || existing?.po;
    let id: string;
    if (existing) {
      id = existing.id;
      updated++;
      if (existing.customerId !== customer.id) moved++;
    } else {
      id = `inv-${key}`;
      for (let n = 2; usedIds.has(id); n++) id = `inv-${key}-${n}`;
      usedIds.add(id);
      created++;
    }
    const fields = {
      id: id as InvoiceId,
      number,
      customerId: customer.id,
      issueDate: issueDate ?? existing?.issueDate ?? dueDate,
      dueDate,
      amount,
      paid,
      status: finalStatus,
    };
    // Plain literals, not spreads, on the path taken by every new row: spreads build slow objects.
    const invoice: Invoice = existing
      ? { ...existing, ...fields, ...(po ? { po } : {}) }
      : po
        ? {
            id: fields.id,
            number,
            customerId: fields.customerId,
            po,
            issueDate: fields.issueDate,
            dueDate,
            amount,
            paid,
            status: finalStatus,
          }
        : fields;
    invoices.push(invoice);
  };
  for (let index = 0; index < rows.length; index++) {
    readRow(rows[index]!, index);
    if ((index + 1) % ROW_SLICE === 0) yield { done: index + 1, total: rows.length };
  }

  if (customerRejections.list.length > 0 || rejections.list.length > 0) {
    return {
      ok: false,
      rejections: [...byLine(customerRejections.list), ...byLine(rejections.list)],
    };
  }

  if (issueDatesFilled > 0) {
    warnings.push(
      sheet.has('issueDate')
        ? `${issueDatesFilled} invoice${issueDatesFilled === 1 ? ' has' : 's have'} no issue date: set to the due date`
        : 'no issue date column: issue dates set to the due dates',
    );
  }
  if (moved > 0)
    warnings.push(
      `${moved} existing invoice${moved === 1 ? '' : 's'} now belong to another customer`,
    );
  warnings.push(...book.warnings);
  const language = options.defaultLanguage ?? 'en';
  const {
    customers,
    created: customersCreated,
    updated: customersUpdated,
  } = book.results({
    language,
    timeZone: options.defaultTimeZone,
  });
  const withoutCountry = customers.filter((c) => c.country === '').length;
  if (withoutCountry > 0) {
    warnings.push(
      `${withoutCountry} customer${withoutCountry === 1 ? ' has' : 's have'} no country`,
    );
  }
  const unused = sheet.parsed.headers.filter(
    (h, i) => h !== '' && !Object.values(sheet.columns).includes(i),
  );
  if (unused.length > 0) warnings.push(`columns not imported: ${unused.join(', ')}`);
  return {
    ok: true,
    invoices,
    customers,
    warnings,
    created,
    updated,
    customersCreated,
    customersUpdated,
  };
}

const CUSTOMER_CELLS: readonly ColumnField[] = [
  'customerId',
  'customerName',
  'email',
  'contactName',
  'country',
  'language',
  'timeZone',
  'domain',
];

/**
 * Finds the customer of each invoice row by id, name or email, creating it unless linking only.
 * Rows repeating the customer cells of an earlier clean row reuse its answer: an export repeats
 * each customer on many rows.
 */
function customerResolver(
  sheet: Sheet<ColumnField>,
  book: CustomerBook,
  linkOnly: boolean,
): (row: CsvRow) => CustomerDraft | undefined {
  const known = new Map<string, CustomerDraft>();
  const columns = CUSTOMER_CELLS.filter((field) => sheet.has(field));
  return (row) => {
    const key = columns.map((field) => sheet.cell(row, field)).join('\u0000');
    const seen = known.get(key);
    if (seen) return seen;
    const before = sheet.rejections.list.length;
    const draft = linkOnly ? linkedCustomer(sheet, row, book) : rowCustomer(sheet, row, book);
    if (draft && sheet.rejections.list.length === before) known.set(key, draft);
    return draft;
  };
}

/** The customer of a row when a customers file provides them: found, never created. */
function linkedCustomer(
  sheet: Sheet<ColumnField>,
  row: CsvRow,
  book: CustomerBook,
): CustomerDraft | undefined {
  const id = sheet.cell(row, 'customerId');
  const name = sheet.cell(row, 'customerName');
  const emailText = sheet.cell(row, 'email');
  const email = emailText === '' ? undefined : readEmailCell(emailText, '').contacts[0]?.email;
  const found =
    (id !== '' ? book.byId(id, row.line) : undefined) ??
    (name !== '' ? book.byName(name, row.line) : undefined) ??
    (email ? book.byEmail(email, row.line) : undefined);
  if (!found) {
    const field = id !== '' ? 'customerId' : name !== '' ? 'customerName' : 'email';
    const shown = id || name || emailText;
    sheet.reject(
      row,
      field,
      shown === ''
        ? 'customer is missing'
        : `customer "${shown}" is neither in the customers file nor in the ledger`,
    );
  }
  return found;
}

/** The customer of a row of a file without a customers file: found or created from its cells. */
function rowCustomer(
  sheet: Sheet<ColumnField>,
  row: CsvRow,
  book: CustomerBook,
): CustomerDraft | undefined {
  const id = sheet.cell(row, 'customerId');
  const name = sheet.cell(row, 'customerName');
  const emailText = sheet.cell(row, 'email');
  if (id === '' && name === '') {
    sheet.reject(
      row,
      sheet.has('customerName') ? 'customerName' : 'customerId',
      'customer is missing',
    );
    return undefined;
  }
  let draft: CustomerDraft | undefined;
  if (id !== '') draft = book.byId(id, row.line) ?? book.create(name || id, row.line, id);
  else {
    const contacts = emailText === '' ? [] : readEmailCell(emailText, '').contacts;
    draft = book.byName(name, row.line);
    for (let i = 0; !draft && i < contacts.length; i++) {
      draft = book.byEmail(contacts[i]!.email, row.line);
    }
    draft ??= book.create(name, row.line);
  }
  if (name !== '' && id !== '') book.setField(draft, 'name', name, row.line, false);
  // The invoice sheet has no payment-terms, segment, hold or notes columns: those read as absent.
  applyCustomerCells(sheet as unknown as Sheet<CustomerColumnField>, row, draft, book, false);
  return draft;
}

function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = read(text);
      cache.set(text, value);
    }
    return value as T;
  };
}
