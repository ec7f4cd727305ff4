/** One reading of long work: rows done at an instant (milliseconds on any monotonic clock). */
export type ProgressSample = { readonly at: number; readonly done: number };

/**
 * Milliseconds left to reach `total` at the rate seen from `first` to `latest`, or undefined
 * while no row has been done since `first` (no rate yet). 0 once `total` is reached.
 */
export function timeLeftMs(
  first: ProgressSample,
  latest: ProgressSample,
  total: number,
): number | undefined {
  if (latest.done >= total) return 0;
  const rows = latest.done - first.done;
  const elapsed = latest.at - first.at;
  if (rows <= 0 || elapsed <= 0) return undefined;
  return Math.round(((total - latest.done) * elapsed) / rows);
}
