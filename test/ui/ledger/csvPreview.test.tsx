import { csvPreviewOf, readHead } from '../../../src/ui/ledger/csvPreview';
import './blobText';

const TEXT = [
  'Invoice No;Kunde;Fällig am;Betrag',
  'A-1;X;01.08.2026;1.200,00',
  'A-2;Y;02.08.2026;5,00',
]
  .concat(Array.from({ length: 8 }, (_, i) => `B-${i};Z;03.08.2026;1,00`))
  .join('\n');

describe('csvPreviewOf', () => {
  it('reads the header, the first rows and the guessed columns with the engine', () => {
    const preview = csvPreviewOf(TEXT, true);
    expect(preview.headers).toEqual(['Invoice No', 'Kunde', 'Fällig am', 'Betrag']);
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toEqual({ line: 2, cells: ['A-1', 'X', '01.08.2026', '1.200,00'] });
    expect(preview.rowCount).toBe(10);
    expect(preview.guessed).toMatchObject({
      invoiceNumber: 0,
      customerName: 1,
      dueDate: 2,
      amount: 3,
    });
  });

  it('gives no row count for the head of a longer file', () => {
    expect(csvPreviewOf(TEXT, false).rowCount).toBeUndefined();
  });
});

describe('readHead', () => {
  it('reads a small file whole', async () => {
    expect(await readHead(new Blob([TEXT]))).toEqual({ text: TEXT, complete: true });
  });

  it('cuts the head of a large file after its last whole line', async () => {
    const head = await readHead(new Blob([TEXT]), 60);
    expect(head.complete).toBe(false);
    expect(TEXT.startsWith(head.text)).toBe(true);
    expect(TEXT[head.text.length]).toBe('\n');
  });
});
