import { useCallback, useEffect, useState } from 'react';
import type { CalendarDate } from '../../core/calendarDate';
import { customerDraft, customerReminderEvent } from '../../core/customerDraft';
import type { Settings } from '../../core/model';
import type { SilentCustomer } from '../../core/silence';
import { tagChased } from '../chasedCategory';
import { saveFile } from '../files';
import { suggesterForLetterTo } from '../loadThread';
import type { PanePorts } from '../panePorts';
import type { SilentStrings } from './strings';

export type SilentState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly today: CalendarDate;
      readonly settings: Settings;
      readonly list: readonly SilentCustomer[];
    };

export type SilentNotice = {
  readonly intent: 'success' | 'warning' | 'error';
  readonly text: string;
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Silent view's state: the engine's ranked list for today in the seller's zone, and the
 * per-row action that hands the customer's next letter to the mail client and logs it.
 */
export function useSilentList(ports: PanePorts, strings: SilentStrings) {
  const [state, setState] = useState<SilentState>({ status: 'loading' });
  const [notice, setNotice] = useState<SilentNotice | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    (async () => {
      const settings = await ports.ledger.settings();
      const today = ports.clock.today(settings.company.timeZone);
      const list = await ports.ledger.silentList(today);
      return { status: 'ready', today, settings, list } as const;
    })().then(
      (ready) => live && setState(ready),
      (error: unknown) => live && setState({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [ports, version]);

  const ready = state.status === 'ready' ? state : undefined;

  const prepare = useCallback(
    async (row: SilentCustomer) => {
      if (!ready || busy) return;
      setBusy(row.customerId);
      setNotice(undefined);
      try {
        const facts = await ports.ledger.factsOf(row.customerId);
        if (!facts) throw new Error(strings.gone(row.name));
        const { suggestForMatch } = await suggesterForLetterTo(facts.customer, ready.settings);
        const prepared = customerDraft({
          facts,
          settings: ready.settings,
          today: ready.today,
          suggestForMatch,
        });
        if (!prepared.draft) throw new Error(strings.nothingOwed(row.name));
        const item = await ports.host.currentItem();
        const compose = item?.direction === 'compose';
        if (!compose && prepared.to.length === 0) throw new Error(strings.noContact(row.name));
        const delivery = compose
          ? await ports.host.insertDraft(prepared.draft)
          : await ports.host.openNewMessage(prepared.to, prepared.draft);
        const at = new Date(ports.clock.now()).toISOString();
        await ports.ledger.logEvent(
          customerReminderEvent(prepared, at, compose ? item.threadId : undefined),
        );
        const done = compose ? strings.inserted(row.name) : strings.opened(row.name);
        const text = delivery.notice ? `${done} ${delivery.notice}` : done;
        // Only a message being written can carry the tag: a new message form opens apart, and
        // the message open in read mode may be anyone's.
        const tagProblem = compose
          ? await tagChased(ports.host, ready.settings.outlookCategory, strings)
          : undefined;
        setNotice(
          tagProblem
            ? { intent: 'warning', text: `${text} ${tagProblem}` }
            : { intent: 'success', text },
        );
        setVersion((v) => v + 1);
      } catch (error) {
        setNotice({ intent: 'error', text: errorText(error) });
      } finally {
        setBusy(undefined);
      }
    },
    [ports, ready, busy, strings],
  );

  const exportCsv = useCallback(async () => {
    if (!ready) return;
    setNotice(undefined);
    try {
      const file = await ports.ledger.exportSilentCsv(ready.today);
      await saveFile(file);
      setNotice({ intent: 'success', text: strings.exported(file.fileName) });
    } catch (error) {
      setNotice({ intent: 'error', text: errorText(error) });
    }
  }, [ports, ready, strings]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setVersion((v) => v + 1);
  }, []);

  return { state, notice, busy, actions: { prepare, exportCsv, retry } };
}
