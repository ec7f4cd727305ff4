import { el, text, type HtmlNode } from './html';

/** A placeholder value: plain text, or text shown in bold (amounts, deadlines). Never markup. */
export type TemplateValue = string | { readonly strong: string };
export type TemplateValues = Readonly<Record<string, TemplateValue | undefined>>;

export const MISSING_PLACEHOLDER = 'Letter text needs a value that was not given';

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Names of the `{placeholders}` in a letter text, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** True when every placeholder of the template has a value. */
export function canFill(template: string, values: TemplateValues): boolean {
  return placeholdersOf(template).every((name) => values[name] !== undefined);
}

/**
 * Fills `{name}` placeholders in one pass, so a value that itself looks like `{amount}` stays
 * literal. Returns nodes: the words and the values are text nodes, escaped when rendered.
 * Throws {@link MISSING_PLACEHOLDER} naming the placeholder when a value is absent.
 */
export function fillTemplate(template: string, values: TemplateValues): HtmlNode[] {
  const nodes: HtmlNode[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`${MISSING_PLACEHOLDER}: {${name}}`);
    if (match.index > last) nodes.push(text(template.slice(last, match.index)));
    nodes.push(typeof value === 'string' ? text(value) : el('strong', [value.strong]));
    last = match.index + match[0].length;
  }
  if (last < template.length) nodes.push(text(template.slice(last)));
  return nodes;
}

/** Fills a template to a plain string (for subjects and table cells). */
export function fillPlain(template: string, values: TemplateValues): string {
  return fillTemplate(template, values)
    .map((node) => (node.kind === 'text' ? node.value : plainOf(node.children)))
    .join('');
}

function plainOf(nodes: readonly HtmlNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.value : plainOf(n.children))).join('');
}
