import type { Customer, CustomerId, Invoice, MailItem } from './model';

/**
 * What an open message says about who it is from or for (DESIGN.md 4.1). Addresses and domains
 * come from one side only: the sender of an inbound message, the recipients (to + cc) of the
 * user's own message or a message being composed.
 */
export type ThreadClues = {
  readonly role: 'sender' | 'recipients';
  /** Bare addresses, lower-case, deduplicated; never one of the user's own addresses. */
  readonly addresses: readonly string[];
  /**
   * Non-free-mail domains of those addresses, each followed by its parent domains down to two
   * labels (mail.buyer.es, then buyer.es), so a repository only needs exact lookups.
   */
  readonly domains: readonly string[];
  /** Candidate invoice or PO numbers, normalized by {@link normalizeReference}; subject first. */
  readonly tokens: readonly { readonly value: string; readonly where: 'subject' | 'body' }[];
};

/** What a repository found for a set of clues; keys are the clue values as given. */
export type ClueHits = {
  readonly customersByAddress: ReadonlyMap<string, readonly Customer[]>;
  readonly customersByDomain: ReadonlyMap<string, readonly Customer[]>;
  /** Token → invoices whose normalized number equals it. */
  readonly invoicesByNumber: ReadonlyMap<string, readonly Invoice[]>;
  /** Token → invoices whose normalized PO number equals it. */
  readonly invoicesByPo: ReadonlyMap<string, readonly Invoice[]>;
  /** The owners of the invoices above. */
  readonly customersById: ReadonlyMap<CustomerId, Customer>;
};

/** One reason a customer is a candidate; `text` is plain words for the sidebar. */
export type Evidence = {
  readonly kind: 'link' | 'address' | 'domain' | 'invoice' | 'po';
  readonly value: string;
  readonly where?: 'from' | 'to' | 'cc' | 'subject' | 'body';
  readonly text: string;
};

/** A customer the thread may belong to; `confidence` follows the scale of {@link matchThread}. */
export type Candidate = {
  readonly customer: Customer;
  readonly confidence: number;
  readonly evidence: readonly Evidence[];
};

/** Candidates best first; `ambiguous` asks the user to choose instead of guessing silently. */
export type MatchResult = {
  readonly best: Candidate | null;
  readonly candidates: readonly Candidate[];
  readonly ambiguous: boolean;
};

/** Most tokens kept per message: a huge body stays cheap to scan and to look up. */
export const MAX_TOKENS = 200;

/** Most body characters scanned for references: the top of a long thread is enough. */
export const MAX_BODY_CHARS = 64_000;

/** Most invoice or PO references counted per candidate (a pasted statement must not drown the list). */
const MAX_REFERENCES_PER_CUSTOMER = 5;

/**
 * Weight of each kind of evidence on its own. Weights combine like independent clues,
 * `1 − Π(1 − w)`, so they add up without ever reaching 1, which only a user link gives.
 */
const WEIGHTS = {
  address: 0.8,
  domain: 0.5,
  parentDomain: 0.45,
  invoiceInSubject: 0.4,
  invoiceInBody: 0.25,
  poInSubject: 0.35,
  poInBody: 0.2,
} as const;

/** Highest confidence without a user link. */
const MAX_UNLINKED_CONFIDENCE = 0.99;

/** A runner-up at or above this confidence makes the match ambiguous. */
const AMBIGUOUS_FLOOR = 0.3;

/** A runner-up this close to the best makes the match ambiguous even below the floor. */
const AMBIGUOUS_GAP = 0.15;

// Country second-level labels: "co.uk" or "com.cn" is never a customer's own domain.
const SHARED_SECOND_LEVEL = new Set('co com net org gov edu ac ne or go'.split(' '));

const ADDRESS_PATTERN = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/;

/**
 * The bare address of "Alice <ALICE@Buyer.es>", "mailto:alice@buyer.es" or "alice@buyer.es",
 * lower-cased; '' when there is none.
 */
export function normalizeAddress(text: string): string {
  const match = ADDRESS_PATTERN.exec(text.replace(/mailto:/gi, ''));
  return match ? match[0].replace(/\.+$/, '').toLowerCase() : '';
}

/** The lower-case domain of an address (display names allowed); '' when there is no '@'. */
export function domainOf(address: string): string {
  const bare = normalizeAddress(address);
  const at = bare.lastIndexOf('@');
  return at < 0 ? '' : bare.slice(at + 1);
}

const DOMAIN_NAME = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Whether `text` is a domain name such as buyer.es (letters of any script, digits, hyphens). */
export function isDomainName(text: string): boolean {
  return DOMAIN_NAME.test(text);
}

/** A domain as configured by a user ("@Buyer.ES " → "buyer.es"). */
export function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[@.]+|\.+$/g, '');
}

/**
 * True when `domain` is a free-mail provider of the list: equal to an entry, a subdomain of one,
 * or matching a wildcard entry such as "yahoo.*" (yahoo.co.jp).
 */
export function isFreeMail(domain: string, freeMailDomains: readonly string[]): boolean {
  const d = normalizeDomain(domain);
  if (d === '') return false;
  return freeMailDomains.some((raw) => {
    const entry = normalizeDomain(raw);
    if (entry.endsWith('.*')) {
      const stem = entry.slice(0, -1);
      return d.startsWith(stem) || d.includes(`.${stem}`);
    }
    return d === entry || d.endsWith(`.${entry}`);
  });
}

/** `domain` then its parents down to two labels, skipping shared ones like co.uk. */
export function domainWithParents(domain: string): string[] {
  const labels = normalizeDomain(domain).split('.');
  const result: string[] = [];
  for (let i = 0; i + 2 <= labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    if (i > 0 && labels.length - i === 2 && SHARED_SECOND_LEVEL.has(labels[i] ?? '')) break;
    result.push(candidate);
  }
  return result;
}

/**
 * The normalization of invoice and PO numbers used everywhere (clues, ledger index, store
 * indexes): NFKC (full-width digits), upper case, and no spaces or separators `- / . _ #`,
 * so "inv 1043", "INV-1043" and "INV/1043" are the same reference.
 */
export function normalizeReference(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-/._#]+/g, '');
}

const TOKEN_PATTERN = /[A-Za-z0-9][A-Za-z0-9\-/._]*[A-Za-z0-9]|[0-9]/g;
const PREFIX_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]{2,5})\.?[ \t#:]{1,2}$/;

// Words that are a reference prefix when written before a number ("inv 1043", "PO 4500012");
// any other word counts only in capitals ("SO 88").
const PREFIX_WORDS = new Set(['INV', 'PO', 'SO', 'PI', 'CI', 'FAC', 'FACT', 'REF', 'DN', 'CN']);

function addTokens(
  text: string,
  where: 'subject' | 'body',
  seen: Set<string>,
  tokens: { value: string; where: 'subject' | 'body' }[],
): void {
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    if (tokens.length >= MAX_TOKENS) return;
    const raw = m[0];
    if (raw.length < 3 || raw.length > 32 || !/[0-9]/.test(raw)) continue;
    const word = PREFIX_BEFORE.exec(text.slice(Math.max(0, m.index - 10), m.index))?.[1];
    const prefix = word?.toUpperCase();
    const plain = normalizeReference(raw);
    const joined =
      word !== undefined && prefix !== undefined && (PREFIX_WORDS.has(prefix) || word === prefix)
        ? normalizeReference(prefix + raw)
        : undefined;
    for (const value of joined === undefined ? [plain] : [joined, plain]) {
      if (tokens.length >= MAX_TOKENS) return;
      if (value.length < 3 || seen.has(value)) continue;
      seen.add(value);
      tokens.push({ value, where });
    }
  }
}

/**
 * The clues of a message: addresses and domains of the sender (inbound) or of the recipients
 * (outbound and compose), and reference tokens from subject then body, at most {@link MAX_TOKENS}
 * from the first {@link MAX_BODY_CHARS} of the body.
 * The user's own addresses never count, nor their domains (colleagues in copy are not buyers).
 */
export function threadClues(
  item: MailItem,
  options: { freeMailDomains: readonly string[]; ownAddresses?: readonly string[] },
): ThreadClues {
  const role = item.direction === 'inbound' ? 'sender' : 'recipients';
  const own = new Set((options.ownAddresses ?? []).map(normalizeAddress).filter(Boolean));
  const ownDomains = new Set([...own].map(domainOf));
  const raw = role === 'sender' ? [item.from] : [...item.to, ...item.cc];
  const addresses = [...new Set(raw.map(normalizeAddress))].filter((a) => a !== '' && !own.has(a));
  const domains = new Set<string>();
  for (const address of addresses) {
    const domain = domainOf(address);
    if (ownDomains.has(domain) || isFreeMail(domain, options.freeMailDomains)) continue;
    for (const d of domainWithParents(domain)) {
      if (!isFreeMail(d, options.freeMailDomains)) domains.add(d);
    }
  }
  const tokens: { value: string; where: 'subject' | 'body' }[] = [];
  const seen = new Set<string>();
  addTokens(halfWidth(item.subject), 'subject', seen, tokens);
  addTokens(halfWidth(item.body.slice(0, MAX_BODY_CHARS)), 'body', seen, tokens);
  return { role, addresses, domains: [...domains], tokens };
}

// Full-width digits and letters ("２０２６") are common in CJK mail; NFKC only when there are some.
function halfWidth(text: string): string {
  return /[\uff01-\uff5e]/.test(text) ? text.normalize('NFKC') : text;
}

type Tally = { customer: Customer; evidence: Evidence[]; weights: number[]; references: number };

function tallyOf(tallies: Map<CustomerId, Tally>, customer: Customer): Tally {
  let tally = tallies.get(customer.id);
  if (!tally) {
    tally = { customer, evidence: [], weights: [], references: 0 };
    tallies.set(customer.id, tally);
  }
  return tally;
}

function combine(weights: readonly number[]): number {
  const miss = weights.reduce((product, w) => product * (1 - w), 1);
  return Math.min(MAX_UNLINKED_CONFIDENCE, Math.round((1 - miss) * 100) / 100);
}

function addReferences(
  tallies: Map<CustomerId, Tally>,
  clues: ThreadClues,
  hits: ClueHits,
  kind: 'invoice' | 'po',
): void {
  const byToken = kind === 'invoice' ? hits.invoicesByNumber : hits.invoicesByPo;
  const counted = new Set<string>();
  for (const token of clues.tokens) {
    for (const invoice of byToken.get(token.value) ?? []) {
      const customer = hits.customersById.get(invoice.customerId);
      const key = `${invoice.id}\u0000${kind}`;
      if (!customer || counted.has(key)) continue;
      counted.add(key);
      const tally = tallyOf(tallies, customer);
      if (tally.references >= MAX_REFERENCES_PER_CUSTOMER) continue;
      tally.references++;
      const shown = kind === 'invoice' ? invoice.number : (invoice.po ?? token.value);
      const inSubject = token.where === 'subject';
      tally.weights.push(
        kind === 'invoice'
          ? inSubject
            ? WEIGHTS.invoiceInSubject
            : WEIGHTS.invoiceInBody
          : inSubject
            ? WEIGHTS.poInSubject
            : WEIGHTS.poInBody,
      );
      tally.evidence.push({
        kind,
        value: shown,
        where: token.where,
        text: `${kind === 'invoice' ? 'invoice' : 'PO'} ${shown} in ${token.where}`,
      });
    }
  }
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.confidence - a.confidence ||
    a.customer.name.localeCompare(b.customer.name) ||
    (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0)
  );
}

/**
 * Ranks the customers a thread may belong to. Confidence scale (0..1): 1 only for a user link;
 * an exact contact address alone 0.8, a customer domain 0.5 (0.45 through a parent domain),
 * an invoice number 0.4 in the subject or 0.25 in the body, a PO number 0.35 or 0.2; several
 * clues combine as `1 − Π(1 − w)` capped at 0.99, so address + invoice in subject gives 0.88.
 * Free-mail domains never match by domain. The result is ambiguous, without a link, when a
 * runner-up reaches 0.3 or comes within 0.15 of the best.
 */
export function matchThread(
  clues: ThreadClues,
  hits: ClueHits,
  linkedCustomer?: Customer,
): MatchResult {
  const tallies = new Map<CustomerId, Tally>();
  const addressWhere = clues.role === 'sender' ? 'from' : undefined;
  for (const address of clues.addresses) {
    for (const customer of hits.customersByAddress.get(address) ?? []) {
      const tally = tallyOf(tallies, customer);
      if (tally.evidence.some((e) => e.kind === 'address' && e.value === address)) continue;
      tally.weights.push(WEIGHTS.address);
      tally.evidence.push({
        kind: 'address',
        value: address,
        ...(addressWhere ? { where: addressWhere } : {}),
        text: `address ${address}`,
      });
    }
  }
  const ownDomains = new Set(clues.addresses.map(domainOf));
  const domainTallies = new Map<CustomerId, { weight: number; domain: string }>();
  for (const domain of clues.domains) {
    const weight = ownDomains.has(domain) ? WEIGHTS.domain : WEIGHTS.parentDomain;
    for (const customer of hits.customersByDomain.get(domain) ?? []) {
      const current = domainTallies.get(customer.id);
      if (!current || current.weight < weight) domainTallies.set(customer.id, { weight, domain });
      tallyOf(tallies, customer);
    }
  }
  for (const [id, { weight, domain }] of domainTallies) {
    const tally = tallies.get(id);
    // An exact address already says more than its domain: the domain adds nothing new.
    if (!tally || tally.evidence.some((e) => e.kind === 'address')) continue;
    tally.weights.push(weight);
    tally.evidence.push({ kind: 'domain', value: domain, text: `domain ${domain}` });
  }
  addReferences(tallies, clues, hits, 'invoice');
  addReferences(tallies, clues, hits, 'po');

  const byPeople = [...tallies.values()].filter((t) =>
    t.evidence.some((e) => e.kind === 'address' || e.kind === 'domain'),
  );
  const side = clues.role === 'sender' ? 'the sender matches' : 'the recipients match';
  let candidates: Candidate[] = [...tallies.values()].map((tally) => {
    const others = byPeople.filter((t) => t !== tally).map((t) => t.customer.name);
    const onlyReferences = !byPeople.includes(tally) && others.length > 0;
    const evidence = onlyReferences
      ? tally.evidence.map((e) => ({ ...e, text: `${e.text}, while ${side} ${others.join(', ')}` }))
      : tally.evidence;
    return { customer: tally.customer, confidence: combine(tally.weights), evidence };
  });

  if (linkedCustomer) {
    const existing = candidates.find((c) => c.customer.id === linkedCustomer.id);
    const link: Candidate = {
      customer: linkedCustomer,
      confidence: 1,
      evidence: [
        { kind: 'link', value: linkedCustomer.id, text: 'you linked this thread' },
        ...(existing?.evidence ?? []),
      ],
    };
    candidates = [link, ...candidates.filter((c) => c !== existing).sort(compareCandidates)];
    return { best: link, candidates, ambiguous: false };
  }

  candidates.sort(compareCandidates);
  const [best, second] = candidates;
  const ambiguous =
    best !== undefined &&
    second !== undefined &&
    (second.confidence >= AMBIGUOUS_FLOOR || best.confidence - second.confidence < AMBIGUOUS_GAP);
  return { best: best ?? null, candidates, ambiguous };
}
