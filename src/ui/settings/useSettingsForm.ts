import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../core/model';
import type { LedgerRepository } from '../../core/ports/ledgerRepository';
import type { FieldId } from './fieldIds';
import { draftOf, settingsOf, type SettingsDraft } from './settingsDraft';
import { settingsProblems, type SettingsProblem } from './settingsProblems';
import { SETTINGS_STRINGS, type SettingsSection, type SettingsStrings } from './strings';

/** Where saving stands; `refused` means problems stopped it and the summary lists them. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'failed'; readonly message: string };

type Loading =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string }
  | { readonly phase: 'ready'; readonly settings: Settings; readonly pristine: SettingsDraft };

/** An edit in progress, kept while the view is closed (another pane tab) so nothing typed is lost. */
type Kept = {
  readonly settings: Settings;
  readonly draft: SettingsDraft;
  readonly touched: ReadonlySet<FieldId>;
  readonly attempted: boolean;
};
const KEPT = new WeakMap<LedgerRepository, Kept>();

/** Compares drafts by what the user sees: the loaded records they carry are left out. */
const draftText = (draft: SettingsDraft): string =>
  JSON.stringify(draft, (key, value: unknown) => (key === 'loaded' ? undefined : value));

/** The edited settings form: the draft, its problems, and saving. */
export type SettingsForm = {
  readonly draft: SettingsDraft;
  readonly problems: readonly SettingsProblem[];
  readonly dirty: boolean;
  readonly status: SaveStatus;
  /** Applies an edit and marks `field` as edited, so its problem shows from now on. */
  change(field: FieldId, edit: (draft: SettingsDraft) => SettingsDraft): void;
  /** The problem to show on `field`: once edited, or after a refused save. */
  errorOf(field: FieldId): string | undefined;
  /** True once `field` has been edited since loading or saving. */
  isTouched(field: FieldId): boolean;
  /** Problems shown per section (for the section headers). */
  shownIn(section: SettingsSection): number;
  /** Saves when nothing is wrong; otherwise refuses and shows every problem. */
  save(): Promise<void>;
};

/** What the view shows before the form exists. */
export type SettingsLoad =
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly message: string; retry(): void }
  | { readonly phase: 'ready'; readonly form: SettingsForm };

/**
 * Loads the settings and holds the edit: problems computed on every change with the engine's
 * validators, saved through `saveSettings` only when there are none.
 */
export function useSettingsForm(ledger: LedgerRepository, strings: SettingsStrings): SettingsLoad {
  const [loading, setLoading] = useState<Loading>({ phase: 'loading' });
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    ledger.settings().then(
      (settings) => {
        if (!live) return;
        const pristine = draftOf(settings);
        const kept = KEPT.get(ledger);
        setLoading({ phase: 'ready', settings, pristine });
        // A kept edit is only good against the settings it started from (a restore replaces them).
        if (kept && JSON.stringify(kept.settings) === JSON.stringify(settings)) {
          setDraft(kept.draft);
          setTouched(kept.touched);
          setAttempted(kept.attempted);
        } else {
          KEPT.delete(ledger);
          setDraft(pristine);
          // Stored settings that already fail a check show it at once; field ids need no language.
          setTouched(new Set(settingsProblems(pristine, SETTINGS_STRINGS.en).map((p) => p.field)));
          setAttempted(false);
        }
      },
      (error: unknown) => {
        if (live) setLoading({ phase: 'failed', message: (error as Error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [ledger, attempt]);

  const ready = loading.phase === 'ready' ? loading : undefined;
  const problems = useMemo(() => (draft ? settingsProblems(draft, strings) : []), [draft, strings]);
  const dirty = useMemo(
    () => draft !== null && ready !== undefined && draftText(draft) !== draftText(ready.pristine),
    [draft, ready],
  );

  useEffect(() => {
    if (!ready || !draft) return;
    if (dirty) KEPT.set(ledger, { settings: ready.settings, draft, touched, attempted });
    else KEPT.delete(ledger);
  }, [ledger, ready, draft, touched, attempted, dirty]);

  const change = useCallback((field: FieldId, edit: (d: SettingsDraft) => SettingsDraft) => {
    setDraft((d) => (d ? edit(d) : d));
    setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
    setStatus((s) => (s.kind === 'saved' || s.kind === 'failed' ? { kind: 'idle' } : s));
  }, []);

  const save = useCallback(async () => {
    if (!ready || !draft || status.kind === 'saving') return;
    if (problems.length > 0) {
      setAttempted(true);
      setStatus({ kind: 'refused' });
      return;
    }
    const settings = settingsOf(draft, ready.settings);
    setStatus({ kind: 'saving' });
    try {
      await ledger.saveSettings(settings);
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
      return;
    }
    const pristine = draftOf(settings);
    KEPT.delete(ledger);
    setLoading({ phase: 'ready', settings, pristine });
    setDraft(pristine);
    setTouched(new Set());
    setAttempted(false);
    setStatus({ kind: 'saved' });
  }, [ledger, ready, draft, problems, status.kind]);

  const form = useMemo((): SettingsForm | undefined => {
    if (!draft) return undefined;
    const byField = new Map<FieldId, SettingsProblem>();
    for (const p of problems) if (!byField.has(p.field)) byField.set(p.field, p);
    const shown = (p: SettingsProblem) => attempted || touched.has(p.field);
    return {
      draft,
      problems,
      dirty,
      status,
      change,
      save,
      errorOf: (field) => {
        const problem = byField.get(field);
        return problem && shown(problem) ? problem.message : undefined;
      },
      isTouched: (field) => touched.has(field),
      shownIn: (section) => problems.filter((p) => p.section === section && shown(p)).length,
    };
  }, [draft, problems, dirty, status, change, save, attempted, touched]);

  if (loading.phase === 'loading') return loading;
  if (loading.phase === 'failed') {
    return {
      ...loading,
      retry: () => {
        setLoading({ phase: 'loading' });
        setAttempt((n) => n + 1);
      },
    };
  }
  return form ? { phase: 'ready', form } : { phase: 'loading' };
}
