import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

const LEDGER = 'samples/ledger.json';
const TODAY = '2026-07-01';

async function duly(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

async function suggestJson(message: string, ...extra: string[]) {
  const { code, out, err } = await duly(
    'suggest',
    '--ledger',
    LEDGER,
    '--message',
    `samples/messages/${message}.json`,
    '--today',
    TODAY,
    '--json',
    ...extra,
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('duly suggest', () => {
  it.each([
    ['upcoming', 'c-iberica', 'upcoming', 'none'],
    ['due', 'c-huaqiang', 'due', 'none'],
    ['follow-up', 'c-lonestar', 'follow-up', 'none'],
    ['escalation', 'c-bayern', 'escalation', 'none'],
    ['stakes', 'c-rhone', 'stakes', 'none'],
    ['final', 'c-paulista', 'final', 'none'],
    ['not-received', 'c-osaka', 'escalation', 'not-received'],
    ['approval', 'c-maple', 'follow-up', 'approval'],
    ['cash-flow', 'c-pacifico', 'escalation', 'cash-flow'],
    ['dispute', 'c-northern', 'follow-up', 'dispute'],
    ['payment-sent', 'c-gulf', 'escalation', 'payment-sent'],
    ['promise', 'c-dongfang', 'escalation', 'promise'],
    ['out-of-office', 'c-levante', 'stakes', 'out-of-office'],
    ['deliberate', 'c-vandijk', 'stakes', 'deliberate'],
    ['free-mail', 'c-ahmed', 'follow-up', 'none'],
    ['silent', 'c-pacificrim', 'stakes', 'none'],
  ])(
    'reads the %s sample as %s at %s with reason %s',
    async (message, customerId, stage, reason) => {
      const result = await suggestJson(message);
      expect(result.customer?.id).toBe(customerId);
      expect(result.stage).toBe(stage);
      expect(result.reason).toBe(reason);
      expect(result.reasons.length).toBeGreaterThan(0);
      expect(result.draft.subject).not.toBe('');
      for (const invoice of result.invoices.filter(
        (i: { paused: boolean; status: string }) => !i.paused && i.status !== 'disputed',
      )) {
        expect(result.draft.text).toContain(invoice.number);
      }
    },
  );

  it('names an unknown sender and writes no draft', async () => {
    const result = await suggestJson('unknown-sender');
    expect(result).toMatchObject({ customer: null, stage: 'none', draft: null });
    expect(result.warnings).toEqual(['Not in your ledger: someone@newprospect.io']);
  });

  it('writes no draft when nothing is owed', async () => {
    const result = await suggestJson('nothing-owed');
    expect(result).toMatchObject({ stage: 'none', draft: null });
  });

  it('warns instead of inventing an account for a currency without one', async () => {
    const result = await suggestJson('not-received');
    expect(result.warnings.join(' ')).toContain('JPY');
    expect(result.draft.text).not.toMatch(/IBAN/);
  });

  it('keeps hostile names as text in the HTML', async () => {
    const result = await suggestJson('hostile');
    expect(result.customer.name).toBe('<img src=x onerror=alert(1)> Trading & Co');
    expect(result.draft.html).not.toMatch(/<(img|script)/i);
    expect(result.draft.html).toContain('Dear Robert &quot;Bobby&quot; O&#39;Neil &lt;script&gt;,');
  });

  it('writes in the language asked for', async () => {
    const result = await suggestJson('cash-flow', '--lang', 'zh-CN');
    expect(result.language).toBe('zh-CN');
    expect(result.draft.text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('prints readable text without --json', async () => {
    const { code, out } = await duly(
      'suggest',
      '--ledger',
      LEDGER,
      '--message',
      'samples/messages/follow-up.json',
      '--today',
      TODAY,
    );
    expect(code).toBe(0);
    expect(out).toContain('Customer: Lone Star Tools Inc.');
    expect(out).toContain('Stage: follow-up');
  });

  it('names the file and field of a bad message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duly-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ direction: 'sideways', from: 'a@b.c' }));
    const { code, err } = await duly(
      'suggest',
      '--ledger',
      LEDGER,
      '--message',
      join(dir, 'm.json'),
      '--today',
      TODAY,
    );
    expect(code).toBe(1);
    expect(err.trim()).toBe(
      'duly: m.json: field "direction" must be one of inbound, outbound, compose',
    );
  });

  it('names the file, row and field of a bad ledger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duly-'));
    const ledger = JSON.parse(readFileSync(LEDGER, 'utf8'));
    ledger.invoices[3].dueDate = '2026-02-30';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(ledger));
    const { code, err } = await duly(
      'suggest',
      '--ledger',
      join(dir, 'bad.json'),
      '--message',
      'samples/messages/due.json',
      '--today',
      TODAY,
    );
    expect(code).toBe(1);
    expect(err).toContain('invoices[3].dueDate');
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('rejects unknown options with usage', async () => {
    const { code, err } = await duly('suggest', '--nope');
    expect(code).toBe(2);
    expect(err).toContain('Unknown option');
  });
});

describe('duly silent', () => {
  it('ranks the silent sample customers by money at risk', async () => {
    const { code, out } = await duly(
      'silent',
      '--ledger',
      LEDGER,
      '--today',
      TODAY,
      '--json',
      '--rates',
      'USD=1,EUR=1.08,GBP=1.27,CNY=0.14,KWD=3.25,JPY=0.0067',
    );
    expect(code).toBe(0);
    const list = JSON.parse(out);
    const ids = list.map((s: { customerId: string }) => s.customerId);
    expect(ids).toEqual(expect.arrayContaining(['c-seoul', 'c-pacificrim', 'c-paulista']));
    expect(ids.indexOf('c-seoul')).toBeLessThan(ids.indexOf('c-pacificrim'));
    expect(ids).not.toContain('c-lonestar'); // reminded 2 days ago: not silent yet
    expect(list[0]).toMatchObject({
      customerId: 'c-seoul',
      daysSilent: 5,
      lastReminder: { on: '2026-06-26', channel: 'email' },
    });
  });
});

describe('the due sample', () => {
  it('shows an invoice due today as due in 0 days, never -0', async () => {
    const { out } = await duly(
      'suggest',
      '--ledger',
      LEDGER,
      '--message',
      'samples/messages/due.json',
      '--today',
      TODAY,
      '--json',
    );
    const draft = JSON.parse(out).draft;
    expect(draft.text).not.toMatch(/-0\b/);
    expect(draft.html).not.toMatch(/>-0</);
  });
});
