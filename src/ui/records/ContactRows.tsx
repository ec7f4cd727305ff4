import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { ContactRow } from '../../core/customerForm';
import type { RecordsStrings } from './strings';

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  grow: { flexGrow: 1, minWidth: '10em' },
});

export type ContactRowsProps = {
  /** The message under a row's email field, if any (`undefined` when the row is fine). */
  emailError: (row: number) => string | undefined;
  onChange: (rows: readonly ContactRow[]) => void;
  /** Called when a row's field loses focus, so its message shows from then on. */
  onTouch: (row: number) => void;
  rows: readonly ContactRow[];
  strings: RecordsStrings;
};

/** The contacts of a customer: name and email per row, rows added and removed. */
export function ContactRows({ emailError, onChange, onTouch, rows, strings }: ContactRowsProps) {
  const styles = useStyles();
  const set = (index: number, change: Partial<ContactRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{strings.contacts}</legend>
      {rows.map((row, index) => {
        const error = emailError(index);
        return (
          <div key={index} className={styles.row}>
            <Field className={styles.grow} label={strings.contactName(index + 1)}>
              <Input
                value={row.name}
                onChange={(_, d) => set(index, { name: d.value })}
                onBlur={() => onTouch(index)}
              />
            </Field>
            <Field
              className={styles.grow}
              label={strings.contactEmail(index + 1)}
              validationState={error ? 'error' : 'none'}
              validationMessage={error}
            >
              <Input
                type="email"
                value={row.email}
                onChange={(_, d) => {
                  set(index, { email: d.value });
                  onTouch(index);
                }}
                onBlur={() => onTouch(index)}
              />
            </Field>
            <Button
              appearance="subtle"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {strings.removeContact(index + 1)}
            </Button>
          </div>
        );
      })}
      <Button onClick={() => onChange([...rows, { name: '', email: '' }])}>
        {strings.addContact}
      </Button>
    </fieldset>
  );
}
