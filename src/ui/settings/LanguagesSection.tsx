import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';
import { LETTER_LANGUAGES } from '../../core/model';
import { domIdOf } from './fieldIds';
import { useFieldsetStyles } from './fieldsetStyles';
import type { SectionProps } from './sectionProps';

const useStyles = makeStyles({
  error: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
  },
});

const HINT_ID = 'duly-settings-languages-hint';
const ERROR_ID = 'duly-settings-languages-error';

/** The letter languages the thread view offers; at least one. */
export function LanguagesSection({ form, strings: s }: SectionProps) {
  const frame = useFieldsetStyles();
  const styles = useStyles();
  const chosen = form.draft.languages;
  const error = form.errorOf('languages');
  return (
    <fieldset
      className={frame.fieldset}
      aria-describedby={error === undefined ? HINT_ID : `${ERROR_ID} ${HINT_ID}`}
    >
      <legend className={frame.legend}>{s.languages}</legend>
      {LETTER_LANGUAGES.map((language, index) => (
        <Checkbox
          key={language}
          id={index === 0 ? domIdOf('languages') : domIdOf(`languages-${language}`)}
          label={s.languageNames[language]}
          checked={chosen.includes(language)}
          onChange={(_, d) =>
            form.change('languages', (x) => ({
              ...x,
              // Kept in the order they were chosen; a new one goes last.
              languages: d.checked
                ? [...x.languages.filter((l) => l !== language), language]
                : x.languages.filter((l) => l !== language),
            }))
          }
        />
      ))}
      {error !== undefined && (
        <Text id={ERROR_ID} size={200} className={styles.error}>
          <ErrorCircle12Filled aria-hidden />
          {error}
        </Text>
      )}
      <Text id={HINT_ID} size={200}>
        {s.languagesHint}
      </Text>
    </fieldset>
  );
}
