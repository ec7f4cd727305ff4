import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { OutlookMailHost } from '../../../src/hosts/outlook/outlookMailHost';
import { startPane, type PaneDeps } from '../../../src/hosts/outlook/taskpane';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';
import { fakeMedia } from './fakeMedia';
import { createOutlook } from './outlookMock';

// startPane renders with its own root, outside testing-library's act(); testing-library turns
// the flag back on before the tests, hence the hook.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const samples = () => parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');

function pane(): HTMLElement {
  document.body.innerHTML = '<main id="duly-pane"></main>';
  return document.getElementById('duly-pane') as HTMLElement;
}

describe('startPane', () => {
  it('mounts the sidebar on the ledger and shows who the open message is from', async () => {
    const world = createOutlook();
    world.setItem(
      world.readItem({
        subject: 'RE: Factura INV-2026-0410',
        from: 'lhernandez@importadora-pacifico.mx',
        to: ['maria.lopez@duly-demo.es'],
        cc: [],
        html: '<p>Estamos pasando por problemas de liquidez.</p>',
      }),
    );
    const ledger = new MemoryLedgerRepository(samples(), clock);
    const deps: PaneDeps = {
      clock,
      openLedger: async () => ledger,
      loadSamples: async () => samples(),
    };

    await startPane(new OutlookMailHost(world.office), pane(), deps);

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Importadora del Pacífico SA de CV' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: "Customer's reason" })).toHaveProperty(
        'value',
        'cash-flow',
      ),
    );
  });

  it('explains in plain words when the ledger cannot be opened', async () => {
    const world = createOutlook();
    const root = pane();
    const deps: PaneDeps = {
      clock,
      openLedger: async () => {
        throw new Error('storage is switched off in this browser');
      },
      loadSamples: async () => samples(),
    };

    await startPane(new OutlookMailHost(world.office), root, deps);

    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Duly could not open its local ledger: storage is switched off in this browser',
    );
  });
});

describe("startPane in Office's language and theme", () => {
  const deps = (office: typeof Office): PaneDeps => ({
    clock,
    openLedger: async () => new MemoryLedgerRepository(samples(), clock),
    loadSamples: async () => samples(),
    office,
  });
  const WITH_THEME_API = ['1.1', '1.3', '1.5', '1.9', '1.14'];

  afterEach(() => {
    delete (window as { matchMedia?: unknown }).matchMedia;
    document.documentElement.lang = 'en';
  });

  it("shows the pane in Simplified Chinese when Office's display language is Chinese", async () => {
    const world = createOutlook({ displayLanguage: 'zh-TW' });
    world.setItem(null);

    await startPane(new OutlookMailHost(world.office), pane(), deps(world.office));

    expect(await screen.findByRole('tab', { name: '未回复' }, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('打开一封邮件，即可看到发件人是谁、欠款多少。')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('stays in English for other display languages', async () => {
    const world = createOutlook({ displayLanguage: 'fr-FR' });
    world.setItem(null);

    await startPane(new OutlookMailHost(world.office), pane(), deps(world.office));

    expect(await screen.findByRole('tab', { name: 'Silent' }, { timeout: 5000 })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it("opens in Office's dark theme and follows OfficeThemeChanged", async () => {
    const world = createOutlook({
      versions: WITH_THEME_API,
      officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' },
    });
    world.setItem(null);

    await startPane(new OutlookMailHost(world.office), pane(), deps(world.office));
    await screen.findByRole('tab', { name: 'Silent' }, { timeout: 5000 });
    expect(document.body.style.backgroundColor).toBe(colour(webDarkTheme.colorNeutralBackground1));

    await world.settled();
    expect(world.handlerTypes()).toContain('officeThemeChanged');
    world.fireOfficeThemeChanged({ bodyBackgroundColor: '#FFFFFF' });
    await waitFor(() =>
      expect(document.body.style.backgroundColor).toBe(
        colour(webLightTheme.colorNeutralBackground1),
      ),
    );
  });

  it('switches to high contrast when the page gets forced colours', async () => {
    const media = fakeMedia();
    Object.defineProperty(window, 'matchMedia', {
      value: media.window.matchMedia,
      configurable: true,
    });
    const world = createOutlook();
    world.setItem(null);

    await startPane(new OutlookMailHost(world.office), pane(), deps(world.office));
    await screen.findByRole('tab', { name: 'Silent' }, { timeout: 5000 });
    expect(document.body.style.backgroundColor).toBe(colour(webLightTheme.colorNeutralBackground1));

    media.set('(forced-colors: active)', true);
    await waitFor(() =>
      expect(document.body.style.backgroundColor).toBe(
        colour(teamsHighContrastTheme.colorNeutralBackground1),
      ),
    );
    media.set('(prefers-color-scheme: dark)', true);
    media.set('(forced-colors: active)', false);
    await waitFor(() => expect(document.documentElement.style.colorScheme).toBe('dark'));
    expect(document.body.style.backgroundColor).toBe(colour(webDarkTheme.colorNeutralBackground1));
  });
});

/** A colour as jsdom's CSSStyleDeclaration normalises it ("#292929" → "rgb(41, 41, 41)"). */
function colour(value: string): string {
  const probe = document.createElement('i');
  probe.style.backgroundColor = value;
  return probe.style.backgroundColor;
}
