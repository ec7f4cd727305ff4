import type { Invoice } from '../../src/core/model';
import { documentsOf } from '../../src/store/ledgerDocuments';
import { LedgerMerge } from '../../src/store/ledgerMerge';
import { LookupBuckets } from '../../src/store/lookupBuckets';
import { sampleLedger } from './testLedger';

/** A merge over the sample ledger's documents, as read back from the database. */
function mergeOverSamples() {
  const ledger = sampleLedger();
  // A structured clone, as IndexedDB returns records: same data, no shared objects.
  const docs = structuredClone(documentsOf(ledger));
  const merge = new LedgerMerge(docs.customers, docs.nextOrder, new LookupBuckets(docs.lookups));
  return { ledger, merge };
}

function customerWrites(merge: LedgerMerge): string[] {
  return [...merge.writes([])]
    .filter((op) => op.store === 'customers' && 'value' in op)
    .map((op) => (op as { value: { id: string } }).value.id);
}

describe('LedgerMerge', () => {
  it('writes no document when the same customers and invoices arrive again', () => {
    const { ledger, merge } = mergeOverSamples();
    for (const customer of ledger.customers) merge.upsertCustomer({ ...customer });
    // Key order differs from the stored records: the data is what counts.
    for (const invoice of ledger.invoices)
      merge.upsertInvoice(Object.fromEntries(Object.entries(invoice).reverse()) as Invoice);

    expect(customerWrites(merge)).toEqual([]);
    expect(merge.updated).toBe(ledger.invoices.length);
    expect(merge.customersUpdated).toBe(ledger.customers.length);
  });

  it('writes exactly the documents whose customer or invoices changed', () => {
    const { ledger, merge } = mergeOverSamples();
    const [first, second] = ledger.customers;
    const invoice = ledger.invoices.find((i) => i.customerId === second!.id)!;
    merge.upsertCustomer({ ...first!, name: `${first!.name} (new name)` });
    merge.upsertInvoice({ ...invoice, dueDate: '2026-12-31' as Invoice['dueDate'] });
    for (const other of ledger.invoices.filter((i) => i.id !== invoice.id))
      merge.upsertInvoice(other);

    expect(customerWrites(merge).sort()).toEqual([first!.id, second!.id].sort());
  });
});
