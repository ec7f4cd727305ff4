import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../src/core/calendarDate';
import { parseLedgerText } from '../../src/core/ledgerFile';
import type { MailItem } from '../../src/core/model';
import { EN } from '../../src/ui/strings';
import { ThreadView } from '../../src/ui/ThreadView';
import { FakeMailHost } from '../fakes/fakeMailHost';
import { MemoryLedgerRepository } from '../fakes/memoryLedgerRepository';

const NOW = Date.parse('2026-07-01T09:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const MASTER = ['Chased', 'Duly'];

const message = (name: string): MailItem => ({
  ...JSON.parse(readFileSync(`samples/messages/${name}.json`, 'utf8')),
  messageId: `m-${name}`,
});

/** The thread view on the samples, with the chase category `category` (undefined: off). */
function setup(name: string, category: string | undefined, host = new FakeMailHost(message(name))) {
  const ledger = parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');
  const settings = { ...ledger.settings, outlookCategory: category };
  if (category === undefined) delete settings.outlookCategory;
  const repository = new MemoryLedgerRepository({ ...ledger, settings });
  const before = repository.ledger.events.length;
  render(
    <FluentProvider theme={webLightTheme}>
      <ThreadView locale="en-GB" ports={{ clock, host, ledger: repository }} strings={EN} />
    </FluentProvider>,
  );
  const reminders = () =>
    repository.ledger.events.slice(before).filter((e) => e.kind === 'reminder');
  return { host, reminders };
}

const status = async (text: string) => (await screen.findByText(text)).textContent;

/** Lets work that would follow the logged reminder (a tag) run before looking for it. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('ThreadView', () => {
  describe('the Outlook category for chased messages', () => {
    it("tags the customer's message a reply answers once the reminder is logged, saying nothing more", async () => {
      const host = new FakeMailHost(message('approval')).withCategories(MASTER);
      const { reminders } = setup('approval', 'Chased', host);
      await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
      await waitFor(() => expect(host.categorized).toHaveLength(1));
      expect(host.categorized[0]).toEqual({ item: message('approval'), category: 'Chased' });
      expect(host.replies).toHaveLength(1);
      expect(reminders()).toHaveLength(1);
      expect(await status(EN.replyOpened)).toBe(EN.replyOpened);
    });

    it('tags the message being written in compose mode, also after payment instructions', async () => {
      const host = new FakeMailHost(message('escalation')).withCategories(MASTER);
      setup('escalation', 'Chased', host);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Insert payment instructions' }),
      );
      await waitFor(() => expect(host.categorized).toHaveLength(1));
      expect(host.categorized[0]!.item?.direction).toBe('compose');
      expect(host.inserted).toHaveLength(1);
    });

    it('says plainly, after the reminder went in and was logged, that Outlook has no such category', async () => {
      const host = new FakeMailHost(message('escalation')).withCategories(MASTER);
      const { reminders } = setup('escalation', 'Escalated', host);
      await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
      const text = `${EN.inserted} Outlook has no category named “Escalated”: create it in Outlook (Categorize > All categories), or clear it in Settings.`;
      expect(await status(text)).toBe(text);
      expect(host.inserted).toHaveLength(1);
      expect(reminders()).toHaveLength(1);
      expect(host.categorized).toEqual([]);
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it("tells Outlook's own failure without undoing the reminder", async () => {
      const host = new FakeMailHost(message('approval')).withCategories(MASTER, {
        failure: new Error('item.categories.addAsync failed: You are offline.'),
      });
      const { reminders } = setup('approval', 'Chased', host);
      await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
      const text = `${EN.replyOpened} Outlook did not tag the message “Chased”: item.categories.addAsync failed: You are offline.`;
      expect(await status(text)).toBe(text);
      expect(reminders()).toHaveLength(1);
    });

    it.each([
      [
        'the setting is empty',
        undefined,
        new FakeMailHost(message('escalation')).withCategories(MASTER),
      ],
      [
        'Outlook is older than Mailbox 1.8',
        'Chased',
        new FakeMailHost(message('escalation')).withCategories(MASTER, { supported: false }),
      ],
      ['the host has no categories', 'Chased', new FakeMailHost(message('escalation'))],
    ])('tags nothing and says nothing more when %s', async (_when, category, host) => {
      const { reminders } = setup('escalation', category, host);
      await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
      expect(await status(EN.inserted)).toBe(EN.inserted);
      await settle();
      expect(screen.getByText(EN.inserted)).toBeTruthy();
      expect(reminders()).toHaveLength(1);
      expect(host.categorized).toEqual([]);
    });

    it('tags nothing when the reminder could not be inserted', async () => {
      const host = new FakeMailHost(message('escalation')).withCategories(MASTER);
      host.insertDraft = async () => {
        throw new Error('Outlook refused the insertion.');
      };
      const { reminders } = setup('escalation', 'Chased', host);
      await userEvent.click(await screen.findByRole('button', { name: 'Insert draft' }));
      expect((await screen.findByRole('alert')).textContent).toContain('refused the insertion');
      await settle();
      expect(reminders()).toEqual([]);
      expect(host.categorized).toEqual([]);
    });
  });
});
