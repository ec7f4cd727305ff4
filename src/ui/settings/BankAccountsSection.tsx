import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CURRENCY_EXPONENTS } from '../../core/currencies';
import { BankAccountFieldset, type AccountErrors } from './BankAccountFieldset';
import { accountFieldId, domIdOf } from './fieldIds';
import type { SectionProps } from './sectionProps';
import type { SettingsForm } from './useSettingsForm';
import { emptyAccountDraft } from './settingsDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  add: { alignSelf: 'flex-start' },
});

/** Names of currencies in the UI locale, where the runtime knows them. */
function currencyNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

const ACCOUNT_FIELDS = [
  'currency',
  'holder',
  'bank',
  'bankAddress',
  'iban',
  'accountNumber',
  'swift',
  'intermediary',
  'charges',
] as const;

/** The problems shown on the fields of the account with `key`. */
function errorsOf(form: SettingsForm, key: string): AccountErrors {
  const errors: Partial<Record<(typeof ACCOUNT_FIELDS)[number], string>> = {};
  for (const field of ACCOUNT_FIELDS) {
    const message = form.errorOf(accountFieldId(key, field));
    if (message !== undefined) errors[field] = message;
  }
  return errors;
}

// Module-wide, not per mount: a kept edit (the view closed and reopened) may hold new accounts.
let nextAccount = 0;

/** The receiving accounts, one or more per currency; add and remove. */
export function BankAccountsSection({ form, locale, strings: s }: SectionProps) {
  const styles = useStyles();
  const addButton = useRef<HTMLButtonElement>(null);
  const [notice, setNotice] = useState('');
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const accounts = form.draft.accounts;
  const { change } = form;
  const currencyCodes = useMemo(() => new Set(Object.keys(CURRENCY_EXPONENTS)), []);
  const currencyOptions = useMemo(() => {
    const name = currencyNames(locale);
    return [...currencyCodes].sort().map((code) => {
      const label = name(code);
      return (
        <option key={code} value={code}>
          {label === code ? code : `${code} · ${label}`}
        </option>
      );
    });
  }, [currencyCodes, locale]);

  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(domIdOf(accountFieldId(focusKey, 'currency')))?.focus();
    setFocusKey(null);
  }, [focusKey]);

  const add = () => {
    const key = `new-${++nextAccount}`;
    change(accountFieldId(key, 'extra'), (d) => ({
      ...d,
      accounts: [...d.accounts, emptyAccountDraft(key)],
    }));
    setNotice(s.accountAdded(accounts.length + 1));
    setFocusKey(key);
  };

  const remove = useCallback(
    (key: string, position: number, currency: string) => {
      change(accountFieldId(key, 'extra'), (d) => ({
        ...d,
        accounts: d.accounts.filter((a) => a.key !== key),
      }));
      setNotice(s.accountRemoved(position, currency));
      addButton.current?.focus();
    },
    [change, s],
  );

  return (
    <div className={styles.root}>
      <Text>{s.accountsIntro}</Text>
      {accounts.length === 0 && <Text italic>{s.noAccounts}</Text>}
      {accounts.map((account, index) => (
        <BankAccountFieldset
          key={account.key}
          account={account}
          currencyCodes={currencyCodes}
          currencyOptions={currencyOptions}
          errors={errorsOf(form, account.key)}
          ibanTouched={form.isTouched(accountFieldId(account.key, 'iban'))}
          onChange={change}
          onRemove={remove}
          position={index + 1}
          strings={s}
        />
      ))}
      <Button ref={addButton} className={styles.add} icon={<AddRegular />} onClick={add}>
        {s.addAccount}
      </Button>
      <div role="status">
        <Text size={200}>{notice}</Text>
      </div>
    </div>
  );
}
