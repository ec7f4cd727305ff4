/**
 * Tells machine-written mail from people's answers by its headers and subject: out-of-office and
 * other automatic replies (RFC 3834 `Auto-Submitted`, `X-Autoreply`, `X-Autorespond`,
 * `Precedence`, subjects in several languages) and delivery failures (mailer-daemon senders,
 * RFC 3464 delivery-status reports, `X-Failed-Recipients`, typical subjects).
 */
export type AutomaticKind = 'auto-reply' | 'bounce';

/** Headers by lower-case name. */
export type HeaderMap = ReadonlyMap<string, string>;

/** Headers scan asks Gmail for (`format: metadata`): everything classification reads. */
export const METADATA_HEADERS = [
  'From',
  'To',
  'Cc',
  'Subject',
  'Date',
  'Message-ID',
  'In-Reply-To',
  'References',
  'Auto-Submitted',
  'X-Autoreply',
  'X-Autorespond',
  'Precedence',
  'X-Failed-Recipients',
  'Content-Type',
] as const;

// Subjects that automatic replies start with (after Re:/AW:/RE: style prefixes are not stripped:
// autoreplies put their marker first), in en, de, fr, es, pt, it, nl, zh, ja and the Nordics.
const AUTO_REPLY_SUBJECT = new RegExp(
  [
    '^\\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto:|out of (?:the )?office|ooo\\b)',
    '^\\s*(?:automatische antwort|abwesenheitsnotiz|abwesend|nicht im büro)',
    '^\\s*(?:réponse automatique|absence du bureau|absent du bureau|absent\\b)',
    '^\\s*(?:respuesta automática|respuesta automatica|fuera de (?:la )?oficina|ausente\\b)',
    '^\\s*(?:resposta automática|resposta automatica|fora do escritório|ausência)',
    '^\\s*(?:risposta automatica|fuori ufficio)',
    '^\\s*(?:automatisch antwoord|afwezig)',
    '^\\s*(?:autosvar|automatisk svar|frånvaro|poissaolo|automaattinen vastaus)',
    '^\\s*(?:自动回复|自動回覆|自動回复|自动答复|不在办公室|外出|自動応答|自動返信|不在通知)',
  ].join('|'),
  'iu',
);

const BOUNCE_SUBJECT = new RegExp(
  [
    'delivery status notification \\((?:failure|delay)\\)',
    'undeliverable:',
    'undelivered mail returned to sender',
    'mail delivery (?:failed|failure|subsystem)',
    'delivery (?:has )?failed',
    'returned mail',
    'failure notice',
    'unzustellbar',
    'nicht zustellbar',
    'non remis',
    'échec de (?:la )?remise',
    'no se puede entregar',
    'no entregado',
    'não entregue',
    '退信',
    '投递失败',
    '未送达',
  ].join('|'),
  'iu',
);

const DAEMON_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|bounces?)@/i;

function fromAddress(from: string | undefined): string {
  const match = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/.exec(from ?? '');
  return match ? match[0].toLowerCase() : '';
}

/** Headers as a map by lower-case name (the first of repeated headers wins). */
export function headerMapOf(
  headers: readonly { name?: string | null; value?: string | null }[] | undefined,
): HeaderMap {
  const map = new Map<string, string>();
  for (const h of headers ?? []) {
    const name = h.name?.toLowerCase();
    if (name && !map.has(name)) map.set(name, h.value ?? '');
  }
  return map;
}

/** 'bounce', 'auto-reply', or undefined for mail a person wrote. */
export function automaticKindOf(headers: HeaderMap): AutomaticKind | undefined {
  const subject = headers.get('subject') ?? '';
  const contentType = headers.get('content-type') ?? '';
  if (
    DAEMON_SENDER.test(fromAddress(headers.get('from'))) ||
    /report-type\s*=\s*"?delivery-status/i.test(contentType) ||
    headers.has('x-failed-recipients') ||
    BOUNCE_SUBJECT.test(subject)
  )
    return 'bounce';
  const submitted = headers.get('auto-submitted')?.trim().toLowerCase();
  if (submitted && submitted !== 'no') return 'auto-reply';
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return 'auto-reply';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk')
    return 'auto-reply';
  if (AUTO_REPLY_SUBJECT.test(subject)) return 'auto-reply';
  return undefined;
}
