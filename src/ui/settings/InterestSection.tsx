import {
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { DAY_COUNTS } from '../../core/interest';
import type { DayCount } from '../../core/model';
import { domIdOf } from './fieldIds';
import { validationOf, type SectionProps } from './sectionProps';
import type { InterestDraft } from './settingsDraft';
import type { Statutory } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

const STATUTORY: readonly Statutory[] = ['none', 'eu', 'uk'];

/** Contractual late interest and optional statutory compensation (core/interest.ts). */
export function InterestSection({ form, strings: s }: SectionProps) {
  const styles = useStyles();
  const terms = form.draft.interest;
  const edit = (key: string, patch: Partial<InterestDraft>) =>
    form.change(`interest-${key}`, (d) => ({ ...d, interest: { ...d.interest, ...patch } }));
  return (
    <div className={styles.root}>
      <Switch
        id={domIdOf('interest-on')}
        checked={terms.on}
        label={s.interestOn}
        onChange={(_, d) => edit('on', { on: d.checked })}
      />
      {!terms.on ? (
        <p>{s.interestOffHint}</p>
      ) : (
        <>
          <Field label={s.rate} required {...validationOf(form, 'interest-rate')}>
            <Input
              id={domIdOf('interest-rate')}
              inputMode="decimal"
              value={terms.rate}
              onChange={(_, d) => edit('rate', { rate: d.value })}
            />
          </Field>
          <Field label={s.per}>
            <RadioGroup
              layout="horizontal"
              value={terms.per}
              onChange={(_, d) => edit('per', { per: d.value === 'year' ? 'year' : 'month' })}
            >
              <Radio value="month" label={s.perOptions.month} />
              <Radio value="year" label={s.perOptions.year} />
            </RadioGroup>
          </Field>
          <Field label={s.dayCount}>
            <Select
              id={domIdOf('interest-dayCount')}
              value={terms.dayCount}
              onChange={(_, d) => edit('dayCount', { dayCount: d.value as DayCount })}
            >
              {DAY_COUNTS.map((c) => (
                <option key={c} value={c}>
                  {s.dayCounts[c]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.graceDays} required {...validationOf(form, 'interest-graceDays')}>
            <Input
              id={domIdOf('interest-graceDays')}
              inputMode="numeric"
              value={terms.graceDays}
              contentAfter={s.daysUnit}
              onChange={(_, d) => edit('graceDays', { graceDays: d.value })}
            />
          </Field>
          <Field label={s.statutory}>
            <Select
              id={domIdOf('interest-statutory')}
              value={terms.statutory}
              onChange={(_, d) => edit('statutory', { statutory: d.value as Statutory })}
            >
              {STATUTORY.map((v) => (
                <option key={v} value={v}>
                  {s.statutoryOptions[v]}
                </option>
              ))}
            </Select>
          </Field>
          {terms.statutory !== 'none' && (
            <Field
              label={s.referenceRate}
              hint={s.referenceRateHint[terms.statutory]}
              required
              {...validationOf(form, 'interest-referenceRate')}
            >
              <Input
                id={domIdOf('interest-referenceRate')}
                inputMode="decimal"
                value={terms.referenceRate}
                onChange={(_, d) => edit('referenceRate', { referenceRate: d.value })}
              />
            </Field>
          )}
        </>
      )}
    </div>
  );
}
