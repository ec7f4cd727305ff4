import { useCallback, useEffect, useRef, useState } from 'react';
import type { LongWork, Progress } from '../../core/ports/ledgerRepository';
import { timeLeftMs, type ProgressSample } from './timeLeft';

/** Long work as the pane shows it: the latest progress and, once a rate is known, time left. */
export type WorkState = {
  readonly progress: Progress;
  readonly timeLeftMs?: number;
};

/** How often the shown progress changes at most, besides phase changes and the end. */
const SHOW_EVERY_MS = 500;

/** The monotonic clock for rates: the Clock port may stand still (the demo's does). */
const monotonic = (): number => performance.now();

/**
 * Runs one piece of long work at a time with a cancel flag and progress for the pane: `run`
 * passes the task its LongWork, `cancel` sets the flag, `state` holds the last progress (kept
 * after the end, so the finished bar stays visible).
 */
export function useLongWork(now: () => number = monotonic) {
  const [state, setState] = useState<WorkState | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const controller = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback(
    async <T>(task: (work: LongWork) => Promise<T>): Promise<T> => {
      const abort = new AbortController();
      controller.current = abort;
      let phase: Progress['phase'] | 'start' = 'start';
      let first: ProgressSample = { at: now(), done: 0 };
      let shownAt = -Infinity;
      setRunning(true);
      setState({ progress: { done: 0, total: 0, phase: 'reading' } });
      const onProgress = (progress: Progress): void => {
        const at = now();
        const changed = progress.phase !== phase;
        if (changed) {
          phase = progress.phase;
          first = { at, done: progress.done };
        }
        const finished = progress.phase === 'done' || progress.done >= progress.total;
        if (!mounted.current || (!changed && !finished && at - shownAt < SHOW_EVERY_MS)) return;
        shownAt = at;
        const left =
          progress.total > 0
            ? timeLeftMs(first, { at, done: progress.done }, progress.total)
            : undefined;
        setState(left === undefined ? { progress } : { progress, timeLeftMs: left });
      };
      try {
        return await task({ onProgress, signal: abort.signal });
      } finally {
        if (controller.current === abort) controller.current = undefined;
        if (mounted.current) setRunning(false);
      }
    },
    [now],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState(undefined), []);
  return { cancel, reset, run, running, state };
}
