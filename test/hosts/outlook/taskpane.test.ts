import { screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { calendarDateIn } from '../../../src/core/calendarDate';
import { parseLedgerText } from '../../../src/core/ledgerFile';
import { OutlookMailHost } from '../../../src/hosts/outlook/outlookMailHost';
import { startPane, type PaneDeps } from '../../../src/hosts/outlook/taskpane';
import { MemoryLedgerRepository } from '../../fakes/memoryLedgerRepository';
import { createOutlook } from './outlookMock';

// startPane renders with its own root, outside testing-library's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

const NOW = Date.parse('2026-07-01T07:00:00Z');
const clock = { now: () => NOW, today: (zone: string) => calendarDateIn(NOW, zone) };
const samples = () => parseLedgerText(readFileSync('samples/ledger.json', 'utf8'), 'ledger.json');

function pane(): HTMLElement {
  document.body.innerHTML = '<main id="duly-pane"></main>';
  return document.getElementById('duly-pane') as HTMLElement;
}

describe('startPane', () => {
  it('mounts the sidebar on the ledger and shows who the open message is from', async () => {
    const world = createOutlook();
    world.setItem(
      world.readItem({
        subject: 'RE: Factura INV-2026-0410',
        from: 'lhernandez@importadora-pacifico.mx',
        to: ['maria.lopez@duly-demo.es'],
        cc: [],
        html: '<p>Estamos pasando por problemas de liquidez.</p>',
      }),
    );
    const ledger = new MemoryLedgerRepository(samples(), clock);
    const deps: PaneDeps = {
      clock,
      openLedger: async () => ledger,
      loadSamples: async () => samples(),
    };

    await startPane(new OutlookMailHost(world.office), pane(), deps);

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Importadora del Pacífico SA de CV' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: "Customer's reason" })).toHaveProperty(
        'value',
        'cash-flow',
      ),
    );
  });

  it('explains in plain words when the ledger cannot be opened', async () => {
    const world = createOutlook();
    const root = pane();
    const deps: PaneDeps = {
      clock,
      openLedger: async () => {
        throw new Error('storage is switched off in this browser');
      },
      loadSamples: async () => samples(),
    };

    await startPane(new OutlookMailHost(world.office), root, deps);

    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Duly could not open its local ledger: storage is switched off in this browser',
    );
  });
});
