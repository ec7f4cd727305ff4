import { createCallQueue } from '../../../src/hosts/outlook/callQueue';

type Gate = { promise: Promise<string>; open(value: string): void; fail(error: Error): void };

function gate(): Gate {
  let open!: (value: string) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<string>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createCallQueue', () => {
  it('starts at most `limit` tasks and the next ones in arrival order as slots free', async () => {
    const queue = createCallQueue(3);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const results = gates.map((g, i) =>
      queue.run(() => {
        started.push(i);
        return g.promise;
      }),
    );

    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(queue.inFlight).toBe(3);

    gates[1]?.open('b');
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);

    gates.forEach((g, i) => g.open(String(i)));
    await expect(Promise.all(results)).resolves.toEqual(['0', 'b', '2', '3', '4']);
    expect(queue.inFlight).toBe(0);
  });

  it('frees the slot of a task that rejects or throws, and passes the error on', async () => {
    const queue = createCallQueue(1);
    const failing = queue.run(() => Promise.reject(new Error('Office said no')));
    const throwing = queue.run<string>(() => {
      throw new Error('thrown before any promise');
    });
    const after = queue.run(() => Promise.resolve('still runs'));

    await expect(failing).rejects.toThrow('Office said no');
    await expect(throwing).rejects.toThrow('thrown before any promise');
    await expect(after).resolves.toBe('still runs');
  });
});
