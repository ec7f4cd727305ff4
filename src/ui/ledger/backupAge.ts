/** A backup older than this many days earns a reminder. */
export const BACKUP_REMINDER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What to remind about the last backup at `now` (ms since the epoch): `never` when none was made,
 * `old` with its age in whole days when older than {@link BACKUP_REMINDER_DAYS}, else nothing.
 */
export function backupReminder(
  lastBackupAt: string | undefined,
  now: number,
): { readonly kind: 'never' } | { readonly kind: 'old'; readonly days: number } | undefined {
  if (lastBackupAt === undefined) return { kind: 'never' };
  const at = Date.parse(lastBackupAt);
  if (Number.isNaN(at)) return { kind: 'never' };
  const age = now - at;
  return age > BACKUP_REMINDER_DAYS * DAY_MS
    ? { kind: 'old', days: Math.floor(age / DAY_MS) }
    : undefined;
}
