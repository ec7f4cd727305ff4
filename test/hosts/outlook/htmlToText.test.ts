import { decodeEntities, htmlToText } from '../../../src/hosts/outlook/htmlToText';

describe('htmlToText', () => {
  it('keeps paragraphs, line breaks and list items as lines and table rows on one line each', () => {
    const html =
      '<div>Dear Maria,</div><p>We owe:<br>\n  two   invoices</p>' +
      '<table><tr><td>INV-1043</td><td>EUR 1,200.00</td></tr><tr><td>INV-1044</td><td>EUR 80.00</td></tr></table>' +
      '<ul><li>first</li><li>second</li></ul>';

    expect(htmlToText(html)).toBe(
      'Dear Maria,\nWe owe:\ntwo invoices\nINV-1043 EUR 1,200.00\nINV-1044 EUR 80.00\nfirst\nsecond',
    );
  });

  it('drops head, style, script and comments', () => {
    const html =
      '<html><head><title>t</title><style>.x{color:red}</style></head><body>' +
      '<!-- [if mso]>hidden<![endif] --><script>alert(1)</script><p>Visible</p></body></html>';

    expect(htmlToText(html)).toBe('Visible');
  });

  it.each([
    ['Outlook on the web', '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Maria</div>'],
    ['new Outlook', '<div id="appendonsend"></div><hr style="display:inline-block"><div>old</div>'],
    [
      'classic Outlook',
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3pt">From: Maria</div>',
    ],
    [
      'Gmail',
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Maria wrote:</div><blockquote>old</blockquote></div>',
    ],
    ['Apple Mail', '<blockquote type="cite">old</blockquote>'],
    [
      'Thunderbird',
      '<div class="moz-cite-prefix">On 1/7/26 Maria wrote:</div><blockquote type="cite">old</blockquote>',
    ],
  ])('drops the quoted history of a %s reply', (_client, history) => {
    const html = `<p>We paid INV-1043 today.</p>${history}<p>Please pay INV-1043 and INV-2000.</p>`;

    expect(htmlToText(html)).toBe('We paid INV-1043 today.');
  });

  it.each([
    [
      'an Original Message line',
      'Thanks, paying Friday.\n-----Original Message-----\nFrom: Maria\nold',
    ],
    [
      'an "On … wrote:" line',
      'Thanks, paying Friday.\nOn Mon, 29 Jun 2026 at 10:00, Maria <m@s.es> wrote:\nold',
    ],
    [
      'a From:/Sent: header block',
      'Thanks, paying Friday.\nFrom: Maria Lopez\nSent: Monday\nTo: Alice\nold',
    ],
    [
      'a Chinese header block',
      'Thanks, paying Friday.\n发件人: Maria\n发送时间: 2026年6月29日\nold',
    ],
    ['lines quoted with >', 'Thanks, paying Friday.\n> old\n> older'],
  ])('drops a plain-text history that starts with %s', (_marker, text) => {
    const html = text
      .split('\n')
      .map((line) => `${line.replace(/</g, '&lt;').replace(/>/g, '&gt;')}<br>`)
      .join('');

    expect(htmlToText(html)).toBe('Thanks, paying Friday.');
  });

  it('keeps the whole text when the history is all there is, as in a forward without comment', () => {
    const html = '<div id="divRplyFwdMsg"><b>From:</b> Alice<br>Invoice INV-1043 is disputed</div>';

    expect(htmlToText(html)).toBe('From: Alice\nInvoice INV-1043 is disputed');
  });

  it('treats markup-like text inside entities as text', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    [
      'Mar&iacute;a Mu&ntilde;oz, &Aacute;ngel, &euro;1&nbsp;200',
      'María Muñoz, Ángel, €1\u00a0200',
    ],
    ['&#20184;&#x6B3E; &#128176;', '付款 💰'],
    ['&unknown; &amp stays', '&unknown; &amp stays'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
  ])('decodes %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
