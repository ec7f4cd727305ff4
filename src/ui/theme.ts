import type { PaneTheme } from './Sidebar';

/**
 * The colours Office reports for its theme (Office.OfficeTheme, Mailbox 1.14 in Outlook), as
 * hexadecimal triplets such as "#1F1F1F". Outlook does not support `isDarkTheme` or `themeId`, so
 * only the colours are read.
 */
export type OfficeThemeColours = {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
};

/** What the pane's theme is decided from; the composition root reads it from Office and the page. */
export type ThemeSignals = {
  /** Office's theme colours, or undefined where the client has no theme API (before Mailbox 1.14). */
  readonly officeTheme?: OfficeThemeColours;
  /** `(forced-colors: active)` matches: Windows high contrast or another forced palette. */
  readonly forcedColors: boolean;
  /** `(prefers-color-scheme: dark)` matches: used only when Office gives no usable colour. */
  readonly prefersDark: boolean;
};

/**
 * The WCAG 2.x relative luminance (0 for black, 1 for white) of a "#RGB" or "#RRGGBB" colour, or
 * undefined when `colour` is not one.
 */
export function relativeLuminance(colour: string): number | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

// Where black text and white text contrast equally with the background ((L + 0.05) / 0.05 =
// 1.05 / (L + 0.05)): below it white text reads better, so the background is a dark one.
const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

/** True when a background colour is dark: white text contrasts with it more than black text. */
export function isDarkBackground(colour: string): boolean | undefined {
  const luminance = relativeLuminance(colour);
  return luminance === undefined ? undefined : luminance < DARK_BELOW;
}

/**
 * The pane's theme: high contrast whenever colours are forced; otherwise dark or light by the
 * luminance of Office's body background, falling back to the control background and then to
 * the page's `prefers-color-scheme` when Office gives no usable colour.
 */
export function paneThemeOf({ officeTheme, forcedColors, prefersDark }: ThemeSignals): PaneTheme {
  if (forcedColors) return 'high-contrast';
  for (const colour of [officeTheme?.bodyBackgroundColor, officeTheme?.controlBackgroundColor]) {
    const dark = colour === undefined ? undefined : isDarkBackground(colour);
    if (dark !== undefined) return dark ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}

/** The media queries the theme follows, for `matchMedia` and its change events. */
export const THEME_MEDIA_QUERIES = {
  forcedColors: '(forced-colors: active)',
  prefersDark: '(prefers-color-scheme: dark)',
} as const;
