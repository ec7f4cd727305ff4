import { readFileSync } from 'node:fs';
import { calendarDate } from '../../src/core/calendarDate';
import { parseLedgerText } from '../../src/core/ledgerFile';
import { createLedgerIndex } from '../../src/core/ledgerIndex';
import type { MailItem } from '../../src/core/model';
import { paymentInstructions, suggest } from '../../src/core/suggest';

const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
const index = createLedgerIndex(ledger, ledger.settings.freeMailDomains);
const today = calendarDate('2026-07-01');
const settings = ledger.settings;
const message = (name: string): MailItem =>
  JSON.parse(readFileSync(`samples/messages/${name}.json`, 'utf8'));

describe('suggest', () => {
  it('counts the open inbound message as the reply it is, once', () => {
    const item = { ...message('cash-flow'), messageId: 'm-1' };
    const fresh = suggest({ item, index, settings, today });
    expect(fresh.reasons.join(' ')).not.toContain('no reply');
    const logged = createLedgerIndex(
      {
        ...ledger,
        events: [
          ...ledger.events,
          {
            customerId: fresh.customer!.id,
            at: item.receivedAt!,
            direction: 'inbound',
            channel: 'email',
            kind: 'reply',
            messageId: 'm-1',
            invoiceIds: [],
          },
        ],
      },
      settings.freeMailDomains,
    );
    expect(suggest({ item, index: logged, settings, today }).stage).toBe(fresh.stage);
  });

  it('does not take an autoreply for a reply: unanswered reminders still push', () => {
    const result = suggest({ item: message('out-of-office'), index, settings, today });
    expect(result.reason).toBe('out-of-office');
    expect(result.stage).toBe('stakes');
    expect(result.nextStepOn).toBe('2026-07-07');
  });

  it('follows a user link over the address match', () => {
    const result = suggest({
      item: message('due'),
      index,
      settings,
      today,
      linkedCustomerId: ledger.customers[0]!.id,
    });
    expect(result.customer?.id).toBe(ledger.customers[0]!.id);
    expect(result.customer?.evidence).toContain('you linked this thread');
  });

  it('drafts only the invoices the user ticked', () => {
    const all = suggest({ item: message('escalation'), index, settings, today });
    expect(all.invoices).toHaveLength(2);
    const first = all.invoices[0]!;
    const one = suggest({
      item: message('escalation'),
      index,
      settings,
      today,
      selectedInvoiceIds: [first.id],
    });
    expect(one.draft?.text).toContain(first.number);
    expect(one.draft?.text).not.toContain(all.invoices[1]!.number);
  });

  it('refuses payment instructions in a currency without an account, naming it', () => {
    const result = suggest({ item: message('not-received'), index, settings, today });
    expect(() => paymentInstructions(result)).toThrow(/JPY/);
    const usd = suggest({ item: message('follow-up'), index, settings, today });
    expect(paymentInstructions(usd).text).toContain('USD 25,000.00');
  });

  it('states late interest from the escalation stage on', () => {
    const result = suggest({ item: message('stakes'), index, settings, today });
    expect(result.path.blocks).toContain('late-interest');
    // 1.5 % a month on EUR 9,870.50 for 35 days, actual/365: 9870.50 × 0.18 × 35 / 365 = 170.37
    expect(result.draft?.text).toMatch(/170[.,]37/);
  });
});
