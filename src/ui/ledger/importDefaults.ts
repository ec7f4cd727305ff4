import type { LedgerRepository } from '../../core/ports/ledgerRepository';

/** What a CSV import needs beyond the file: the zone new customers get. */
export type ImportDefaults = { readonly defaultTimeZone: string };

/**
 * The seller's zone from the settings; on an empty ledger (settings `not-found`) the zone this
 * machine runs in, which the store then also writes into the default settings it creates.
 */
export async function importDefaults(
  ledger: Pick<LedgerRepository, 'settings'>,
  machineZone: () => string | undefined = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
): Promise<ImportDefaults> {
  try {
    const settings = await ledger.settings();
    return { defaultTimeZone: settings.company.timeZone };
  } catch (error) {
    if ((error as { code?: string }).code !== 'not-found') throw error;
    return { defaultTimeZone: machineZone() || 'UTC' };
  }
}
