import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { act, render, waitFor } from '@testing-library/react';
import { loadedFluentTheme, loadFluentTheme, useFluentTheme } from '../../src/ui/fluentThemes';
import type { PaneTheme } from '../../src/ui/Sidebar';

function Probe({ theme, seen }: { theme: PaneTheme | Theme; seen: Theme[] }) {
  seen.push(useFluentTheme(theme));
  return null;
}

// The order matters: the first test needs themes whose chunks have not loaded yet.
describe('useFluentTheme', () => {
  it('keeps the previous theme until the next one has loaded, then shows it', async () => {
    expect(loadedFluentTheme('high-contrast')).toBeUndefined();
    const seen: Theme[] = [];
    const { rerender } = render(<Probe theme="light" seen={seen} />);
    rerender(<Probe theme="high-contrast" seen={seen} />);
    expect(seen.at(-1)).toBe(webLightTheme);
    await waitFor(() => expect(seen.at(-1)).toBe(teamsHighContrastTheme));
  });

  it('shows a loaded theme at once and passes a Fluent theme through', async () => {
    await loadFluentTheme('dark');
    const seen: Theme[] = [];
    const { rerender } = render(<Probe theme="dark" seen={seen} />);
    expect(seen).toEqual([webDarkTheme]);
    await act(async () => rerender(<Probe theme={webLightTheme} seen={seen} />));
    expect(seen.at(-1)).toBe(webLightTheme);
  });
});

describe('loadFluentTheme', () => {
  it("gives Fluent's theme for each pane theme and remembers it", async () => {
    expect(loadedFluentTheme('light')).toBe(webLightTheme);
    expect(await loadFluentTheme('dark')).toBe(webDarkTheme);
    expect(await loadFluentTheme('high-contrast')).toBe(teamsHighContrastTheme);
    expect(loadedFluentTheme('dark')).toBe(webDarkTheme);
  });
});
