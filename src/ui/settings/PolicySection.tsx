import { Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useFieldsetStyles } from './fieldsetStyles';
import { domIdOf, policyFieldId } from './fieldIds';
import { validationOf, type SectionProps } from './sectionProps';
import { POLICY_FIELDS, type PolicyDraft, type SettingsDraft } from './settingsDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

type PolicyFieldsetProps = SectionProps & {
  readonly legend: string;
  readonly policy: PolicyDraft;
  /** Index in `draft.segments`, or undefined for the default policy. */
  readonly segment: number | undefined;
};

function PolicyFieldset({ form, legend, policy, segment, strings: s }: PolicyFieldsetProps) {
  const frame = useFieldsetStyles();
  const set = (draft: SettingsDraft, next: PolicyDraft): SettingsDraft =>
    segment === undefined
      ? { ...draft, policy: next }
      : {
          ...draft,
          segments: draft.segments.map((x, i) => (i === segment ? { ...x, policy: next } : x)),
        };
  return (
    <fieldset className={frame.fieldset}>
      <legend className={frame.legend}>{legend}</legend>
      {POLICY_FIELDS.map((field) => {
        const id = policyFieldId(segment, field);
        return (
          <Field key={field} label={s.policyFields[field]} required {...validationOf(form, id)}>
            <Input
              id={domIdOf(id)}
              inputMode="numeric"
              value={policy[field]}
              contentAfter={s.daysUnit}
              onChange={(_, d) =>
                form.change(id, (draft) =>
                  set(draft, {
                    ...(segment === undefined ? draft.policy : draft.segments[segment]!.policy),
                    [field]: d.value,
                  }),
                )
              }
            />
          </Field>
        );
      })}
    </fieldset>
  );
}

/** The stage ladder's thresholds and intervals: the default policy, then each segment's. */
export function PolicySection(props: SectionProps) {
  const styles = useStyles();
  const { form, strings: s } = props;
  return (
    <div className={styles.root}>
      <Text>{s.policyIntro}</Text>
      <PolicyFieldset
        {...props}
        legend={s.defaultPolicy}
        policy={form.draft.policy}
        segment={undefined}
      />
      {form.draft.segments.length > 0 && <Text>{s.segmentsIntro}</Text>}
      {form.draft.segments.map(({ segment, policy }, index) => (
        <PolicyFieldset
          {...props}
          key={segment}
          legend={s.segmentPolicy(segment)}
          policy={policy}
          segment={index}
        />
      ))}
    </div>
  );
}
