// The page the Chromium tests and the store bench drive: the real store, the worker runner, the
// engine pieces they compare against, and a raw-IndexedDB baseline, on `window.DulyE2E`.
import * as core from '../../../src/core';
import { synthLedger } from '../../../src/core/synth';
import {
  databaseNameFor,
  openIdbLedgerRepository,
  workerJobRunner,
  type RepositoryOptions,
} from '../../../src/store';
import { openVersion1 } from '../../store/v1Fixture';
import { openVersion2 } from '../../store/v2Fixture';
import { openVersion3 } from '../../store/v3Fixture';
import { storeBench } from './storeBench';

const clock: core.Clock = {
  now: () => Date.now(),
  today: () => '2026-07-01' as core.CalendarDate,
};

/** Opens the repository; `worker` runs long jobs in store-worker.js as a pane would. */
function openRepo(
  partitionKey?: string,
  options: Partial<RepositoryOptions> & { worker?: boolean } = {},
) {
  return openIdbLedgerRepository({
    clock,
    partitionKey,
    ...options,
    ...(options.worker
      ? { createRunner: () => workerJobRunner(() => new Worker('store-worker.js'), partitionKey) }
      : {}),
  });
}

/** Longest main-thread tasks seen since `start()` (PerformanceObserver longtask). */
function longTasks() {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop(): { longest: number; count: number } {
      for (const entry of observer.takeRecords()) seen.push(entry.duration);
      observer.disconnect();
      return { longest: Math.max(0, ...seen), count: seen.length };
    },
  };
}

declare global {
  interface Window {
    DulyE2E: typeof api;
  }
}

const api = {
  core,
  synthLedger,
  openRepo,
  databaseNameFor,
  openVersion1: (name: string, ledger: core.Ledger) => openVersion1(indexedDB, name, ledger),
  openVersion2: (
    name: string,
    ledger: core.Ledger,
    link: { threadId: string; customerId: string },
  ) => openVersion2(indexedDB, name, ledger, link),
  openVersion3: (
    name: string,
    ledger: core.Ledger,
    link: { threadId: string; customerId: string },
  ) => openVersion3(indexedDB, name, ledger, link),
  longTasks,
  bench: storeBench,
};
window.DulyE2E = api;
document.title = 'duly store e2e ready';
