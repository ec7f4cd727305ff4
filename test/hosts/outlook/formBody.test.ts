import fc from 'fast-check';
import { decodeEntities } from '../../../src/hosts/outlook/htmlToText';
import { formBody, textAsHtml } from '../../../src/hosts/outlook/formBody';

const PRE_OPEN = '<pre style="white-space:pre-wrap;font-family:inherit">';

describe('textAsHtml', () => {
  it('escapes every character of the text, so no text becomes markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const html = textAsHtml(text);
        const inner = html.slice(PRE_OPEN.length, -'</pre>'.length);

        expect(html.startsWith(PRE_OPEN) && html.endsWith('</pre>')).toBe(true);
        expect(inner).not.toMatch(/[<>"']/);
        expect(decodeEntities(inner)).toBe(text);
      }),
    );
  });
});

describe('formBody', () => {
  const draft = { subject: 's', html: '<p>Dear Alice</p>', text: 'Dear Alice' };

  it('keeps the HTML when it fits', () => {
    expect(formBody(draft)).toEqual({ fits: true, html: draft.html, delivery: { form: 'html' } });
  });

  it('falls back to the wrapped text with a notice that gives both sizes', () => {
    const long = { subject: 's', html: `<p>${'x'.repeat(200)}</p>`, text: 'x'.repeat(10) };

    expect(formBody(long, 100)).toEqual({
      fits: true,
      html: textAsHtml(long.text),
      delivery: {
        form: 'shortened',
        notice: expect.stringContaining('(207 of 100 characters)'),
      },
    });
  });

  it('refuses with what to do instead when nothing fits', () => {
    const result = formBody(draft, 5);

    expect(result.fits).toBe(false);
    expect(!result.fits && result.message).toMatch(/use Insert draft there/);
  });
});
