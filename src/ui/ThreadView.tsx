import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { CustomerHeader } from './CustomerHeader';
import { DraftPanel } from './DraftPanel';
import { InvoiceList } from './InvoiceList';
import type { UiStrings } from './strings';
import { ThreadSummary } from './ThreadSummary';
import type { SidebarPorts } from './threadPorts';
import { useThread } from './useThread';

// Below the draft and with its own form controls: loaded after the thread view's first render.
const LogActions = lazy(() => import('./LogActions').then((m) => ({ default: m.LogActions })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // A plain rule in Fluent's stroke colour: Fluent's Divider (2.4 KB gzip) only draws this here.
  divider: {
    width: '100%',
    height: tokens.strokeWidthThin,
    margin: 0,
    border: 'none',
    backgroundColor: tokens.colorNeutralStroke2,
  },
});

export type ThreadViewProps = {
  locale: string;
  ports: SidebarPorts;
  strings: UiStrings;
};

/** "This thread": who it is, what they owe and why, the draft, and what to log. */
export function ThreadView({ locale, ports, strings }: ThreadViewProps) {
  const styles = useStyles();
  const { state, thread, suggestion, draft, selected, disabledBlocks, notice, actions } = useThread(
    ports,
    strings,
  );

  if (state.status === 'loading') return <Spinner label={strings.loading} />;
  if (state.status === 'error') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
        <Button onClick={actions.retry}>{strings.retry}</Button>
      </MessageBar>
    );
  }
  if (!thread || !suggestion) return <p>{strings.noItem}</p>;

  const sender = thread.item.direction === 'inbound' ? thread.item.from : (thread.item.to[0] ?? '');
  const enabled = new Set(suggestion.path.blocks.filter((b) => !disabledBlocks.has(b)));
  return (
    <div className={styles.root}>
      <CustomerHeader
        candidates={suggestion.candidates}
        customer={suggestion.customer}
        onAddCustomer={() => void actions.addCustomer()}
        onLink={(id) => void actions.link(id)}
        sender={sender}
        strings={strings}
      />
      {suggestion.warnings.map((w) => (
        <MessageBar key={w} intent="warning">
          <MessageBarBody>{w}</MessageBarBody>
        </MessageBar>
      ))}
      {suggestion.customer && (
        <>
          <ThreadSummary
            locale={locale}
            onReasonChange={actions.setReason}
            strings={strings}
            suggestion={suggestion}
          />
          <InvoiceList
            invoices={suggestion.invoices}
            locale={locale}
            onToggle={actions.toggleInvoice}
            selected={selected}
            strings={strings}
          />
          <hr className={styles.divider} />
          {draft && (
            <DraftPanel
              blocks={suggestion.path.blocks}
              draft={draft}
              enabledBlocks={enabled}
              language={suggestion.language}
              languages={thread.settings.languages}
              notice={notice}
              onInsertDraft={actions.insertDraft}
              onInsertPayment={actions.insertPayment}
              onLanguageChange={actions.setLanguage}
              onToggleBlock={actions.toggleBlock}
              strings={strings}
            />
          )}
          <hr className={styles.divider} />
          <Suspense fallback={null}>
            <LogActions
              onCall={() => void actions.logCall()}
              onDispute={(reason) => void actions.logDispute(reason)}
              onPaymentSent={() => void actions.logPaymentSent()}
              onPromise={(date) => void actions.logPromise(date)}
              strings={strings}
              today={thread.today}
            />
          </Suspense>
        </>
      )}
    </div>
  );
}
