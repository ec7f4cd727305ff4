import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { domIdOf } from './fieldIds';
import { validationOf, type SectionProps } from './sectionProps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

const ZONES_LIST_ID = 'duly-settings-time-zones';

/**
 * Company name, signature, time zone, the time of day deadlines fall at, and the Outlook category
 * that marks chased messages.
 */
export function CompanySection({ categoriesSupported, form, strings: s }: SectionProps) {
  const styles = useStyles();
  const { draft, change } = form;
  // Suggestions for the zone field; runtimes without the list still accept any valid name.
  const zones = useMemo(
    () =>
      (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []).map(
        (zone) => <option key={zone} value={zone} />,
      ),
    [],
  );
  return (
    <div className={styles.root}>
      <Field label={s.companyName} required {...validationOf(form, 'companyName')}>
        <Input
          id={domIdOf('companyName')}
          value={draft.companyName}
          autoComplete="organization"
          onChange={(_, d) => change('companyName', (x) => ({ ...x, companyName: d.value }))}
        />
      </Field>
      <Field label={s.signature} hint={s.signatureHint}>
        <Textarea
          id={domIdOf('signature')}
          value={draft.signature}
          resize="vertical"
          rows={4}
          onChange={(_, d) => change('signature', (x) => ({ ...x, signature: d.value }))}
        />
      </Field>
      <Field label={s.timeZone} hint={s.timeZoneHint} required {...validationOf(form, 'timeZone')}>
        <Input
          id={domIdOf('timeZone')}
          value={draft.timeZone}
          list={ZONES_LIST_ID}
          spellCheck={false}
          onChange={(_, d) => change('timeZone', (x) => ({ ...x, timeZone: d.value }))}
        />
      </Field>
      <datalist id={ZONES_LIST_ID}>{zones}</datalist>
      <Field
        label={s.deadlineTime}
        hint={s.deadlineTimeHint}
        required
        {...validationOf(form, 'deadlineTime')}
      >
        <Input
          id={domIdOf('deadlineTime')}
          type="time"
          value={draft.deadlineTime}
          onChange={(_, d) => change('deadlineTime', (x) => ({ ...x, deadlineTime: d.value }))}
        />
      </Field>
      <Field
        label={s.outlookCategory}
        hint={
          categoriesSupported
            ? s.outlookCategoryHint
            : `${s.outlookCategoryHint} ${s.outlookCategoryUnsupported}`
        }
        {...validationOf(form, 'outlookCategory')}
      >
        <Input
          id={domIdOf('outlookCategory')}
          value={draft.outlookCategory}
          onChange={(_, d) =>
            change('outlookCategory', (x) => ({ ...x, outlookCategory: d.value }))
          }
        />
      </Field>
    </div>
  );
}
