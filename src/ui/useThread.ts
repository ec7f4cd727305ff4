import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { calendarDate } from '../core/calendarDate';
import type { Draft } from '../core/drafts/types';
import { domainOf, isFreeMail, normalizeAddress } from '../core/matching';
import type {
  BlockKind,
  Customer,
  CustomerId,
  CustomerReason,
  InvoiceId,
  LedgerEvent,
  LetterLanguage,
} from '../core/model';
import { tagChased, type CategoryTexts } from './chasedCategory';
import { loadThread, type LoadedThread, type ThreadChoices } from './loadThread';
import type { SidebarPorts } from './threadPorts';

export type Notice = { intent: 'success' | 'error' | 'warning'; text: string };

export type ThreadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; thread: LoadedThread };

export type ThreadMessages = CategoryTexts & {
  inserted: string;
  replyOpened: string;
  logged: string;
  linked: (name: string) => string;
};

/**
 * How long a thread stays open before its inbound message is logged. The write rewrites the
 * customer's log in a read-write transaction; done at once, it held up the reads of the next
 * thread when the user moved on quickly (issue 4's thread-switch tail). Threads skipped through
 * are still logged, together, once the pane settles.
 */
export const REPLY_LOG_DELAY_MS = 400;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The "This thread" view's state: loads on open and on every item change (stale loads are
 * dropped), keeps the user's choices, and performs the inserts and the logging.
 */
export function useThread(ports: SidebarPorts, messages: ThreadMessages) {
  const [choices, setChoices] = useState<ThreadChoices>({});
  const [disabledBlocks, setDisabledBlocks] = useState<ReadonlySet<BlockKind>>(new Set());
  const [state, setState] = useState<ThreadState>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice | undefined>();
  const [version, setVersion] = useState(0);
  const unloggedReplies = useRef(new Map<string, LedgerEvent>());
  const replyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  /** Counts item changes, so that work finishing after the user moved on says nothing. */
  const itemChanges = useRef(0);

  const logReplies = useCallback(async () => {
    clearTimeout(replyTimer.current);
    const events = [...unloggedReplies.current.values()];
    unloggedReplies.current.clear();
    for (const event of events) {
      try {
        await ports.ledger.logEvent(event);
      } catch (error) {
        if (mounted.current) setNotice({ intent: 'warning', text: errorText(error) });
      }
    }
  }, [ports.ledger]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Closing the pane writes what is waiting rather than dropping it.
      void logReplies();
    };
  }, [logReplies]);

  useEffect(
    () =>
      ports.host.onItemChanged(() => {
        itemChanges.current += 1;
        clearTimeout(replyTimer.current);
        setChoices({});
        setDisabledBlocks(new Set());
        setNotice(undefined);
        setState({ status: 'loading' });
        setVersion((v) => v + 1);
      }),
    [ports.host],
  );

  useEffect(() => {
    let live = true;
    loadThread(ports, choices).then(
      (thread) => {
        if (!live) return;
        setState({ status: 'ready', thread });
        // The reply is already counted in the suggestion: it is written once the pane settles.
        if (thread.kind === 'thread' && thread.unlogged) {
          const event = thread.unlogged;
          unloggedReplies.current.set(event.id ?? `${event.customerId} ${event.at}`, event);
          clearTimeout(replyTimer.current);
          replyTimer.current = setTimeout(() => void logReplies(), REPLY_LOG_DELAY_MS);
        }
      },
      (error: unknown) => live && setState({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [ports, choices, version, logReplies]);

  const thread =
    state.status === 'ready' && state.thread.kind === 'thread' ? state.thread : undefined;
  const suggestion = thread?.suggestion;

  const draft: Draft | null = useMemo(() => {
    if (!thread || !suggestion?.draftInput || !suggestion.draft) return null;
    if (disabledBlocks.size === 0) return suggestion.draft;
    const blocks = suggestion.draftInput.blocks.filter((b) => !disabledBlocks.has(b));
    return thread.letters.composeDraft({ ...suggestion.draftInput, blocks });
  }, [thread, suggestion, disabledBlocks]);

  const selected = useMemo(
    () =>
      new Set<string>(
        choices.selectedInvoiceIds ??
          suggestion?.invoices
            .filter((i) => !i.paused && i.status !== 'disputed')
            .map((i) => i.id) ??
          [],
      ),
    [choices.selectedInvoiceIds, suggestion],
  );

  const now = useCallback(() => new Date(ports.clock.now()).toISOString(), [ports.clock]);

  const log = useCallback(
    async (
      event: Omit<LedgerEvent, 'customerId' | 'at' | 'invoiceIds'>,
      done: string,
    ): Promise<boolean> => {
      if (!suggestion?.customer) return false;
      try {
        await ports.ledger.logEvent({
          customerId: suggestion.customer.id,
          at: now(),
          invoiceIds: [...selected] as InvoiceId[],
          threadId: thread?.item.threadId,
          ...event,
        });
        setNotice({ intent: 'success', text: done });
        setVersion((v) => v + 1);
        return true;
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error) });
        return false;
      }
    },
    [ports.ledger, suggestion, selected, thread, now],
  );

  const insert = useCallback(
    async (letter: Draft, blocks: readonly BlockKind[]) => {
      if (!thread || !suggestion) return;
      const compose = thread.item.direction === 'compose';
      let delivery;
      try {
        delivery = compose
          ? await ports.host.insertDraft(letter)
          : await ports.host.openReply(letter);
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error) });
        return;
      }
      const done = compose ? messages.inserted : messages.replyOpened;
      const text = delivery.notice ? `${done} ${delivery.notice}` : done;
      const changes = itemChanges.current;
      const logged = await log(
        {
          direction: 'outbound',
          channel: 'email',
          kind: 'reminder',
          stage: suggestion.stage,
          blocks,
        },
        text,
      );
      if (!logged) return;
      // Tagged only once the reminder is inserted and logged; a failure is told, never thrown.
      const tagProblem = await tagChased(ports.host, thread.settings.outlookCategory, messages);
      if (tagProblem && mounted.current && changes === itemChanges.current) {
        setNotice({ intent: 'warning', text: `${text} ${tagProblem}` });
      }
    },
    [ports.host, thread, suggestion, log, messages],
  );

  const actions = {
    retry: () => setVersion((v) => v + 1),
    setReason: (reason: CustomerReason | undefined) =>
      setChoices((c) => ({ ...c, reasonOverride: reason })),
    setLanguage: (language: LetterLanguage) => setChoices((c) => ({ ...c, language })),
    toggleInvoice: (invoiceId: string, included: boolean) => {
      const next = new Set(selected);
      if (included) next.add(invoiceId);
      else next.delete(invoiceId);
      setChoices((c) => ({ ...c, selectedInvoiceIds: [...next] as InvoiceId[] }));
    },
    toggleBlock: (block: BlockKind, enabled: boolean) =>
      setDisabledBlocks((d) => {
        const next = new Set(d);
        if (enabled) next.delete(block);
        else next.add(block);
        return next;
      }),
    insertDraft: () => {
      if (draft && suggestion?.draftInput) {
        void insert(
          draft,
          suggestion.draftInput.blocks.filter((b) => !disabledBlocks.has(b)),
        );
      }
    },
    insertPayment: () => {
      if (!thread || !suggestion) return;
      try {
        void insert(thread.suggester.paymentInstructions(suggestion), ['payment-instructions']);
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error) });
      }
    },
    link: async (customerId: string) => {
      const threadId = thread?.item.threadId;
      if (!threadId) return;
      await ports.ledger.linkThread(threadId, customerId as CustomerId);
      const name = suggestion?.candidates.find((c) => c.id === customerId)?.name ?? customerId;
      setNotice({ intent: 'success', text: messages.linked(name) });
      setVersion((v) => v + 1);
    },
    addCustomer: async () => {
      if (!thread) return;
      const address = normalizeAddress(
        thread.item.direction === 'inbound' ? thread.item.from : (thread.item.to[0] ?? ''),
      );
      if (!address) return;
      const domain = domainOf(address);
      const free = isFreeMail(domain, thread.settings.freeMailDomains);
      const customer: Customer = {
        id: `c:${address}` as CustomerId,
        name: free ? address : domain,
        country: '',
        language: thread.settings.languages[0] ?? 'en',
        timeZone: thread.settings.company.timeZone,
        contacts: [{ name: '', email: address }],
        domains: free ? [] : [domain],
      };
      await ports.ledger.saveCustomer(customer);
      setVersion((v) => v + 1);
    },
    logPromise: (date: string) =>
      log(
        {
          direction: 'inbound',
          channel: 'email',
          kind: 'promise',
          promisedFor: calendarDate(date),
          reason: 'promise',
        },
        messages.logged,
      ),
    logDispute: async (note: string) => {
      if (!suggestion?.customer) return;
      await ports.ledger.markDisputed(suggestion.customer.id, [...selected] as InvoiceId[]);
      await log(
        { direction: 'inbound', channel: 'email', kind: 'dispute', reason: 'dispute', note },
        messages.logged,
      );
    },
    logPaymentSent: () =>
      log(
        { direction: 'inbound', channel: 'email', kind: 'payment-notice', reason: 'payment-sent' },
        messages.logged,
      ),
    logCall: () => log({ direction: 'outbound', channel: 'phone', kind: 'call' }, messages.logged),
  };

  return { state, thread, suggestion, draft, selected, disabledBlocks, notice, actions };
}
