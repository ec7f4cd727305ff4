import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import type { Settings } from '../../../src/core/model';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { SettingsView } from '../../../src/ui/settings/SettingsView';
import { Sidebar } from '../../../src/ui/Sidebar';
import { FakeMailHost } from '../../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

// Fluent forms render slowly under jsdom on a shared machine; the browser test times the real thing.
jest.setTimeout(60_000);

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };

function repository(edit: (s: Settings) => Settings = (s) => s): MemoryLedgerRepository {
  const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
  return new MemoryLedgerRepository({ ...ledger, settings: edit(ledger.settings) }, clock);
}

function setup(
  options: { language?: UiLanguage; ledger?: MemoryLedgerRepository; host?: FakeMailHost } = {},
) {
  const ledger = options.ledger ?? repository();
  const ports = { clock, host: options.host ?? new FakeMailHost(null), ledger };
  const user = userEvent.setup({ delay: null });
  render(
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={options.language ?? 'en'}>
        <SettingsView locale="en-GB" ports={ports} />
      </UiLanguageContext.Provider>
    </FluentProvider>,
  );
  return { ledger, user };
}

/** Opens a section of the form by its header. */
async function openSection(user: ReturnType<typeof userEvent.setup>, name: string) {
  await screen.findByRole('form');
  await user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }));
}

const account = (name: string) => screen.getByRole('group', { name });
const save = () => screen.getByRole('button', { name: 'Save' });
/** A store whose first read of the settings fails, as a blocked database does. */
class FailingOnce extends MemoryLedgerRepository {
  reads = 0;
  override async settings() {
    this.reads += 1;
    if (this.reads === 1) throw new Error('The ledger database is blocked by another tab.');
    return super.settings();
  }
}

const backupSettings = async (ledger: MemoryLedgerRepository) =>
  JSON.parse(await (await ledger.exportBackup()).text()).settings;

describe('SettingsView', () => {
  it('shows the stored settings, the IBAN in groups of four', async () => {
    const { user } = setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Settings' })).toBeTruthy();
    expect(await screen.findByRole('textbox', { name: /Company name/ })).toHaveProperty(
      'value',
      'Duly Demo Exports SL',
    );
    await openSection(user, 'Bank accounts');
    expect(
      within(account('Account 1 · EUR')).getByRole('textbox', { name: /^IBAN/ }),
    ).toHaveProperty('value', 'ES91 2100 0418 4502 0005 1332');
    expect(
      within(account('Account 2 · USD')).getByRole('textbox', { name: /Account number/ }),
    ).toHaveProperty('value', '0418450200051399');
  });

  it('checks the IBAN as it is typed and groups it once valid', async () => {
    const { user } = setup();
    await openSection(user, 'Bank accounts');
    const iban = within(account('Account 1 · EUR')).getByRole('textbox', { name: /^IBAN/ });
    await user.clear(iban);
    await user.type(iban, 'ES9121000418450200051333');
    expect(
      screen.getByText(
        'The IBAN check digits do not match: a character is mistyped or two are swapped.',
      ),
    ).toBeTruthy();
    expect(iban.getAttribute('aria-invalid')).toBe('true');
    await user.type(iban, '{Backspace}2');
    expect(screen.getByText('Valid IBAN.')).toBeTruthy();
    expect(iban.getAttribute('aria-invalid')).not.toBe('true');
    await user.tab();
    expect(iban).toHaveProperty('value', 'ES91 2100 0418 4502 0005 1332');
  });

  it('refuses to save while a field is wrong, names it, and leads to it', async () => {
    const { ledger, user } = setup();
    const before = ledger.ledger.settings;
    await openSection(user, 'Bank accounts');
    const swift = within(account('Account 3 · GBP')).getByRole('textbox', { name: /SWIFT/ });
    await user.clear(swift);
    await user.type(swift, 'WEST1B2L');
    // Closed: the summary's link opens the section again.
    await openSection(user, 'Bank accounts');
    await user.click(save());
    const alert = await screen.findByRole('alert', { name: 'Not saved: 1 field needs fixing.' });
    expect(alert.textContent).toContain(
      'Account 3 · GBP, SWIFT/BIC: Characters 5 and 6 of a SWIFT/BIC code are the bank\'s country; "1B" is not a country code.',
    );
    expect(screen.getByRole('button', { name: /Bank accounts.*1 to fix/ })).toBeTruthy();
    expect(ledger.ledger.settings).toBe(before);
    await user.click(within(alert).getByRole('button', { name: 'Account 3 · GBP, SWIFT/BIC' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(account('Account 3 · GBP')).getByRole('textbox', { name: /SWIFT/ }),
      ),
    );
  });

  it('saves the edits, says so, and the backup carries them', async () => {
    const { ledger, user } = setup();
    const signature = await screen.findByRole('textbox', { name: /Signature/ });
    await user.clear(signature);
    await user.type(signature, 'Ana Ruiz{Enter}Credit Control');
    await openSection(user, 'Bank accounts');
    await user.click(screen.getByRole('button', { name: 'Add a bank account' }));
    const added = account('Account 6 · no currency');
    await user.selectOptions(within(added).getByRole('combobox', { name: /Currency/ }), 'CHF');
    const swiss = account('Account 6 · CHF');
    await user.click(within(swiss).getByRole('textbox', { name: /holder/ }));
    await user.paste('Duly Demo Exports SL');
    await user.click(within(swiss).getByRole('textbox', { name: 'Bank' }));
    await user.paste('Banque Exemple SA');
    await user.type(
      within(swiss).getByRole('textbox', { name: /^IBAN/ }),
      'CH93 0076 2011 6238 5295 7',
    );
    await user.type(within(swiss).getByRole('textbox', { name: /SWIFT/ }), 'bexachgg');
    await user.click(save());
    expect(await screen.findByText('Saved.')).toBeTruthy();

    const saved = await backupSettings(ledger);
    expect(saved.company.signature).toBe('Ana Ruiz\nCredit Control');
    expect(saved.bankAccounts).toHaveLength(6);
    expect(saved.bankAccounts[5]).toEqual({
      currency: 'CHF',
      holder: 'Duly Demo Exports SL',
      bank: 'Banque Exemple SA',
      iban: 'CH9300762011623852957',
      swift: 'BEXACHGG',
      charges: 'SHA',
    });
  });

  it('removes an account', async () => {
    const { ledger, user } = setup();
    await openSection(user, 'Bank accounts');
    await user.click(screen.getByRole('button', { name: 'Remove account 4 (CNY)' }));
    expect(screen.getByText('Account 4 (CNY) removed.')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Account 4 · KWD' })).toBeTruthy();
    await user.click(save());
    await screen.findByText('Saved.');
    expect(ledger.ledger.settings.bankAccounts.map((a) => a.currency)).toEqual([
      'EUR',
      'USD',
      'GBP',
      'KWD',
    ]);
  });

  it('keeps unsaved changes when a section closes and when the pane shows another view', async () => {
    const ledger = repository();
    const ports = { clock, host: new FakeMailHost(null), ledger };
    const user = userEvent.setup();
    render(<Sidebar ports={ports} initialView="settings" />);
    const name = await screen.findByRole('textbox', { name: /Company name/ });
    await user.clear(name);
    await user.type(name, 'Duly Exports Ltd');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await openSection(user, 'Company and signature');
    expect(screen.queryByRole('textbox', { name: /Company name/ })).toBeNull();
    await openSection(user, 'Company and signature');
    expect(screen.getByRole('textbox', { name: /Company name/ })).toHaveProperty(
      'value',
      'Duly Exports Ltd',
    );
    await user.click(screen.getByRole('tab', { name: 'This thread' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Settings' })).toBeNull());
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('textbox', { name: /Company name/ })).toHaveProperty(
      'value',
      'Duly Exports Ltd',
    );
    expect(ledger.ledger.settings.company.name).toBe('Duly Demo Exports SL');
  });

  describe('the Outlook category for chased messages', () => {
    const field = () =>
      screen.findByRole('textbox', { name: 'Outlook category for chased messages' });
    const UNSUPPORTED = /This version of Outlook cannot add categories \(it needs Mailbox 1\.8\)/;

    it('shows the stored category with help, saves a new one trimmed, and the backup carries it', async () => {
      const { ledger, user } = setup({ host: new FakeMailHost(null).withCategories(['Chased']) });
      const category = await field();
      expect(category).toHaveProperty('value', 'Chased');
      expect(screen.getByText(/Create the category in Outlook first/)).toBeTruthy();
      expect(screen.queryByText(UNSUPPORTED)).toBeNull();
      await user.clear(category);
      await user.type(category, '  Chased by Duly ');
      await user.click(save());
      expect(await screen.findByText('Saved.')).toBeTruthy();
      expect((await backupSettings(ledger)).outlookCategory).toBe('Chased by Duly');
    });

    it('turns tagging off when the field is emptied', async () => {
      const { ledger, user } = setup();
      await user.clear(await field());
      await user.click(save());
      expect(await screen.findByText('Saved.')).toBeTruthy();
      expect(await backupSettings(ledger)).not.toHaveProperty('outlookCategory');
      expect(ledger.ledger.settings.outlookCategory).toBeUndefined();
    });

    it('refuses to save a name Outlook cannot have', async () => {
      const { ledger, user } = setup();
      const category = await field();
      await user.clear(category);
      await user.click(category);
      await user.paste('Chased\tagain');
      expect(screen.getByText('An Outlook category name is one line, without tabs.')).toBeTruthy();
      await user.clear(category);
      await user.paste('C'.repeat(256));
      expect(screen.getByText('An Outlook category name has at most 255 characters.')).toBeTruthy();
      await user.click(save());
      expect(screen.queryByText('Saved.')).toBeNull();
      expect(ledger.ledger.settings.outlookCategory).toBe('Chased');
    });

    it('says the field needs a newer Outlook only when the mail client says so', async () => {
      setup({ host: new FakeMailHost(null).withCategories(['Chased'], { supported: false }) });
      await field();
      expect(screen.getByText(UNSUPPORTED)).toBeTruthy();
    });

    it('speaks Chinese', async () => {
      setup({ language: 'zh-CN' });
      expect(
        await screen.findByRole('textbox', { name: '已催款邮件的 Outlook 类别' }),
      ).toHaveProperty('value', 'Chased');
    });
  });

  it('asks for the reference rate of statutory interest and saves interest switched off', async () => {
    const { ledger, user } = setup();
    await openSection(user, 'Late interest');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Statutory compensation' }),
      'eu',
    );
    await user.click(save());
    expect(
      within(await screen.findByRole('alert', { name: /Not saved/ })).getByText(
        /Statutory interest needs the ECB reference rate, in percent./,
      ),
    ).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Reference rate/ }), '2,15');
    await user.click(save());
    await screen.findByText('Saved.');
    expect(ledger.ledger.settings.interest).toMatchObject({
      statutory: 'eu',
      referenceRatePercent: 2.15,
    });
    await user.click(screen.getByRole('switch', { name: 'State late interest in letters' }));
    await user.click(save());
    await waitFor(() => expect(ledger.ledger.settings.interest).toBeUndefined());
  });

  it('keeps the stage ladder in order and shows segment policies', async () => {
    const { user } = setup({
      ledger: repository((s) => ({ ...s, policies: { key: { ...s.policy, finalDays: 90 } } })),
    });
    await openSection(user, 'Reminder stages');
    const all = screen.getByRole('group', { name: 'All customers' });
    const stakes = within(all).getByRole('textbox', { name: /Stakes/ });
    await user.clear(stakes);
    await user.type(stakes, '5');
    expect(
      within(all).getByText(
        'Must not be less than "Escalation: days after the due date" (7 days).',
      ),
    ).toBeTruthy();
    const key = screen.getByRole('group', { name: 'Segment "key"' });
    expect(within(key).getByRole('textbox', { name: /Final notice/ })).toHaveProperty(
      'value',
      '90',
    );
  });

  it('checks free-mail domains line by line and needs one letter language', async () => {
    const { ledger, user } = setup();
    await openSection(user, 'Free-mail domains');
    const domains = screen.getByRole('textbox', { name: /Free-mail domains/ });
    await user.clear(domains);
    await user.type(domains, 'gmail.com{Enter}qq com');
    expect(
      screen.getByText('Line 2: "qq com" is not a domain name, such as gmail.com.'),
    ).toBeTruthy();
    await user.type(domains, '{Backspace}{Backspace}{Backspace}{Backspace}.com{Enter}@163.COM');
    await openSection(user, 'Letter languages');
    for (const name of ['English', 'Chinese (Simplified)', 'Spanish', 'French', 'German']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    await user.click(screen.getByRole('checkbox', { name: 'Portuguese' }));
    expect(screen.getByText('Offer at least one letter language.')).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'German' }));
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.click(save());
    await screen.findByText('Saved.');
    expect(ledger.ledger.settings.freeMailDomains).toEqual(['gmail.com', 'qq.com', '163.com']);
    expect(ledger.ledger.settings.languages).toEqual(['de', 'en']);
  });

  it('speaks Chinese, the engine reasons included', async () => {
    const { user } = setup({ language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 2, name: '设置' })).toBeTruthy();
    await openSection(user, '收款账户');
    const iban = within(account('账户 1 · EUR')).getByRole('textbox', { name: /^IBAN/ });
    await user.type(iban, '0');
    expect(screen.getByText('ES 的 IBAN 应为 24 位，当前为 25 位。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert', { name: '未保存：有 1 项需要修正。' })).toBeTruthy();
  });

  it('says plainly when the settings cannot be read, and tries again', async () => {
    const ledger = new FailingOnce(repository().ledger, clock);
    const { user } = setup({ ledger });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The settings could not be read.');
    expect(alert.textContent).toContain('blocked by another tab');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: /Company name/ })).toBeTruthy();
    expect(ledger.reads).toBe(2);
  });
});
