/// <reference types="google-apps-script" />
/**
 * A recording fake of CardService. Each builder records its calls; `build()` returns a plain
 * rendering ({@link Rendered}) that tests inspect. It enforces the limits Gmail enforces, so a card
 * Gmail would reject fails the test: at most 100 widgets per section, string action parameters,
 * https links, a function name on every action, only CardService's HTML subset in text.
 */

/** What a built card, widget or response looks like to a test. */
export type Rendered = {
  readonly kind: string;
  readonly [field: string]: unknown;
};

export const MAX_WIDGETS_PER_SECTION = 100;
/** The formatting tags CardService text accepts. */
const CARD_TAGS = new Set(['b', 'i', 'u', 's', 'strike', 'font', 'a', 'br']);

export class CardLimitError extends Error {
  constructor(message: string) {
    super(`Gmail would reject this card: ${message}`);
    this.name = 'CardLimitError';
  }
}

/** Fails on markup CardService would not render as text (an unescaped `<img …>` or `<script>`). */
export function checkCardHtml(text: unknown, where: string): void {
  if (typeof text !== 'string') throw new CardLimitError(`${where} must be a string`);
  for (const m of text.matchAll(/<\/?\s*([a-zA-Z][\w-]*)[^>]*>?/g)) {
    if (!CARD_TAGS.has(m[1]!.toLowerCase()))
      throw new CardLimitError(`${where} holds the tag <${m[1]}>: escape text put into a card`);
  }
  if (/<(?![a-zA-Z/])/.test(text)) throw new CardLimitError(`${where} holds a bare "<"`);
}

const HTML_FIELDS: Record<string, readonly string[]> = {
  TextParagraph: ['text'],
  DecoratedText: ['text', 'topLabel', 'bottomLabel'],
  CardSection: ['header'],
};

/** Methods each builder has, by the name of what they set (`setText` → text, `addWidget` → widgets). */
const METHODS: Record<string, readonly string[]> = {
  CardBuilder: ['setName', 'setHeader', 'addSection', 'setFixedFooter', 'build'],
  CardHeader: ['setTitle', 'setSubtitle', 'setImageUrl', 'setImageAltText'],
  CardSection: ['setHeader', 'addWidget', 'setCollapsible', 'setNumUncollapsibleWidgets'],
  TextParagraph: ['setText'],
  DecoratedText: [
    'setText',
    'setTopLabel',
    'setBottomLabel',
    'setWrapText',
    'setButton',
    'setOnClickAction',
  ],
  ButtonSet: ['addButton'],
  TextButton: [
    'setText',
    'setOnClickAction',
    'setOpenLink',
    'setComposeAction',
    'setTextButtonStyle',
    'setDisabled',
  ],
  Action: ['setFunctionName', 'setParameters', 'setLoadIndicator'],
  OpenLink: ['setUrl', 'setOpenAs', 'setOnClose'],
  SelectionInput: ['setType', 'setFieldName', 'setTitle', 'addItem', 'setOnChangeAction'],
  DatePicker: ['setFieldName', 'setTitle', 'setValueInMsSinceEpoch', 'setOnChangeAction'],
  TextInput: ['setFieldName', 'setTitle', 'setHint', 'setValue', 'setMultiline'],
  Divider: [],
  Notification: ['setText'],
  Navigation: ['updateCard', 'pushCard', 'popCard', 'popToRoot'],
  ActionResponseBuilder: [
    'setNavigation',
    'setNotification',
    'setOpenLink',
    'setStateChanged',
    'build',
  ],
  ComposeActionResponseBuilder: ['setGmailDraft', 'build'],
  UpdateDraftActionResponseBuilder: [
    'setUpdateDraftBodyAction',
    'setUpdateDraftSubjectAction',
    'build',
  ],
  UpdateDraftBodyAction: ['addUpdateContent', 'setUpdateType'],
  EditorFileScopeActionResponseBuilder: ['requestFileScopeForActiveDocument', 'build'],
};

type Recorder = { kind: string; fields: Record<string, unknown>; lists: Record<string, unknown[]> };
const RECORDS = new WeakMap<object, Recorder>();

function fieldOf(method: string): string {
  const name = method.replace(/^(set|add)/, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function render(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(render);
  if (value !== null && typeof value === 'object') {
    const record = RECORDS.get(value);
    if (record) return renderRecord(record);
  }
  return value;
}

function renderRecord(r: Recorder): Rendered {
  const out: Record<string, unknown> = { kind: r.kind };
  for (const [k, v] of Object.entries(r.fields)) out[k] = render(v);
  for (const [k, v] of Object.entries(r.lists)) out[k] = render(v);
  validate(out as Rendered);
  return out as Rendered;
}

function validate(r: Rendered): void {
  for (const field of HTML_FIELDS[r.kind] ?? [])
    if (r[field] !== undefined) checkCardHtml(r[field], `${r.kind}.${field}`);
  switch (r.kind) {
    case 'CardSection': {
      const widgets = (r.widgets as unknown[] | undefined) ?? [];
      if (widgets.length === 0) throw new CardLimitError('a section has no widget');
      if (widgets.length > MAX_WIDGETS_PER_SECTION)
        throw new CardLimitError(
          `a section has ${widgets.length} widgets (at most ${MAX_WIDGETS_PER_SECTION})`,
        );
      break;
    }
    case 'Card':
      if (!(r.sections as unknown[] | undefined)?.length)
        throw new CardLimitError('a card has no section');
      break;
    case 'Action':
      if (typeof r.functionName !== 'string' || r.functionName === '')
        throw new CardLimitError('an action has no function name');
      break;
    case 'TextButton': {
      if (typeof r.text !== 'string' || r.text === '')
        throw new CardLimitError('a button has no text');
      const targets = ['onClickAction', 'openLink', 'composeAction'].filter(
        (k) => r[k] !== undefined,
      );
      if (targets.length !== 1) throw new CardLimitError(`a button has ${targets.length} targets`);
      break;
    }
    case 'OpenLink':
      if (typeof r.url !== 'string' || !r.url.startsWith('https://'))
        throw new CardLimitError(`link "${String(r.url)}" is not https`);
      break;
    case 'SelectionInput':
      if (!r.fieldName) throw new CardLimitError('a selection input has no field name');
      if (!(r.items as unknown[] | undefined)?.length)
        throw new CardLimitError('a selection input has no item');
      break;
    case 'DatePicker':
      if (!r.fieldName) throw new CardLimitError('a date picker has no field name');
      break;
    case 'TextInput':
      if (!r.fieldName) throw new CardLimitError('a text input has no field name');
      if (!r.title) throw new CardLimitError('a text input has no title');
      break;
    case 'EditorFileScopeActionResponse':
      if (!r.fileScopeForActiveDocument)
        throw new CardLimitError('a file-scope response requests nothing');
      break;
    case 'ButtonSet':
      if (!(r.buttons as unknown[] | undefined)?.length)
        throw new CardLimitError('a button set is empty');
      break;
    case 'ComposeActionResponse':
      if (!r.gmailDraft) throw new CardLimitError('a compose response has no draft');
      break;
    case 'UpdateDraftBodyAction':
      if (!r.updateType) throw new CardLimitError('a draft update has no update type');
      if (!(r.updateContents as unknown[] | undefined)?.length)
        throw new CardLimitError('a draft update has no content');
      break;
    case 'ActionResponse':
      if (!r.navigation && !r.notification && !r.openLink)
        throw new CardLimitError('an action response does nothing');
      break;
  }
}

const BUILT_KIND: Record<string, string> = {
  CardBuilder: 'Card',
  ActionResponseBuilder: 'ActionResponse',
  ComposeActionResponseBuilder: 'ComposeActionResponse',
  UpdateDraftActionResponseBuilder: 'UpdateDraftActionResponse',
  EditorFileScopeActionResponseBuilder: 'EditorFileScopeActionResponse',
};

function builder(kind: string): object {
  const record: Recorder = { kind, fields: {}, lists: {} };
  const target: Record<string, unknown> = {};
  const proxy: object = new Proxy(target, {
    get(_t, prop) {
      if (typeof prop !== 'string') return undefined;
      // Probes by jest or the runtime (toJSON, then, …) are not builder calls.
      if (!/^(set|add|build|update|push|pop|request)/.test(prop)) return undefined;
      if (!(METHODS[kind] ?? []).includes(prop))
        throw new CardLimitError(
          `${kind} has no method ${prop} in this fake (add it if Apps Script has it)`,
        );
      return (...args: unknown[]) => {
        if (prop === 'build') return renderRecord({ ...record, kind: BUILT_KIND[kind] ?? kind });
        if (prop === 'setParameters') {
          const params = args[0] as Record<string, unknown>;
          for (const [k, v] of Object.entries(params))
            if (typeof v !== 'string')
              throw new CardLimitError(
                `action parameter "${k}" is a ${typeof v}: parameters are strings`,
              );
          record.fields.parameters = { ...params };
        } else if (prop === 'addItem') {
          (record.lists.items ??= []).push({ text: args[0], value: args[1], selected: args[2] });
        } else if (prop === 'addUpdateContent') {
          (record.lists.updateContents ??= []).push({ content: args[0], type: args[1] });
        } else if (prop === 'setComposeAction') {
          record.fields.composeAction = args[0];
          record.fields.composedEmailType = args[1];
        } else if (prop === 'requestFileScopeForActiveDocument') {
          record.fields.fileScopeForActiveDocument = true;
        } else if (kind === 'Navigation') {
          (record.lists.steps ??= []).push({ op: prop, card: args[0] });
        } else if (prop.startsWith('add')) {
          (record.lists[`${fieldOf(prop)}s`] ??= []).push(args[0]);
        } else {
          record.fields[fieldOf(prop)] = args[0];
        }
        return proxy;
      };
    },
  });
  RECORDS.set(proxy, record);
  return proxy;
}

function enumOf<K extends string>(...names: K[]): Record<K, K> {
  return Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>;
}

/** A fresh CardService fake, typed as the real service. */
export function createFakeCardService(): GoogleAppsScript.Card_Service.CardService {
  const fake = {
    SelectionInputType: enumOf('CHECK_BOX', 'DROPDOWN', 'RADIO_BUTTON', 'SWITCH'),
    ComposedEmailType: enumOf('REPLY_AS_DRAFT', 'STANDALONE_DRAFT'),
    ContentType: enumOf('TEXT', 'MUTABLE_HTML', 'IMMUTABLE_HTML'),
    UpdateDraftBodyType: enumOf('IN_PLACE_INSERT', 'INSERT_AT_START', 'INSERT_AT_END'),
    TextButtonStyle: enumOf('TEXT', 'FILLED', 'OUTLINED'),
    OpenAs: enumOf('FULL_SIZE', 'OVERLAY'),
    newCardBuilder: () => builder('CardBuilder'),
    newCardHeader: () => builder('CardHeader'),
    newCardSection: () => builder('CardSection'),
    newTextParagraph: () => builder('TextParagraph'),
    newDecoratedText: () => builder('DecoratedText'),
    newButtonSet: () => builder('ButtonSet'),
    newTextButton: () => builder('TextButton'),
    newAction: () => builder('Action'),
    newOpenLink: () => builder('OpenLink'),
    newSelectionInput: () => builder('SelectionInput'),
    newDatePicker: () => builder('DatePicker'),
    newTextInput: () => builder('TextInput'),
    newDivider: () => builder('Divider'),
    newNotification: () => builder('Notification'),
    newNavigation: () => builder('Navigation'),
    newActionResponseBuilder: () => builder('ActionResponseBuilder'),
    newComposeActionResponseBuilder: () => builder('ComposeActionResponseBuilder'),
    newUpdateDraftActionResponseBuilder: () => builder('UpdateDraftActionResponseBuilder'),
    newUpdateDraftBodyAction: () => builder('UpdateDraftBodyAction'),
    newEditorFileScopeActionResponseBuilder: () => builder('EditorFileScopeActionResponseBuilder'),
  };
  return fake as unknown as GoogleAppsScript.Card_Service.CardService;
}

/** A built card or response as the fake rendered it (a builder is rendered as it stands). */
export function rendered(value: unknown): Rendered {
  if (value !== null && typeof value === 'object' && RECORDS.has(value))
    return render(value) as Rendered;
  if (value === null || typeof value !== 'object' || typeof (value as Rendered).kind !== 'string')
    throw new Error('not something the fake CardService built');
  return value as Rendered;
}

/** Every rendered node under `root` (depth first), for searching a card. */
export function nodes(root: unknown): Rendered[] {
  const out: Rendered[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      if (typeof (v as Rendered).kind === 'string') out.push(v as Rendered);
      Object.values(v as object).forEach(walk);
    }
  };
  walk(root);
  return out;
}

/** All text a user sees on a card (escaped as CardService receives it). */
export function cardTexts(root: unknown): string[] {
  const texts: string[] = [];
  for (const n of nodes(root)) {
    for (const key of ['title', 'subtitle', 'header', 'text', 'topLabel', 'bottomLabel'])
      if (typeof n[key] === 'string') texts.push(n[key] as string);
    if (Array.isArray(n.items))
      for (const item of n.items as { text: string }[]) texts.push(item.text);
  }
  return texts;
}

/** The buttons of a card, with their action name and parameters. */
export function cardButtons(root: unknown): {
  text: string;
  action?: string;
  parameters?: Record<string, string>;
  functionName?: string;
  composed?: string;
  url?: string;
}[] {
  return nodes(root)
    .filter((n) => n.kind === 'TextButton')
    .map((b) => {
      const action = (b.onClickAction ?? b.composeAction) as Rendered | undefined;
      const parameters = action?.parameters as Record<string, string> | undefined;
      return {
        text: b.text as string,
        action: parameters?.action,
        parameters,
        functionName: action?.functionName as string | undefined,
        composed: b.composedEmailType as string | undefined,
        url: (b.openLink as Rendered | undefined)?.url as string | undefined,
      };
    });
}
