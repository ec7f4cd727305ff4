import { tagChased, type CategoryTexts } from '../../src/ui/chasedCategory';
import { FakeMailHost } from '../fakes/fakeMailHost';

const TEXTS: CategoryTexts = {
  unknownCategory: (name) => `no ${name}`,
  categoryFailed: (name, reason) => `failed ${name}: ${reason}`,
};

describe('tagChased', () => {
  it('tags the item and has nothing to say when the category exists', async () => {
    const host = new FakeMailHost(null).withCategories(['Chased']);
    await expect(tagChased(host, 'Chased', TEXTS)).resolves.toBeUndefined();
    expect(host.categorized.map((c) => c.category)).toEqual(['Chased']);
  });

  it('names the category the master list lacks', async () => {
    const host = new FakeMailHost(null).withCategories(['Chased']);
    await expect(tagChased(host, 'Escalated', TEXTS)).resolves.toBe('no Escalated');
  });

  it("turns the client's failure into a sentence instead of throwing", async () => {
    const host = new FakeMailHost(null).withCategories(['Chased'], {
      failure: new Error('offline'),
    });
    await expect(tagChased(host, 'Chased', TEXTS)).resolves.toBe('failed Chased: offline');
  });

  it.each([
    ['the category is off', new FakeMailHost(null).withCategories(['Chased']), undefined],
    ['the category is empty', new FakeMailHost(null).withCategories(['Chased']), ''],
    [
      'the client is older than Mailbox 1.8',
      new FakeMailHost(null).withCategories(['Chased'], { supported: false }),
      'Chased',
    ],
    ['the host has no categories', new FakeMailHost(null), 'Chased'],
  ])('does nothing and says nothing when %s', async (_when, host, category) => {
    await expect(tagChased(host, category, TEXTS)).resolves.toBeUndefined();
    expect(host.categorized).toEqual([]);
  });
});
