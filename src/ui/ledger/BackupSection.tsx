import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { LedgerFileIssue } from '../../core/ledgerFile';
import type { FileOut, LedgerRepository } from '../../core/ports/ledgerRepository';
import { saveFile, textSourceOf } from '../files';
import { useUiLanguage } from '../i18n';
import { LEDGER_STRINGS } from './strings';
import { useLongWork } from './useLongWork';
import { WorkProgress } from './WorkProgress';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export type BackupSectionProps = {
  ledger: LedgerRepository;
  locale: string;
  /** A monotonic clock in milliseconds for the time-left estimate. */
  now?: () => number;
  /** Called after a restore (`data`) or an export (`backup`: the last backup date moved). */
  onChanged?: (what: 'data' | 'backup') => void;
  /** Hands a produced file to the user; the browser download by default. */
  save?: (file: FileOut) => Promise<void>;
};

type Problem = { readonly message: string; readonly issues?: readonly LedgerFileIssue[] };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Export a backup, export invoices as CSV, and restore a backup after a confirmation. */
export function BackupSection({
  ledger,
  locale,
  now,
  onChanged,
  save = (file) => saveFile(file),
}: BackupSectionProps) {
  const styles = useStyles();
  const strings = LEDGER_STRINGS[useUiLanguage()];
  const text = strings.backups;
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<File | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const work = useLongWork(now);
  const number = new Intl.NumberFormat(locale);

  const act = async (task: () => Promise<string>) => {
    setBusy(true);
    setNotice('');
    setProblem(undefined);
    try {
      setNotice(await task());
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'cancelled') setNotice(text.cancelled);
      else setProblem({ message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const exportFile = (produce: () => Promise<FileOut>) =>
    act(async () => {
      const file = await produce();
      await save(file);
      onChanged?.('backup');
      return text.saved(file.fileName);
    });

  const restore = (file: File) =>
    act(async () => {
      work.reset();
      const outcome = await work.run((w) => ledger.restoreBackup(textSourceOf(file), w));
      if (!outcome.ok) {
        setProblem({ message: text.restoreRefused, issues: outcome.issues });
        return '';
      }
      onChanged?.('data');
      return text.restored(
        number.format(outcome.customersCreated + outcome.customersUpdated),
        number.format(outcome.created + outcome.updated),
        number.format(outcome.eventsAdded),
      );
    });

  const closeDialog = (confirmed: boolean) => {
    const file = pending;
    setPending(undefined);
    // The same file can be picked again after a refusal or a change of mind.
    if (input.current) input.current.value = '';
    if (confirmed && file) void restore(file);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>
        {text.heading}
      </Subtitle1>
      <Body1>{text.intro}</Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void exportFile(() => ledger.exportBackup())}
        >
          {text.exportBackup}
        </Button>
        <Button disabled={busy} onClick={() => void exportFile(() => ledger.exportInvoicesCsv())}>
          {text.exportInvoices}
        </Button>
      </div>
      <Field label={text.restore} hint={text.restoreHint}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => setPending(e.target.files?.[0])}
          />
        )}
      </Field>
      {work.state && (
        <WorkProgress
          locale={locale}
          state={work.state}
          strings={strings.work}
          {...(work.running ? { onCancel: work.cancel } : {})}
        />
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {problem.message}
            {problem.issues && (
              <ul className={styles.list}>
                {problem.issues.map((issue, i) => (
                  <li key={i}>
                    {issue.path ? `${issue.path}: ` : ''}
                    {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={pending !== undefined}
        onOpenChange={(_, data) => !data.open && closeDialog(false)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.confirmTitle}</DialogTitle>
            <DialogContent>{text.confirmBody(pending?.name ?? '')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => closeDialog(true)}>
                {text.confirmYes}
              </Button>
              <Button onClick={() => closeDialog(false)}>{text.confirmNo}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
