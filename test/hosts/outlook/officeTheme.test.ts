import { createCallQueue } from '../../../src/hosts/outlook/callQueue';
import { currentPaneTheme, followPaneTheme } from '../../../src/hosts/outlook/officeTheme';
import type { PaneTheme } from '../../../src/ui/Sidebar';
import { fakeMedia } from './fakeMedia';
import { createOutlook } from './outlookMock';

const WITH_THEME_API = ['1.1', '1.3', '1.5', '1.9', '1.13', '1.14'];
const DARK = { bodyBackgroundColor: '#1F1F1F', bodyForegroundColor: '#FFFFFF' };
const LIGHT = { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' };
const FORCED = '(forced-colors: active)';
const PREFERS_DARK = '(prefers-color-scheme: dark)';

describe('currentPaneTheme', () => {
  it("reads Office's body colour where Mailbox 1.14 is supported", () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: DARK });
    expect(currentPaneTheme({ office: world.office, window: fakeMedia().window })).toBe('dark');
  });

  it("ignores Office's colours before Mailbox 1.14 and follows prefers-color-scheme", () => {
    const world = createOutlook({ officeTheme: DARK });
    const media = fakeMedia({ [PREFERS_DARK]: false });
    expect(currentPaneTheme({ office: world.office, window: media.window })).toBe('light');
    media.set(PREFERS_DARK, true);
    expect(currentPaneTheme({ office: world.office, window: media.window })).toBe('dark');
  });

  it('is high contrast when the page has forced colours', () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: LIGHT });
    const media = fakeMedia({ [FORCED]: true });
    expect(currentPaneTheme({ office: world.office, window: media.window })).toBe('high-contrast');
  });

  it('works without office.js and without matchMedia', () => {
    const bare = Object.create(window) as Window;
    Object.defineProperty(bare, 'matchMedia', { value: undefined });
    expect(currentPaneTheme({ window: bare })).toBe('light');
  });
});

describe('followPaneTheme', () => {
  it('registers for OfficeThemeChanged and reports each new theme once', async () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: LIGHT });
    const seen: PaneTheme[] = [];
    followPaneTheme({ office: world.office, window: fakeMedia().window }, (t) => seen.push(t));
    await world.settled();

    expect(world.log).toContainEqual({
      name: 'mailbox.addHandlerAsync',
      args: ['officeThemeChanged'],
    });
    world.fireOfficeThemeChanged(DARK);
    world.fireOfficeThemeChanged({ ...DARK, bodyForegroundColor: '#EEEEEE' });
    world.fireOfficeThemeChanged(LIGHT);
    expect(seen).toEqual(['dark', 'light']);
  });

  it('registers through the shared call queue', async () => {
    const world = createOutlook({ versions: WITH_THEME_API });
    const queue = createCallQueue(1);
    let release!: () => void;
    void queue.run(() => new Promise<void>((done) => (release = done)));
    followPaneTheme({ office: world.office, window: fakeMedia().window, queue }, () => undefined);
    await world.settled();
    expect(world.handlerTypes()).toEqual([]);

    release();
    await world.settled();
    expect(world.handlerTypes()).toEqual(['officeThemeChanged']);
  });

  it('does not register before Mailbox 1.14, and follows the media queries instead', async () => {
    const world = createOutlook();
    const media = fakeMedia();
    const seen: PaneTheme[] = [];
    followPaneTheme({ office: world.office, window: media.window }, (t) => seen.push(t));
    await world.settled();

    expect(world.log).toEqual([]);
    media.set(PREFERS_DARK, true);
    media.set(FORCED, true);
    media.set(FORCED, false);
    expect(seen).toEqual(['dark', 'high-contrast', 'dark']);
  });

  it('switches to high contrast and back while Office keeps its colours', async () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: DARK });
    const media = fakeMedia();
    const seen: PaneTheme[] = [];
    followPaneTheme({ office: world.office, window: media.window }, (t) => seen.push(t));
    await world.settled();

    media.set(FORCED, true);
    media.set(FORCED, false);
    media.set(PREFERS_DARK, true);
    expect(seen).toEqual(['high-contrast', 'dark']);
  });

  it('stops following: media listeners go and the Office handler is removed', async () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: LIGHT });
    const media = fakeMedia();
    const seen: PaneTheme[] = [];
    const stop = followPaneTheme({ office: world.office, window: media.window }, (t) =>
      seen.push(t),
    );
    await world.settled();
    expect(media.listenerCount()).toBe(2);

    stop();
    await world.settled();
    media.set(PREFERS_DARK, true);
    world.fireOfficeThemeChanged(DARK);
    expect(seen).toEqual([]);
    expect(media.listenerCount()).toBe(0);
    expect(world.handlerTypes()).toEqual([]);
  });

  it('reports a failed registration and a throwing listener, never throwing into Office', async () => {
    const world = createOutlook({ versions: WITH_THEME_API, officeTheme: LIGHT });
    const errors: Error[] = [];
    const mailbox = world.office.context.mailbox as unknown as {
      addHandlerAsync: (...args: unknown[]) => void;
    };
    const original = mailbox.addHandlerAsync;
    mailbox.addHandlerAsync = (...args: unknown[]) => {
      const callback = args[args.length - 1] as (r: object) => void;
      setTimeout(() => callback({ status: 'failed', error: { message: 'not allowed' } }), 0);
    };
    followPaneTheme(
      { office: world.office, window: fakeMedia().window, reportError: (e) => errors.push(e) },
      () => undefined,
    );
    await world.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(errors.map((e) => e.message)).toEqual([
      'mailbox.addHandlerAsync(OfficeThemeChanged) failed: not allowed',
    ]);

    mailbox.addHandlerAsync = original;
    followPaneTheme(
      { office: world.office, window: fakeMedia().window, reportError: (e) => errors.push(e) },
      () => {
        throw new Error('render failed');
      },
    );
    await world.settled();
    expect(() => world.fireOfficeThemeChanged(DARK)).not.toThrow();
    expect(errors.at(-1)?.message).toBe('render failed');
    expect(world.thrown).toEqual([]);
  });
});
