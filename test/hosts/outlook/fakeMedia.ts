/**
 * A window whose `matchMedia` answers from a table the test sets, and fires `change` on the
 * lists it handed out when `set` flips a query (jsdom has no matchMedia at all).
 */
export type FakeMedia = {
  readonly window: Window;
  set(query: string, matches: boolean): void;
  /** Change listeners currently attached, over all queries. */
  listenerCount(): number;
};

export function fakeMedia(initial: Readonly<Record<string, boolean>> = {}): FakeMedia {
  const state = new Map(Object.entries(initial));
  const listeners = new Map<string, Set<(event: { matches: boolean }) => void>>();
  const listFor = (query: string) => ({
    media: query,
    get matches() {
      return state.get(query) ?? false;
    },
    addEventListener(_type: 'change', fn: (event: { matches: boolean }) => void) {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)!.add(fn);
    },
    removeEventListener(_type: 'change', fn: (event: { matches: boolean }) => void) {
      listeners.get(query)?.delete(fn);
    },
  });
  const win = Object.create(window) as Window;
  Object.defineProperty(win, 'matchMedia', { value: (q: string) => listFor(q) });
  return {
    window: win,
    set(query, matches) {
      state.set(query, matches);
      for (const fn of [...(listeners.get(query) ?? [])]) fn({ matches });
    },
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}
