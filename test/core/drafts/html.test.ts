import fc from 'fast-check';
import {
  ALLOWED_TAGS,
  DISALLOWED_ATTRIBUTE,
  DISALLOWED_TAG,
  el,
  escapeHtml,
  renderHtml,
  text,
  withLineBreaks,
  type HtmlNode,
} from '../../../src/core/drafts/html';
import { parseStrictHtml } from './strictHtml';

describe('escapeHtml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&lt;', '&amp;lt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['plain 文字', 'plain 文字'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('leaves no markup character in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(escapeHtml(value)).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('renderHtml', () => {
  it('renders allowed elements with escaped text and allowed attributes', () => {
    const html = renderHtml([
      el('p', ['a <b>', el('br'), el('strong', ['c & d'])]),
      el('table', { border: 1, cellpadding: 4 }, [
        el('tbody', [el('tr', [el('td', { align: 'right' }, ['1'])])]),
      ]),
    ]);
    expect(html).toBe(
      '<p>a &lt;b&gt;<br><strong>c &amp; d</strong></p>' +
        '<table border="1" cellpadding="4"><tbody><tr><td align="right">1</td></tr></tbody></table>',
    );
  });

  it('round-trips any text through a strict parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(parseStrictHtml(renderHtml([el('p', [text(value)])])).text).toBe(value);
      }),
    );
  });

  it('refuses a tag outside the allow-list even when a node is forged', () => {
    const forged = {
      kind: 'element',
      tag: 'script',
      attributes: {},
      children: [],
    } as unknown as HtmlNode;
    expect(() => renderHtml([forged])).toThrow(DISALLOWED_TAG);
  });

  it.each([
    [
      'an attribute on a tag that has none',
      { kind: 'element', tag: 'p', attributes: { align: 'left' }, children: [] },
    ],
    [
      'an event handler',
      { kind: 'element', tag: 'td', attributes: { onclick: 'x' }, children: [] },
    ],
    [
      'a non-numeric border',
      { kind: 'element', tag: 'table', attributes: { border: '1" onmouseover="x' }, children: [] },
    ],
    [
      'an unknown align value',
      { kind: 'element', tag: 'td', attributes: { align: 'javascript:x' }, children: [] },
    ],
  ])('refuses %s', (_name, node) => {
    expect(() => renderHtml([node as unknown as HtmlNode])).toThrow(DISALLOWED_ATTRIBUTE);
  });

  it('allows exactly the documented tags', () => {
    expect([...ALLOWED_TAGS].sort()).toEqual(
      [
        'br',
        'em',
        'li',
        'p',
        'strong',
        'table',
        'tbody',
        'td',
        'tfoot',
        'th',
        'thead',
        'tr',
        'ul',
      ].sort(),
    );
  });
});

describe('withLineBreaks', () => {
  it.each([
    ['a\nb', '<p>a<br>b</p>'],
    ['a\r\nb\rc', '<p>a<br>b<br>c</p>'],
    ['one line', '<p>one line</p>'],
  ])('breaks %j at every line ending', (value, expected) => {
    expect(renderHtml([el('p', withLineBreaks(value))])).toBe(expected);
  });
});
