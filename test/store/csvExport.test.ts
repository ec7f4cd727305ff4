import fc from 'fast-check';
import { csvCell, csvText, invoicesCsv } from '../../src/store/csvExport';
import { sampleLedger } from './testLedger';

// A spreadsheet runs a cell as a formula when its first character is one of these.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

describe('csvCell', () => {
  it.each(TRIGGERS.map((t) => [JSON.stringify(t), `${t}HYPERLINK("http://evil.example")`]))(
    'neutralises a cell starting with %s',
    (_name, value) => {
      const cell = unquote(csvCell(value));
      expect(TRIGGERS).not.toContain(cell[0]);
      expect(cell).toBe(`'${value}`);
    },
  );

  it('keeps plain numbers, negative ones included, as numbers', () => {
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(42)).toBe('42');
  });

  it('never lets any text start with a formula trigger, and keeps its content', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = unquote(csvCell(text));
        const guarded = TRIGGERS.includes(text[0] ?? '') && !/^-?\d+(\.\d+)?$/.test(text);
        expect(cell).toBe(guarded ? `'${text}` : text);
        expect(guarded && TRIGGERS.includes(cell[0] ?? '')).toBe(false);
      }),
    );
  });
});

describe('csvText', () => {
  it('quotes separators and ends lines with CRLF', () => {
    expect(csvText(['a', 'b'], [['x,y', 'say "hi"']])).toBe('a,b\r\n"x,y","say ""hi"""\r\n');
  });
});

describe('invoicesCsv', () => {
  it('writes one row per invoice with the customer name', () => {
    const ledger = sampleLedger();
    const text = invoicesCsv(ledger.invoices, new Map(ledger.customers.map((c) => [c.id, c])));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(ledger.invoices.length + 1);
    expect(lines[1]).toContain(ledger.invoices[0]!.number);
  });
});
