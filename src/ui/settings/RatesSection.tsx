import { Field, Textarea } from '@fluentui/react-components';
import { domIdOf } from './fieldIds';
import { validationOf, type SectionProps } from './sectionProps';

/** Exchange rates, one "CODE rate" per line: they rank the silent list across currencies. */
export function RatesSection({ form, strings: s }: SectionProps) {
  return (
    <Field label={s.rates} hint={s.ratesHint} {...validationOf(form, 'rates')}>
      <Textarea
        id={domIdOf('rates')}
        value={form.draft.rates}
        resize="vertical"
        rows={6}
        spellCheck={false}
        onChange={(_, d) => form.change('rates', (x) => ({ ...x, rates: d.value }))}
      />
    </Field>
  );
}
