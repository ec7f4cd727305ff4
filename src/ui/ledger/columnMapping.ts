import type { ColumnField } from '../../core/csvColumns';

/** Which column (0-based) holds each field; undefined when the file has none. */
export type ColumnMapping = Readonly<Record<ColumnField, number | undefined>>;

/** The fields in the order the mapping step shows them: what the import needs first. */
export const COLUMN_FIELDS: readonly ColumnField[] = [
  'invoiceNumber',
  'customerName',
  'customerId',
  'dueDate',
  'amount',
  'currency',
  'issueDate',
  'paid',
  'status',
  'po',
  'email',
  'contactName',
  'domain',
  'country',
  'language',
  'timeZone',
];

/** Fields without which the engine rejects the file (a customer name or id is needed too). */
export const REQUIRED_FIELDS: ReadonlySet<ColumnField> = new Set([
  'invoiceNumber',
  'dueDate',
  'amount',
]);

function holder(mapping: ColumnMapping, index: number, except: ColumnField): boolean {
  return COLUMN_FIELDS.some((f) => f !== except && mapping[f] === index);
}

/**
 * True when the field cannot be left out: the engine reads its guessed column whenever no other
 * field is given that column (the port's `columns` can assign a column, never remove a guess).
 */
export function isGuessKept(
  mapping: ColumnMapping,
  guessed: ColumnMapping,
  field: ColumnField,
): boolean {
  const guess = guessed[field];
  return guess !== undefined && !holder(mapping, guess, field);
}

/**
 * The mapping after giving `field` the column `index` (or none), as the engine will read it: a
 * column belongs to one field, and a field left without a column falls back on its guess while
 * that column is free.
 */
export function withColumn(
  mapping: ColumnMapping,
  guessed: ColumnMapping,
  field: ColumnField,
  index: number | undefined,
): ColumnMapping {
  const next: Record<ColumnField, number | undefined> = { ...mapping, [field]: index };
  if (index !== undefined) {
    for (const other of COLUMN_FIELDS)
      if (other !== field && next[other] === index) next[other] = undefined;
  }
  for (const other of COLUMN_FIELDS) {
    const guess = guessed[other];
    if (next[other] === undefined && guess !== undefined && !holder(next, guess, other)) {
      next[other] = guess;
    }
  }
  return next;
}

/** The mapping as the import request's `columns`: every field that has a column. */
export function columnsOf(mapping: ColumnMapping): Partial<Record<ColumnField, number>> {
  const columns: Partial<Record<ColumnField, number>> = {};
  for (const field of COLUMN_FIELDS) {
    const index = mapping[field];
    if (index !== undefined) columns[field] = index;
  }
  return columns;
}
