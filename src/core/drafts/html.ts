/**
 * The only way Duly produces HTML: a small tree of allowed elements and text, rendered with every
 * text escaped. A value can never become markup, because no function here accepts a markup string.
 */

/** Tags a letter may contain; nothing else is ever rendered. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'ul',
  'li',
] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];

/**
 * Attributes a tag may carry, all style-free and with fixed value shapes: `border` and
 * `cellpadding` take 0–99 (mail clients ignore CSS on tables unevenly), `align` takes left or right.
 */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  table: Object.freeze(['border', 'cellpadding']),
  th: Object.freeze(['align']),
  td: Object.freeze(['align']),
});

/** Attribute values by name; the renderer checks them again against {@link ALLOWED_ATTRIBUTES}. */
export type HtmlAttributes = {
  readonly align?: 'left' | 'right';
  readonly border?: number;
  readonly cellpadding?: number;
};

/** A node of the letter tree: plain text (escaped when rendered) or an allowed element. */
export type HtmlNode =
  | { readonly kind: 'text'; readonly value: string }
  | {
      readonly kind: 'element';
      readonly tag: AllowedTag;
      readonly attributes: HtmlAttributes;
      readonly children: readonly HtmlNode[];
    };

export const DISALLOWED_TAG = 'Tag not allowed in a letter';
export const DISALLOWED_ATTRIBUTE = 'Attribute not allowed in a letter';

const VOID_TAGS: ReadonlySet<string> = new Set(['br']);

/** Escapes `& < > " '` so the text reads the same in element content and in attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A text node: the string is shown as is, never interpreted as markup. */
export function text(value: string): HtmlNode {
  return { kind: 'text', value };
}

/** An element; children may be nodes or plain strings (which become text nodes). */
export function el(
  tag: AllowedTag,
  attributesOrChildren?: HtmlAttributes | readonly (HtmlNode | string)[],
  maybeChildren: readonly (HtmlNode | string)[] = [],
): HtmlNode {
  const hasAttributes = attributesOrChildren !== undefined && !Array.isArray(attributesOrChildren);
  const attributes = hasAttributes ? (attributesOrChildren as HtmlAttributes) : {};
  const children = hasAttributes
    ? maybeChildren
    : ((attributesOrChildren as readonly (HtmlNode | string)[] | undefined) ?? []);
  return {
    kind: 'element',
    tag,
    attributes,
    children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
  };
}

/** Lines of a multi-line value (signature, address) joined by `<br>`. */
export function withLineBreaks(value: string): HtmlNode[] {
  return value
    .split(/\r\n|\r|\n/)
    .flatMap((line, index) => (index === 0 ? [text(line)] : [el('br'), text(line)]));
}

function renderAttributes(tag: AllowedTag, attributes: HtmlAttributes): string {
  const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    const shapeOk =
      name === 'align' ? value === 'left' || value === 'right' : /^\d{1,2}$/.test(String(value));
    if (!allowed.includes(name) || !shapeOk) {
      throw new Error(`${DISALLOWED_ATTRIBUTE}: ${name} on ${tag}`);
    }
    out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

function renderNode(node: HtmlNode): string {
  if (node.kind === 'text') return escapeHtml(node.value);
  // Checked at run time too: a node cast from elsewhere must not smuggle a tag in.
  if (!(ALLOWED_TAGS as readonly string[]).includes(node.tag)) {
    throw new Error(`${DISALLOWED_TAG}: ${String(node.tag)}`);
  }
  const open = `<${node.tag}${renderAttributes(node.tag, node.attributes)}>`;
  if (VOID_TAGS.has(node.tag)) return open;
  return `${open}${node.children.map(renderNode).join('')}</${node.tag}>`;
}

/** Renders nodes to an HTML fragment; throws on a tag or attribute outside the allow-lists. */
export function renderHtml(nodes: readonly HtmlNode[]): string {
  return nodes.map(renderNode).join('');
}
