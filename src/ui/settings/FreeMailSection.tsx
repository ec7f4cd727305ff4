import { Field, Textarea } from '@fluentui/react-components';
import { domIdOf } from './fieldIds';
import { validationOf, type SectionProps } from './sectionProps';

/** The free-mail domains, one per line: addresses there match customers only exactly. */
export function FreeMailSection({ form, strings: s }: SectionProps) {
  return (
    <Field label={s.freeMail} hint={s.freeMailHint} {...validationOf(form, 'freeMail')}>
      <Textarea
        id={domIdOf('freeMail')}
        value={form.draft.freeMail}
        resize="vertical"
        rows={10}
        spellCheck={false}
        onChange={(_, d) => form.change('freeMail', (x) => ({ ...x, freeMail: d.value }))}
      />
    </Field>
  );
}
