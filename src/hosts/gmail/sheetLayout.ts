/**
 * The ledger Sheet's tabs and their header rows. Customers and Invoices use header names the
 * engine's CSV import recognises, so an ERP export pasted under them imports as it would from a
 * file; Events uses the ledger file's event fields; Settings holds one setting per row.
 */
export const TAB_HEADERS = {
  Customers: [
    'Customer ID',
    'Customer Name',
    'Email',
    'Contact Name',
    'Country',
    'Language',
    'Time Zone',
    'Domain',
    'Payment Terms',
    'Segment',
    'Credit Hold',
    'Notes',
  ],
  Invoices: [
    'Invoice Number',
    'Customer ID',
    'PO Number',
    'Issue Date',
    'Due Date',
    'Currency',
    'Amount',
    'Paid Amount',
    'Status',
  ],
  Events: [
    'id',
    'customerId',
    'at',
    'direction',
    'channel',
    'kind',
    'threadId',
    'messageId',
    'invoiceNumbers',
    'stage',
    'blocks',
    'promisedFor',
    'returnDate',
    'reason',
    'note',
  ],
  Settings: ['Setting', 'Value'],
} as const;

export type TabName = keyof typeof TAB_HEADERS;
export const TAB_NAMES = Object.keys(TAB_HEADERS) as TabName[];
export type EventColumn = (typeof TAB_HEADERS.Events)[number];

/** Raw cell values of each tab as `Range.getValues()` returns them, header row first. */
export type TabValues = Readonly<Record<TabName, readonly (readonly unknown[])[]>>;

/** A problem in the Sheet: the tab, the 1-based row as Sheets numbers it, the column header. */
export type SheetProblem = {
  readonly tab: TabName;
  readonly row: number;
  readonly column?: string;
  readonly message: string;
};

/** The Settings-tab key listing the user's own addresses (never taken for a customer's). */
export const OWN_ADDRESSES_KEY = 'ownAddresses';
