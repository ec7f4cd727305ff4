// In-page measurements for bench/thread.js: the real sidebar on the real IndexedDB ledger with a
// demo mailbox, timed from a thread change (or from navigation start) to the rendered answer.
import { createRoot } from 'react-dom/client';
import { calendarDateIn } from '../../../src/core/calendarDate';
import type { MailItem } from '../../../src/core/model';
import type { Clock } from '../../../src/core/ports/clock';
import { DemoMailHost } from '../../../src/hosts/demo/demoMailHost';
import { openIdbLedgerRepository, workerJobRunner } from '../../../src/store';
import { Sidebar } from '../../../src/ui/Sidebar';

const KEY = 'thread-bench';
const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock: Clock = { now: () => NOW, today: (zone) => calendarDateIn(NOW, zone) };

/** A thread to open: the item the demo mailbox shows, and whose heading the sidebar should show. */
type Switch = { item: MailItem; customerName: string };

function openRepo(worker: boolean) {
  return openIdbLedgerRepository({
    clock,
    partitionKey: KEY,
    stallTimeoutMs: 600_000,
    requestTimeoutMs: 120_000,
    ...(worker
      ? { createRunner: () => workerJobRunner(() => new Worker('store-worker.js'), KEY) }
      : {}),
  });
}

function quantiles(samples: readonly number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0, n: s.length };
}

function watchLongTasks() {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const e of observer.takeRecords()) seen.push(e.duration);
    observer.disconnect();
    return { longest: Math.max(0, ...seen), count: seen.length };
  };
}

/** True once the sidebar shows `name` as the customer heading and a draft preview. */
function shows(name: string): boolean {
  const heading = document.getElementById('duly-customer-name');
  return (
    heading?.textContent === name &&
    document.querySelector('[role="document"][aria-label^="Preview: "]') !== null
  );
}

/**
 * Resolves with the time `holds` first returned true (checked now and on every DOM mutation);
 * rejects with `what` after `limitMs`.
 */
function whenDom(holds: () => boolean, what: string, limitMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    };
    const observer = new MutationObserver(() => {
      if (holds()) done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${what} not shown within ${limitMs} ms`));
    }, limitMs);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    if (holds()) done();
  });
}

/**
 * Resolves with the time the sidebar first showed `name` and a preview, and the start of the
 * next animation frame after it (the frame that paints it); rejects after `limitMs`.
 */
async function whenShown(name: string, limitMs: number): Promise<{ dom: number; frame: number }> {
  const dom = await whenDom(() => shows(name), `"${name}" and a preview`, limitMs);
  return new Promise((resolve) =>
    requestAnimationFrame(() => resolve({ dom, frame: performance.now() })),
  );
}

/** One ledger call of a switch: its name and when it started and ended (ms since the switch). */
type Call = { name: string; start: number; end: number };

/**
 * The repository with every call timed into `calls` (relative to `since()`), so the slow switches
 * can be broken down: reads before the render, the reply write after it.
 */
function timedLedger<T extends object>(
  repo: T,
  record: (call: Call) => void,
  since: () => number,
): T {
  return new Proxy(repo, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const start = performance.now() - since();
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        const done = () => record({ name: String(key), start, end: performance.now() - since() });
        if (result instanceof Promise) void result.then(done, done);
        else done();
        return result;
      };
    },
  });
}

async function mount(
  first: MailItem | null,
  record: (call: Call) => void = () => undefined,
  since = () => 0,
) {
  const host = new DemoMailHost({ openCompose: () => undefined });
  if (first) host.read(first);
  const repo = await openRepo(false);
  const app = document.getElementById('app') ?? document.body.appendChild(createApp());
  const ledger = timedLedger(repo, record, since);
  createRoot(app).render(<Sidebar ports={{ clock, host, ledger }} />);
  return { host, repo };
}

function createApp(): HTMLElement {
  const app = document.createElement('div');
  app.id = 'app';
  return app;
}

/** Fills the ledger once from a backup file through the worker, as the pane's restore does. */
async function seed(url: string) {
  const blob = await (await fetch(url)).blob();
  const repo = await openRepo(true);
  const start = performance.now();
  const outcome = await repo.restoreBackup(blob);
  const ms = performance.now() - start;
  repo.close();
  return { ms, ok: outcome.ok };
}

/**
 * Mounts the sidebar, then opens each thread in turn and times it until it is shown; each pass
 * after the first reopens the same messages, whose replies are then already logged.
 */
async function switches(list: readonly Switch[], limitMs: number, passes = 1) {
  let switchStart = 0;
  let calls: Call[] = [];
  const { host } = await mount(
    null,
    (call) => calls.push(call),
    () => switchStart,
  );
  const misses: string[] = [];
  // The first switch warms the code paths a pane that is already open has warmed.
  const [warm, ...rest] = list;
  if (warm) {
    host.read(warm.item);
    await whenShown(warm.customerName, 10_000).catch((e: Error) => misses.push(e.message));
  }
  const results = [];
  for (let pass = 0; pass < passes; pass++) {
    const dom: number[] = [];
    const frame: number[] = [];
    const breakdowns: { dom: number; calls: Call[] }[] = [];
    const stop = watchLongTasks();
    for (const s of rest) {
      const start = performance.now();
      switchStart = start;
      calls = [];
      const shown = whenShown(s.customerName, limitMs);
      host.read(s.item);
      try {
        const t = await shown;
        dom.push(t.dom - start);
        frame.push(t.frame - start);
        breakdowns.push({ dom: t.dom - start, calls });
      } catch (error) {
        misses.push((error as Error).message);
      }
    }
    const tasks = stop();
    const slowest = [...breakdowns].sort((a, b) => b.dom - a.dom).slice(0, 5);
    results.push({
      slowest: slowest.map((b) => ({
        dom: b.dom,
        calls: b.calls.map((c) => `${c.name} ${c.start.toFixed(0)}→${c.end.toFixed(0)}`),
      })),
      dom: quantiles(dom),
      frame: quantiles(frame),
      longestTask: tasks.longest,
      longTasks: tasks.count,
    });
  }
  return {
    passes: results,
    misses,
    longTasksObservable: PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
}

/**
 * Opens each thread, then clicks Insert draft (read mode: the reply form opens with the draft and
 * the reminder is logged) and times the click until the pane says so, watching long tasks.
 */
async function inserts(list: readonly Switch[], limitMs: number, said: string) {
  const { host } = await mount(null);
  const times: number[] = [];
  const misses: string[] = [];
  let tasks = { longest: 0, count: 0 };
  for (const s of list) {
    host.read(s.item);
    try {
      await whenShown(s.customerName, 10_000);
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Insert draft' && !b.disabled,
      );
      if (!button) throw new Error(`no Insert draft button for ${s.customerName}`);
      const stop = watchLongTasks();
      const shown = whenDom(
        () => document.body.textContent?.includes(said) ?? false,
        `"${said}"`,
        limitMs,
      );
      const start = performance.now();
      button.click();
      times.push((await shown) - start);
      const seen = stop();
      tasks = { longest: Math.max(tasks.longest, seen.longest), count: tasks.count + seen.count };
    } catch (error) {
      misses.push((error as Error).message);
    }
  }
  return { ...quantiles(times), longestTask: tasks.longest, longTasks: tasks.count, misses };
}

/** Cold open: the page was just loaded with `?cold=…`; times from navigation start. */
async function cold(s: Switch, limitMs: number) {
  const shown = whenShown(s.customerName, limitMs);
  await mount(s.item);
  const t = await shown;
  const nav = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  return { dom: t.dom, frame: t.frame, domContentLoaded: nav?.domContentLoadedEventEnd ?? 0 };
}

declare global {
  interface Window {
    DulyThreadBench: {
      seed: typeof seed;
      switches: typeof switches;
      inserts: typeof inserts;
      cold?: Promise<Awaited<ReturnType<typeof cold>> | { error: string }>;
    };
  }
}

window.DulyThreadBench = { seed, switches, inserts };
const coldParam = new URLSearchParams(location.search).get('cold');
if (coldParam !== null) {
  window.DulyThreadBench.cold = cold(JSON.parse(coldParam) as Switch, 10_000).catch(
    (error: Error) => ({ error: error.message }),
  );
}
document.title = 'duly thread bench ready';
