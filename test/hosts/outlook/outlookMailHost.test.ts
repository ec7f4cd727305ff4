import type { Draft } from '../../../src/core/drafts/types';
import { FORM_BODY_LIMIT, textAsHtml } from '../../../src/hosts/outlook/formBody';
import {
  NEW_MESSAGE_RECIPIENT_LIMIT,
  NO_NEW_MESSAGE_FORM,
  NOT_COMPOSE,
  NOT_READ,
  OutlookMailHost,
  TEXT_BODY_NOTICE,
} from '../../../src/hosts/outlook/outlookMailHost';
import {
  asyncMethod,
  createOutlook,
  type Answer,
  type OutlookWorld,
  type ReadFields,
} from './outlookMock';

const RECEIVED: ReadFields = {
  subject: 'RE: Invoice INV-1043 overdue',
  from: 'alice@buyer.es',
  to: ['maria.lopez@seller.es'],
  cc: ['ap@buyer.es'],
  html:
    '<html><head><style>p{color:red}</style></head><body><p>Hola Mar&iacute;a,</p>' +
    '<p>We will pay INV-1043 on 15&nbsp;July &amp; send the MT103.</p>' +
    '<div id="divRplyFwdMsg"><b>From:</b> Maria<br>Please pay INV-9999</div></body></html>',
  dateTimeCreated: new Date('2026-06-30T08:15:00Z'),
  conversationId: 'AAQkAGI2-conv',
  internetMessageId: '<m1@buyer.es>',
};

const DRAFT: Draft = {
  subject: 'Invoice INV-1043: payment reminder',
  html: '<p>Dear Alice,</p><table><tr><td>INV-1043</td><td>EUR 1,200.00</td></tr></table>',
  text: 'Dear Alice,\n\nINV-1043  EUR 1,200.00',
};

function hostIn(world: OutlookWorld, reportError: (e: Error) => void = () => {}) {
  return new OutlookMailHost(world.office, { reportError });
}

function names(world: OutlookWorld): string[] {
  return world.log.map((call) => call.name);
}

describe('OutlookMailHost', () => {
  describe('currentItem', () => {
    it('reads a received message in read mode, with the body as text and its history dropped', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));

      const item = await hostIn(world).currentItem();

      expect(item).toEqual({
        direction: 'inbound',
        from: 'alice@buyer.es',
        to: ['maria.lopez@seller.es'],
        cc: ['ap@buyer.es'],
        subject: 'RE: Invoice INV-1043 overdue',
        body: 'Hola María,\nWe will pay INV-1043 on 15 July & send the MT103.',
        receivedAt: '2026-06-30T08:15:00.000Z',
        threadId: 'AAQkAGI2-conv',
        messageId: '<m1@buyer.es>',
      });
      expect(world.log).toEqual([{ name: 'item.body.getAsync', args: ['html'] }]);
    });

    it('marks a message sent by the signed-in user as outbound, whatever the case of its address', async () => {
      const world = createOutlook({ own: 'Maria.Lopez@Seller.es' });
      world.setItem(world.readItem({ ...RECEIVED, from: 'maria.lopez@seller.es' }));

      const item = await hostIn(world).currentItem();

      expect(item?.direction).toBe('outbound');
    });

    it('reads a message being written through the async getters of compose mode', async () => {
      const world = createOutlook();
      world.setItem(
        world.composeItem({
          subject: 'Payment plan',
          to: ['alice@buyer.es'],
          cc: [],
          html: '<div>Dear Alice,</div><div>about INV-1043</div>',
          bodyType: 'html',
          conversationId: 'conv-7',
        }),
      );

      const item = await hostIn(world).currentItem();

      expect(item).toEqual({
        direction: 'compose',
        from: 'maria.lopez@seller.es',
        to: ['alice@buyer.es'],
        cc: [],
        subject: 'Payment plan',
        body: 'Dear Alice,\nabout INV-1043',
        threadId: 'conv-7',
      });
      expect(names(world).sort()).toEqual(
        ['body.getAsync', 'cc.getAsync', 'subject.getAsync', 'to.getAsync'].sort(),
      );
    });

    it('returns null when no item is selected in a pinned pane', async () => {
      const world = createOutlook();
      world.setItem(null);

      await expect(hostIn(world).currentItem()).resolves.toBeNull();
      expect(world.log).toEqual([]);
    });

    it('returns null for a calendar item', async () => {
      const world = createOutlook();
      world.setItem(world.readItem({ ...RECEIVED, itemType: 'appointment' }));

      await expect(hostIn(world).currentItem()).resolves.toBeNull();
    });

    it('leaves the body empty where Body.getAsync (Mailbox 1.3) is missing', async () => {
      const world = createOutlook({ versions: ['1.1', '1.2'] });
      world.setItem(world.readItem(RECEIVED));

      const item = await hostIn(world).currentItem();

      expect(item?.body).toBe('');
      expect(item?.subject).toBe(RECEIVED.subject);
      expect(world.log).toEqual([]);
    });

    it('reads the new item when the pane moves while a read is running', async () => {
      const world = createOutlook();
      const first = world.readItem(RECEIVED);
      const second = world.readItem({ ...RECEIVED, subject: 'Second', from: 'bob@other.cn' });
      world.setItem(first);
      const host = hostIn(world);

      const reading = host.currentItem();
      world.setItem(second);
      const item = await reading;

      expect(item?.subject).toBe('Second');
      expect(item?.from).toBe('bob@other.cn');
    });

    it('rejects with an error naming the failed Office call, and never throws inside its callback', async () => {
      const world = createOutlook();
      world.setItem(
        world.composeItem(
          { subject: 's', to: [], cc: [], html: '', bodyType: 'html' },
          {
            to: {
              error: { name: 'GenericResponseError', message: 'Item not available', code: 9020 },
            },
          },
        ),
      );

      const reading = hostIn(world).currentItem();

      await expect(reading).rejects.toThrow('item.to.getAsync failed: Item not available');
      await expect(reading).rejects.toMatchObject({ call: 'item.to.getAsync', code: 9020 });
      await world.settled();
      expect(world.thrown).toEqual([]);
    });
  });

  describe('onItemChanged', () => {
    it('registers one ItemChanged handler for all listeners and calls each of them', async () => {
      const world = createOutlook();
      const host = hostIn(world);
      const heard: string[] = [];

      host.onItemChanged(() => heard.push('a'));
      host.onItemChanged(() => heard.push('b'));
      await world.settled();
      world.fireItemChanged();

      expect(heard).toEqual(['a', 'b']);
      expect(world.log).toEqual([
        { name: 'mailbox.addHandlerAsync', args: ['olkItemSelectedChanged'] },
      ]);
    });

    it('keeps calling the other listeners when one throws, and reports the error instead', async () => {
      const world = createOutlook();
      const reported: Error[] = [];
      const host = hostIn(world, (e) => reported.push(e));
      const heard: string[] = [];

      host.onItemChanged(() => {
        throw new Error('listener broke');
      });
      host.onItemChanged(() => heard.push('second'));
      await world.settled();

      expect(() => world.fireItemChanged()).not.toThrow();
      expect(heard).toEqual(['second']);
      expect(reported.map((e) => e.message)).toEqual(['listener broke']);
    });

    it('removes the handler when the last listener unsubscribes', async () => {
      const world = createOutlook();
      const host = hostIn(world);
      const heard: string[] = [];

      const stopA = host.onItemChanged(() => heard.push('a'));
      const stopB = host.onItemChanged(() => heard.push('b'));
      stopA();
      await world.settled();
      world.fireItemChanged();
      stopB();
      await world.settled();
      world.fireItemChanged();

      expect(heard).toEqual(['b']);
      expect(names(world)).toEqual(['mailbox.addHandlerAsync', 'mailbox.removeHandlerAsync']);
    });

    it('follows a pinned pane to the next item and to no item', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));
      const host = hostIn(world);
      const seen: (string | null)[] = [];
      host.onItemChanged(() => {
        void host.currentItem().then((item) => seen.push(item ? item.subject : null));
      });
      await world.settled();

      world.setItem(world.readItem({ ...RECEIVED, subject: 'Next thread' }));
      world.fireItemChanged();
      await world.settled();
      world.setItem(null);
      world.fireItemChanged();
      await world.settled();

      expect(seen).toEqual(['Next thread', null]);
    });

    it('registers nothing where ItemChanged (Mailbox 1.5) does not exist', async () => {
      const world = createOutlook({ versions: ['1.1', '1.2', '1.3', '1.4'] });

      hostIn(world).onItemChanged(() => {});
      await world.settled();

      expect(world.log).toEqual([]);
    });
  });

  describe('insertDraft', () => {
    it('inserts the HTML at the cursor of an HTML body', async () => {
      const world = createOutlook();
      world.setItem(world.composeItem({ subject: '', to: [], cc: [], html: '', bodyType: 'html' }));

      const delivery = await hostIn(world).insertDraft(DRAFT);

      expect(delivery).toEqual({ form: 'html' });
      expect(world.log).toEqual([
        { name: 'body.getTypeAsync', args: [] },
        { name: 'body.setSelectedDataAsync', args: [DRAFT.html, { coercionType: 'html' }] },
      ]);
    });

    it('inserts the text version into a plain-text body, where HTML would fail', async () => {
      const world = createOutlook();
      world.setItem(world.composeItem({ subject: '', to: [], cc: [], html: '', bodyType: 'text' }));

      const delivery = await hostIn(world).insertDraft(DRAFT);

      expect(delivery).toEqual({ form: 'text', notice: TEXT_BODY_NOTICE });
      expect(world.log[1]).toEqual({
        name: 'body.setSelectedDataAsync',
        args: [DRAFT.text, { coercionType: 'text' }],
      });
    });

    it('refuses in read mode and says what to do instead', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));

      await expect(hostIn(world).insertDraft(DRAFT)).rejects.toThrow(NOT_COMPOSE);
      expect(world.log).toEqual([]);
    });

    it('rejects with the call named when Outlook refuses the insertion', async () => {
      const world = createOutlook();
      world.setItem(
        world.composeItem(
          { subject: '', to: [], cc: [], html: '', bodyType: 'html' },
          {
            setSelected: {
              error: {
                name: 'InvalidSelection',
                message: 'The selection is not valid',
                code: 5001,
              },
            },
          },
        ),
      );

      await expect(hostIn(world).insertDraft(DRAFT)).rejects.toThrow(
        'item.body.setSelectedDataAsync failed: The selection is not valid',
      );
      expect(world.thrown).toEqual([]);
    });
  });

  describe('openReply', () => {
    it('opens the reply form with displayReplyFormAsync where Mailbox 1.9 is supported', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));

      const delivery = await hostIn(world).openReply(DRAFT);

      expect(delivery).toEqual({ form: 'html' });
      expect(world.log).toEqual([{ name: 'item.displayReplyFormAsync', args: [DRAFT.html] }]);
    });

    it('falls back to displayReplyForm below Mailbox 1.9', async () => {
      const world = createOutlook({
        versions: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'],
      });
      world.setItem(world.readItem(RECEIVED));

      await hostIn(world).openReply(DRAFT);

      expect(world.log).toEqual([{ name: 'item.displayReplyForm', args: [DRAFT.html] }]);
    });

    it.each([
      ['at the limit', FORM_BODY_LIMIT, 'html'],
      ['one character over', FORM_BODY_LIMIT + 1, 'shortened'],
    ])('sends an HTML body %s (%d characters) as %s', async (_case, length, form) => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));
      const html = `<p>${'x'.repeat(length - 7)}</p>`;

      const delivery = await hostIn(world).openReply({ ...DRAFT, html });

      expect(html).toHaveLength(length);
      expect(delivery.form).toBe(form);
      expect(world.log[0]?.args[0]).toBe(form === 'html' ? html : textAsHtml(DRAFT.text));
    });

    it('measures UTF-16 code units, so a Chinese draft over 32 KB falls back to text with a notice', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));
      const html = `<p>${'付款'.repeat(20_000)}</p>`;
      const text = '请付款 INV-1043';

      const delivery = await hostIn(world).openReply({ ...DRAFT, html, text });

      expect(delivery.form).toBe('shortened');
      expect(delivery.notice).toContain('40,007 of 32,768 characters');
      expect(world.log).toEqual([{ name: 'item.displayReplyFormAsync', args: [textAsHtml(text)] }]);
    });

    it('refuses clearly, opening nothing, when even the text version is too long', async () => {
      const world = createOutlook();
      world.setItem(world.readItem(RECEIVED));
      const text = 'INV-1 EUR 1.00\n'.repeat(3000);

      await expect(
        hostIn(world).openReply({ ...DRAFT, html: `<p>${text}</p>`, text }),
      ).rejects.toThrow(/too long for an Outlook form even as plain text/);
      expect(world.log).toEqual([]);
    });

    it('refuses in compose mode', async () => {
      const world = createOutlook();
      world.setItem(world.composeItem({ subject: '', to: [], cc: [], html: '', bodyType: 'html' }));

      await expect(hostIn(world).openReply(DRAFT)).rejects.toThrow(NOT_READ);
    });

    it('rejects naming displayReplyForm when it throws', async () => {
      const world = createOutlook({ versions: ['1.1', '1.3'] });
      const item = world.readItem(RECEIVED) as { displayReplyForm: (f: string) => void };
      item.displayReplyForm = () => {
        throw new Error('Sys.ArgumentOutOfRangeException: htmlBody');
      };
      world.setItem(item);

      await expect(hostIn(world).openReply(DRAFT)).rejects.toThrow(
        'item.displayReplyForm failed: Sys.ArgumentOutOfRangeException: htmlBody',
      );
    });
  });

  describe('openNewMessage', () => {
    it('opens a new message to the customer with displayNewMessageFormAsync on Mailbox 1.9', async () => {
      const world = createOutlook();
      world.setItem(null);

      const delivery = await hostIn(world).openNewMessage(['alice@buyer.es'], DRAFT);

      expect(delivery).toEqual({ form: 'html' });
      expect(world.log).toEqual([
        {
          name: 'mailbox.displayNewMessageFormAsync',
          args: [
            { toRecipients: ['alice@buyer.es'], subject: DRAFT.subject, htmlBody: DRAFT.html },
          ],
        },
      ]);
    });

    it('uses displayNewMessageForm on Mailbox 1.6 to 1.8', async () => {
      const world = createOutlook({ versions: ['1.1', '1.3', '1.5', '1.6'] });
      world.setItem(world.readItem(RECEIVED));

      await hostIn(world).openNewMessage(['alice@buyer.es'], DRAFT);

      expect(names(world)).toEqual(['mailbox.displayNewMessageForm']);
    });

    it('refuses below Mailbox 1.6, over 100 recipients, and in compose mode', async () => {
      const old = createOutlook({ versions: ['1.1', '1.3', '1.5'] });
      const many = Array.from({ length: NEW_MESSAGE_RECIPIENT_LIMIT + 1 }, (_, i) => `p${i}@b.es`);
      const composing = createOutlook();
      composing.setItem(
        composing.composeItem({ subject: '', to: [], cc: [], html: '', bodyType: 'html' }),
      );

      await expect(hostIn(old).openNewMessage(['a@b.es'], DRAFT)).rejects.toThrow(
        NO_NEW_MESSAGE_FORM,
      );
      await expect(hostIn(createOutlook()).openNewMessage(many, DRAFT)).rejects.toThrow(
        'at most 100 recipients; this one has 101',
      );
      await expect(hostIn(composing).openNewMessage(['a@b.es'], DRAFT)).rejects.toThrow(NOT_READ);
    });
  });

  describe('ownAddresses', () => {
    it("returns the signed-in user's address", async () => {
      const world = createOutlook({ own: 'maria.lopez@seller.es' });

      await expect(hostIn(world).ownAddresses()).resolves.toEqual(['maria.lopez@seller.es']);
    });
  });

  describe('categorize', () => {
    const INVALID_CATEGORY = {
      name: 'InvalidCategory',
      message: 'Invalid categories were provided.',
      code: 9044,
    };
    const NOT_SUPPORTED = {
      name: 'Host Error',
      message: 'The operation is not supported.',
      code: 5000,
    };

    /**
     * Gives `item` Outlook's `categories` (Mailbox 1.8) over a master list: the categories the item
     * carries are returned, live. `refuse` answers every call with that error instead.
     */
    function categoriesOn(
      world: OutlookWorld,
      item: object,
      options: { master: string[]; on?: string[]; refuse?: Answer<never> },
    ): string[] {
      const on = [...(options.on ?? [])];
      Object.assign(item, {
        categories: {
          getAsync: asyncMethod(
            'item.categories.getAsync',
            () =>
              options.refuse ?? {
                // Outlook answers null or [] for an item without categories.
                value: on.length === 0 ? null : on.map((displayName) => ({ displayName })),
              },
            world,
          ),
          addAsync: asyncMethod(
            'item.categories.addAsync',
            (names) => {
              if (options.refuse) return options.refuse;
              const wanted = names as string[];
              if (!wanted.every((n) => options.master.includes(n))) {
                return { error: INVALID_CATEGORY };
              }
              on.push(...wanted);
              return { value: undefined };
            },
            world,
          ),
        },
      });
      return on;
    }

    it("adds the category to the customer's received message where Mailbox 1.8 is supported", async () => {
      const world = createOutlook();
      const item = world.readItem(RECEIVED);
      world.setItem(item);
      const on = categoriesOn(world, item, { master: ['Chased', 'Duly'] });
      const host = hostIn(world);

      expect(host.canCategorize()).toBe(true);
      await expect(host.categorize('Chased')).resolves.toBe('added');

      expect(on).toEqual(['Chased']);
      expect(world.log).toEqual([
        { name: 'item.categories.getAsync', args: [] },
        { name: 'item.categories.addAsync', args: [['Chased']] },
      ]);
      expect(world.thrown).toEqual([]);
    });

    it('adds nothing when the message already carries the category, in any case', async () => {
      const world = createOutlook();
      const item = world.readItem(RECEIVED);
      world.setItem(item);
      const on = categoriesOn(world, item, { master: ['Chased'], on: ['chased'] });

      await expect(hostIn(world).categorize('Chased')).resolves.toBe('added');

      expect(on).toEqual(['chased']);
      expect(names(world)).toEqual(['item.categories.getAsync']);
    });

    it("answers unknown-category when the master list has no such category, and never throws in Office's callback", async () => {
      const world = createOutlook();
      const item = world.readItem(RECEIVED);
      world.setItem(item);
      const on = categoriesOn(world, item, { master: ['Duly'] });

      await expect(hostIn(world).categorize('Chased')).resolves.toBe('unknown-category');

      expect(on).toEqual([]);
      expect(world.thrown).toEqual([]);
    });

    it('tries nothing on a client older than Mailbox 1.8', async () => {
      const world = createOutlook({ versions: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] });
      const item = world.readItem(RECEIVED);
      world.setItem(item);
      const on = categoriesOn(world, item, { master: ['Chased'] });
      const host = hostIn(world);

      expect(host.canCategorize()).toBe(false);
      await expect(host.categorize('Chased')).resolves.toBe('unsupported');

      expect(on).toEqual([]);
      expect(world.log).toEqual([]);
    });

    it('tags the message being written in compose mode, so the sent copy carries it', async () => {
      const world = createOutlook();
      const item = world.composeItem({
        subject: 'Payment plan',
        to: ['alice@buyer.es'],
        cc: [],
        html: '',
        bodyType: 'html',
      });
      world.setItem(item);
      const on = categoriesOn(world, item, { master: ['Chased'] });

      await expect(hostIn(world).categorize('Chased')).resolves.toBe('added');

      expect(on).toEqual(['Chased']);
    });

    it('answers unsupported where Outlook refuses categories on a message being written', async () => {
      const world = createOutlook();
      const item = world.composeItem({
        subject: 'Payment plan',
        to: ['alice@buyer.es'],
        cc: [],
        html: '',
        bodyType: 'html',
      });
      world.setItem(item);
      categoriesOn(world, item, { master: ['Chased'], refuse: { error: NOT_SUPPORTED } });

      await expect(hostIn(world).categorize('Chased')).resolves.toBe('unsupported');
      expect(world.thrown).toEqual([]);
    });

    it('answers unsupported with no item open or an item without categories', async () => {
      const world = createOutlook();
      world.setItem(null);
      await expect(hostIn(world).categorize('Chased')).resolves.toBe('unsupported');
      world.setItem(world.readItem(RECEIVED));
      await expect(hostIn(world).categorize('Chased')).resolves.toBe('unsupported');
      expect(world.log).toEqual([]);
    });

    it('rejects naming the Office call on any other failure', async () => {
      const world = createOutlook();
      const item = world.readItem(RECEIVED);
      world.setItem(item);
      categoriesOn(world, item, {
        master: ['Chased'],
        refuse: { error: { name: 'NetworkError', message: 'You are offline.', code: 9041 } },
      });

      await expect(hostIn(world).categorize('Chased')).rejects.toThrow(
        'item.categories.getAsync failed: You are offline.',
      );
    });
  });

  describe('call queue', () => {
    it('never has more than 3 Office calls in flight', async () => {
      const world = createOutlook();
      world.setItem(
        world.composeItem({
          subject: 's',
          to: ['a@b.es'],
          cc: [],
          html: '<p>x</p>',
          bodyType: 'html',
        }),
      );
      const host = hostIn(world);

      const items = await Promise.all([host.currentItem(), host.currentItem(), host.currentItem()]);

      expect(items.map((i) => i?.subject)).toEqual(['s', 's', 's']);
      expect(world.log).toHaveLength(12);
      expect(world.concurrency.max).toBe(3);
    });
  });
});
