import { parseStrictHtml } from './strictHtml';

describe('parseStrictHtml', () => {
  it('decodes text and maps br to a line break', () => {
    expect(parseStrictHtml('<p>a &amp; b<br>c &lt;d&gt; &quot;e&#39;</p>').text).toBe(
      'a & b\nc <d> "e\'',
    );
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler', '<p onclick="x">a</p>'],
    ['an unknown entity', '<p>&nbsp;</p>'],
    ['a bare ampersand entity-like run', '<p>&amp</p>'],
    ['a raw greater-than in text', '<p>a > b</p>'],
    ['misnesting', '<p><strong>a</p></strong>'],
    ['an unclosed element', '<p>a'],
    ['a single-quoted attribute', "<table border='1'></table>"],
    ['an attribute on the wrong tag', '<p align="left">a</p>'],
  ])('rejects %s', (_name, html) => {
    expect(() => parseStrictHtml(html)).toThrow();
  });
});
