import { customerMatchesQuery } from '../../src/core/customerSearch';
import { customer as aCustomer } from '../fakes/builders';

describe('customerMatchesQuery', () => {
  const customer = aCustomer({
    id: 'cus-pacifico' as never,
    name: 'Importadora del Pacífico SA',
    contacts: [{ name: 'Luis Hernández', email: 'lhernandez@importadora-pacifico.mx' }],
    domains: ['importadora-pacifico.mx'],
  });

  it('matches every word in name, id, address or domain, ignoring case and accents', () => {
    expect(customerMatchesQuery(customer, 'pacifico IMPORTADORA')).toBe(true);
    expect(customerMatchesQuery(customer, 'lhernandez')).toBe(true);
    expect(customerMatchesQuery(customer, 'cus-pac')).toBe(true);
  });

  it('rejects a query with a word found nowhere', () => {
    expect(customerMatchesQuery(customer, 'pacifico osaka')).toBe(false);
  });

  it('matches everyone on an empty query', () => {
    expect(customerMatchesQuery(customer, '   ')).toBe(true);
  });
});
