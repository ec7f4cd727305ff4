import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ComponentType, type FormEvent } from 'react';
import { useUiLanguage } from '../i18n';
import type { ViewProps } from '../panePorts';
import { BankAccountsSection } from './BankAccountsSection';
import { CompanySection } from './CompanySection';
import { domIdOf } from './fieldIds';
import { FreeMailSection } from './FreeMailSection';
import { RatesSection } from './RatesSection';
import { InterestSection } from './InterestSection';
import { LanguagesSection } from './LanguagesSection';
import { PolicySection } from './PolicySection';
import { ProblemSummary } from './ProblemSummary';
import type { SectionProps } from './sectionProps';
import type { SettingsProblem } from './settingsProblems';
import { SETTINGS_SECTIONS, SETTINGS_STRINGS, type SettingsSection } from './strings';
import { useSettingsForm, type SettingsForm } from './useSettingsForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  panel: { paddingBottom: tokens.spacingVerticalM },
  footer: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  unsaved: { color: tokens.colorNeutralForeground2 },
});

const SECTIONS: Readonly<Record<SettingsSection, ComponentType<SectionProps>>> = {
  company: CompanySection,
  accounts: BankAccountsSection,
  interest: InterestSection,
  policy: PolicySection,
  freeMail: FreeMailSection,
  rates: RatesSection,
  languages: LanguagesSection,
};

const TITLE_ID = 'duly-settings-title';

/** The form once loaded: sections that open and close, one Save for all of them. */
function SettingsFormView({
  categoriesSupported,
  form,
  locale,
}: {
  categoriesSupported: boolean;
  form: SettingsForm;
  locale: string;
}) {
  const styles = useStyles();
  const s = SETTINGS_STRINGS[useUiLanguage()];
  const [open, setOpen] = useState<SettingsSection[]>(['company']);
  const [focus, setFocus] = useState<string | null>(null);

  // The field a summary link names exists once its section is open: focus it after that render.
  useEffect(() => {
    if (focus === null) return;
    // The panel's content mounts with its opening motion, a frame or two after the header opens.
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const field = document.getElementById(focus);
      if (field) {
        field.scrollIntoView?.({ block: 'center' });
        field.focus();
        setFocus(null);
      } else if (++tries < 30) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focus]);

  const goTo = (problem: SettingsProblem) => {
    setOpen((o) => (o.includes(problem.section) ? o : [...o, problem.section]));
    setFocus(domIdOf(problem.field));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };
  const { status } = form;
  const statusText = status.kind === 'saving' ? s.saving : status.kind === 'saved' ? s.saved : '';

  return (
    <form onSubmit={submit} noValidate aria-labelledby={TITLE_ID} className={styles.root}>
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, data) => setOpen(data.openItems as SettingsSection[])}
      >
        {SETTINGS_SECTIONS.map((section) => {
          const Section = SECTIONS[section];
          const shown = form.shownIn(section);
          return (
            <AccordionItem key={section} value={section}>
              <AccordionHeader as="h3">
                <span className={styles.header}>
                  {s.sections[section]}
                  {shown > 0 && (
                    <Badge appearance="tint" color="danger">
                      {s.toFix(shown)}
                    </Badge>
                  )}
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <Section
                  categoriesSupported={categoriesSupported}
                  form={form}
                  locale={locale}
                  strings={s}
                />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {status.kind === 'refused' && form.problems.length > 0 && (
        <ProblemSummary problems={form.problems} strings={s} onGoTo={goTo} />
      )}
      {status.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.saveFailed}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.footer}>
        <Button type="submit" appearance="primary" disabledFocusable={status.kind === 'saving'}>
          {s.save}
        </Button>
        <div role="status">
          {status.kind === 'saving' && <Spinner size="tiny" label={statusText} />}
          {status.kind === 'saved' && <Text>{statusText}</Text>}
          {status.kind !== 'saving' && status.kind !== 'saved' && form.dirty && (
            <Text className={styles.unsaved}>{s.unsaved}</Text>
          )}
        </div>
      </div>
    </form>
  );
}

/** The Settings view: company, bank accounts, interest, stage policy, free mail, letter languages. */
export function SettingsView({ locale, ports }: ViewProps) {
  const styles = useStyles();
  const s = SETTINGS_STRINGS[useUiLanguage()];
  const load = useSettingsForm(ports.ledger, s);
  return (
    <section aria-labelledby={TITLE_ID} className={styles.root}>
      <Subtitle1 as="h2" id={TITLE_ID}>
        {s.title}
      </Subtitle1>
      <Text>{s.intro}</Text>
      {load.phase === 'loading' && <Spinner label={s.loading} />}
      {load.phase === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.loadFailed}</MessageBarTitle>
            {load.message}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={load.retry}>{s.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {load.phase === 'ready' && (
        <SettingsFormView
          categoriesSupported={ports.host.canCategorize?.() ?? true}
          form={load.form}
          locale={locale}
        />
      )}
    </section>
  );
}
