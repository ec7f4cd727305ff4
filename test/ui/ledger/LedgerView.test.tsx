import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { Sidebar } from '../../../src/ui/Sidebar';
import { FakeMailHost } from '../../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';
import './blobText';

// The view and its sections are lazy chunks: the first render compiles them under ts-jest.
const LOAD = { timeout: 10_000 };
const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };

function setup(language: 'en' | 'zh-CN' = 'en') {
  const ledger = new MemoryLedgerRepository(
    parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json'),
    clock,
  );
  render(
    <Sidebar
      initialView="ledger"
      language={language}
      ports={{ clock, host: new FakeMailHost(null), ledger }}
    />,
  );
  return ledger;
}

describe('LedgerView', () => {
  it('opens with its heading and the import, backup and storage sections in order', async () => {
    setup();
    const view = await screen.findByRole('heading', { level: 2, name: 'Ledger' }, LOAD);
    const panel = view.closest('[role="tabpanel"]') as HTMLElement;
    await within(panel).findByRole('heading', { name: 'Import a CSV' }, LOAD);
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['Import a CSV', 'Backups', 'Where your data lives']);
  });

  it('clears the backup reminder once a backup is exported', async () => {
    setup();
    await screen.findByText(/You have never exported a backup/, undefined, LOAD);
    // jsdom has no downloads: the view still hands the file over through an <a download>.
    URL.createObjectURL = () => 'blob:test';
    URL.revokeObjectURL = () => undefined;
    await userEvent.click(screen.getByRole('button', { name: 'Export a backup' }));
    await screen.findByText('Saved duly-backup.json to your downloads.');
    expect(await screen.findByText(/^1 July 2026 at/)).toBeTruthy();
    expect(screen.queryByText(/You have never exported a backup/)).toBeNull();
  });

  it('speaks Simplified Chinese when the pane does', async () => {
    setup('zh-CN');
    expect(await screen.findByRole('heading', { level: 2, name: '账本' }, LOAD)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '备份' })).toBeTruthy();
  });
});
