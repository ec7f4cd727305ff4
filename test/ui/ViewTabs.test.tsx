import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ViewTabs } from '../../src/ui/ViewTabs';

const VIEWS = ['thread', 'silent', 'ledger'] as const;
type View = (typeof VIEWS)[number];

function Harness() {
  const [view, setView] = useState<View>('thread');
  return (
    <ViewTabs
      label="Views"
      views={VIEWS}
      names={{ thread: 'This thread', silent: 'Silent', ledger: 'Ledger' }}
      selected={view}
      onSelect={setView}
      idPrefix="t"
    />
  );
}

const selected = () =>
  screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true');

describe('ViewTabs', () => {
  it('is one tab stop, the selected tab', async () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'Views' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'This thread' }));
  });

  it('moves and selects with the arrow keys, wrapping, and with Home and End', async () => {
    render(<Harness />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(selected().map((t) => t.textContent)).toEqual(['Silent']);
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Silent' }));
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(selected().map((t) => t.textContent)).toEqual(['Ledger']);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'This thread' }));
    await userEvent.keyboard('{End}');
    expect(selected().map((t) => t.textContent)).toEqual(['Ledger']);
  });

  it('selects a clicked tab', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('tab', { name: 'Silent' }));
    expect(selected().map((t) => t.textContent)).toEqual(['Silent']);
  });
});
