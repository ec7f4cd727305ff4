import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { formatMoney, money } from '../../../src/core/money';
import { CustomerAging } from '../../../src/ui/aging/CustomerAging';
import { invoice, TODAY } from '../../fakes/builders';

const show = (invoices: Parameters<typeof CustomerAging>[0]['invoices']) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CustomerAging invoices={invoices} today={TODAY} locale="en-GB" />
    </FluentProvider>,
  );

describe('CustomerAging', () => {
  it("charts the customer's unpaid invoices with the engine's buckets", () => {
    show([
      invoice(10, { amount: '100.00', currency: 'GBP' }),
      invoice(100, { amount: '250.00', currency: 'GBP' }),
      invoice(20, { amount: '999.00', currency: 'GBP', paid: '999.00', status: 'paid' }),
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      `Aging in GBP: ${formatMoney(money(35000, 'GBP'), 'en-GB')} unpaid, of which ` +
        `${formatMoney(money(25000, 'GBP'), 'en-GB')} is more than 90 days overdue.`,
    );
  });

  it('says nothing is unpaid when every invoice is paid', () => {
    show([invoice(10, { paid: '25000.00', status: 'paid' })]);
    expect(screen.getByText('Nothing unpaid.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
