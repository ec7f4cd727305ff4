import {
  canFill,
  fillPlain,
  fillTemplate,
  MISSING_PLACEHOLDER,
  placeholdersOf,
} from '../../../src/core/drafts/fillTemplate';
import { renderHtml } from '../../../src/core/drafts/html';

describe('fillTemplate', () => {
  it('fills placeholders as text nodes, bold where asked', () => {
    const nodes = fillTemplate('Pay {amount} by {date}.', {
      amount: { strong: 'USD 1.00' },
      date: '5 July',
    });
    expect(renderHtml(nodes)).toBe('Pay <strong>USD 1.00</strong> by 5 July.');
  });

  it('fills in one pass, so a value that looks like a placeholder stays literal', () => {
    expect(fillPlain('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });

  it('escapes values when rendered', () => {
    expect(renderHtml(fillTemplate('Dear {name},', { name: '<script>' }))).toBe(
      'Dear &lt;script&gt;,',
    );
  });

  it('throws naming the placeholder that has no value', () => {
    expect(() => fillTemplate('by {replyBy}', {})).toThrow(`${MISSING_PLACEHOLDER}: {replyBy}`);
  });
});

describe('canFill', () => {
  it.each([
    ['no placeholders', 'Hello.', {}, true],
    ['all given', '{a}{b}', { a: '1', b: '2' }, true],
    ['one missing', '{a}{b}', { a: '1' }, false],
  ])('is right with %s', (_name, template, values, expected) => {
    expect(canFill(template, values)).toBe(expected);
  });
});

describe('placeholdersOf', () => {
  it('lists placeholders in order', () => {
    expect(placeholdersOf('{a} then {bC} then {a}')).toEqual(['a', 'bC', 'a']);
  });
});
