import { OfficeCallError, officeCall, officeSyncCall } from '../../../src/hosts/outlook/officeCall';

type Callback = (result: Office.AsyncResult<string>) => void;

const answer = (result: unknown) => (callback: Callback) =>
  setTimeout(() => callback(result as Office.AsyncResult<string>), 0);

describe('officeCall', () => {
  it("resolves with the result's value", async () => {
    await expect(
      officeCall('item.subject.getAsync', answer({ status: 'succeeded', value: 'Hello' })),
    ).resolves.toBe('Hello');
  });

  it('rejects with an OfficeCallError naming the call, with Office’s message, code and error name', async () => {
    const call = officeCall(
      'item.body.getAsync',
      answer({
        status: 'failed',
        error: { name: 'ItemNotFound', message: 'The item was deleted', code: 9016 },
      }),
    );

    await expect(call).rejects.toThrow('item.body.getAsync failed: The item was deleted');
    await expect(call).rejects.toBeInstanceOf(OfficeCallError);
    await expect(call).rejects.toMatchObject({
      call: 'item.body.getAsync',
      code: 9016,
      officeName: 'ItemNotFound',
    });
  });

  it('rejects when the call throws before answering', async () => {
    await expect(
      officeCall('item.to.getAsync', () => {
        throw new TypeError('item.to is undefined');
      }),
    ).rejects.toThrow('item.to.getAsync failed: item.to is undefined');
  });

  it('rejects a call Outlook never answers after the timeout', async () => {
    await expect(officeCall('mailbox.addHandlerAsync', () => {}, 20)).rejects.toThrow(
      'mailbox.addHandlerAsync failed: Outlook did not answer within 0.02 s',
    );
  });

  it('never throws inside the callback, whatever Office hands it, and settles once', async () => {
    let callback: Callback | undefined;
    const call = officeCall<string>('item.subject.getAsync', (cb) => {
      callback = cb;
    });

    expect(() => callback?.(undefined as unknown as Office.AsyncResult<string>)).not.toThrow();
    expect(() =>
      callback?.({ status: 'succeeded', value: 'late' } as unknown as Office.AsyncResult<string>),
    ).not.toThrow();
    await expect(call).rejects.toThrow('item.subject.getAsync failed: Outlook returned no result');
  });
});

describe('officeSyncCall', () => {
  it('turns an exception of a synchronous Office call into a rejection naming it', async () => {
    await expect(officeSyncCall('item.displayReplyForm', () => {})).resolves.toBeUndefined();
    await expect(
      officeSyncCall('item.displayReplyForm', () => {
        throw new Error('htmlBody is out of range');
      }),
    ).rejects.toThrow('item.displayReplyForm failed: htmlBody is out of range');
  });
});
