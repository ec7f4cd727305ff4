import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Ledger } from '../core/model';
import type { PanePorts } from './panePorts';
import { Sidebar, type SidebarProps } from './Sidebar';
import { EN } from './strings';

// Shown once, on an empty ledger: never part of the thread view's start-up.
const StartScreen = lazy(() => import('./StartScreen').then((m) => ({ default: m.StartScreen })));

export type PaneAppProps = Omit<SidebarProps, 'ports'> & {
  loadSamples: () => Promise<Ledger>;
  ports: PanePorts;
};

/** The task pane: the start screen while the ledger is empty, then the sidebar. */
export function PaneApp({ loadSamples, ports, ...rest }: PaneAppProps) {
  const strings = rest.strings ?? EN;
  const [state, setState] = useState<'checking' | 'empty' | 'ready'>('checking');
  useEffect(() => {
    ports.ledger.settings().then(
      () => setState('ready'),
      (error: { code?: string }) => setState(error.code === 'not-found' ? 'empty' : 'ready'),
    );
  }, [ports.ledger]);
  if (state === 'checking') return <Spinner label={strings.loading} />;
  if (state === 'ready') return <Sidebar {...rest} ports={ports} />;
  return (
    <Sidebar
      {...rest}
      ports={ports}
      content={
        <Suspense fallback={<Spinner label={strings.loading} />}>
          <StartScreen
            ledger={ports.ledger}
            locale={rest.locale ?? 'en-GB'}
            // The import wrote default settings with the machine's time zone (see importDefaults).
            onImported={() => setState('ready')}
            strings={strings}
            onLoadSamples={async () => {
              await ports.ledger.replaceAll(await loadSamples());
              setState('ready');
            }}
            onRestore={async (file) => {
              const outcome = await ports.ledger.restoreBackup(file);
              if (!outcome.ok)
                return outcome.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
              setState('ready');
              return null;
            }}
          />
        </Suspense>
      }
    />
  );
}
