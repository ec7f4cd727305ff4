import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import {
  guessColumns,
  importInvoicesCsv,
  importInvoicesCsvSteps,
  parseCsvRows,
  type CsvImportOptions,
  type CsvImportResult,
} from '../../src/core/csvImport';
import {
  parseLedger,
  serializeLedger,
  emptyLedger,
  type WorkStep,
} from '../../src/core/ledgerFile';
import { money } from '../../src/core/money';
import type { Customer, CustomerId, Invoice, InvoiceId } from '../../src/core/model';

const fixture = (name: string): string =>
  readFileSync(join(__dirname, '../fixtures/csv', name), 'utf8');

const BASE: CsvImportOptions = { defaultTimeZone: 'Europe/Madrid' };

function imported(text: string, options: Partial<CsvImportOptions> = {}) {
  const result = importInvoicesCsv(text, { ...BASE, ...options });
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.rejections, null, 2)}`);
  return result;
}

function rejected(text: string, options: Partial<CsvImportOptions> = {}) {
  const result: CsvImportResult = importInvoicesCsv(text, { ...BASE, ...options });
  if (result.ok) throw new Error('expected rejections');
  return result.rejections;
}

const csv = (...lines: string[]): string => lines.join('\n') + '\n';
const HEADER = 'Invoice No,Customer,Issue Date,Due Date,Currency,Amount,Paid';

describe('parseCsvRows', () => {
  it.each([
    [',', 'a,b,c\n1,2,3'],
    [';', 'a;b;c\n1;2;3'],
    ['\t', 'a\tb\tc\n1\t2\t3'],
    [';', 'Betrag, netto;Kunde;Land\n1,5;X;DE'],
  ])('detects the delimiter %j from the header', (delimiter, text) => {
    const parsed = parseCsvRows(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.headers).toHaveLength(3);
    expect(parsed.rows[0]!.cells).toHaveLength(3);
  });

  it('ignores a byte order mark and keeps every cell as text', () => {
    const parsed = parseCsvRows('\uFEFFNo,Amount\n00123, 1.50 \n');
    expect(parsed.headers).toEqual(['No', 'Amount']);
    expect(parsed.rows).toEqual([{ line: 2, cells: ['00123', ' 1.50 '] }]);
  });

  it('gives each row the physical line it starts on, across quoted line breaks', () => {
    const text = 'a,b\r\n1,"x\r\ny\r\nz"\r\n2,w\r\n\r\n3,"p\nq"\n4,r';
    const parsed = parseCsvRows(text);
    expect(parsed.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
      [7, '3'],
      [9, '4'],
    ]);
    expect(parsed.rows[0]!.cells[1]).toBe('x\r\ny\r\nz');
  });

  it('counts a lone carriage return as a line break', () => {
    expect(parseCsvRows('a,b\r1,2\r3,4').rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('unquotes cells with doubled quotes, delimiters and spaces around the quotes', () => {
    const parsed = parseCsvRows('a,b,c\n"12"" pipe", "x,y" ,""');
    expect(parsed.rows[0]!.cells).toEqual(['12" pipe', 'x,y', '']);
    expect(parsed.errors).toEqual([]);
  });

  it('reports a quote inside an unquoted cell with its line and column', () => {
    const parsed = parseCsvRows('No,Customer\n1,"multi\nline"\n2,Acme "Trading\n3,ok');
    expect(parsed.errors).toEqual([
      { line: 4, column: 'Customer', message: expect.stringMatching(/^stray quote/) },
    ]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it('reports text after a closing quote', () => {
    const parsed = parseCsvRows('No,Customer\n1,"Acme" Trading\n');
    expect(parsed.errors).toEqual([
      {
        line: 2,
        column: 'Customer',
        message: 'stray quote: text follows the closing quote of this cell',
      },
    ]);
    expect(parsed.rows[0]!.cells).toEqual(['1', 'Acme Trading']);
  });

  it('reports an unclosed quote on its line and goes on reading the rows after it', () => {
    const parsed = parseCsvRows('No,Customer\n1,"Acme\n2,Beta\n3,Gamma');
    expect(parsed.errors).toEqual([
      {
        line: 2,
        column: 'Customer',
        message: 'unclosed quote: the quoted cell starting on this line never ends',
      },
    ]);
    expect(parsed.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [3, '2'],
      [4, '3'],
    ]);
  });

  it('skips blank rows, including rows of empty cells', () => {
    const parsed = parseCsvRows('\n\na,b\n\n1,2\n,\n3,4\n\n');
    expect(parsed.headerLine).toBe(3);
    expect(parsed.rows.map((r) => r.line)).toEqual([5, 7]);
  });

  it('reads back any table written with quoted cells, on the right lines', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'é', '发', ',', ';', '"', '\n', '\r\n', ' ', '0'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          const body = rows.filter((r) => r.some((c) => c.trim() !== ''));
          const quoted = (c: string) => `"${c.replace(/"/g, '""')}"`;
          const lines = ['h1,h2', ...body.map((r) => r.map(quoted).join(','))];
          const parsed = parseCsvRows(lines.join('\n'));
          expect(parsed.errors).toEqual([]);
          expect(parsed.rows.map((r) => r.cells)).toEqual(body);
          let line = 2;
          parsed.rows.forEach((row, i) => {
            expect(row.line).toBe(line);
            line += 1 + (lines[i + 1]!.match(/\r\n|\n|\r/g)?.length ?? 0);
          });
        },
      ),
    );
  });
});

describe('guessColumns', () => {
  it.each([
    ['Invoice No', 'invoiceNumber'],
    ['Invoice Number', 'invoiceNumber'],
    ['Inv #', 'invoiceNumber'],
    ['发票号', 'invoiceNumber'],
    ['发票号码', 'invoiceNumber'],
    ['Due Date', 'dueDate'],
    ['到期日', 'dueDate'],
    ['付款到期日', 'dueDate'],
    ['Amount', 'amount'],
    ['Total', 'amount'],
    ['金额', 'amount'],
    ['应收金额', 'amount'],
    ['Currency', 'currency'],
    ['币种', 'currency'],
    ['货币', 'currency'],
    ['Customer', 'customerName'],
    ['Client', 'customerName'],
    ['客户', 'customerName'],
    ['客户名称', 'customerName'],
    ['Customer ID', 'customerId'],
    ['Email', 'email'],
    ['邮箱', 'email'],
    ['电子邮件', 'email'],
    ['PO', 'po'],
    ['PO Number', 'po'],
    ['订单号', 'po'],
    ['采购订单号', 'po'],
    ['Issue Date', 'issueDate'],
    ['Invoice Date', 'issueDate'],
    ['开票日期', 'issueDate'],
    ['发票日期', 'issueDate'],
    ['Paid', 'paid'],
    ['已付', 'paid'],
    ['已付金额', 'paid'],
    ['Status', 'status'],
    ['状态', 'status'],
    ['Country', 'country'],
    ['Language', 'language'],
    ['Time Zone', 'timeZone'],
    ['Contact', 'contactName'],
    ['Domain', 'domain'],
    ['Rechnungsnummer', 'invoiceNumber'],
    ['Fälligkeit', 'dueDate'],
    ['Betrag', 'amount'],
  ])('maps "%s" to %s', (header, field) => {
    expect(guessColumns(['Something else', header])).toMatchObject({ [field]: 1 });
  });

  it.each([['INVOICE_NO'], ['invoice-number'], ['  Invoice   No. '], ['inv.#']])(
    'ignores case, spaces and punctuation in %j',
    (header) => {
      expect(guessColumns([header]).invoiceNumber).toBe(0);
    },
  );

  it.each([
    ['Due Date (UTC)', 'dueDate'],
    ['Amount (EUR)', 'amount'],
    ['Amount Paid (EUR)', 'paid'],
    ['Customer Name (Bill-to)', 'customerName'],
  ])('finds a known name inside a longer header: %s', (header, field) => {
    expect(guessColumns([header])).toMatchObject({ [field]: 0 });
  });

  it('prefers the better name when two headers fit one field', () => {
    expect(guessColumns(['Date', 'Amount', 'Invoice Date', 'Total'])).toMatchObject({
      issueDate: 2,
      amount: 3,
    });
  });

  it('leaves fields without a header undefined and never maps one header twice', () => {
    const columns = guessColumns(['Invoice No', 'Sales Rep', 'Notes']);
    expect(Object.keys(columns)).toHaveLength(16);
    expect(columns.invoiceNumber).toBe(0);
    expect(Object.values(columns).filter((c) => c !== undefined)).toEqual([0]);
  });
});

describe('importInvoicesCsv', () => {
  describe('ERP exports', () => {
    it('reads an English comma export with month/day/year dates and grouped amounts', () => {
      const result = imported(fixture('english-comma.csv'));
      expect(result.created).toBe(5);
      expect(result.updated).toBe(0);
      const [first, second, , fourth, fifth] = result.invoices;
      expect(first).toEqual({
        id: 'inv-INV-1041',
        number: 'INV-1041',
        customerId: 'acme-trading-inc',
        po: 'PO-7781',
        issueDate: '2026-05-28',
        dueDate: '2026-06-27',
        amount: money(2_500_000, 'USD'),
        paid: money(0, 'USD'),
        status: 'open',
      });
      expect(second).toMatchObject({ paid: money(200_000, 'USD'), status: 'partly-paid' });
      expect(fourth).toMatchObject({ paid: money(312_075, 'EUR'), status: 'paid' });
      expect(fifth!.amount).toEqual(money(1_850_000, 'JPY'));
      expect(result.warnings).toContain('columns not imported: Sales Rep');
    });

    it('derives customers from the rows, once each, with contacts and non-free-mail domains', () => {
      const { customers, customersCreated } = imported(fixture('english-comma.csv'));
      expect(customersCreated).toBe(4);
      expect(customers[0]).toEqual({
        id: 'acme-trading-inc',
        name: 'Acme Trading, Inc.',
        country: '',
        language: 'en',
        timeZone: 'Europe/Madrid',
        contacts: [
          { name: '', email: 'ap@acmetrading.com' },
          { name: 'Ana Ruiz', email: 'ana.ruiz@acmetrading.com' },
        ],
        domains: ['acmetrading.com'],
      });
      const costa = customers.find((c) => c.id === 'costa-verde-importaciones');
      expect(costa?.domains).toEqual([]);
    });

    it('reads a Chinese export with a BOM, Chinese headers, dates and currency names', () => {
      const result = imported(fixture('chinese-bom.csv'), { defaultLanguage: 'zh-CN' });
      expect(result.invoices.map((i) => [i.number, i.dueDate, i.amount, i.status])).toEqual([
        ['FP2026-0088', '2026-07-01', money(12_800_000, 'CNY'), 'open'],
        ['FP2026-0089', '2026-07-03', money(5_630_000, 'CNY'), 'partly-paid'],
        ['FP2026-0090', '2026-08-09', money(980_000, 'USD'), 'open'],
        ['FP2026-0091', '2026-07-12', money(450_000, 'USD'), 'paid'],
      ]);
      expect(result.customers.map((c) => [c.id, c.language, c.domains])).toEqual([
        ['上海远航贸易有限公司', 'zh-CN', ['yuanhang-trade.cn']],
        ['深圳鹏达电子', 'zh-CN', []],
        ['nordic-design-ab', 'zh-CN', ['nordicdesign.se']],
      ]);
    });

    it('reads a German semicolon export with decimal commas and day.month.year dates', () => {
      const result = imported(fixture('german-semicolon.csv'));
      expect(result.invoices.map((i) => [i.issueDate, i.dueDate, i.amount, i.paid])).toEqual([
        ['2026-06-05', '2026-07-05', money(123_456, 'EUR'), money(0, 'EUR')],
        ['2026-06-12', '2026-07-12', money(1_250_000, 'EUR'), money(250_000, 'EUR')],
        ['2026-06-18', '2026-07-18', money(798_040, 'CHF'), money(0, 'CHF')],
        ['2026-06-20', '2026-08-20', money(98_000, 'EUR'), money(98_000, 'EUR')],
      ]);
      expect(result.customers.map((c) => [c.id, c.country, c.language, c.contacts.length])).toEqual(
        [
          ['muller-sohne-kg', 'DE', 'de', 2],
          ['boulangerie-dupont-sarl', 'FR', 'fr', 1],
          ['alpenblick-hotel-ag', 'CH', 'de', 1],
        ],
      );
    });

    it('reads a tab-separated export with three-decimal currencies', () => {
      const result = imported(fixture('tab-separated.tsv'));
      expect(result.invoices.map((i) => i.amount)).toEqual([
        money(420_000, 'GBP'),
        money(157_525, 'GBP'),
        money(1_250_500, 'KWD'),
      ]);
      expect(result.invoices[1]!.status).toBe('partly-paid');
    });

    it('keeps leading zeros of invoice numbers and makes ids from them', () => {
      const result = imported(fixture('leading-zeros.csv'));
      expect(result.invoices.map((i) => [i.id, i.number])).toEqual([
        ['inv-00123', '00123'],
        ['inv-00124', '00124'],
        ['inv-0000125', '0000125'],
      ]);
      expect(result.warnings).toContain('no issue date column: issue dates set to the due dates');
      expect(result.invoices[0]!.issueDate).toBe('2026-07-01');
    });

    it('gives invoices and customers the ledger file accepts', () => {
      const { invoices, customers } = imported(fixture('english-comma.csv'));
      const ledger = {
        ...emptyLedger({ name: 'Seller', timeZone: 'Asia/Shanghai', signature: '' }),
        invoices,
        customers,
      };
      expect(parseLedger(JSON.parse(serializeLedger(ledger)))).toEqual(ledger);
    });
  });

  describe('rejections', () => {
    it('lists every bad row with its physical line, column and reason', () => {
      expect(rejected(fixture('bad-rows.csv'))).toEqual([
        { line: 5, column: 'Due Date', message: 'due date "2026-02-30" is not a real date' },
        {
          line: 6,
          column: 'Currency',
          message: 'unknown currency "XYZ": use an ISO 4217 code like "EUR"',
        },
        { line: 7, column: 'Amount', message: 'amount "500.005" has more than 2 decimals for USD' },
        {
          line: 8,
          column: 'Customer',
          message:
            'stray quote: a cell with a quote must be quoted as a whole, with inner quotes doubled ("12"" pipe")',
        },
        { line: 9, column: 'Due Date', message: 'due date is missing' },
        {
          line: 13,
          column: 'Amount',
          message: 'amount "900.5" has decimals, but JPY has no minor unit',
        },
      ]);
    });

    it('names the file in each rejection when given', () => {
      expect(rejected(fixture('bad-rows.csv'), { fileName: 'aging.csv' })[0]).toMatchObject({
        file: 'aging.csv',
      });
    });

    it('names every missing column at once', () => {
      expect(rejected(csv('Customer,Notes', 'Acme,x'))).toEqual([
        expect.objectContaining({
          line: 1,
          message: expect.stringMatching(/^no invoice number column/),
        }),
        expect.objectContaining({ line: 1, message: expect.stringMatching(/^no due date column/) }),
        expect.objectContaining({ line: 1, message: expect.stringMatching(/^no amount column/) }),
      ]);
    });

    it.each([
      [
        'a repeated invoice number',
        'inv-1,Acme,,2026-07-01,USD,1.00,\n INV-1 ,Acme,,2026-07-02,USD,1.00,',
        'Invoice No',
        'invoice number "INV-1" is also on line 2',
      ],
      [
        'more paid than owed',
        'INV-1,Acme,,2026-07-01,USD,100.00,100.01',
        'Paid',
        'paid 100.01 is more than the amount 100.00',
      ],
      [
        'a negative amount',
        'INV-1,Acme,,2026-07-01,USD,-100.00,',
        'Amount',
        'amount "-100.00" is negative: credit notes are not imported',
      ],
      [
        'a due date before the issue date',
        'INV-1,Acme,2026-07-02,2026-07-01,USD,1.00,',
        'Due Date',
        'due date 2026-07-01 is before the issue date 2026-07-02',
      ],
      ['a missing customer', 'INV-1,,,2026-07-01,USD,1.00,', 'Customer', 'customer is missing'],
      ['a missing amount', 'INV-1,Acme,,2026-07-01,USD,,', 'Amount', 'amount is missing'],
      [
        'text for an amount',
        'INV-1,Acme,,2026-07-01,USD,n/a,',
        'Amount',
        'amount "n/a" is not an amount',
      ],
      [
        'a sign of another currency',
        'INV-1,Acme,,2026-07-01,USD,€100.00,',
        'Amount',
        'amount "€100.00" is in EUR but the currency of this row is USD',
      ],
      [
        'a code of another currency',
        'INV-1,Acme,,2026-07-01,EUR,USD 100.00,',
        'Amount',
        'amount "USD 100.00" is in USD but the currency of this row is EUR',
      ],
      [
        'a spreadsheet serial date',
        'INV-1,Acme,,46204,USD,1.00,',
        'Due Date',
        'due date "46204" looks like a spreadsheet serial number, not a date: export dates as text',
      ],
      [
        'text for a date',
        'INV-1,Acme,,soon,USD,1.00,',
        'Due Date',
        'due date "soon" is not a date',
      ],
    ])('rejects %s', (_name, row, column, message) => {
      expect(rejected(csv(HEADER, row))).toEqual([expect.objectContaining({ column, message })]);
    });

    it('rejects a row with more cells than the header, once', () => {
      expect(
        rejected(
          csv('Invoice No,Customer,Due Date,Amount,Currency', 'INV-1,Acme,2026-07-01,1,234.50,USD'),
        ),
      ).toEqual([
        {
          line: 2,
          message:
            'this row has 6 cells but the header has 5: a delimiter inside an unquoted cell (like "1,234.56")?',
        },
      ]);
    });

    it('rejects a missing currency when there is no default', () => {
      const text = csv('Invoice No,Customer,Due Date,Amount', 'INV-1,Acme,2026-07-01,100.00');
      expect(rejected(text)).toEqual([
        {
          line: 2,
          column: 'Amount',
          message: 'currency is missing, and no default currency was given',
        },
      ]);
      expect(imported(text, { defaultCurrency: 'usd' }).invoices[0]!.amount).toEqual(
        money(10_000, 'USD'),
      );
    });

    it('takes the currency from an unambiguous sign when the currency cell is empty', () => {
      const text = csv(
        'Invoice No,Customer,Due Date,Amount',
        'INV-1,Acme,2026-07-01,"€1.234,56"',
        'INV-2,Acme,2026-07-01,"$5,00"',
      );
      expect(rejected(text)).toEqual([
        expect.objectContaining({
          line: 3,
          message: 'currency is missing, and no default currency was given',
        }),
      ]);
      expect(imported(text, { defaultCurrency: 'USD' }).invoices.map((i) => i.amount)).toEqual([
        money(123_456, 'EUR'),
        money(500, 'USD'),
      ]);
    });

    it('reads the columns given by index instead of the guessed ones', () => {
      const text = csv(
        'Ref,Buyer,Amount,Total,Due Date,Currency',
        'X-1,Acme,90.00,100.00,2026-07-01,EUR',
      );
      const result = imported(text, { columns: { invoiceNumber: 0, customerName: 1, amount: 2 } });
      expect(result.invoices[0]).toMatchObject({ number: 'X-1', amount: money(9_000, 'EUR') });
      expect(result.warnings).toContain('columns not imported: Total');
    });

    it('rejects column indexes outside the header', () => {
      expect(rejected(fixture('leading-zeros.csv'), { columns: { po: 9 } })).toEqual([
        expect.objectContaining({
          line: 1,
          message: expect.stringMatching(/^column 9 given for PO number does not exist/),
        }),
      ]);
    });
  });

  describe('dates', () => {
    it('rejects a column whose dates read both ways in every row, unless dateOrder is given', () => {
      const rejections = rejected(fixture('ambiguous-dates.csv'));
      expect(rejections.map((r) => [r.line, r.column])).toEqual([
        [1, 'Invoice Date'],
        [1, 'Due Date'],
      ]);
      expect(rejections[0]!.message).toMatch(/^ambiguous dates: pass dateOrder/);
      expect(
        imported(fixture('ambiguous-dates.csv'), { dateOrder: 'dmy' }).invoices[0]!.dueDate,
      ).toBe('2026-07-01');
      expect(
        imported(fixture('ambiguous-dates.csv'), { dateOrder: 'mdy' }).invoices[0]!.dueDate,
      ).toBe('2026-01-07');
    });

    it('lets one row with a day above 12 decide the order of its column', () => {
      const result = imported(
        csv(HEADER, 'INV-1,Acme,,05/07/2026,EUR,1.00,', 'INV-2,Acme,,25/07/2026,EUR,1.00,'),
      );
      expect(result.invoices.map((i) => i.dueDate)).toEqual(['2026-07-05', '2026-07-25']);
    });

    it('lets the other date column of the file decide', () => {
      const result = imported(
        csv(
          HEADER,
          'INV-1,Acme,05/06/2026,05/07/2026,EUR,1.00,',
          'INV-2,Acme,7/13/2026,8/12/2026,EUR,1.00,',
        ),
      );
      expect(result.invoices.map((i) => [i.issueDate, i.dueDate])).toEqual([
        ['2026-05-06', '2026-05-07'],
        ['2026-07-13', '2026-08-12'],
      ]);
    });

    it('rejects a row that contradicts the order its column shows', () => {
      const text = csv(
        HEADER,
        'INV-1,Acme,,25/07/2026,EUR,1.00,',
        'INV-2,Acme,,26/07/2026,EUR,1.00,',
        'INV-3,Acme,,07/27/2026,EUR,1.00,',
      );
      expect(rejected(text)).toEqual([
        {
          line: 4,
          column: 'Due Date',
          message:
            'due date "07/27/2026" does not fit the day/month/year order of this column (line 2 has "25/07/2026")',
        },
      ]);
    });

    it('rejects a row that contradicts the given dateOrder', () => {
      expect(
        rejected(csv(HEADER, 'INV-1,Acme,,07/27/2026,EUR,1.00,'), { dateOrder: 'dmy' }),
      ).toEqual([
        expect.objectContaining({ message: `due date "07/27/2026" does not fit dateOrder 'dmy'` }),
      ]);
    });

    it.each([
      ['2026-07-05', '2026-07-05'],
      ['2026/7/5', '2026-07-05'],
      ['2026.07.05', '2026-07-05'],
      ['2026年7月5日', '2026-07-05'],
      ['5 Jul 2026', '2026-07-05'],
      ['05-Jul-2026', '2026-07-05'],
      ['July 5, 2026', '2026-07-05'],
      ['2026-07-05 00:00:00', '2026-07-05'],
      ['2026-07-05T00:00:00Z', '2026-07-05'],
      ['5.7.2026', '2026-07-05'],
      ['5/7/26', '2026-07-05'],
      ['05/05/2026', '2026-05-05'],
    ])('reads the date %j', (cell, date) => {
      const result = imported(
        csv(HEADER, `INV-1,Acme,,${cell.includes(',') ? `"${cell}"` : cell},EUR,1.00,`),
        { dateOrder: 'dmy' },
      );
      expect(result.invoices[0]!.dueDate).toBe(date);
    });
  });

  describe('amounts', () => {
    it.each([
      ['"1,234.56"', money(123_456, 'EUR')],
      ['1234.56', money(123_456, 'EUR')],
      ['"€ 1,234.56"', money(123_456, 'EUR')],
      ['1234.56 EUR', money(123_456, 'EUR')],
      ['"1,234,567"', money(123_456_700, 'EUR')],
      ['"12,34,567.00"', money(123_456_700, 'EUR')],
      ['.5', money(50, 'EUR')],
    ])('reads %s with a decimal point', (cell, amount) => {
      expect(
        imported(csv(HEADER, `INV-1,Acme,,2026-07-01,EUR,${cell},`)).invoices[0]!.amount,
      ).toEqual(amount);
    });

    it.each([
      ['1.234,56', money(123_456, 'EUR')],
      ['1 234,56', money(123_456, 'EUR')],
      ['1\u00a0234,56 €', money(123_456, 'EUR')],
      ['1234,5', money(123_450, 'EUR')],
      ['1.234', money(123_400, 'EUR')],
    ])('reads %j with a decimal comma in a semicolon file', (cell, amount) => {
      const text = csv(
        'Rechnungsnr;Kunde;Fälligkeit;Währung;Betrag',
        `R-1;Kunde;2026-07-01;EUR;${cell}`,
      );
      expect(imported(text).invoices[0]!.amount).toEqual(amount);
    });

    it('decides the decimal style from the amounts, not the delimiter, when they show it', () => {
      const text = csv(
        'No;Customer;Due;Currency;Amount',
        'R-1;A;2026-07-01;KWD;1.234',
        'R-2;A;2026-07-01;KWD;2.5',
      );
      expect(imported(text).invoices.map((i) => i.amount)).toEqual([
        money(1_234, 'KWD'),
        money(2_500, 'KWD'),
      ]);
    });

    it('rejects an amount written in the other decimal style than the file', () => {
      const text = csv(
        HEADER,
        'INV-1,Acme,,2026-07-01,EUR,"1,234.56",',
        'INV-2,Acme,,2026-07-01,EUR,"2,000.00",',
        'INV-3,Acme,,2026-07-01,EUR,"1.234,56",',
      );
      expect(rejected(text)).toEqual([
        {
          line: 4,
          column: 'Amount',
          message: 'amount "1.234,56" uses a decimal comma while this file uses a decimal point',
        },
      ]);
    });
  });

  describe('status', () => {
    it.each([
      ['', '0', 'open'],
      ['', '40.00', 'partly-paid'],
      ['', '100.00', 'paid'],
      ['Paid', '', 'paid'],
      ['Open', '40.00', 'partly-paid'],
      ['Disputed', '0', 'disputed'],
      ['坏账', '0', 'written-off'],
    ])('gives status %j with paid %j → %s', (status, paid, expected) => {
      const text = csv(
        'Invoice No,Customer,Due Date,Currency,Amount,Paid,Status',
        `INV-1,Acme,2026-07-01,EUR,100.00,${paid},${status}`,
      );
      expect(imported(text).invoices[0]!.status).toBe(expected);
    });

    it('rejects a paid status with an unpaid balance and an unknown status', () => {
      const text = csv(
        'Invoice No,Customer,Due Date,Currency,Amount,Paid,Status',
        'INV-1,Acme,2026-07-01,EUR,100.00,40.00,Paid',
        'INV-2,Acme,2026-07-01,EUR,100.00,0,Sleeping',
      );
      expect(rejected(text)).toEqual([
        { line: 2, column: 'Status', message: 'status is paid but only 40.00 of 100.00 is paid' },
        {
          line: 3,
          column: 'Status',
          message: 'status "Sleeping" is not open, partly paid, paid, disputed or written off',
        },
      ]);
    });
  });

  describe('existing ledger', () => {
    const acme: Customer = {
      id: 'acme' as CustomerId,
      name: 'Acme Trading',
      country: 'US',
      language: 'en',
      timeZone: 'America/New_York',
      contacts: [{ name: 'Ann', email: 'ann@acme.com' }],
      domains: ['acme.com'],
      extra: { crmId: 7 },
    };
    const disputed: Invoice = {
      id: 'inv-legacy-7' as InvoiceId,
      number: 'inv-00123',
      customerId: acme.id,
      issueDate: '2026-05-01' as Invoice['issueDate'],
      dueDate: '2026-06-01' as Invoice['dueDate'],
      amount: money(10_000, 'USD'),
      paid: money(0, 'USD'),
      status: 'disputed',
      pause: { reason: 'dispute' },
      extra: { erpRef: 'X' },
    };
    const existing = { customers: [acme], invoices: [disputed] };
    const text = csv(
      'Invoice No,Customer,Email,Invoice Date,Due Date,Currency,Amount',
      'INV-00123 ,ACME trading,ap@acme.com,,2026-06-15,USD,120.00',
      'INV-00124,Acme Trading,,2026-06-01,2026-07-01,USD,50.00',
    );

    it('updates a re-imported invoice number in place and keeps its id, pause and extra fields', () => {
      const result = imported(text, { existing });
      expect(result.created).toBe(1);
      expect(result.updated).toBe(1);
      expect(result.invoices[0]).toEqual({
        ...disputed,
        number: 'INV-00123',
        dueDate: '2026-06-15',
        amount: money(12_000, 'USD'),
      });
      expect(result.invoices[1]!.id).toBe('inv-INV-00124');
    });

    it('links rows to existing customers by name and adds their new contacts', () => {
      const result = imported(text, { existing });
      expect(result.invoices.map((i) => i.customerId)).toEqual(['acme', 'acme']);
      expect(result.customersCreated).toBe(0);
      expect(result.customersUpdated).toBe(1);
      expect(result.customers).toEqual([
        { ...acme, contacts: [...acme.contacts, { name: '', email: 'ap@acme.com' }] },
      ]);
    });

    it('gives the same invoices when the same file is imported again', () => {
      const first = imported(text, { existing });
      const again = imported(text, {
        existing: { customers: first.customers, invoices: first.invoices },
      });
      expect(again.invoices).toEqual(first.invoices);
      expect(again.created).toBe(0);
      expect(again.customers).toEqual([]);
    });

    it('gives a new customer an id no existing customer has', () => {
      const other = {
        ...acme,
        id: 'beta-corp' as CustomerId,
        name: 'Beta Corporation',
        contacts: [],
      };
      const result = imported(
        csv('Invoice No,Customer,Due Date,Currency,Amount', 'B-1,Beta Corp,2026-07-01,USD,1.00'),
        {
          existing: { customers: [other], invoices: [] },
        },
      );
      expect(result.customers.map((c) => c.id)).toEqual(['beta-corp-2']);
    });
  });

  describe('customers from invoice rows', () => {
    it('reads country, language, time zone, contact and domain columns', () => {
      const text = csv(
        'Invoice No,Client,Contact,Email,Country,Language,Time Zone,Domain,Due Date,Currency,Amount',
        'A-1,Gulf Star,Omar,omar@gmail.com,Kuwait,English,Asia/Kuwait,gulfstar.com.kw,2026-07-01,KWD,1.000',
        'A-2,Gulf Star,,accounts@gulfstar.com.kw,KW,en,Asia/Kuwait,,2026-07-02,KWD,2.000',
      );
      expect(imported(text).customers).toEqual([
        {
          id: 'gulf-star',
          name: 'Gulf Star',
          country: 'KW',
          language: 'en',
          timeZone: 'Asia/Kuwait',
          contacts: [
            { name: 'Omar', email: 'omar@gmail.com' },
            { name: '', email: 'accounts@gulfstar.com.kw' },
          ],
          domains: ['gulfstar.com.kw'],
        },
      ]);
    });

    it('keeps the first of two disagreeing rows and says so', () => {
      const text = csv(
        'Invoice No,Customer,Country,Due Date,Currency,Amount',
        'A-1,Acme,ES,2026-07-01,EUR,1.00',
        'A-2,Acme,PT,2026-07-01,EUR,1.00',
      );
      const result = imported(text);
      expect(result.customers[0]!.country).toBe('ES');
      expect(result.warnings).toContain(
        'customer acme: line 3 gives country "PT" but line 2 gave "ES"; kept the first',
      );
    });

    it.each([
      [
        'Country',
        'Atlantis',
        'country "Atlantis" is neither a country name nor an ISO code like "ES"',
      ],
      ['Language', 'Klingon', 'language "Klingon" is not one of en, zh-CN, es, fr, de, pt'],
      ['Time Zone', 'CET+1', 'time zone "CET+1" is not an IANA time zone like "Europe/Madrid"'],
      ['Email', 'ana(at)acme.es', 'email "ana(at)acme.es" is not an email address'],
      ['Domain', 'acme', 'domain "acme" is not a domain name'],
    ])('rejects a %s it cannot read', (header, cell, message) => {
      const text = csv(
        `Invoice No,Customer,${header},Due Date,Currency,Amount`,
        `A-1,Acme,${cell},2026-07-01,EUR,1.00`,
      );
      expect(rejected(text)).toEqual([{ line: 2, column: header, message }]);
    });

    it('reports a bad customer cell on every row that has it', () => {
      const text = csv(
        'Invoice No,Customer,Email,Due Date,Currency,Amount',
        'A-1,Acme,bad,2026-07-01,EUR,1.00',
        'A-2,Acme,bad,2026-07-01,EUR,1.00',
      );
      expect(rejected(text).map((r) => r.line)).toEqual([2, 3]);
    });
  });

  describe('customers file', () => {
    it('takes customers from the customers file and links invoice rows by name', () => {
      const invoices = csv(
        HEADER,
        'INV-1,"Acme Trading, Inc.",,2026-07-01,USD,1.00,',
        'INV-2,Hanse Logistik GmbH,,2026-07-01,EUR,1.00,',
      );
      const result = imported(invoices, { customersCsv: fixture('customers.csv') });
      expect(result.invoices.map((i) => i.customerId)).toEqual(['acme', 'hanse']);
      expect(result.customers).toEqual([
        {
          id: 'acme',
          name: 'Acme Trading, Inc.',
          country: 'US',
          language: 'en',
          timeZone: 'America/New_York',
          contacts: [
            { name: 'Ana Ruiz', email: 'ana.ruiz@acmetrading.com' },
            { name: 'Bob Lee', email: 'bob.lee@acmetrading.com' },
          ],
          domains: ['acmetrading.com'],
          paymentTermsDays: 30,
          segment: 'key-accounts',
        },
        {
          id: 'hanse',
          name: 'Hanse Logistik GmbH',
          country: 'DE',
          language: 'de',
          timeZone: 'Europe/Berlin',
          contacts: [{ name: 'Jens Ohl', email: 'buchhaltung@hanse-logistik.de' }],
          domains: ['hanse-logistik.de'],
          paymentTermsDays: 45,
        },
      ]);
    });

    it('reads country names, language names, web addresses, hold flags and notes', () => {
      const customers = csv(
        'Customer Code,Company,Contact,E-mail,País,Idioma,Zeitzone,Website,Credit Hold,Notes',
        'cv,Costa Verde,Ana,"ana@costaverde.es; Luis <luis@costaverde.es>",西班牙,Español,Europe/Madrid,https://www.costaverde.es/contacto,yes,VIP',
      );
      const result = imported(csv(HEADER, 'INV-1,cv,,2026-07-01,EUR,1.00,'), {
        customersCsv: customers,
        columns: { customerId: 1 },
      });
      expect(result.invoices[0]!.customerId).toBe('cv');
      expect(result.customers).toEqual([
        {
          id: 'cv',
          name: 'Costa Verde',
          country: 'ES',
          language: 'es',
          timeZone: 'Europe/Madrid',
          contacts: [
            { name: 'Ana', email: 'ana@costaverde.es' },
            { name: 'Luis', email: 'luis@costaverde.es' },
          ],
          domains: ['costaverde.es'],
          creditHold: true,
          notes: 'VIP',
        },
      ]);
    });

    it('rejects invoice rows whose customer is in neither file nor ledger', () => {
      const result = rejected(fixture('english-comma.csv'), {
        customersCsv: fixture('customers.csv'),
        fileName: 'invoices.csv',
      });
      expect(result.map((r) => [r.file, r.line, r.column, r.message])).toEqual([
        [
          'invoices.csv',
          5,
          'Customer',
          'customer "Costa Verde Importaciones" is neither in the customers file nor in the ledger',
        ],
        [
          'invoices.csv',
          6,
          'Customer',
          'customer "Tokyo Precision KK" is neither in the customers file nor in the ledger',
        ],
      ]);
    });

    it('reports bad rows of the customers file under its name', () => {
      const customers = csv(
        'ID,Name,Email,Time Zone,Language',
        'x,X Ltd,not-an-email,Mars/Base,Klingon',
      );
      const result = rejected(csv(HEADER, 'INV-1,X Ltd,,2026-07-01,USD,1.00,'), {
        customersCsv: customers,
        customersFileName: 'clients.csv',
      });
      expect(result.map((r) => [r.file, r.line, r.column])).toEqual([
        ['clients.csv', 2, 'Email'],
        ['clients.csv', 2, 'Language'],
        ['clients.csv', 2, 'Time Zone'],
      ]);
    });
  });
});

describe('importInvoicesCsvSteps', () => {
  /** Runs the sliced import, keeping every step it yields. */
  function sliced(text: string, options: CsvImportOptions) {
    const steps: WorkStep[] = [];
    const run = importInvoicesCsvSteps(text, options);
    for (;;) {
      const next = run.next();
      if (next.done) return { result: next.value, steps };
      steps.push(next.value);
    }
  }

  const manyRows = (count: number, bad?: number): string => {
    const lines = [HEADER];
    for (let i = 0; i < count; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const amount = i === bad ? 'lots' : `${(i % 900) + 100}.50`;
      lines.push(`INV-${i},Buyer ${i % 37},2026-05-${day},2026-06-${day},EUR,${amount},0`);
    }
    return csv(...lines);
  };

  it('gives the same result as importInvoicesCsv, yielding every few thousand rows', () => {
    const text = manyRows(12_000);
    const { result, steps } = sliced(text, BASE);
    expect(result).toEqual(importInvoicesCsv(text, BASE));
    expect(result.ok && result.invoices).toHaveLength(12_000);
    const rowSteps = steps.filter((s) => s.done > 0);
    expect(rowSteps.map((s) => s.done)).toEqual([5000, 10_000]);
    expect(steps.every((s) => s.total === 12_000)).toBe(true);
  });

  it('rejects the same rows as importInvoicesCsv', () => {
    const text = manyRows(7000, 6500);
    const { result } = sliced(text, BASE);
    expect(result.ok).toBe(false);
    expect(result).toEqual(importInvoicesCsv(text, BASE));
  });

  it('reads an ERP export into an existing ledger the same way', () => {
    const text = fixture('english-comma.csv');
    const first = importInvoicesCsv(text, BASE);
    if (!first.ok) throw new Error('fixture rejected');
    const options = { ...BASE, existing: { customers: first.customers, invoices: first.invoices } };
    expect(sliced(text, options).result).toEqual(importInvoicesCsv(text, options));
  });
});
