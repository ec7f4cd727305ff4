import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from '../../../src/core/drafts/html';

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const VOID = new Set(['br']);

export type ParsedHtml = {
  /** Decoded text, `<br>` as "\n"; other tags add nothing. */
  readonly text: string;
  readonly tags: readonly string[];
  readonly attributes: readonly {
    readonly tag: string;
    readonly name: string;
    readonly value: string;
  }[];
};

function decode(raw: string, where: number): string {
  return raw.replace(/&[^;]*;?/g, (entity) => {
    const decoded = ENTITIES[entity];
    if (decoded === undefined)
      throw new Error(`Unknown entity ${JSON.stringify(entity)} near ${where}`);
    return decoded;
  });
}

/**
 * A deliberately strict tokenizer for the composer's output: only allowed tags, only allowed
 * attributes with double-quoted values, only the five entities escapeHtml writes, no raw `>` or
 * `"` in text, and well-nested elements. Anything else throws.
 */
export function parseStrictHtml(html: string): ParsedHtml {
  const tags: string[] = [];
  const attributes: { tag: string; name: string; value: string }[] = [];
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    const raw = html.slice(i, end);
    if (/[>"']/.test(raw)) throw new Error(`Raw > or quote in text near ${i}`);
    text += decode(raw, i);
    if (lt === -1) break;
    const close = html.indexOf('>', lt);
    if (close === -1) throw new Error(`Unclosed tag at ${lt}`);
    const inner = html.slice(lt + 1, close);
    const closing = /^\/([a-z]+)$/.exec(inner);
    if (closing) {
      const name = closing[1] ?? '';
      if (stack.pop() !== name) throw new Error(`Misnested </${name}> at ${lt}`);
    } else {
      const opening = /^([a-z]+)((?: [a-z]+="[^"<>]*")*)$/.exec(inner);
      if (!opening) throw new Error(`Malformed tag <${inner}> at ${lt}`);
      const name = opening[1] ?? '';
      if (!(ALLOWED_TAGS as readonly string[]).includes(name))
        throw new Error(`Tag <${name}> not allowed`);
      tags.push(name);
      for (const m of (opening[2] ?? '').matchAll(/ ([a-z]+)="([^"]*)"/g)) {
        const attr = m[1] ?? '';
        if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(attr)) {
          throw new Error(`Attribute ${attr} not allowed on <${name}>`);
        }
        attributes.push({ tag: name, name: attr, value: decode(m[2] ?? '', lt) });
      }
      if (VOID.has(name)) text += '\n';
      else stack.push(name);
    }
    i = close + 1;
  }
  if (stack.length > 0) throw new Error(`Unclosed elements: ${stack.join(', ')}`);
  return { text, tags, attributes };
}
