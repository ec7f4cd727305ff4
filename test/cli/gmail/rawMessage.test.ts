import fc from 'fast-check';
import {
  encodeHeaderValue,
  formatAddress,
  rawMessageOf,
  replySubjectOf,
} from '../../../src/cli/gmail/rawMessage';

function decodeWords(value: string): string {
  return value
    .replace(/\?=\r\n =\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) =>
      Buffer.from(b64, 'base64').toString('latin1'),
    )
    .replace(/[\s\S]*/, (latin1) => Buffer.from(latin1, 'latin1').toString('utf8'));
}

describe('encodeHeaderValue', () => {
  it('leaves printable ASCII alone', () => {
    expect(encodeHeaderValue('Re: Invoice INV-1043')).toBe('Re: Invoice INV-1043');
  });

  it('encodes any text into words of at most 75 characters that decode back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const expected = text.replace(/[\r\n]+/g, ' ').trim();
        const encoded = encodeHeaderValue(text);
        for (const line of encoded.split('\r\n'))
          expect(line.trim().length).toBeLessThanOrEqual(75);
        expect(encoded.split('\r\n ').join('')).not.toMatch(/[\r\n]/);
        const ascii = /^[\x20-\x7e]*$/.test(expected);
        expect(ascii ? encoded : decodeWords(encoded)).toBe(expected);
      }),
    );
  });

  it('never lets a line break start a new header', () => {
    expect(encodeHeaderValue('Hi\r\nBcc: x@evil.example')).toBe('Hi Bcc: x@evil.example');
  });
});

describe('formatAddress', () => {
  it.each([
    [{ email: 'a@b.es' }, 'a@b.es'],
    [{ name: 'Dana Brooks', email: 'dana@x.com' }, 'Dana Brooks <dana@x.com>'],
    [{ name: 'Brooks, Dana "AP"', email: 'dana@x.com' }, '"Brooks, Dana \\"AP\\"" <dana@x.com>'],
    [{ name: '李伟', email: 'li@x.cn' }, '=?UTF-8?B?5p2O5Lyf?= <li@x.cn>'],
  ])('formats %j as %s', (address, expected) => {
    expect(formatAddress(address)).toBe(expected);
  });
});

describe('replySubjectOf', () => {
  it.each([
    ['Invoice 12', 'Re: Invoice 12'],
    ['RE: Invoice 12', 'RE: Invoice 12'],
    ['AW: Rechnung', 'AW: Rechnung'],
    ['回复：发票', '回复：发票'],
    ['Reminder', 'Re: Reminder'],
  ])('makes %s into %s', (subject, expected) => {
    expect(replySubjectOf(subject)).toBe(expected);
  });
});

describe('rawMessageOf', () => {
  it('writes threading headers and a multipart body with CRLF line ends', () => {
    const raw = rawMessageOf({
      from: 'ar@seller.example',
      to: [{ name: 'Alice', email: 'alice@buyer.es' }],
      subject: 'Re: Factura',
      inReplyTo: '<b@x>',
      references: ['<a@x>', '<b@x>'],
      text: 'Hola',
      html: '<p>Hola</p>',
      boundary: 'BOUNDARY',
    });
    expect(raw.split('\r\n\r\n')[0]!.split('\r\n')).toEqual([
      'From: ar@seller.example',
      'To: Alice <alice@buyer.es>',
      'Subject: Re: Factura',
      'In-Reply-To: <b@x>',
      'References: <a@x>\r\n <b@x>'.split('\r\n')[0],
      ' <b@x>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="BOUNDARY"',
    ]);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(raw).toContain(
      `\r\n\r\n${Buffer.from('<p>Hola</p>').toString('base64')}\r\n--BOUNDARY--\r\n`,
    );
  });
});
