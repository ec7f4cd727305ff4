import { STAGES, type Stage } from '../../core/model';
import type { SilentCustomer } from '../../core/silence';

/** The user's filters; an absent field lets every row through. */
export type SilentFilter = { readonly currency?: string; readonly stage?: Stage };

/** The rows passing the filters, in the engine's rank (filtering never reorders). */
export function filterSilent(
  list: readonly SilentCustomer[],
  filter: SilentFilter,
): readonly SilentCustomer[] {
  return list.filter(
    (row) =>
      (!filter.currency || row.atRisk.some((m) => m.currency === filter.currency)) &&
      (!filter.stage || row.stage === filter.stage),
  );
}

/** Currencies with money at risk in the list, in code order: the currency filter's options. */
export function currenciesOf(list: readonly SilentCustomer[]): string[] {
  return [...new Set(list.flatMap((row) => row.atRisk.map((m) => m.currency)))].sort();
}

/** Stages present in the list, in ladder order: the stage filter's options. */
export function stagesOf(list: readonly SilentCustomer[]): Stage[] {
  const present = new Set(list.map((row) => row.stage));
  return STAGES.filter((s) => present.has(s));
}
