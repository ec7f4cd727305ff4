// The demo's composition root: the real sidebar and the real IndexedDB ledger beside a demo
// mailbox. The clock is fixed to the samples' date so every stage shows as designed.
import { Field, FluentProvider, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { calendarDateIn } from '../../core/calendarDate';
import { parseLedger } from '../../core/ledgerFile';
import type { Clock } from '../../core/ports/clock';
import { openIdbLedgerRepository, type IdbLedgerRepository } from '../../store';
import { UI_LANGUAGES, type UiLanguage } from '../../ui/i18n';
import { useFluentTheme } from '../../ui/fluentThemes';
import { PANE_VIEWS, Sidebar, type PaneTheme, type PaneView } from '../../ui/Sidebar';
import { EN, threadStringsFor, type UiStrings } from '../../ui/strings';
import sampleLedger from '../../../samples/ledger.json';
import { DemoMailbox } from './DemoMailbox';
import { DemoMailHost, type DemoForms } from './demoMailHost';
import { SAMPLE_THREADS } from './sampleThreads';

/** The samples are written for this day; the demo's clock stands still at 09:00 in Madrid. */
export const DEMO_NOW = Date.parse('2026-07-01T07:00:00Z');
const clock: Clock = { now: () => DEMO_NOW, today: (zone) => calendarDateIn(DEMO_NOW, zone) };

/** What the page opens with, from `?theme=dark&lang=zh-CN&view=silent` (tests, screenshots). */
function initialOptions(search: string): {
  theme: PaneTheme;
  language: UiLanguage;
  view: PaneView;
} {
  const q = new URLSearchParams(search);
  const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    theme: pick(q.get('theme'), ['light', 'dark', 'high-contrast'] as const, 'light'),
    language: pick(q.get('lang'), UI_LANGUAGES, 'en'),
    view: pick(q.get('view'), PANE_VIEWS, 'thread'),
  };
}

const useStyles = makeStyles({
  shell: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  options: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 1fr) minmax(320px, 2fr) minmax(340px, 380px)',
    columnGap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  pane: {
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

async function seeded(repo: IdbLedgerRepository): Promise<void> {
  try {
    await repo.settings();
  } catch (error) {
    if ((error as { code?: string }).code !== 'not-found') throw error;
    await repo.replaceAll(parseLedger(sampleLedger));
  }
}

function DemoPage({
  host,
  repo,
  onCompose,
}: {
  host: DemoMailHost;
  repo: IdbLedgerRepository;
  onCompose: (open: DemoForms['openCompose']) => void;
}) {
  const styles = useStyles();
  const [options] = useState(() => initialOptions(window.location.search));
  const [theme, setTheme] = useState<PaneTheme>(options.theme);
  const [language, setLanguage] = useState<UiLanguage>(options.language);
  const fluentTheme = useFluentTheme(theme);
  const [strings, setStrings] = useState<UiStrings>(EN);
  useEffect(() => {
    let live = true;
    void threadStringsFor(language).then((s) => live && setStrings(s));
    return () => {
      live = false;
    };
  }, [language]);
  return (
    <FluentProvider theme={fluentTheme}>
      <div className={styles.shell}>
        <div className={styles.options} role="group" aria-label="Demo options">
          <Field label="Office theme" orientation="horizontal">
            <Select value={theme} onChange={(_, d) => setTheme(d.value as PaneTheme)}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
              <option value="high-contrast">High contrast</option>
            </Select>
          </Field>
          <Field label="Office display language" orientation="horizontal">
            <Select value={language} onChange={(_, d) => setLanguage(d.value as UiLanguage)}>
              <option value="en">English</option>
              <option value="zh-CN">中文（简体）</option>
            </Select>
          </Field>
        </div>
        <div className={styles.page}>
          <DemoMailbox host={host} threads={SAMPLE_THREADS} onCompose={onCompose} />
          <aside className={styles.pane} aria-label="Duly sidebar">
            <Sidebar
              ports={{ clock, host, ledger: repo }}
              theme={theme}
              language={language}
              locale={language === 'zh-CN' ? 'zh-CN' : 'en-GB'}
              strings={strings}
              initialView={options.view}
            />
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  let openCompose: DemoForms['openCompose'] = () => undefined;
  const host = new DemoMailHost({ openCompose: (init) => openCompose(init) });
  try {
    const repo = await openIdbLedgerRepository({
      clock,
      partitionKey: 'demo',
      onBlocked: (message) => (app.textContent = message),
      whereHint: 'this browser, for the demo page only',
    });
    await seeded(repo);
    createRoot(app).render(
      <DemoPage host={host} repo={repo} onCompose={(open) => (openCompose = open)} />,
    );
  } catch (error) {
    app.textContent = `The demo could not open its local ledger: ${(error as Error).message}`;
  }
}

void start();
