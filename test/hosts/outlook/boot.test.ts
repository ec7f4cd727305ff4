import type { MailHost } from '../../../src/core/ports/mailHost';
import {
  boot,
  OFFICE_JS_MISSING,
  OUTSIDE_OUTLOOK,
  READY_TIMEOUT_MS,
} from '../../../src/hosts/outlook/boot';
import { createOutlook } from './outlookMock';

type Ready = { resolve(info: object): void; reject(error: Error): void };

function pageRoot(): HTMLElement {
  document.body.innerHTML = '<main id="duly-pane"><p role="status">Starting Duly…</p></main>';
  return document.getElementById('duly-pane') as HTMLElement;
}

/** An office.js whose onReady answers when the test says, with or without a mailbox. */
function officeWaiting(context: object = {}): { office: typeof Office; ready: Ready } {
  const ready = {} as Ready;
  const promise = new Promise<object>((resolve, reject) => {
    ready.resolve = resolve;
    ready.reject = reject;
  });
  return { office: { onReady: () => promise, context } as unknown as typeof Office, ready };
}

const heading = (root: HTMLElement) => root.querySelector('h1')?.textContent;

describe('boot', () => {
  afterEach(() => jest.useRealTimers());

  it('explains that office.js did not load when there is no Office', async () => {
    const root = pageRoot();
    const start = jest.fn();

    await expect(boot(root, start, { office: undefined })).resolves.toBe('office-js-missing');

    expect(heading(root)).toBe(OFFICE_JS_MISSING.title);
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(start).not.toHaveBeenCalled();
  });

  it('explains how to sideload the add-in when opened outside Outlook', async () => {
    const root = pageRoot();
    const { office, ready } = officeWaiting({});
    const booting = boot(root, jest.fn(), { office });

    ready.resolve({ host: null, platform: null });

    await expect(booting).resolves.toBe('outside-outlook');
    expect(heading(root)).toBe(OUTSIDE_OUTLOOK.title);
    expect(root.textContent).toContain('https://aka.ms/olksideload');
    expect(root.textContent).toContain('Add from file');
  });

  it('shows a diagnostic when onReady has not answered after 5 seconds, then starts when it does', async () => {
    jest.useFakeTimers();
    const root = pageRoot();
    const { office, ready } = officeWaiting({ mailbox: {} });
    const start = jest.fn();
    const host = {} as MailHost;
    const booting = boot(root, start, { office, createHost: () => host });

    jest.advanceTimersByTime(READY_TIMEOUT_MS - 1);
    expect(root.textContent).toBe('Starting Duly…');
    jest.advanceTimersByTime(1);
    expect(heading(root)).toBe('Outlook has not started Duly yet');
    expect(root.textContent).toContain('Close the Duly pane and open it again');

    ready.resolve({ host: 'Outlook' });
    await expect(booting).resolves.toBe('started');
    expect(start).toHaveBeenCalledWith(host, root);
    expect(heading(root)).toBeUndefined();
  });

  it('shows what failed when onReady rejects or the pane throws while starting', async () => {
    const rejected = officeWaiting({ mailbox: {} });
    const root = pageRoot();
    const booting = boot(root, jest.fn(), { office: rejected.office });
    rejected.ready.reject(new Error('Office runtime crashed'));

    await expect(booting).resolves.toBe('failed');
    expect(root.textContent).toContain(
      'Something went wrong while starting: Office runtime crashed',
    );

    const throwing = officeWaiting({ mailbox: {} });
    const root2 = pageRoot();
    const booting2 = boot(
      root2,
      () => {
        throw new Error('sidebar failed');
      },
      { office: throwing.office, createHost: () => ({}) as MailHost },
    );
    throwing.ready.resolve({ host: 'Outlook' });

    await expect(booting2).resolves.toBe('failed');
    expect(root2.textContent).toContain('sidebar failed');
  });

  it('renders notices as text, never as markup', async () => {
    const { office, ready } = officeWaiting({ mailbox: {} });
    const root = pageRoot();
    const booting = boot(root, jest.fn(), { office });
    ready.reject(new Error('<img src=x onerror=alert(1)>'));

    await booting;

    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('hands an OutlookMailHost over office.js to the pane inside Outlook', async () => {
    const world = createOutlook();
    world.setItem(
      world.readItem({ subject: 'INV-7', from: 'a@buyer.es', to: [], cc: [], html: '<p>x</p>' }),
    );
    Object.assign(world.office, { onReady: () => Promise.resolve({ host: 'Outlook' }) });
    const root = pageRoot();
    let host: MailHost | undefined;

    await boot(root, (h) => (host = h), { office: world.office });

    await expect(host?.currentItem()).resolves.toMatchObject({
      subject: 'INV-7',
      from: 'a@buyer.es',
    });
  });
});
