// Named .tsx because the jest project `ui` collects test/ui/**/*.test.tsx only.
import fc from 'fast-check';
import { isDarkBackground, paneThemeOf, relativeLuminance } from '../../src/ui/theme';

const quiet = { forcedColors: false, prefersDark: false };

describe('relativeLuminance', () => {
  it.each([
    ['#000000', 0],
    ['#FFFFFF', 1],
    ['#fff', 1],
    ['FF0000', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000FF', 0.0722],
  ])('gives %s a luminance of %d', (colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 4);
  });

  it.each(['', 'white', '#12345', '#GGGGGG', 'rgb(0,0,0)'])(
    'answers undefined for %j, which is no hex triplet',
    (colour) => {
      expect(relativeLuminance(colour)).toBeUndefined();
    },
  );

  it('never decreases when every channel grows', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    fc.assert(
      fc.property(channel, channel, channel, fc.nat(255), (r, g, b, step) => {
        const up = (n: number) => Math.min(255, n + step);
        const low = relativeLuminance(`#${hex(r)}${hex(g)}${hex(b)}`)!;
        const high = relativeLuminance(`#${hex(up(r))}${hex(up(g))}${hex(up(b))}`)!;
        return high >= low && low >= 0 && high <= 1;
      }),
    );
  });
});

describe('isDarkBackground', () => {
  it.each([
    // Outlook's own themes: white and colourful, dark grey, black, and dark mode on the web.
    ['#FFFFFF', false],
    ['#F3F2F1', false],
    ['#D4D4D4', false],
    ['#767676', false],
    ['#737373', true],
    ['#444444', true],
    ['#262626', true],
    ['#1F1F1F', true],
    ['#000000', true],
  ])('says %s is dark: %s', (colour, dark) => {
    expect(isDarkBackground(colour)).toBe(dark);
  });

  it('calls a background dark exactly when white text contrasts with it more than black', () => {
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const colour = `#${n.toString(16).padStart(6, '0')}`;
        const l = relativeLuminance(colour)!;
        return isDarkBackground(colour) === contrast(1, l) > contrast(0, l);
      }),
    );
  });
});

describe('paneThemeOf', () => {
  it('is dark when Office paints the body black', () => {
    expect(
      paneThemeOf({
        ...quiet,
        officeTheme: { bodyBackgroundColor: '#000000', bodyForegroundColor: '#FFFFFF' },
      }),
    ).toBe('dark');
  });

  it('is light when Office paints the body white, even if the system prefers dark', () => {
    expect(
      paneThemeOf({
        forcedColors: false,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      }),
    ).toBe('light');
  });

  it('is high contrast whenever colours are forced, whatever Office says', () => {
    expect(
      paneThemeOf({
        forcedColors: true,
        prefersDark: false,
        officeTheme: { bodyBackgroundColor: '#FFFFFF' },
      }),
    ).toBe('high-contrast');
    expect(paneThemeOf({ forcedColors: true, prefersDark: true })).toBe('high-contrast');
  });

  it('falls back to the control background when the body colour is unreadable', () => {
    expect(
      paneThemeOf({
        ...quiet,
        officeTheme: { bodyBackgroundColor: '', controlBackgroundColor: '#292929' },
      }),
    ).toBe('dark');
  });

  it.each([
    [true, 'dark'],
    [false, 'light'],
  ] as const)(
    'follows prefers-color-scheme (dark: %s) when the theme API is missing',
    (prefersDark, theme) => {
      expect(paneThemeOf({ forcedColors: false, prefersDark })).toBe(theme);
      expect(
        paneThemeOf({
          forcedColors: false,
          prefersDark,
          officeTheme: { bodyBackgroundColor: 'x' },
        }),
      ).toBe(theme);
    },
  );
});
