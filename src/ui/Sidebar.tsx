import {
  FluentProvider,
  makeStyles,
  Spinner,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useFluentTheme } from './fluentThemes';
import { UiLanguageContext, type UiLanguage } from './i18n';
import type { PanePorts } from './panePorts';
import { EN, type UiStrings } from './strings';
import { ThreadView } from './ThreadView';
import { ViewTabs } from './ViewTabs';

// The other views load when first opened: never part of the thread view's start-up bundle.
const SilentView = lazy(() =>
  import('./silent/SilentView').then((m) => ({ default: m.SilentView })),
);
const LedgerView = lazy(() =>
  import('./ledger/LedgerView').then((m) => ({ default: m.LedgerView })),
);
const SettingsView = lazy(() =>
  import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })),
);

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export const PANE_VIEWS = ['thread', 'silent', 'ledger', 'settings'] as const;
export type PaneView = (typeof PANE_VIEWS)[number];

/** Light, dark or Windows high contrast, as mapped from Office's theme by the composition root. */
export type PaneTheme = 'light' | 'dark' | 'high-contrast';

export type SidebarProps = {
  /** Shown instead of the views (the first-run start screen). */
  content?: ReactNode;
  /** The UI language; `strings` must be its thread-view catalogue. */
  language?: UiLanguage;
  locale?: string;
  ports: PanePorts;
  strings?: UiStrings;
  theme?: PaneTheme | Theme;
  /** The view shown first (tests and the demo open a given view). */
  initialView?: PaneView;
};

function Views({
  initialView,
  locale,
  ports,
  strings,
}: Required<Pick<SidebarProps, 'initialView' | 'locale' | 'ports' | 'strings'>>) {
  const [view, setView] = useState<PaneView>(initialView);
  const views: Record<PaneView, ReactNode> = {
    thread: <ThreadView locale={locale} ports={ports} strings={strings} />,
    silent: <SilentView locale={locale} ports={ports} />,
    ledger: <LedgerView locale={locale} ports={ports} />,
    settings: <SettingsView locale={locale} ports={ports} />,
  };
  return (
    <>
      <ViewTabs
        label={strings.viewsLabel}
        views={PANE_VIEWS}
        names={strings.views}
        selected={view}
        onSelect={setView}
        idPrefix="duly-tab"
      />
      <div role="tabpanel" aria-labelledby={`duly-tab-${view}`}>
        <Suspense fallback={<Spinner label={strings.loading} />}>{views[view]}</Suspense>
      </div>
    </>
  );
}

/** The Duly sidebar: receives its ports from a composition root; never imports store/ or hosts/. */
export function Sidebar({
  content,
  initialView = 'thread',
  language = 'en',
  locale = 'en-GB',
  ports,
  strings = EN,
  theme = 'light',
}: SidebarProps) {
  const styles = useStyles();
  const resolved = useFluentTheme(theme);
  return (
    <FluentProvider theme={resolved} lang={language}>
      <UiLanguageContext.Provider value={language}>
        {/* No landmark of its own: the host page names it (the demo's aside, the pane's main). */}
        <div className={styles.root}>
          {content ?? (
            <Views initialView={initialView} locale={locale} ports={ports} strings={strings} />
          )}
        </div>
      </UiLanguageContext.Provider>
    </FluentProvider>
  );
}
