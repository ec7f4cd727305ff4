import { el } from '../../../src/core/drafts/html';
import { displayWidth, renderText } from '../../../src/core/drafts/plainText';

describe('renderText', () => {
  it('separates paragraphs by a blank line and keeps values raw', () => {
    expect(renderText([el('p', ['a <b> & c']), el('p', ['x', el('br'), 'y'])])).toBe(
      'a <b> & c\n\nx\ny',
    );
  });

  it('writes list items as dashed lines', () => {
    expect(renderText([el('ul', [el('li', ['one']), el('li', ['two'])])])).toBe('- one\n- two');
  });

  it('aligns table columns, right-aligning amounts, with rules around the body', () => {
    const table = el('table', [
      el('thead', [el('tr', [el('th', ['Invoice']), el('th', { align: 'right' }, ['Amount'])])]),
      el('tbody', [
        el('tr', [el('td', ['INV-1']), el('td', { align: 'right' }, ['USD 5.00'])]),
        el('tr', [el('td', ['INV-10043']), el('td', { align: 'right' }, ['USD 1,250.00'])]),
      ]),
      el('tfoot', [
        el('tr', [el('th', ['Total']), el('th', { align: 'right' }, ['USD 1,255.00'])]),
      ]),
    ]);
    expect(renderText([table])).toBe(
      [
        'Invoice          Amount',
        '---------  ------------',
        'INV-1          USD 5.00',
        'INV-10043  USD 1,250.00',
        '---------  ------------',
        'Total      USD 1,255.00',
      ].join('\n'),
    );
  });

  it('puts the lines of a multi-line cell under each other', () => {
    const table = el('table', [
      el('tbody', [el('tr', [el('th', ['Address']), el('td', ['1 Quay St', el('br'), 'London'])])]),
    ]);
    expect(renderText([table])).toBe('Address  1 Quay St\n         London');
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['发票号', 6],
    ['e\u0301', 1],
    ['', 0],
  ])('measures %j as %i columns', (value, width) => {
    expect(displayWidth(value)).toBe(width);
  });
});
