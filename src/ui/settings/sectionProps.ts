import type { FieldProps } from '@fluentui/react-components';
import type { FieldId } from './fieldIds';
import type { SettingsStrings } from './strings';
import type { SettingsForm } from './useSettingsForm';

/** What every section of the settings form receives. */
export type SectionProps = {
  /** False when the mail client says it cannot add categories (Outlook before Mailbox 1.8). */
  readonly categoriesSupported: boolean;
  readonly form: SettingsForm;
  /** BCP 47 locale for names of currencies and numbers. */
  readonly locale: string;
  readonly strings: SettingsStrings;
};

/** The Field props that show the problem of `field`, if one is shown. */
export function validationOf(
  form: SettingsForm,
  field: FieldId,
): Pick<FieldProps, 'validationMessage' | 'validationState'> {
  const message = form.errorOf(field);
  return message === undefined ? {} : { validationState: 'error', validationMessage: message };
}
