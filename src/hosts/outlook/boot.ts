import type { MailHost } from '../../core/ports/mailHost';
import { OutlookMailHost } from './outlookMailHost';

/** How long the pane waits for `Office.onReady` before it explains, in the page, what is wrong. */
export const READY_TIMEOUT_MS = 5000;

/** A plain-language page state: a title, paragraphs, and steps to take. */
export type Notice = {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly steps?: readonly string[];
};

const SIDELOAD_STEPS: readonly string[] = [
  'Outlook on the web and new Outlook on Windows: open https://aka.ms/olksideload while signed in, ' +
    'choose My add-ins, then Add a custom add-in › Add from file, and pick Duly’s manifest.xml.',
  'Classic Outlook on Windows and Outlook on Mac: choose Get Add-ins (or File › Manage Add-ins), ' +
    'then My add-ins › Add a custom add-in › Add from file, and pick manifest.xml.',
  'Then open a message and choose Duly on the ribbon (or under Apps).',
  'To try Duly without Outlook, run `npm start` in the project for the demo mailbox.',
];

/** Shown when the page runs outside Outlook: office.js answered, but there is no mailbox. */
export const OUTSIDE_OUTLOOK: Notice = {
  title: 'Duly runs inside Outlook',
  paragraphs: [
    'This page is Duly’s Outlook task pane. Opened on its own it has no mailbox to read, so ' +
      'there is nothing to show here. Add Duly to Outlook (“sideload” it) and open it from a message:',
  ],
  steps: SIDELOAD_STEPS,
};

/** Shown when office.js itself did not load (network, proxy, content blocker). */
export const OFFICE_JS_MISSING: Notice = {
  title: 'Office’s script did not load',
  paragraphs: [
    'Duly needs office.js from Microsoft (https://appsforoffice.microsoft.com) to talk to ' +
      'Outlook, and it did not load. A network problem, a proxy or a content blocker may have ' +
      'stopped it.',
    'Check the connection and that appsforoffice.microsoft.com is allowed, then reload the pane. ' +
      'If you opened this page outside Outlook, add Duly to Outlook first:',
  ],
  steps: SIDELOAD_STEPS,
};

/** Shown while `Office.onReady` has not answered after READY_TIMEOUT_MS; replaced if it does. */
export function slowStart(origin: string): Notice {
  return {
    title: 'Outlook has not started Duly yet',
    paragraphs: [
      `Duly has waited ${READY_TIMEOUT_MS / 1000} seconds for Outlook to say it is ready. ` +
        'This page updates by itself if Outlook answers. Meanwhile:',
    ],
    steps: [
      'Close the Duly pane and open it again.',
      'In Outlook on the web or new Outlook, reload the page; in classic Outlook, restart Outlook.',
      'If it keeps happening in classic Outlook, clear the Office cache (the folder ' +
        '%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\ on Windows) and restart Outlook.',
      `If you serve Duly yourself, check that ${origin} is running and that this machine trusts ` +
        'its certificate.',
    ],
  };
}

/** Shown when Office or the pane failed while starting; `detail` is the error's message. */
export function startFailed(detail: string): Notice {
  return {
    title: 'Duly could not start',
    paragraphs: [
      `Something went wrong while starting: ${detail}`,
      'Close the Duly pane and open it again. If it happens again, reload Outlook.',
    ],
  };
}

/** Replaces `root`'s content with a notice, as text only (nothing in it is parsed as HTML). */
export function showNotice(root: HTMLElement, notice: Notice, role: 'status' | 'alert'): void {
  const doc = root.ownerDocument;
  const section = doc.createElement('section');
  section.setAttribute('role', role);
  const title = doc.createElement('h1');
  title.textContent = notice.title;
  section.append(title);
  for (const text of notice.paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    section.append(p);
  }
  if (notice.steps?.length) {
    const list = doc.createElement('ol');
    for (const step of notice.steps) {
      const li = doc.createElement('li');
      li.textContent = step;
      list.append(li);
    }
    section.append(list);
  }
  root.replaceChildren(section);
}

/** How the pane ended its start: which page state it shows. */
export type BootOutcome = 'started' | 'outside-outlook' | 'office-js-missing' | 'failed';

export type BootOptions = {
  /** The office.js namespace, or undefined when it did not load; the global by default. */
  readonly office?: typeof Office;
  readonly timeoutMs?: number;
  /** Makes the host once Office is ready; OutlookMailHost by default. */
  readonly createHost?: (office: typeof Office) => MailHost;
};

function globalOffice(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/**
 * Starts the task pane in `root`: waits for `Office.onReady`, showing a diagnostic after
 * READY_TIMEOUT_MS (onReady may never resolve), explains sideloading outside Outlook, and hands a
 * MailHost to `start` inside Outlook. The pane is never left blank.
 */
export async function boot(
  root: HTMLElement,
  start: (host: MailHost, root: HTMLElement) => void,
  options: BootOptions = {},
): Promise<BootOutcome> {
  const office = 'office' in options ? options.office : globalOffice();
  if (!office || typeof office.onReady !== 'function') {
    showNotice(root, OFFICE_JS_MISSING, 'alert');
    return 'office-js-missing';
  }
  const timeoutMs = options.timeoutMs ?? READY_TIMEOUT_MS;
  const origin = root.ownerDocument.defaultView?.location.origin ?? 'the add-in’s address';
  const timer = setTimeout(() => showNotice(root, slowStart(origin), 'alert'), timeoutMs);
  try {
    await office.onReady();
  } catch (error) {
    showNotice(root, startFailed(messageOf(error)), 'alert');
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
  if (!office.context?.mailbox) {
    showNotice(root, OUTSIDE_OUTLOOK, 'status');
    return 'outside-outlook';
  }
  try {
    const host = (options.createHost ?? ((o) => new OutlookMailHost(o)))(office);
    root.replaceChildren();
    start(host, root);
    return 'started';
  } catch (error) {
    showNotice(root, startFailed(messageOf(error)), 'alert');
    return 'failed';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
