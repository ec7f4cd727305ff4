import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import type { CalendarDate } from '../../core/calendarDate';
import { CURRENCY_EXPONENTS } from '../../core/currencies';
import {
  checkInvoiceForm,
  invoiceFormOf,
  type InvoiceForm as Form,
  type InvoiceFormField,
} from '../../core/invoiceForm';
import { invoiceNumberKey } from '../../core/ledgerFile';
import { normalizeReference } from '../../core/matching';
import {
  INVOICE_STATUSES,
  type Customer,
  type CustomerId,
  type Invoice,
  type InvoiceId,
} from '../../core/model';
import { decimalStyleOf } from '../../core/moneyInput';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { RecordsStrings } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1, minWidth: '9em' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const CURRENCY_OPTIONS = Object.keys(CURRENCY_EXPONENTS)
  .sort()
  .map((c) => (
    <option key={c} value={c}>
      {c}
    </option>
  ));

export type InvoiceFormProps = {
  /** The invoice edited; undefined for a new one. */
  base: Invoice | undefined;
  customerId: CustomerId;
  defaultCurrency: string;
  headingId: string;
  ledger: Pick<LedgerRepository, 'hitsFor' | 'saveInvoice'>;
  locale: string;
  onCancel: () => void;
  onSaved: (invoice: Invoice) => void;
  strings: RecordsStrings;
  today: CalendarDate;
};

/** The owner's name when another invoice has this number (an indexed lookup), else undefined. */
async function numberOwner(
  ledger: Pick<LedgerRepository, 'hitsFor'>,
  number: string,
  ownId: InvoiceId,
): Promise<{ readonly owner: Customer | undefined } | undefined> {
  const token = normalizeReference(number);
  const hits = await ledger.hitsFor({
    role: 'sender',
    addresses: [],
    domains: [],
    tokens: [{ value: token, where: 'subject' }],
  });
  const key = invoiceNumberKey(number);
  const clash = (hits.invoicesByNumber.get(token) ?? []).find(
    (i) => i.id !== ownId && invoiceNumberKey(i.number) === key,
  );
  return clash ? { owner: hits.customersById.get(clash.customerId) } : undefined;
}

/** A new invoice's id: readable from its number, with a random tail so it never meets another. */
function newInvoiceId(number: string): InvoiceId {
  const tail = globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return `inv-${normalizeReference(number).toLowerCase()}-${tail}` as InvoiceId;
}

/**
 * Adds or edits an invoice: number, PO, dates, amount read exactly in the currency's minor units,
 * currency and status, each checked as typed; saved with saveInvoice. A number another invoice
 * has is refused on the number field, before saving and again if the repository refuses it.
 */
export function InvoiceForm({
  base,
  customerId,
  defaultCurrency,
  headingId,
  ledger,
  locale,
  onCancel,
  onSaved,
  strings,
  today,
}: InvoiceFormProps) {
  const styles = useStyles();
  const [form, setForm] = useState<Form>(() =>
    invoiceFormOf(base, { currency: defaultCurrency, today }),
  );
  const [id] = useState<InvoiceId | undefined>(() => base?.id);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [taken, setTaken] = useState<{ owner: string | undefined }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const style = useMemo(() => decimalStyleOf(locale), [locale]);
  const check = useMemo(
    () =>
      checkInvoiceForm(form, {
        id: id ?? ('' as InvoiceId),
        customerId,
        base,
        decimalStyle: style,
      }),
    [form, id, customerId, base, style],
  );

  const change = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setTouched((t) => new Set([...t, key]));
    if (key === 'number') setTaken(undefined);
  };
  const errorOf = (field: InvoiceFormField): string | undefined => {
    if (field === 'number' && taken) return strings.numberTaken(taken.owner);
    const problem = check.issues[field];
    if (!problem || !(submitted || touched.has(field))) return undefined;
    return strings.invoiceProblem(problem);
  };
  const state = (field: InvoiceFormField) => (errorOf(field) ? 'error' : 'none');
  const decimals = CURRENCY_EXPONENTS[form.currency] ?? 2;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (!check.invoice) return;
    setSaving(true);
    try {
      const invoice = { ...check.invoice, id: id ?? newInvoiceId(check.invoice.number) };
      const clash = await numberOwner(ledger, invoice.number, invoice.id);
      if (clash) {
        setTaken({ owner: clash.owner?.name });
        return;
      }
      await ledger.saveInvoice(invoice);
      onSaved(invoice);
    } catch (error) {
      // Another pane may have taken the number since the check: the store refuses it then.
      const message = (error as Error).message;
      if (/already used/.test(message)) setTaken({ owner: undefined });
      else setFailure(message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <Subtitle2 as="h5" id={headingId} tabIndex={-1}>
        {base ? strings.editInvoice(base.number) : strings.newInvoice}
      </Subtitle2>
      <div className={styles.pair}>
        <Field
          className={styles.grow}
          label={strings.number}
          required
          validationState={state('number')}
          validationMessage={errorOf('number')}
        >
          <Input value={form.number} onChange={(_, d) => change('number', d.value)} />
        </Field>
        <Field className={styles.grow} label={strings.po}>
          <Input value={form.po} onChange={(_, d) => change('po', d.value)} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field
          className={styles.grow}
          label={strings.issueDate}
          required
          validationState={state('issueDate')}
          validationMessage={errorOf('issueDate')}
        >
          <Input
            type="date"
            value={form.issueDate}
            onChange={(_, d) => change('issueDate', d.value)}
          />
        </Field>
        <Field
          className={styles.grow}
          label={strings.dueDate}
          required
          validationState={state('dueDate')}
          validationMessage={errorOf('dueDate')}
        >
          <Input type="date" value={form.dueDate} onChange={(_, d) => change('dueDate', d.value)} />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field
          className={styles.grow}
          label={strings.amount}
          hint={strings.amountHint(form.currency, decimals)}
          required
          validationState={state('amount')}
          validationMessage={errorOf('amount')}
        >
          <Input
            inputMode="decimal"
            value={form.amount}
            onChange={(_, d) => change('amount', d.value)}
          />
        </Field>
        <Field
          className={styles.grow}
          label={strings.currency}
          validationState={state('currency')}
          validationMessage={errorOf('currency')}
        >
          <Select value={form.currency} onChange={(_, d) => change('currency', d.value)}>
            {CURRENCY_OPTIONS}
          </Select>
        </Field>
      </div>
      <Field
        label={strings.status}
        validationState={state('status')}
        validationMessage={errorOf('status')}
      >
        <Select value={form.status} onChange={(_, d) => change('status', d.value)}>
          {INVOICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {strings.statuses[s]}
            </option>
          ))}
        </Select>
      </Field>
      {failure && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {strings.saveInvoice}
        </Button>
        <Button onClick={onCancel}>{strings.cancel}</Button>
      </div>
    </form>
  );
}
