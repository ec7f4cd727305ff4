import type { PaneTheme } from '../../ui/Sidebar';
import { paneThemeOf, THEME_MEDIA_QUERIES, type OfficeThemeColours } from '../../ui/theme';
import type { CallQueue } from './callQueue';
import { officeCall } from './officeCall';

/** Outlook's theme API (Office.context.officeTheme and OfficeThemeChanged) needs Mailbox 1.14. */
export const OFFICE_THEME_SET = '1.14';

/** Where the pane's theme is read from: office.js (undefined outside Office) and the page. */
export type ThemeSources = {
  readonly office?: typeof Office;
  readonly window: Window;
  /** The queue the MailHost's Office calls share, so the registration counts against its 3. */
  readonly queue?: CallQueue;
  /** Where a failed registration goes; it never reaches an Office callback. */
  readonly reportError?: (error: Error) => void;
};

function supportsThemeApi(office: typeof Office | undefined): office is typeof Office {
  try {
    return Boolean(office?.context?.requirements?.isSetSupported('Mailbox', OFFICE_THEME_SET));
  } catch {
    return false;
  }
}

function matches(win: Window, query: string): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia(query).matches;
}

function themeWith(win: Window, officeTheme: OfficeThemeColours | undefined): PaneTheme {
  return paneThemeOf({
    officeTheme,
    forcedColors: matches(win, THEME_MEDIA_QUERIES.forcedColors),
    prefersDark: matches(win, THEME_MEDIA_QUERIES.prefersDark),
  });
}

function officeThemeOf(office: typeof Office | undefined): OfficeThemeColours | undefined {
  if (!supportsThemeApi(office)) return undefined;
  try {
    return office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** The pane's theme now: Office's colours where Mailbox 1.14 has them, else the page's media. */
export function currentPaneTheme({ office, window: win }: ThemeSources): PaneTheme {
  return themeWith(win, officeThemeOf(office));
}

/**
 * Calls `onChange` with the new theme whenever Office's theme (OfficeThemeChanged, Mailbox 1.14)
 * or the page's forced-colors / colour-scheme media change, and only when the theme differs from
 * the last one reported. Returns a function that stops following.
 */
export function followPaneTheme(
  sources: ThemeSources,
  onChange: (theme: PaneTheme) => void,
): () => void {
  const { office, window: win } = sources;
  const report = sources.reportError ?? ((error: Error) => console.error(error));
  let officeTheme = officeThemeOf(office);
  let last = themeWith(win, officeTheme);
  let stopped = false;
  const update = (): void => {
    if (stopped) return;
    const next = themeWith(win, officeTheme);
    if (next === last) return;
    last = next;
    try {
      onChange(next);
    } catch (error) {
      report(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const lists =
    typeof win.matchMedia === 'function'
      ? Object.values(THEME_MEDIA_QUERIES).map((q) => win.matchMedia(q))
      : [];
  for (const list of lists) list.addEventListener('change', update);

  let registered = false;
  if (supportsThemeApi(office) && office.EventType?.OfficeThemeChanged !== undefined) {
    const mailbox = office.context.mailbox;
    const eventType = office.EventType.OfficeThemeChanged;
    // An Office event handler must never throw: read the colours and update, nothing more.
    const onOfficeTheme = (args: Office.OfficeThemeChangedEventArgs): void => {
      officeTheme = args?.officeTheme ?? officeThemeOf(office);
      update();
    };
    const register = () =>
      officeCall<void>('mailbox.addHandlerAsync(OfficeThemeChanged)', (cb) =>
        mailbox.addHandlerAsync(eventType, onOfficeTheme, cb),
      );
    (sources.queue ? sources.queue.run(register) : register()).then(
      () => {
        registered = true;
        // The theme may have changed between the first read and the registration.
        officeTheme = officeThemeOf(office) ?? officeTheme;
        update();
      },
      (error: unknown) => report(error instanceof Error ? error : new Error(String(error))),
    );
  }

  return () => {
    stopped = true;
    for (const list of lists) list.removeEventListener('change', update);
    if (registered && office) {
      const unregister = () =>
        officeCall<void>('mailbox.removeHandlerAsync(OfficeThemeChanged)', (cb) =>
          office.context.mailbox.removeHandlerAsync(office.EventType.OfficeThemeChanged, cb),
        );
      (sources.queue ? sources.queue.run(unregister) : unregister()).catch((error: unknown) =>
        report(error instanceof Error ? error : new Error(String(error))),
      );
    }
  };
}
