import { webLightTheme, type Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { PaneTheme } from './Sidebar';

// Only the light theme is in the start-up bundle: each Fluent theme is a few KB of tokens
// (DESIGN.md §7), and a pane uses one. Dark and high contrast are chunks, loaded before the
// first render by the composition root, so a dark pane never flashes light.
const loaders: Readonly<Record<PaneTheme, () => Promise<Theme>>> = {
  light: async () => webLightTheme,
  dark: () => import('./themes/dark').then((m) => m.theme),
  'high-contrast': () => import('./themes/highContrast').then((m) => m.theme),
};

const loaded = new Map<PaneTheme, Theme>([['light', webLightTheme]]);

/** Fluent's theme for a pane theme, loading its chunk the first time. */
export async function loadFluentTheme(theme: PaneTheme): Promise<Theme> {
  const known = loaded.get(theme);
  if (known) return known;
  const fluent = await loaders[theme]();
  loaded.set(theme, fluent);
  return fluent;
}

/** Fluent's theme for a pane theme if its chunk has loaded, else undefined. */
export function loadedFluentTheme(theme: PaneTheme): Theme | undefined {
  return loaded.get(theme);
}

/**
 * The Fluent theme to render with: at once when loaded (the composition root preloads the first
 * one), else the previous theme until the new one's chunk arrives.
 */
export function useFluentTheme(theme: PaneTheme | Theme): Theme {
  const wanted = typeof theme === 'string' ? loadedFluentTheme(theme) : theme;
  const [shown, setShown] = useState<Theme>(wanted ?? webLightTheme);
  // React's pattern for state derived from the previous render: remember the last theme shown.
  if (wanted && wanted !== shown) setShown(wanted);
  useEffect(() => {
    if (typeof theme !== 'string' || loadedFluentTheme(theme)) return;
    let live = true;
    void loadFluentTheme(theme).then((fluent) => live && setShown(fluent));
    return () => {
      live = false;
    };
  }, [theme]);
  return wanted ?? shown;
}
