import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import type { Clock } from '../../../src/core/ports/clock';
import { UiLanguageContext, type UiLanguage } from '../../../src/ui/i18n';
import { StorageSection } from '../../../src/ui/ledger/StorageSection';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';

// Two cores shared by several test runs: give renders and lazy chunks time.
configure({ asyncUtilTimeout: 5000 });

const clockAt = (iso: string): Clock => {
  const now = Date.parse(iso);
  return { now: () => now, today: (zone) => calendarDateIn(now, zone) };
};

function setup(options: { backupAt?: string; now?: string; language?: UiLanguage } = {}) {
  const ledger = new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
    clockAt(options.backupAt ?? '2026-07-01T07:00:00Z'),
  );
  const view = (revision: number) => (
    <FluentProvider theme={webLightTheme}>
      <UiLanguageContext.Provider value={options.language ?? 'en'}>
        <StorageSection
          clock={clockAt(options.now ?? '2026-07-01T07:00:00Z')}
          ledger={ledger}
          locale="en-GB"
          revision={revision}
        />
      </UiLanguageContext.Provider>
    </FluentProvider>
  );
  const { rerender } = render(view(0));
  return { ledger, rerender: (revision: number) => rerender(view(revision)) };
}

describe('StorageSection', () => {
  it('says where the data lives and reminds gently that no backup was ever made', async () => {
    setup();
    expect(screen.getByText(/In this Outlook client on this machine only/)).toBeTruthy();
    expect(await screen.findByText('Never')).toBeTruthy();
    expect(screen.getByText(/You have never exported a backup/)).toBeTruthy();
  });

  it('drops the reminder after a fresh backup and shows its date', async () => {
    const fresh = setup();
    await fresh.ledger.exportBackup();
    fresh.rerender(1);
    expect(await screen.findByText(/^1 July 2026 at/)).toBeTruthy();
    expect(screen.queryByText(/never exported a backup/)).toBeNull();
    expect(screen.queryByText(/days old/)).toBeNull();
  });

  it('names the age of an old backup', async () => {
    const old = setup({ backupAt: '2026-06-23T07:00:00Z', now: '2026-07-01T07:00:00Z' });
    await old.ledger.exportBackup();
    old.rerender(1);
    expect(
      await screen.findByText('Your last backup is 8 days old. Export a fresh one.'),
    ).toBeTruthy();
  });

  it('asks the browser to keep the data and shows the answer', async () => {
    setup();
    expect(await screen.findByText(/^Not granted/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ask to keep my data' }));
    expect(await screen.findByText(/^Granted/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask to keep my data' })).toBeNull();
  });

  it('speaks Simplified Chinese when the pane does', async () => {
    setup({ language: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '数据存放在哪里' })).toBeTruthy();
    expect(await screen.findByText('从未备份')).toBeTruthy();
  });
});
