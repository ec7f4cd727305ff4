/** One address of a header: the name is optional and may be any Unicode text. */
export type MailAddress = { readonly name?: string; readonly email: string };

/** What a reply draft is made of; bodies as the engine's composer produced them. */
export type RawDraftParts = {
  readonly from: string;
  readonly to: readonly MailAddress[];
  readonly subject: string;
  /** Message-ID of the message replied to, with its angle brackets. */
  readonly inReplyTo?: string;
  /** The thread's References chain, oldest first. */
  readonly references?: readonly string[];
  readonly text: string;
  readonly html: string;
  /** Extra headers (ASCII names, values encoded here). */
  readonly headers?: readonly (readonly [string, string])[];
  /** MIME boundary; any string not found in the base64 parts works. */
  readonly boundary: string;
};

const MAX_ENCODED_WORD = 75;
const MAX_REFERENCES = 20;

// Header values never carry line breaks from outside: they would start new headers.
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/**
 * A header value as RFC 2047 encoded-words (`=?UTF-8?B?…?=`) when it is not plain ASCII,
 * each word at most 75 characters and never splitting a character's UTF-8 bytes.
 */
export function encodeHeaderValue(value: string): string {
  const text = oneLine(value);
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  // 45 bytes of UTF-8 make 60 base64 characters: 72 with the =?UTF-8?B?…?= wrapper.
  const budget = Math.floor((MAX_ENCODED_WORD - 12) / 4) * 3;
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > budget) {
      words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk !== '') words.push(`=?UTF-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
  // Folding whitespace between encoded-words is dropped by readers (RFC 2047 section 6.2).
  return words.join('\r\n ');
}

/** `"Name" <email>`, the name quoted or encoded as needed; a bare address without a name. */
export function formatAddress(address: MailAddress): string {
  const email = oneLine(address.email).replace(/[<>\s]/g, '');
  const name = address.name ? oneLine(address.name) : '';
  if (name === '') return email;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${encodeHeaderValue(name)} <${email}>`;
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(name)) return `${name} <${email}>`;
  return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g)
      ?.join('\r\n') ?? ''
  );
}

/**
 * The RFC 2822 / MIME text of a draft: multipart/alternative with a UTF-8 plain-text part then
 * the HTML part (readers show the last one they understand), both base64, CRLF line ends.
 */
export function rawMessageOf(parts: RawDraftParts): string {
  const references = (parts.references ?? []).slice(-MAX_REFERENCES);
  const lines = [
    `From: ${oneLine(parts.from)}`,
    `To: ${parts.to.map(formatAddress).join(', ')}`,
    `Subject: ${encodeHeaderValue(parts.subject)}`,
    ...(parts.inReplyTo ? [`In-Reply-To: ${oneLine(parts.inReplyTo)}`] : []),
    ...(references.length > 0 ? [`References: ${references.map(oneLine).join('\r\n ')}`] : []),
    ...(parts.headers ?? []).map(([name, value]) => `${name}: ${encodeHeaderValue(value)}`),
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${parts.boundary}"`,
    '',
    `--${parts.boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(parts.text),
    `--${parts.boundary}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(parts.html),
    `--${parts.boundary}--`,
    '',
  ];
  return lines.join('\r\n');
}

/** The subject of a reply: the thread's own, with one "Re: " unless it already has a reply prefix. */
export function replySubjectOf(subject: string): string {
  const text = oneLine(subject);
  return /^(re|aw|sv|vs|antw|rif|r|res|回复|回覆|答复)\s*[:：]/i.test(text) ? text : `Re: ${text}`;
}
