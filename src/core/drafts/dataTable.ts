import { el, type HtmlNode } from './html';

/** A table cell: text or nodes; amounts and counts are right-aligned. */
export type Cell = { readonly value: string | readonly HtmlNode[]; readonly align?: 'right' };

function cell(tag: 'th' | 'td', c: Cell): HtmlNode {
  const children = typeof c.value === 'string' ? [c.value] : c.value;
  return el(tag, { align: c.align ?? 'left' }, children);
}

/** A bordered table with a header row, body rows and optional footer (totals) rows. */
export function dataTable(
  head: readonly Cell[],
  body: readonly (readonly Cell[])[],
  foot: readonly (readonly Cell[])[] = [],
): HtmlNode {
  const row = (tag: 'th' | 'td', cells: readonly Cell[]) =>
    el(
      'tr',
      cells.map((c) => cell(tag, c)),
    );
  return el('table', { border: 1, cellpadding: 4 }, [
    el('thead', [row('th', head)]),
    el(
      'tbody',
      body.map((cells) => row('td', cells)),
    ),
    ...(foot.length > 0
      ? [
          el(
            'tfoot',
            foot.map((cells) => row('th', cells)),
          ),
        ]
      : []),
  ]);
}

/** A heading line above a table or section: a bold paragraph. */
export function heading(title: string): HtmlNode {
  return el('p', [el('strong', [title])]);
}
