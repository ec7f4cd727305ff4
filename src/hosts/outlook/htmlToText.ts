// HTML 4's Latin-1 entities name U+00A0 to U+00FF in order; Word and classic Outlook write
// accented letters this way (&iacute;, &ntilde;).
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc ' +
  'uuml yacute thorn yuml';

/**
 * Named entities decoded in mail bodies: Latin-1, typography and the markup characters; others
 * stay as written. Numeric references are decoded whatever their value.
 */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(LATIN_1.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  AMP: '&',
  LT: '<',
  GT: '>',
  QUOT: '"',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  shy: '',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  hellip: '…',
  permil: '‰',
  euro: '€',
  trade: '™',
};

/**
 * Where a client starts the quoted history of a reply: Outlook on the web and new Outlook
 * (`divRplyFwdMsg`, `appendonsend`), classic Outlook (the top border before "From:"), Gmail,
 * Apple Mail and Thunderbird (`blockquote type="cite"`, `moz-cite-prefix`).
 */
export const HTML_HISTORY_MARKERS: readonly RegExp[] = [
  /<div[^>]*\bid=["']?(?:divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)\b/i,
  /<hr[^>]*\bid=["']?stopSpelling\b/i,
  /<div[^>]*style=["'][^"']*border-top:\s*solid\s+#(?:E1E1E1|B5C4DF)/i,
  /<div[^>]*class=["'][^"']*\b(?:gmail_quote|yahoo_quoted|moz-cite-prefix)\b/i,
  /<blockquote[^>]*type=["']?cite\b/i,
];

/** Text lines that open a quoted history in plain-text bodies, in the letter languages (flag m). */
export const TEXT_HISTORY_MARKERS: readonly RegExp[] = [
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|原始邮件)\s*-{2,}$/im,
  /^(?:On|Le|Am|El|Em)\s.{4,200}\s(?:wrote|a écrit|schrieb|escribió|escreveu)\s?:$/im,
  /^(?:From|De|Von|Van|Da|发件人|寄件人)\s?[:：].+\n(?:.*\n){0,3}?(?:Sent|Date|Envoyé|Gesendet|Enviado|Verzonden|Inviato|发送时间|日期)\s?[:：]/im,
];

const BLOCK_END =
  /<\/(?:p|div|tr|li|ul|ol|table|h[1-6]|blockquote|pre|section|article|header|footer|address)\s*>/gi;
const LINE_BREAK = /<(?:br|hr)\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>/gi;

/**
 * The plain text of an HTML mail body, for matching and reason detection: tags stripped,
 * entities decoded, blocks and line breaks kept as lines (blank ones dropped), and the quoted
 * history of earlier messages dropped (unless nothing would be left, as in a bare forward).
 */
export function htmlToText(html: string): string {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title|xml)\b[\s\S]*?<\/\1\s*>/gi, '');
  const latest = beforeHistory(cleaned, HTML_HISTORY_MARKERS);
  const text = toLines(latest);
  const trimmed = dropTextHistory(text);
  return trimmed || toLines(cleaned);
}

function beforeHistory(html: string, markers: readonly RegExp[]): string {
  let cut = html.length;
  for (const marker of markers) {
    const found = marker.exec(html);
    if (found && found.index < cut) cut = found.index;
  }
  const before = html.slice(0, cut);
  return /\S/.test(toLines(before)) ? before : html;
}

function toLines(html: string): string {
  const flat = html
    .replace(/\s+/g, ' ')
    .replace(LINE_BREAK, '\n')
    .replace(BLOCK_END, '\n')
    .replace(CELL_END, '\t')
    .replace(/<[^>]*>/g, '');
  return tidy(decodeEntities(flat));
}

function dropTextHistory(text: string): string {
  let cut = text.length;
  for (const marker of TEXT_HISTORY_MARKERS) {
    const found = marker.exec(text);
    if (found && found.index < cut) cut = found.index;
  }
  const kept = text
    .slice(0, cut)
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .join('\n');
  return tidy(kept);
}

/** Decodes named (from NAMED_ENTITIES) and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code =
          ref[1] === 'x' || ref[1] === 'X'
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
          ? String.fromCodePoint(code)
          : '\uFFFD';
      }
      return NAMED_ENTITIES[ref] ?? whole;
    },
  );
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
