import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { EN, type UiStrings } from './strings';
import type { SidebarPorts } from './threadPorts';
import { ThreadView } from './ThreadView';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
});

export type SidebarProps = {
  /** Shown instead of the thread view (the first-run start screen). */
  content?: ReactNode;
  locale?: string;
  ports: SidebarPorts;
  strings?: UiStrings;
  theme?: 'light' | 'dark' | Theme;
};

function Body({
  content,
  locale,
  ports,
  strings,
}: Required<Pick<SidebarProps, 'locale' | 'ports' | 'strings'>> & { content?: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label={strings.appName}>
      {content ?? <ThreadView locale={locale} ports={ports} strings={strings} />}
    </main>
  );
}

/** The Duly sidebar: receives its ports from a composition root; never imports store/ or hosts/. */
export function Sidebar({
  content,
  locale = 'en-GB',
  ports,
  strings = EN,
  theme = 'light',
}: SidebarProps) {
  const resolved = theme === 'light' ? webLightTheme : theme === 'dark' ? webDarkTheme : theme;
  return (
    <FluentProvider theme={resolved}>
      <Body content={content} locale={locale} ports={ports} strings={strings} />
    </FluentProvider>
  );
}
