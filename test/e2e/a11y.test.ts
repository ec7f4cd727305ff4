// The pane-wide accessibility suite on the demo page (real sidebar, real IndexedDB, samples
// seeded, clock at 2026-07-01): axe-core on every view in light, dark and high contrast and in
// Chinese, screenshots for people to look at, and the thread flow done with the keyboard alone.
// Build a copy first: `npx webpack --config-name demo --output-path dist/demo-a11y`, then
// `DULY_DEMO_DIST=dist/demo-a11y DULY_E2E=1 npx jest --selectProjects e2e test/e2e/a11y.test.ts`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import {
  ARTEFACTS_DIR,
  assertDemoBuilt,
  DEMO_DIST,
  launchChromium,
  startStaticServer,
  axeViolations,
  type Browser,
  type StaticServer,
} from './harness';

jest.setTimeout(300_000);

const VIEWS = ['thread', 'silent', 'ledger', 'settings'] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;
type View = (typeof VIEWS)[number];
type Theme = (typeof THEMES)[number];
type Lang = 'en' | 'zh-CN';

/** The sample thread each audit opens: two invoices, a compose window, a German letter. */
const THREAD = /j\.weber@bayern/;
const CUSTOMER = 'Bayerische Maschinenbau GmbH';
const TAB_NAMES: Readonly<Record<Lang, Readonly<Record<View, string>>>> = {
  en: { thread: 'This thread', silent: 'Silent', ledger: 'Ledger', settings: 'Settings' },
  'zh-CN': { thread: '本会话', silent: '未回复', ledger: '账本', settings: '设置' },
};

/**
 * What draws the focus ring of the focused element: a non-none outline or box-shadow on it, or,
 * for Fluent's checkbox and switch (whose native input is transparent), on the control's root
 * or its ::after ring. Empty when focus is invisible.
 */
function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return '';
    const drawn = (el: Element, pseudo: string | null): string => {
      const cs = getComputedStyle(el, pseudo);
      if (pseudo && cs.content === 'none') return '';
      if (!pseudo && Number(cs.opacity) === 0) return '';
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none';
      const border =
        pseudo !== null && cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0;
      return outline
        ? `outline ${cs.outlineWidth} ${cs.outlineStyle}`
        : shadow
          ? 'box-shadow'
          : border
            ? 'ring'
            : '';
    };
    let el: Element | null = focused;
    for (let depth = 0; el && depth < 3; depth += 1, el = el.parentElement) {
      for (const pseudo of [null, '::after']) {
        const ring = drawn(el, pseudo);
        if (ring) return `${ring} on ${depth === 0 ? 'the element' : 'its control'}${pseudo ?? ''}`;
      }
    }
    return '';
  });
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  assertDemoBuilt();
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  server = await startStaticServer(DEMO_DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls `holds` until it is true, or fails naming `what` after `timeoutMs`. */
async function until(what: string, holds: () => Promise<boolean>, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (!(await holds())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sidebarOf = (page: Page) => page.getByRole('complementary', { name: 'Duly sidebar' });

/** Waits until the view has rendered: no spinner left in the sidebar for a moment. */
async function settled(sidebar: Locator): Promise<void> {
  await sidebar.getByRole('tabpanel').waitFor();
  const idle = async () => (await sidebar.locator('.fui-Spinner').count()) === 0;
  await until('the view to finish loading', idle);
  await sidebar.page().waitForTimeout(300);
  await until('the view to finish loading', idle);
}

async function openView(view: View, theme: Theme, lang: Lang): Promise<Page> {
  const page = await browser.context.newPage();
  // Windows high contrast forces the system palette on top of the pane's own HC theme.
  if (theme === 'high-contrast') await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${server.url}index.html?view=${view}&theme=${theme}&lang=${lang}`);
  const sidebar = sidebarOf(page);
  await sidebar.getByRole('tab', { name: TAB_NAMES[lang][view], selected: true }).waitFor();
  if (view === 'thread') {
    await page
      .getByRole('navigation', { name: 'Sample threads' })
      .getByRole('button', { name: THREAD })
      .click();
    await sidebar.getByRole('heading', { name: CUSTOMER }).waitFor();
  }
  await settled(sidebar);
  return page;
}

/** Heading levels inside the sidebar in document order, e.g. [2, 2, 3, 2]. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Duly sidebar"] :is(h1,h2,h3,h4,h5,h6)')].map((h) =>
      Number(h.tagName.slice(1)),
    ),
  );
}

const CASES: [View, Theme, Lang][] = [
  ...VIEWS.flatMap((v) => THEMES.map((t): [View, Theme, Lang] => [v, t, 'en'])),
  ...VIEWS.flatMap((v) =>
    (['light', 'dark'] as const).map((t): [View, Theme, Lang] => [v, t, 'zh-CN']),
  ),
];

describe('each view of the pane', () => {
  it.each(CASES)(
    '%s in %s (%s) has no axe violations, in order headings',
    async (view, theme, lang) => {
      const page = await openView(view, theme, lang);
      try {
        const suffix = lang === 'en' ? '' : `-${lang}`;
        await page.screenshot({
          path: join(ARTEFACTS_DIR, `a11y-${view}-${theme}${suffix}.png`),
          fullPage: true,
        });
        expect(await axeViolations(page, '[aria-label="Duly sidebar"]')).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);

        const levels = await headingLevels(page);
        expect(levels.length).toBeGreaterThan(0);
        expect(Math.min(...levels)).toBe(2);
        const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
        expect(skips).toEqual([]);
        // Each view's own h2 carries its name ("Silent customers" under the tab "Silent"); the
        // thread view's h2s are the customer and its sections.
        const h2 = sidebarOf(page).getByRole('tabpanel').getByRole('heading', { level: 2 });
        const named =
          view === 'thread' || (await h2.first().innerText()).includes(TAB_NAMES[lang][view]);
        expect(named).toBe(true);
      } finally {
        await page.close();
      }
    },
  );
});

describe('the aging chart', () => {
  it.each(THEMES)('stays readable in a 320 px pane (%s)', async (theme) => {
    const page = await openView('ledger', theme, 'en');
    try {
      const sidebar = sidebarOf(page);
      await sidebar.evaluate((aside) => {
        (aside as HTMLElement).style.width = '320px';
        (aside as HTMLElement).style.maxWidth = '320px';
      });
      const aging = sidebar.getByRole('region', { name: 'Aging' });
      await aging.getByRole('img').first().waitFor();
      const layout = await aging.evaluate((section) => {
        const svgs = [...section.querySelectorAll('svg[role="img"]')];
        return {
          charts: svgs.length,
          overflow: section.scrollWidth - section.clientWidth,
          // Height of the smallest rendered line of text (CSS pixels), and text outside its chart.
          smallestText: Math.min(
            ...svgs.flatMap((svg) =>
              [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height),
            ),
          ),
          outside: svgs.flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .filter((t) => {
                const r = t.getBoundingClientRect();
                return r.left < box.left - 1 || r.right > box.right + 1;
              })
              .map((t) => t.textContent);
          }),
        };
      });
      expect(layout.charts).toBeGreaterThan(1);
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.outside).toEqual([]);
      expect(layout.smallestText).toBeGreaterThanOrEqual(11);
      await aging.screenshot({ path: join(ARTEFACTS_DIR, `a11y-aging-320px-${theme}.png`) });
    } finally {
      await page.close();
    }
  });
});

describe('the thread flow with the keyboard alone', () => {
  it('opens a thread, picks invoices and language, and inserts the draft, focus visible throughout', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}index.html`);
      const sidebar = sidebarOf(page);
      await page.getByRole('navigation', { name: 'Sample threads' }).waitFor();
      await settled(sidebar);
      const rings: string[] = [];

      /** Presses Tab until `arrived` holds, checking the focus ring at every stop. */
      const tabUntil = async (what: string, arrived: () => Promise<boolean>) => {
        for (let presses = 0; presses < 80; presses += 1) {
          await page.keyboard.press('Tab');
          const ring = await focusRing(page);
          const name = await page.evaluate(
            () =>
              document.activeElement?.getAttribute('aria-label') ??
              document.activeElement?.textContent?.slice(0, 60),
          );
          if (!ring) throw new Error(`No visible focus on "${name}" while tabbing to ${what}`);
          rings.push(ring);
          if (await arrived()) return;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

      const thread = page
        .getByRole('navigation', { name: 'Sample threads' })
        .getByRole('button', { name: THREAD });
      await tabUntil('the sample thread', () => focused(thread));
      await page.keyboard.press('Enter');
      await sidebar.getByRole('heading', { name: CUSTOMER }).waitFor();
      await settled(sidebar);

      await tabUntil('the sidebar', () =>
        page.evaluate(() =>
          Boolean(document.activeElement?.closest('[aria-label="Duly sidebar"]')),
        ),
      );

      const checkboxes = sidebar.getByRole('checkbox', { name: /^Include INV-/ });
      expect(await checkboxes.count()).toBeGreaterThan(1);
      await tabUntil('an invoice checkbox', () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (
            el?.type === 'checkbox' && /^Include INV-/.test(el.getAttribute('aria-label') ?? '')
          );
        }),
      );
      const checkbox = page.locator(':focus');
      const number = /Include (\S+) in/.exec(
        (await checkbox.getAttribute('aria-label')) ?? '',
      )![1]!;
      const before = await checkbox.isChecked();
      await page.keyboard.press('Space');
      await until('the checkbox to toggle', async () => (await checkbox.isChecked()) !== before);
      expect(await focusRing(page)).not.toBe('');

      const language = sidebar.getByRole('combobox', { name: 'Letter language' });
      await tabUntil('the letter language', () => focused(language));
      const preview = sidebar.getByRole('document');
      const germanPreview = await preview.getAttribute('aria-label');
      expect(await language.inputValue()).toBe('de');
      await page.keyboard.type('English');
      await until('English', async () => (await language.inputValue()) === 'en');
      await until(
        'the English preview',
        async () => (await preview.getAttribute('aria-label')) !== germanPreview,
      );
      expect(await focusRing(page)).not.toBe('');
      const letter = (await preview.innerText()).split('\n').filter((l) => l.trim().length > 20);
      expect(letter.join('\n').includes(number)).toBe(!before);

      const insert = sidebar.getByRole('button', { name: 'Insert draft' });
      await tabUntil('Insert draft', () => focused(insert));
      await page.keyboard.press('Enter');
      await sidebar.getByText('Inserted. The reminder is logged.').waitFor();

      const body = await page.getByRole('textbox', { name: 'Message body' }).innerText();
      // The draft in the compose box is the previewed English letter, with the chosen invoices.
      expect(body).toContain(letter[1]!.trim());
      expect(body.includes(number)).toBe(!before);
      expect(rings.length).toBeGreaterThan(3);
      await page.screenshot({
        path: join(ARTEFACTS_DIR, 'a11y-keyboard-flow.png'),
        fullPage: true,
      });
    } finally {
      await page.close();
    }
  });
});
