import { OfficeMockObject } from 'office-addin-mock';

/** What one mocked `…Async` call answers: a value, or Office's failure. */
export type Answer<T> = { value: T } | { error: { name: string; message: string; code: number } };

/** Calls that reached the mock, in order, with their arguments (callbacks left out). */
export type CallLog = { readonly name: string; readonly args: readonly unknown[] }[];

/** Counts the Office calls running at once, as the client sees them. */
export type Concurrency = { now: number; max: number };

type Callback<T> = (result: { status: string; value?: T; error?: unknown }) => void;

/**
 * A mocked `…Async` method, written as office-addin-mock's docs show: it records the call and
 * answers through its callback on a later macrotask, as Office does. A callback that throws is
 * recorded in `thrown`, so tests can prove the host never throws inside one.
 */
export function asyncMethod<T>(
  name: string,
  answer: (...args: unknown[]) => Answer<T>,
  world: { log: CallLog; concurrency: Concurrency; thrown: unknown[] },
) {
  return function (this: unknown, ...args: unknown[]): void {
    // Office's callback is always the last argument; an event handler may come before it.
    const last = args[args.length - 1];
    const callback = typeof last === 'function' ? (last as Callback<T>) : undefined;
    const rest = callback ? args.slice(0, -1) : args;
    world.log.push({ name, args: rest.filter((a) => typeof a !== 'function') });
    world.concurrency.now += 1;
    world.concurrency.max = Math.max(world.concurrency.max, world.concurrency.now);
    const result = answer(...rest);
    setTimeout(() => {
      world.concurrency.now -= 1;
      const asyncResult =
        'value' in result
          ? { status: 'succeeded', value: result.value }
          : { status: 'failed', error: result.error };
      try {
        callback?.(asyncResult);
      } catch (error) {
        world.thrown.push(error);
      }
    }, 0);
  };
}

/** The fields of a received message the tests set. */
export type ReadFields = {
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  html: string;
  dateTimeCreated?: Date;
  conversationId?: string;
  internetMessageId?: string;
  itemType?: string;
};

/** The fields of a message being written. */
export type ComposeFields = {
  subject: string;
  to: string[];
  cc: string[];
  html: string;
  bodyType: 'html' | 'text';
  conversationId?: string;
};

export type OutlookWorld = {
  office: typeof Office;
  log: CallLog;
  concurrency: Concurrency;
  thrown: unknown[];
  /** Requirement sets the mocked client claims, e.g. '1.9'. */
  supported: Set<string>;
  /** Resolves once no mocked call is waiting to answer and their callbacks have run. */
  settled(): Promise<void>;
  /** Fires the registered ItemChanged handler, as Outlook does when a pinned pane moves. */
  fireItemChanged(): void;
  /**
   * Sets `context.officeTheme` and fires the registered OfficeThemeChanged handler (Mailbox 1.14)
   * with it, as Outlook does when the user switches theme.
   */
  fireOfficeThemeChanged(theme: Partial<Office.OfficeTheme>): void;
  /** Event types with a registered handler, e.g. 'officeThemeChanged'. */
  handlerTypes(): string[];
  /** Replaces the open item (null: nothing selected). */
  setItem(item: object | null): void;
  readItem(fields: ReadFields): object;
  composeItem(fields: ComposeFields, failures?: Partial<Record<string, Answer<never>>>): object;
};

const details = (addresses: readonly string[]) =>
  addresses.map((emailAddress) => ({ emailAddress, displayName: emailAddress.split('@')[0] }));

/**
 * A mocked Outlook (office-addin-mock, host outlook) with Mailbox requirement sets up to
 * `versions`, the signed-in user `own`, and the form and event methods the host uses.
 */
export function createOutlook(
  options: {
    versions?: readonly string[];
    own?: string;
    /** Office's theme colours (read only where Mailbox 1.14 is supported). */
    officeTheme?: Partial<Office.OfficeTheme>;
    /** Office's UI language, a BCP 47 tag; 'en-US' by default. */
    displayLanguage?: string;
  } = {},
): OutlookWorld {
  const log: CallLog = [];
  const concurrency: Concurrency = { now: 0, max: 0 };
  const thrown: unknown[] = [];
  const world = { log, concurrency, thrown };
  const supported = new Set(
    options.versions ?? ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'],
  );
  // One handler per event type, as Office keeps them.
  const handlers = new Map<string, (args?: unknown) => void>();

  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: options.officeTheme ?? {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
      },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'Mailbox' && supported.has(version),
      },
      mailbox: {
        userProfile: { emailAddress: options.own ?? 'maria.lopez@seller.es' },
        item: { itemType: 'message', subject: '' },
        addHandlerAsync: asyncMethod<void>(
          'mailbox.addHandlerAsync',
          (type, fn) => {
            handlers.set(String(type), fn as (args?: unknown) => void);
            return { value: undefined };
          },
          world,
        ),
        removeHandlerAsync: asyncMethod<void>(
          'mailbox.removeHandlerAsync',
          (type) => {
            handlers.delete(String(type));
            return { value: undefined };
          },
          world,
        ),
        displayNewMessageForm(form: unknown) {
          log.push({ name: 'mailbox.displayNewMessageForm', args: [form] });
        },
        displayNewMessageFormAsync: asyncMethod<void>(
          'mailbox.displayNewMessageFormAsync',
          () => ({ value: undefined }),
          world,
        ),
      },
    },
  });
  const office = mock as unknown as typeof Office;
  const context = (
    mock as unknown as { context: { mailbox: { item: object | null }; officeTheme: unknown } }
  ).context;
  const mailbox = context.mailbox;

  return {
    office,
    log,
    concurrency,
    thrown,
    supported,
    async settled() {
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      for (let spins = 0; spins < 1000; spins += 1) {
        await tick();
        if (concurrency.now === 0) {
          // One more turn: a callback may just have queued the next call.
          await tick();
          if (concurrency.now === 0) return;
        }
      }
      throw new Error(`${concurrency.now} mocked Office calls never answered`);
    },
    fireItemChanged() {
      handlers.get('olkItemSelectedChanged')?.();
    },
    fireOfficeThemeChanged(theme) {
      context.officeTheme = theme;
      handlers.get('officeThemeChanged')?.({ type: 'officeThemeChanged', officeTheme: theme });
    },
    handlerTypes() {
      return [...handlers.keys()];
    },
    setItem(item) {
      mailbox.item = item;
    },
    readItem(fields) {
      return new OfficeMockObject({
        host: 'outlook',
        itemType: fields.itemType ?? 'message',
        subject: fields.subject,
        from: { emailAddress: fields.from, displayName: fields.from.split('@')[0] },
        sender: { emailAddress: fields.from, displayName: fields.from.split('@')[0] },
        to: details(fields.to),
        cc: details(fields.cc),
        ...(fields.dateTimeCreated ? { dateTimeCreated: fields.dateTimeCreated } : {}),
        ...(fields.conversationId ? { conversationId: fields.conversationId } : {}),
        ...(fields.internetMessageId ? { internetMessageId: fields.internetMessageId } : {}),
        body: {
          getAsync: asyncMethod('item.body.getAsync', () => ({ value: fields.html }), world),
        },
        displayReplyForm(formData: unknown) {
          log.push({ name: 'item.displayReplyForm', args: [formData] });
        },
        displayReplyFormAsync: asyncMethod(
          'item.displayReplyFormAsync',
          () => ({ value: undefined }),
          world,
        ),
      });
    },
    composeItem(fields, failures = {}) {
      const answer =
        <T>(name: string, value: T) =>
        (): Answer<T> =>
          failures[name] ?? { value };
      return new OfficeMockObject({
        host: 'outlook',
        itemType: 'message',
        ...(fields.conversationId ? { conversationId: fields.conversationId } : {}),
        to: { getAsync: asyncMethod('to.getAsync', answer('to', details(fields.to)), world) },
        cc: { getAsync: asyncMethod('cc.getAsync', answer('cc', details(fields.cc)), world) },
        subject: {
          getAsync: asyncMethod('subject.getAsync', answer('subject', fields.subject), world),
        },
        body: {
          getAsync: asyncMethod('body.getAsync', answer('body', fields.html), world),
          getTypeAsync: asyncMethod('body.getTypeAsync', answer('getType', fields.bodyType), world),
          setSelectedDataAsync: asyncMethod(
            'body.setSelectedDataAsync',
            answer('setSelected', undefined),
            world,
          ),
        },
      });
    },
  };
}
