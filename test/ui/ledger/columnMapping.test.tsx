import { guessColumns } from '../../../src/core/csvColumns';
import {
  columnsOf,
  isGuessKept,
  withColumn,
  type ColumnMapping,
} from '../../../src/ui/ledger/columnMapping';

const HEADERS = ['Invoice No', 'Customer', 'Due Date', 'Amount', 'Paid', 'Notes'];
const guessed: ColumnMapping = guessColumns(HEADERS);

describe('withColumn', () => {
  it('gives a column to one field only', () => {
    const next = withColumn(guessed, guessed, 'paid', 3);
    expect(next.paid).toBe(3);
    expect(next.amount).toBeUndefined();
  });

  it('gives a field back its guess once its guessed column is free again', () => {
    const moved = withColumn(guessed, guessed, 'amount', 5);
    expect(moved.amount).toBe(5);
    const taken = withColumn(moved, guessed, 'paid', 5);
    expect(taken.paid).toBe(5);
    expect(taken.amount).toBe(3);
  });

  it('maps a field the headers did not name', () => {
    expect(withColumn(guessed, guessed, 'po', 5).po).toBe(5);
  });
});

describe('isGuessKept', () => {
  it('holds a guessed field whose column no other field took', () => {
    expect(isGuessKept(guessed, guessed, 'amount')).toBe(true);
    expect(isGuessKept(withColumn(guessed, guessed, 'paid', 3), guessed, 'amount')).toBe(false);
    expect(isGuessKept(guessed, guessed, 'po')).toBe(false);
  });
});

describe('columnsOf', () => {
  it('lists every field with a column and no other', () => {
    expect(columnsOf(guessed)).toEqual({
      invoiceNumber: 0,
      customerName: 1,
      dueDate: 2,
      amount: 3,
      paid: 4,
    });
  });
});
