import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import type { Draft } from '../core/drafts/types';
import type { BlockKind, LetterLanguage } from '../core/model';
import type { UiStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  blocks: { display: 'flex', flexDirection: 'column' },
  preview: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    maxHeight: '320px',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
    '& table': { borderCollapse: 'collapse' },
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export type DraftPanelProps = {
  blocks: readonly BlockKind[];
  draft: Draft;
  enabledBlocks: ReadonlySet<BlockKind>;
  language: LetterLanguage;
  languages: readonly LetterLanguage[];
  notice?: { intent: 'success' | 'error' | 'warning'; text: string };
  onInsertDraft: () => void;
  onInsertPayment: () => void;
  onLanguageChange: (language: LetterLanguage) => void;
  onToggleBlock: (block: BlockKind, enabled: boolean) => void;
  strings: UiStrings;
};

/** The letter: language, the stage's blocks with a switch each, a live preview, and the insert buttons. */
export function DraftPanel(props: DraftPanelProps) {
  const { blocks, draft, enabledBlocks, language, languages, notice, strings } = props;
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="duly-draft">
      <Subtitle2 as="h2" id="duly-draft">
        {strings.draft}
      </Subtitle2>
      <Field label={strings.letterLanguage}>
        <Select
          value={language}
          onChange={(_, data) => props.onLanguageChange(data.value as LetterLanguage)}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {strings.languages[l] ?? l}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.blocks}>
        <legend>{strings.blocks}</legend>
        {blocks.map((block) => (
          <Switch
            key={block}
            checked={enabledBlocks.has(block)}
            label={strings.blockNames[block] ?? block}
            onChange={(_, data) => props.onToggleBlock(block, data.checked)}
          />
        ))}
      </fieldset>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={props.onInsertDraft}>
          {strings.insertDraft}
        </Button>
        <Button onClick={props.onInsertPayment}>{strings.insertPayment}</Button>
      </div>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === 'error' ? 'alert' : 'status'}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3">{strings.preview}</Subtitle2>
      <div
        role="document"
        // It scrolls: keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
        tabIndex={0}
        aria-label={`${strings.preview}: ${draft.subject}`}
        className={styles.preview}
      >
        <p>
          <strong>{draft.subject}</strong>
        </p>
        {/* The engine builds this HTML from a fixed tag allow-list with every value escaped (drafts/html.ts). */}
        <div dangerouslySetInnerHTML={{ __html: draft.html }} />
      </div>
    </section>
  );
}
