import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import {
  checkCustomerForm,
  customerFormOf,
  type CustomerForm as Form,
  type CustomerFormField,
} from '../../core/customerForm';
import { LETTER_LANGUAGES, type Customer, type LetterLanguage } from '../../core/model';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import { ContactRows } from './ContactRows';
import type { RecordsStrings } from './strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export type CustomerFormProps = {
  /** The customer edited; undefined for a new one. */
  base: Customer | undefined;
  defaults: { readonly language: LetterLanguage; readonly timeZone: string };
  /** Receives focus when the form opens, so keyboard users land on it. */
  headingId: string;
  ledger: Pick<LedgerRepository, 'customer' | 'saveCustomer'>;
  locale: string;
  onSaved: (customer: Customer) => void;
  strings: RecordsStrings;
};

const regionNames = (locale: string) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    return undefined;
  }
};

const languageNames = (locale: string) => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    return undefined;
  }
};

/** The IANA zones the runtime knows, offered while typing a time zone. */
function knownZones(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/**
 * Adds or edits a customer: every field checked as it is typed with the engine's rules, the
 * message under the field; saved with the repository's saveCustomer. A new customer's id is typed
 * or made from the name, and never takes the id of another customer.
 */
export function CustomerForm({
  base,
  defaults,
  headingId,
  ledger,
  locale,
  onSaved,
  strings,
}: CustomerFormProps) {
  const styles = useStyles();
  const [form, setForm] = useState<Form>(() => customerFormOf(base, defaults));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [idTaken, setIdTaken] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  const check = useMemo(() => checkCustomerForm(form, base), [form, base]);
  const regions = useMemo(() => regionNames(locale), [locale]);
  const languages = useMemo(() => languageNames(locale), [locale]);
  const zoneListId = `${headingId}-zones`;
  // Four hundred options: built once, not on every keystroke.
  const zoneList = useMemo(
    () => (
      <datalist id={zoneListId}>
        {knownZones().map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    ),
    [zoneListId],
  );

  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  const change = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    touch(key);
    if (key === 'id' || key === 'name') setIdTaken(false);
  };
  const errorOf = (field: CustomerFormField): string | undefined => {
    if (field === 'id' && idTaken) return strings.idTaken;
    const issue = check.issues[field];
    if (!issue || !(submitted || touched.has(field))) return undefined;
    return strings.customerProblem(issue.problem, issue.values ?? []);
  };
  const state = (field: CustomerFormField) => (errorOf(field) ? 'error' : 'none');
  const countryCode = check.customer?.country ?? '';
  const countryNote =
    countryCode !== '' && countryCode !== form.country.trim()
      ? strings.countryIs(countryCode, regions?.of(countryCode) ?? countryCode)
      : strings.countryHint;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setFailure(undefined);
    if (!check.customer) return;
    setSaving(true);
    try {
      let customer = check.customer;
      if (!base) {
        const free = await freeId(ledger, customer.id, form.id.trim() !== '');
        if (free === undefined) {
          setIdTaken(true);
          return;
        }
        customer = { ...customer, id: free };
      }
      await ledger.saveCustomer(customer);
      onSaved(customer);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <Subtitle2 as="h4" id={headingId} tabIndex={-1}>
        {base ? strings.editCustomer(base.name) : strings.newCustomer}
      </Subtitle2>
      <Field
        label={strings.name}
        required
        validationState={state('name')}
        validationMessage={errorOf('name')}
      >
        <Input value={form.name} onChange={(_, d) => change('name', d.value)} />
      </Field>
      <Field
        label={strings.id}
        hint={base ? undefined : strings.idHint}
        validationState={state('id')}
        validationMessage={errorOf('id')}
      >
        <Input
          value={base ? base.id : form.id}
          readOnly={base !== undefined}
          onChange={(_, d) => change('id', d.value)}
        />
      </Field>
      <Field
        label={strings.country}
        hint={countryNote}
        validationState={state('country')}
        validationMessage={errorOf('country')}
      >
        <Input value={form.country} onChange={(_, d) => change('country', d.value)} />
      </Field>
      <Field label={strings.language}>
        <Select value={form.language} onChange={(_, d) => change('language', d.value)}>
          {LETTER_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languages?.of(l) ?? l}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={strings.timeZone}
        hint={strings.timeZoneHint}
        required
        validationState={state('timeZone')}
        validationMessage={errorOf('timeZone')}
      >
        <Input
          value={form.timeZone}
          list={zoneListId}
          onChange={(_, d) => change('timeZone', d.value)}
        />
      </Field>
      {zoneList}
      <ContactRows
        rows={form.contacts}
        strings={strings}
        onChange={(rows) => setForm((f) => ({ ...f, contacts: rows }))}
        onTouch={(row) => touch(`contacts.${row}.email`)}
        emailError={(row) => errorOf(`contacts.${row}.email`)}
      />
      <Field
        label={strings.domains}
        hint={strings.domainsHint}
        validationState={state('domains')}
        validationMessage={errorOf('domains')}
      >
        <Input value={form.domains} onChange={(_, d) => change('domains', d.value)} />
      </Field>
      <Field
        label={strings.paymentTerms}
        validationState={state('paymentTermsDays')}
        validationMessage={errorOf('paymentTermsDays')}
      >
        <Input
          inputMode="numeric"
          value={form.paymentTermsDays}
          onChange={(_, d) => change('paymentTermsDays', d.value)}
        />
      </Field>
      <Field label={strings.segment} hint={strings.segmentHint}>
        <Input value={form.segment} onChange={(_, d) => change('segment', d.value)} />
      </Field>
      <Checkbox
        label={strings.creditHold}
        checked={form.creditHold}
        onChange={(_, d) => change('creditHold', d.checked === true)}
      />
      <Field label={strings.notes}>
        <Textarea value={form.notes} onChange={(_, d) => change('notes', d.value)} />
      </Field>
      {submitted && !check.customer && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{strings.fixFirst}</MessageBarBody>
        </MessageBar>
      )}
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
          {strings.saveCustomer}
        </Button>
      </div>
    </form>
  );
}

/**
 * The id a new customer gets: the typed one if free (undefined when taken), or the one made from
 * the name with -2, -3… added until free.
 */
async function freeId(
  ledger: Pick<LedgerRepository, 'customer'>,
  wanted: string,
  typed: boolean,
): Promise<Customer['id'] | undefined> {
  const taken = async (id: string) => (await ledger.customer(id as Customer['id'])) !== undefined;
  if (!(await taken(wanted))) return wanted as Customer['id'];
  if (typed) return undefined;
  for (let n = 2; ; n++) {
    const id = `${wanted}-${n}`;
    if (!(await taken(id))) return id as Customer['id'];
  }
}
