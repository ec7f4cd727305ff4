import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLedgerText, serializeLedger } from '../../../src/core/ledgerFile';
import type { Ledger } from '../../../src/core/model';
import { customer, invoice } from '../../fakes/builders';
import type { FakeMessage } from '../../fakes/fakeGmailServer';
import { run } from '../../../src/cli/main';

/** The mailbox owner in every Gmail test. */
export const ME = 'ar@seller.example';
export const TODAY = '2026-07-01';

const SAMPLE = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');

/**
 * Five customers, each with one overdue invoice, and no events yet: Ibérica (business domain),
 * Lone Star (replies from another address of its domain), Bayern (German autoreply), Ahmed
 * (free-mail address, bounces), Osaka (Japanese autoreply subject only).
 */
export function gmailLedger(): Ledger {
  const people = [
    customer({
      id: 'c-iberica' as never,
      name: 'Comercial Ibérica SL',
      contacts: [{ name: 'Alicia Martín', email: 'alicia@iberica.es' }],
      domains: ['iberica.es'],
    }),
    customer({
      id: 'c-lonestar' as never,
      name: 'Lone Star Tools',
      country: 'US',
      language: 'en',
      timeZone: 'America/Chicago',
      contacts: [{ name: 'Dana Brooks', email: 'dana@lonestar.com' }],
      domains: ['lonestar.com'],
    }),
    customer({
      id: 'c-bayern' as never,
      name: 'Bayern Maschinenbau GmbH',
      country: 'DE',
      language: 'de',
      timeZone: 'Europe/Berlin',
      contacts: [{ name: 'Jonas Weber', email: 'j.weber@bayern.de' }],
      domains: [],
    }),
    customer({
      id: 'c-ahmed' as never,
      name: 'Ahmed Electronics Trading',
      country: 'AE',
      language: 'en',
      timeZone: 'Asia/Dubai',
      contacts: [{ name: 'Ahmed', email: 'ahmed.trading@gmail.com' }],
      domains: [],
    }),
    customer({
      id: 'c-osaka' as never,
      name: 'Osaka Precision KK',
      country: 'JP',
      language: 'en',
      timeZone: 'Asia/Tokyo',
      contacts: [{ name: 'Kenji Tanaka', email: 'k.tanaka@osaka-precision.co.jp' }],
      domains: ['osaka-precision.co.jp'],
    }),
  ];
  const invoices = people.map((c, i) =>
    invoice(20 + i, {
      id: `inv-${c.id}` as never,
      number: `INV-${2000 + i}`,
      customerId: c.id,
      currency: 'EUR',
      amount: `${(i + 1) * 1000}.00`,
    }),
  );
  return { ...SAMPLE, customers: people, invoices, events: [] };
}

let counter = 0;

/** One message; `at` is an ISO instant. Outbound messages carry the SENT label. */
export function mail(
  at: string,
  headers: Record<string, string>,
  options: { thread?: string; sent?: boolean; snippet?: string; id?: string } = {},
): FakeMessage {
  counter++;
  const id = options.id ?? `m${String(counter).padStart(4, '0')}`;
  return {
    id,
    threadId: options.thread ?? id,
    internalDate: Date.parse(at),
    labelIds: options.sent ? ['SENT'] : ['INBOX', 'UNREAD'],
    snippet: options.snippet ?? '',
    headers: { 'Message-ID': `<${id}@mail.example>`, Date: at, ...headers },
  };
}

/** The mailbox of {@link gmailLedger}: who wrote what, in which thread. */
export function gmailMailbox(): FakeMessage[] {
  return [
    mail(
      '2026-06-20T08:00:00Z',
      {
        From: `María López <${ME}>`,
        To: 'Alicia Martín <alicia@iberica.es>',
        Subject: 'Factura INV-2000 vencida – Ibérica',
      },
      { thread: 't-iberica', sent: true, id: 'iberica-1' },
    ),
    mail(
      '2026-06-20T08:05:00Z',
      { From: ME, To: 'dana@lonestar.com', Subject: 'Invoice INV-2001 overdue' },
      { thread: 't-lonestar', sent: true },
    ),
    mail(
      '2026-06-22T15:00:00Z',
      {
        From: 'Accounts Payable <ap@lonestar.com>',
        To: ME,
        Subject: 'RE: Invoice INV-2001 overdue',
        'In-Reply-To': '<x@mail.example>',
      },
      {
        thread: 't-lonestar',
        snippet: 'Hi, we are checking with our controller and will come back to you.',
      },
    ),
    mail(
      '2026-06-20T08:10:00Z',
      { From: ME, To: 'Jonas Weber <j.weber@bayern.de>', Subject: 'Rechnung INV-2002' },
      { thread: 't-bayern', sent: true },
    ),
    mail(
      '2026-06-20T08:11:00Z',
      {
        From: 'Jonas Weber <j.weber@bayern.de>',
        To: ME,
        Subject: 'Automatische Antwort: Rechnung INV-2002',
        'Auto-Submitted': 'auto-replied',
      },
      {
        thread: 't-bayern',
        snippet: 'Ich bin bis zum 10.07.2026 nicht im Büro und habe keinen Zugriff auf E-Mails.',
      },
    ),
    mail(
      '2026-06-18T09:00:00Z',
      { From: ME, To: 'ahmed.trading@gmail.com', Subject: 'Invoice INV-2003' },
      { thread: 't-ahmed', sent: true },
    ),
    mail(
      '2026-06-18T09:01:00Z',
      {
        From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
        To: ME,
        Subject: 'Delivery Status Notification (Failure)',
        'X-Failed-Recipients': 'ahmed.trading@gmail.com',
        'Content-Type': 'multipart/report; report-type=delivery-status; boundary="b"',
      },
      {
        thread: 't-ahmed',
        snippet: 'Address not found Your message wasn&#39;t delivered to ahmed.trading@gmail.com',
      },
    ),
    mail(
      '2026-06-25T01:00:00Z',
      { From: ME, To: 'k.tanaka@osaka-precision.co.jp', Subject: 'Invoice INV-2004' },
      { thread: 't-osaka', sent: true },
    ),
    mail(
      '2026-06-25T01:02:00Z',
      { From: 'k.tanaka@osaka-precision.co.jp', To: ME, Subject: '自動返信: Invoice INV-2004' },
      { thread: 't-osaka' },
    ),
    // A colleague's message to a customer is not the user's reminder.
    mail('2026-06-21T10:00:00Z', { From: 'bob@seller.example', To: 'alicia@iberica.es' }),
    // Strangers and old mail are never listed.
    mail('2026-06-21T10:00:00Z', { From: 'news@shop.example', To: ME, Subject: 'Sale' }),
    mail(
      '2025-06-01T10:00:00Z',
      { From: 'alicia@iberica.es', To: ME, Subject: 'Old' },
      { thread: 't-old' },
    ),
  ];
}

/** A temporary directory with the ledger file written in it. */
export function ledgerFile(ledger: Ledger = gmailLedger()): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'duly-gmail-'));
  const file = join(dir, 'ledger.json');
  writeFileSync(file, serializeLedger(ledger));
  return { dir, file };
}

/** Runs the real CLI entry, capturing both streams. */
export async function duly(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
