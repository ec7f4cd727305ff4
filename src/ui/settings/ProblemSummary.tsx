import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { SettingsProblem } from './settingsProblems';
import type { SettingsStrings } from './strings';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

const TITLE_ID = 'duly-settings-refused';

export type ProblemSummaryProps = {
  /** Opens the problem's section and moves the focus to its field. */
  readonly onGoTo: (problem: SettingsProblem) => void;
  readonly problems: readonly SettingsProblem[];
  readonly strings: SettingsStrings;
};

/** Why a save was refused: every field that needs fixing, each a link to the field. */
export function ProblemSummary({ onGoTo, problems, strings: s }: ProblemSummaryProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" aria-labelledby={TITLE_ID}>
      <MessageBarBody>
        <MessageBarTitle id={TITLE_ID}>{s.refused(problems.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((p) => (
            <li key={p.field}>
              <Link as="button" type="button" inline onClick={() => onGoTo(p)}>
                {s.problemAt(p.where, p.label)}
              </Link>
              {s.labelSeparator}
              {p.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
