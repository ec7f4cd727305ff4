/** The invoice fields an ERP export's columns can map to. */
export type ColumnField =
  | 'invoiceNumber'
  | 'customerName'
  | 'customerId'
  | 'email'
  | 'po'
  | 'issueDate'
  | 'dueDate'
  | 'currency'
  | 'amount'
  | 'paid'
  | 'status'
  | 'country'
  | 'language'
  | 'timeZone'
  | 'contactName'
  | 'domain';

/** The fields of a customers file (one row per customer, or per contact of a customer). */
export type CustomerColumnField =
  | 'customerId'
  | 'customerName'
  | 'email'
  | 'contactName'
  | 'country'
  | 'language'
  | 'timeZone'
  | 'domain'
  | 'paymentTermsDays'
  | 'segment'
  | 'creditHold'
  | 'notes';

/**
 * Header names per field, best first: when two headers fit one field the better-ranked name wins
 * ("Total" over "Amount"). `contains` names also match inside a longer header ("Due Date (UTC)").
 */
type HeaderTable<F extends string> = Record<
  F,
  { exact: readonly string[]; contains: readonly string[] }
>;

export const INVOICE_HEADERS: HeaderTable<ColumnField> = {
  invoiceNumber: {
    exact: [
      'invoice no',
      'invoice number',
      'invoice #',
      'inv #',
      'inv no',
      'invoice nr',
      'invoice id',
      'invoice',
      'document no',
      'document number',
      'doc no',
      'bill no',
      'number',
      'no',
      'rechnungsnummer',
      'rechnungsnr',
      'rechnung nr',
      'belegnummer',
      'belegnr',
      'rechnung',
      'numéro de facture',
      'n° facture',
      'numero de factura',
      'nº factura',
      'factura',
      'facture',
      'numero fattura',
      'numero da fatura',
      '发票号',
      '发票号码',
      '发票编号',
      '单据号',
      '发票',
    ],
    contains: [
      'invoiceno',
      'invoicenumber',
      'invoicenr',
      'rechnungsnummer',
      'rechnungsnr',
      '发票号',
    ],
  },
  customerName: {
    exact: [
      'customer name',
      'client name',
      'buyer name',
      'customer',
      'client',
      'buyer',
      'debtor',
      'account name',
      'company',
      'company name',
      'name',
      'kundenname',
      'kunde',
      'debitor',
      'nombre del cliente',
      'cliente',
      'nom du client',
      'client nom',
      '客户名称',
      '客户名',
      '客户',
      '买方',
      '购买方',
      '购方名称',
    ],
    contains: ['customername', 'clientname', 'kundenname', '客户名称'],
  },
  customerId: {
    exact: [
      'customer id',
      'customer no',
      'customer number',
      'customer code',
      'client id',
      'client no',
      'client code',
      'account no',
      'account number',
      'account code',
      'kundennummer',
      'kundennr',
      'debitorennummer',
      'debitor nr',
      'código cliente',
      'code client',
      '客户编号',
      '客户代码',
      '客户id',
      '客户编码',
    ],
    contains: [
      'customerid',
      'customerno',
      'customernumber',
      'customercode',
      'kundennummer',
      '客户编号',
    ],
  },
  email: {
    exact: [
      'email',
      'e-mail',
      'email address',
      'customer email',
      'contact email',
      'billing email',
      'mail',
      'correo',
      'correo electrónico',
      'courriel',
      '邮箱',
      '电子邮件',
      '电子邮箱',
      '邮件',
    ],
    contains: ['email', '邮箱', '电子邮件'],
  },
  po: {
    exact: [
      'po',
      'po number',
      'po no',
      'po #',
      'customer po',
      'purchase order',
      'purchase order number',
      'order no',
      'order number',
      'bestellnummer',
      'bestellnr',
      'pedido',
      'commande',
      '采购订单号',
      '订单号',
      '采购单号',
      '订单编号',
    ],
    contains: ['ponumber', 'purchaseorder', '订单号'],
  },
  issueDate: {
    exact: [
      'invoice date',
      'issue date',
      'date issued',
      'issued',
      'document date',
      'billing date',
      'rechnungsdatum',
      'belegdatum',
      'fecha de factura',
      'fecha factura',
      'date de facture',
      'data fattura',
      'data da fatura',
      'date',
      'datum',
      'fecha',
      '开票日期',
      '发票日期',
      '日期',
    ],
    contains: ['invoicedate', 'issuedate', 'rechnungsdatum', '开票日期', '发票日期'],
  },
  dueDate: {
    exact: [
      'due date',
      'payment due date',
      'net due date',
      'payment due',
      'due on',
      'due',
      'fälligkeitsdatum',
      'fälligkeit',
      'fällig am',
      'fecha de vencimiento',
      'vencimiento',
      "date d'échéance",
      'échéance',
      'scadenza',
      'data de vencimento',
      '付款到期日',
      '到期日',
      '到期日期',
      '应付款日期',
    ],
    contains: ['duedate', 'fälligkeit', '到期日'],
  },
  currency: {
    exact: [
      'currency',
      'currency code',
      'curr',
      'ccy',
      'cur',
      'währung',
      'moneda',
      'devise',
      'valuta',
      'moeda',
      '币种',
      '货币',
      '币别',
      '币制',
    ],
    contains: ['currency', 'währung', '币种', '货币'],
  },
  amount: {
    exact: [
      'invoice total',
      'invoice amount',
      'total amount',
      'grand total',
      'gross amount',
      'total',
      'amount',
      'rechnungsbetrag',
      'bruttobetrag',
      'gesamtbetrag',
      'betrag',
      'importe total',
      'importe',
      'montant ttc',
      'montant',
      'valor total',
      'valor',
      'importo',
      '应收金额',
      '发票金额',
      '价税合计',
      '含税金额',
      '总金额',
      '金额',
    ],
    contains: ['amount', 'betrag', '金额'],
  },
  paid: {
    exact: [
      'amount paid',
      'paid amount',
      'total paid',
      'paid',
      'payments',
      'payment received',
      'received',
      'bezahlt',
      'gezahlt',
      'zahlungseingang',
      'pagado',
      'payé',
      'pago',
      '已付金额',
      '已收金额',
      '实收金额',
      '已付',
      '已收款',
      '已回款',
    ],
    contains: ['paid', 'bezahlt', '已付', '已收'],
  },
  status: {
    exact: [
      'status',
      'payment status',
      'state',
      'zahlungsstatus',
      'estado',
      'statut',
      '付款状态',
      '状态',
    ],
    contains: ['status', '状态'],
  },
  country: {
    exact: ['country', 'country code', 'land', 'país', 'pays', 'paese', '国家', '国家地区', '国别'],
    contains: ['country', '国家'],
  },
  language: {
    exact: ['language', 'lang', 'letter language', 'sprache', 'idioma', 'langue', '语言'],
    contains: ['language', '语言'],
  },
  timeZone: {
    exact: ['time zone', 'timezone', 'tz', 'zeitzone', 'zona horaria', 'fuseau horaire', '时区'],
    contains: ['timezone', '时区'],
  },
  contactName: {
    exact: [
      'contact name',
      'contact person',
      'contact',
      'attention',
      'ansprechpartner',
      'contacto',
      '联系人姓名',
      '联系人',
    ],
    contains: ['contactname', 'contactperson', '联系人'],
  },
  domain: {
    exact: ['domain', 'email domain', 'website', 'web', 'homepage', '域名', '网址', '网站'],
    contains: ['domain', '域名'],
  },
};

export const CUSTOMER_HEADERS: HeaderTable<CustomerColumnField> = {
  customerId: {
    exact: ['id', 'customer id', ...INVOICE_HEADERS.customerId.exact, 'code', '编号'],
    contains: INVOICE_HEADERS.customerId.contains,
  },
  customerName: {
    exact: ['name', ...INVOICE_HEADERS.customerName.exact, '名称'],
    contains: INVOICE_HEADERS.customerName.contains,
  },
  email: INVOICE_HEADERS.email,
  contactName: INVOICE_HEADERS.contactName,
  country: INVOICE_HEADERS.country,
  language: INVOICE_HEADERS.language,
  timeZone: INVOICE_HEADERS.timeZone,
  domain: INVOICE_HEADERS.domain,
  paymentTermsDays: {
    exact: [
      'payment terms days',
      'payment terms',
      'terms days',
      'terms',
      'net days',
      'zahlungsziel',
      'plazo de pago',
      'délai de paiement',
      '账期天数',
      '账期',
      '付款期限',
      '信用期',
    ],
    contains: ['paymentterms', 'zahlungsziel', '账期'],
  },
  segment: {
    exact: [
      'segment',
      'customer group',
      'group',
      'category',
      'tier',
      'kundengruppe',
      '客户分组',
      '分组',
      '类别',
      '客户等级',
    ],
    contains: ['segment', '分组'],
  },
  creditHold: {
    exact: [
      'credit hold',
      'on hold',
      'hold',
      'blocked',
      'liefersperre',
      '信用冻结',
      '冻结',
      '停止发货',
    ],
    contains: ['credithold', '冻结'],
  },
  notes: {
    exact: [
      'notes',
      'note',
      'remarks',
      'remark',
      'comments',
      'comment',
      'bemerkung',
      'notizen',
      'observaciones',
      '备注',
      '说明',
    ],
    contains: ['notes', 'remark', '备注'],
  },
};

/** Field order for `contains` matches: specific fields first ("Amount Paid" is paid, not amount). */
const CONTAINS_PRIORITY: readonly string[] = [
  'paid',
  'dueDate',
  'issueDate',
  'customerId',
  'customerName',
  'contactName',
  'email',
  'invoiceNumber',
  'po',
  'currency',
  'amount',
  'paymentTermsDays',
  'status',
  'country',
  'language',
  'timeZone',
  'domain',
  'segment',
  'creditHold',
  'notes',
];

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

/** A header compared without case, accents, spaces or punctuation: "Inv. #" → "inv", "Fällig am" → "falligam". */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, '');
}

type CompiledTable<F extends string> = {
  exact: Map<string, { field: F; rank: number }>;
  contains: { field: F; key: string }[];
  fields: F[];
};

const compiled = new WeakMap<object, CompiledTable<string>>();

function compile<F extends string>(table: HeaderTable<F>): CompiledTable<F> {
  const cached = compiled.get(table);
  if (cached) return cached as CompiledTable<F>;
  const fields = Object.keys(table) as F[];
  const exact = new Map<string, { field: F; rank: number }>();
  for (const field of fields) {
    table[field].exact.forEach((name, rank) => {
      const key = normalizeHeader(name);
      if (!exact.has(key)) exact.set(key, { field, rank });
    });
  }
  const contains: { field: F; key: string }[] = [];
  const ordered = [...fields].sort(
    (a, b) => CONTAINS_PRIORITY.indexOf(a) - CONTAINS_PRIORITY.indexOf(b),
  );
  for (const field of ordered) {
    for (const name of table[field].contains) contains.push({ field, key: normalizeHeader(name) });
  }
  const result = { exact, contains, fields };
  compiled.set(table, result);
  return result;
}

/** Maps headers to fields of `table`: exact names first (best rank wins), then names inside headers. */
export function guessColumnsWith<F extends string>(
  table: HeaderTable<F>,
  headers: readonly string[],
): Record<F, number | undefined> {
  const { exact, contains, fields } = compile(table);
  const result = Object.fromEntries(fields.map((f) => [f, undefined])) as Record<
    F,
    number | undefined
  >;
  const bestRank = new Map<F, number>();
  const used = new Set<number>();
  const keys = headers.map(normalizeHeader);
  keys.forEach((key, index) => {
    const hit = exact.get(key);
    if (!hit) return;
    const rank = bestRank.get(hit.field);
    if (rank === undefined || hit.rank < rank) {
      const previous = result[hit.field];
      if (previous !== undefined) used.delete(previous);
      result[hit.field] = index;
      bestRank.set(hit.field, hit.rank);
      used.add(index);
    }
  });
  keys.forEach((key, index) => {
    if (used.has(index) || key === '' || exact.has(key)) return;
    for (const { field, key: part } of contains) {
      if (result[field] === undefined && key.includes(part)) {
        result[field] = index;
        used.add(index);
        return;
      }
    }
  });
  return result;
}

/**
 * Guesses which column holds each invoice field from English, Chinese and common European header
 * names, ignoring case, accents, spaces and punctuation; a field no header fits is `undefined`.
 */
export function guessColumns(headers: readonly string[]): Record<ColumnField, number | undefined> {
  return guessColumnsWith(INVOICE_HEADERS, headers);
}
