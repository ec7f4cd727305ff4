import type { HtmlNode } from './html';

type Element = Extract<HtmlNode, { kind: 'element' }>;

/** Columns a string takes in a monospace font: East Asian wide characters count two, marks zero. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(char)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function inlineText(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.value;
      if (node.tag === 'br') return '\n';
      return inlineText(node.children);
    })
    .join('');
}

function childElements(node: Element, tag: string): Element[] {
  return node.children.filter((c): c is Element => c.kind === 'element' && c.tag === tag);
}

function pad(value: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(value)));
  return align === 'right' ? fill + value : value + fill;
}

function tableText(table: Element): string {
  const sections = ['thead', 'tbody', 'tfoot'].map((tag) =>
    childElements(table, tag).flatMap((section) =>
      childElements(section, 'tr').map((row) =>
        row.children
          .filter((c): c is Element => c.kind === 'element')
          .map((cell) => ({
            value: inlineText(cell.children),
            align: cell.attributes.align ?? 'left',
          })),
      ),
    ),
  );
  const rows = sections.flat();
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(0, ...rows.flatMap((row) => (row[i]?.value ?? '').split('\n').map(displayWidth))),
  );
  // A cell with line breaks (an address) takes several physical lines; the others stay on the first.
  const line = (row: (typeof rows)[number]) => {
    const cellLines = row.map((cell) => cell.value.split('\n'));
    const height = Math.max(1, ...cellLines.map((l) => l.length));
    return Array.from({ length: height }, (_, k) => {
      const parts = row.map((cell, i) => {
        const value = cellLines[i]?.[k] ?? '';
        // The last cell needs no fill on its right; values keep their own spaces.
        const last = i === row.length - 1;
        return last && cell.align === 'left' ? value : pad(value, widths[i] ?? 0, cell.align);
      });
      while (parts.length > 1 && (parts.at(-1) ?? '').trim() === '') parts.pop();
      return parts.join('  ');
    }).join('\n');
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [head = [], body = [], foot = []] = sections;
  return [
    ...head.map(line),
    ...(head.length > 0 ? [rule] : []),
    ...body.map(line),
    ...(foot.length > 0 ? [rule] : []),
    ...foot.map(line),
  ].join('\n');
}

function blockText(node: HtmlNode): string {
  if (node.kind === 'text') return node.value;
  switch (node.tag) {
    case 'table':
      return tableText(node);
    case 'ul':
      return childElements(node, 'li')
        .map((item) => `- ${inlineText(item.children)}`)
        .join('\n');
    default:
      return inlineText(node.children);
  }
}

/**
 * The plain-text version of a letter tree: paragraphs separated by a blank line, lists as "- "
 * lines, tables as aligned columns (amounts right-aligned). Values stay raw: nothing is escaped.
 */
export function renderText(nodes: readonly HtmlNode[]): string {
  return nodes.map(blockText).join('\n\n');
}
