import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { EN, type UiStrings } from './strings';
import type { SidebarPorts } from './threadPorts';
import { ThreadView } from './ThreadView';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
});

export type SidebarProps = {
  locale?: string;
  ports: SidebarPorts;
  strings?: UiStrings;
  theme?: 'light' | 'dark' | Theme;
};

function Body({
  locale,
  ports,
  strings,
}: Required<Pick<SidebarProps, 'locale' | 'ports' | 'strings'>>) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label={strings.appName}>
      <ThreadView locale={locale} ports={ports} strings={strings} />
    </main>
  );
}

/** The Duly sidebar: receives its ports from a composition root; never imports store/ or hosts/. */
export function Sidebar({ locale = 'en-GB', ports, strings = EN, theme = 'light' }: SidebarProps) {
  const resolved = theme === 'light' ? webLightTheme : theme === 'dark' ? webDarkTheme : theme;
  return (
    <FluentProvider theme={resolved}>
      <Body locale={locale} ports={ports} strings={strings} />
    </FluentProvider>
  );
}
