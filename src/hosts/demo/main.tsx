// The demo's composition root: the real sidebar and the real IndexedDB ledger beside a demo
// mailbox. The clock is fixed to the samples' date so every stage shows as designed.
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { calendarDateIn } from '../../core/calendarDate';
import { parseLedger } from '../../core/ledgerFile';
import type { Clock } from '../../core/ports/clock';
import { openIdbLedgerRepository, type IdbLedgerRepository } from '../../store';
import { Sidebar } from '../../ui/Sidebar';
import sampleLedger from '../../../samples/ledger.json';
import { DemoMailbox } from './DemoMailbox';
import { DemoMailHost, type DemoForms } from './demoMailHost';
import { SAMPLE_THREADS } from './sampleThreads';

/** The samples are written for this day; the demo's clock stands still at 09:00 in Madrid. */
export const DEMO_NOW = Date.parse('2026-07-01T07:00:00Z');
const clock: Clock = { now: () => DEMO_NOW, today: (zone) => calendarDateIn(DEMO_NOW, zone) };

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 1fr) minmax(320px, 2fr) minmax(340px, 380px)',
    columnGap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  pane: {
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

async function seeded(repo: IdbLedgerRepository): Promise<void> {
  try {
    await repo.settings();
  } catch (error) {
    if ((error as { code?: string }).code !== 'not-found') throw error;
    await repo.replaceAll(parseLedger(sampleLedger));
  }
}

function DemoPage({
  host,
  repo,
  onCompose,
}: {
  host: DemoMailHost;
  repo: IdbLedgerRepository;
  onCompose: (open: DemoForms['openCompose']) => void;
}) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <DemoMailbox host={host} threads={SAMPLE_THREADS} onCompose={onCompose} />
        <aside className={styles.pane} aria-label="Duly sidebar">
          <Sidebar ports={{ clock, host, ledger: repo }} />
        </aside>
      </div>
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  let openCompose: DemoForms['openCompose'] = () => undefined;
  const host = new DemoMailHost({ openCompose: (init) => openCompose(init) });
  try {
    const repo = await openIdbLedgerRepository({
      clock,
      partitionKey: 'demo',
      onBlocked: (message) => (app.textContent = message),
      whereHint: 'this browser, for the demo page only',
    });
    await seeded(repo);
    createRoot(app).render(
      <DemoPage host={host} repo={repo} onCompose={(open) => (openCompose = open)} />,
    );
  } catch (error) {
    app.textContent = `The demo could not open its local ledger: ${(error as Error).message}`;
  }
}

void start();
