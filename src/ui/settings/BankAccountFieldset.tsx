import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { memo, type ReactNode } from 'react';
import { formatIban, isValidIban } from '../../core/iban';
import type { BankAccount, Charges } from '../../core/model';
import { CHARGES } from '../../core/paymentAccount';
import { accountFieldId, domIdOf } from './fieldIds';
import { useFieldsetStyles } from './fieldsetStyles';
import type { AccountDraft, SettingsDraft } from './settingsDraft';
import type { SettingsStrings } from './strings';
import type { SettingsForm } from './useSettingsForm';

const useStyles = makeStyles({
  code: { fontFamily: tokens.fontFamilyMonospace },
  remove: { alignSelf: 'flex-start' },
});

/** The problems shown on an account's fields (see SettingsForm.errorOf). */
export type AccountErrors = Readonly<Partial<Record<keyof BankAccount, string>>>;

export type BankAccountFieldsetProps = {
  readonly account: AccountDraft;
  /** The `<option>`s of the currency list, made once: five accounts × 160 currencies add up. */
  readonly currencyOptions: ReactNode;
  readonly currencyCodes: ReadonlySet<string>;
  readonly errors: AccountErrors;
  /** The IBAN was edited: a valid one says so. */
  readonly ibanTouched: boolean;
  readonly onChange: SettingsForm['change'];
  readonly onRemove: (key: string, position: number, currency: string) => void;
  /** 1-based, as the legend shows it. */
  readonly position: number;
  readonly strings: SettingsStrings;
};

const validation = (message: string | undefined) =>
  message === undefined ? {} : ({ validationState: 'error', validationMessage: message } as const);

function sameProps(a: BankAccountFieldsetProps, b: BankAccountFieldsetProps): boolean {
  const keys = new Set([...Object.keys(a.errors), ...Object.keys(b.errors)]);
  return (
    a.account === b.account &&
    a.currencyOptions === b.currencyOptions &&
    a.ibanTouched === b.ibanTouched &&
    a.onChange === b.onChange &&
    a.onRemove === b.onRemove &&
    a.position === b.position &&
    a.strings === b.strings &&
    [...keys].every((k) => a.errors[k as keyof BankAccount] === b.errors[k as keyof BankAccount])
  );
}

/**
 * One receiving account: every field, IBAN and SWIFT/BIC checked as they are typed. Re-renders
 * only when its own account or problems change, so typing stays quick with many accounts.
 */
export const BankAccountFieldset = memo(function BankAccountFieldset({
  account,
  currencyOptions,
  currencyCodes,
  errors,
  ibanTouched,
  onChange,
  onRemove,
  position,
  strings: s,
}: BankAccountFieldsetProps) {
  const styles = useStyles();
  const frame = useFieldsetStyles();
  const id = (field: keyof BankAccount) => accountFieldId(account.key, field);
  const edit = (field: keyof BankAccount, patch: Partial<AccountDraft>) =>
    onChange(id(field), (d: SettingsDraft) => ({
      ...d,
      accounts: d.accounts.map((a) => (a.key === account.key ? { ...a, ...patch } : a)),
    }));
  const text = (field: keyof BankAccount & keyof AccountDraft) => ({
    id: domIdOf(id(field)),
    value: account[field] as string,
    onChange: (_: unknown, d: { value: string }) => edit(field, { [field]: d.value }),
  });
  const v = (field: keyof BankAccount) => validation(errors[field]);
  const currency = account.currency.trim().toUpperCase();
  const legend = s.accountLegend(position, currency);
  const ibanValid = account.iban.trim() !== '' && isValidIban(account.iban);
  const ibanValidation =
    errors.iban === undefined && ibanValid && ibanTouched
      ? ({ validationState: 'success', validationMessage: s.ibanValid } as const)
      : v('iban');
  const known = currencyCodes.has(currency);

  return (
    <fieldset className={frame.fieldset}>
      <legend className={frame.legend}>{legend}</legend>
      <Field label={s.currency} required {...v('currency')}>
        <Select {...text('currency')}>
          <option value="">{s.chooseCurrency}</option>
          {!known && currency !== '' && <option value={account.currency}>{currency}</option>}
          {currencyOptions}
        </Select>
      </Field>
      <Field label={s.holder} required {...v('holder')}>
        <Input {...text('holder')} />
      </Field>
      <Field label={s.bank} required {...v('bank')}>
        <Input {...text('bank')} />
      </Field>
      <Field label={s.bankAddress} {...v('bankAddress')}>
        <Textarea {...text('bankAddress')} resize="vertical" rows={2} />
      </Field>
      <Field label={s.identifiedBy}>
        <RadioGroup
          layout="horizontal"
          value={account.identifier}
          onChange={(_, d) =>
            edit(d.value === 'iban' ? 'iban' : 'accountNumber', {
              identifier: d.value === 'iban' ? 'iban' : 'accountNumber',
            })
          }
        >
          <Radio value="iban" label={s.byIban} />
          <Radio value="accountNumber" label={s.byAccountNumber} />
        </RadioGroup>
      </Field>
      {account.identifier === 'iban' ? (
        <Field label={s.iban} hint={s.ibanHint} required {...ibanValidation}>
          <Input
            {...text('iban')}
            className={styles.code}
            spellCheck={false}
            autoComplete="off"
            // Grouped in fours once valid; regrouping while typing would move the caret.
            onBlur={() => {
              if (isValidIban(account.iban) && formatIban(account.iban) !== account.iban) {
                edit('iban', { iban: formatIban(account.iban) });
              }
            }}
          />
        </Field>
      ) : (
        <Field label={s.accountNumber} required {...v('accountNumber')}>
          <Input {...text('accountNumber')} className={styles.code} spellCheck={false} />
        </Field>
      )}
      <Field label={s.swift} hint={s.swiftHint} required {...v('swift')}>
        <Input
          {...text('swift')}
          className={styles.code}
          spellCheck={false}
          autoComplete="off"
          onBlur={() => {
            const upper = account.swift.replace(/\s+/g, '').toUpperCase();
            if (upper !== account.swift) edit('swift', { swift: upper });
          }}
        />
      </Field>
      <Field label={s.intermediary} hint={s.intermediaryHint} {...v('intermediary')}>
        <Input {...text('intermediary')} />
      </Field>
      <Field label={s.charges} required {...v('charges')}>
        <Select
          id={domIdOf(id('charges'))}
          value={account.charges}
          onChange={(_, d) => edit('charges', { charges: d.value as Charges })}
        >
          {CHARGES.map((c) => (
            <option key={c} value={c}>
              {s.chargeOptions[c]}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        className={styles.remove}
        icon={<DeleteRegular />}
        onClick={() => onRemove(account.key, position, currency)}
      >
        {s.removeAccount(position, currency)}
      </Button>
    </fieldset>
  );
}, sameProps);
