// The task pane's composition root: OutlookMailHost, the IndexedDB ledger and the React sidebar
// meet here and nowhere else.
import type { Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { calendarDateIn } from '../../core/calendarDate';
import type { Ledger } from '../../core/model';
import type { Clock } from '../../core/ports/clock';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { MailHost } from '../../core/ports/mailHost';
import { openIdbLedgerRepository } from '../../store';
import { uiLanguageOf } from '../../ui/i18n';
import { PaneApp } from '../../ui/PaneApp';
import { loadFluentTheme } from '../../ui/fluentThemes';
import type { PaneTheme } from '../../ui/Sidebar';
import { threadStringsFor } from '../../ui/strings';
import type { CallQueue } from './callQueue';
import { currentPaneTheme, followPaneTheme } from './officeTheme';

/** The system clock: the pane is a composition root, so it may read the time. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  today: (zone) => calendarDateIn(Date.now(), zone),
};

/** What the pane is built from; tests pass an in-memory ledger and a mocked Office. */
export type PaneDeps = {
  readonly clock: Clock;
  readonly openLedger: (onBlocked: (message: string) => void) => Promise<LedgerRepository>;
  readonly loadSamples: () => Promise<Ledger>;
  /** office.js, for the theme and the display language; the global when left out. */
  readonly office?: typeof Office;
  /** The queue the MailHost's Office calls go through, shared by the theme handler. */
  readonly queue?: CallQueue;
};

function globalOffice(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function partitionKey(): string | undefined {
  // Outlook on the web partitions storage per host; name the database after it (DESIGN.md §6).
  return globalOffice()?.context?.partitionKey ?? undefined;
}

// The page around the sidebar (the body's padding, overscroll) takes the theme's background too,
// so a dark pane has no light frame; the values are Fluent's, never colours of our own.
function paintPage(doc: Document, theme: PaneTheme, fluent: Theme): void {
  doc.body.style.backgroundColor = fluent.colorNeutralBackground1;
  doc.body.style.color = fluent.colorNeutralForeground1;
  doc.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
}

function displayLanguageOf(office: typeof Office | undefined): string | undefined {
  try {
    return office?.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** The real pieces: IndexedDB under the host's partition key, samples loaded on demand. */
export const DEFAULT_DEPS: PaneDeps = {
  clock: SYSTEM_CLOCK,
  openLedger: (onBlocked) =>
    openIdbLedgerRepository({
      clock: SYSTEM_CLOCK,
      partitionKey: partitionKey(),
      onBlocked,
      whereHint: 'this Outlook client on this machine only',
    }),
  // Separate chunks: the thread view's start-up never pays for the samples or the file parser.
  loadSamples: async () => {
    const [{ parseLedger }, samples] = await Promise.all([
      import('../../core/ledgerFile'),
      import('../../../samples/ledger.json'),
    ]);
    return parseLedger(samples.default);
  },
};

/**
 * The composition root's one entry point once Office is ready inside Outlook: opens the ledger
 * (asking for persistent storage) and mounts the sidebar in Office's display language and theme,
 * re-rendering when the theme changes; a ledger that cannot be opened is explained in plain
 * words, never a blank pane.
 */
export async function startPane(
  host: MailHost,
  root: HTMLElement,
  deps: PaneDeps = DEFAULT_DEPS,
): Promise<void> {
  const say = (text: string, role: 'status' | 'alert') => {
    const p = root.ownerDocument.createElement('p');
    p.setAttribute('role', role);
    p.textContent = text;
    root.replaceChildren(p);
  };
  let ledger: LedgerRepository;
  try {
    ledger = await deps.openLedger((message) => say(message, 'alert'));
  } catch (error) {
    say(
      `Duly could not open its local ledger: ${error instanceof Error ? error.message : String(error)}`,
      'alert',
    );
    return;
  }
  void ledger.requestPersistence().catch(() => false);
  const doc = root.ownerDocument;
  const win = doc.defaultView ?? window;
  const office = 'office' in deps ? deps.office : globalOffice();
  const locale = displayLanguageOf(office) ?? (win.navigator.language || 'en-GB');
  const language = uiLanguageOf(locale);
  doc.documentElement.lang = language;
  // The language is fixed for the session; its catalogue loads before the first render, so a
  // Chinese pane never flashes English.
  const strings = await threadStringsFor(language);
  const reactRoot = createRoot(root);
  // A dark or high-contrast theme is a chunk: load it before painting, and render only the
  // latest theme when Office changes it twice in quick succession.
  let latest = 0;
  const render = async (theme: PaneTheme) => {
    const turn = ++latest;
    // A chunk that fails to load leaves the pane usable in the light theme.
    const [shown, fluent] = await loadFluentTheme(theme).then(
      (loaded) => [theme, loaded] as const,
      async () => ['light', await loadFluentTheme('light')] as const,
    );
    if (turn !== latest) return;
    paintPage(doc, shown, fluent);
    reactRoot.render(
      <PaneApp
        loadSamples={deps.loadSamples}
        ports={{ clock: deps.clock, host, ledger }}
        language={language}
        locale={locale}
        strings={strings}
        theme={shown}
      />,
    );
  };
  const sources = { office, window: win, queue: deps.queue };
  const first = render(currentPaneTheme(sources));
  followPaneTheme(sources, (theme) => void render(theme));
  await first;
}
