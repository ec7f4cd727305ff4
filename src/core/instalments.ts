import { addDays, type CalendarDate } from './calendarDate';
import { money, type Money } from './money';
import type { InstalmentPlan } from './drafts/types';

/**
 * Splits an amount into `count` dated parts, `intervalDays` apart, the first on `firstOn`.
 * Parts are equal in minor units; the remainder goes to the first part so the sum is exact.
 */
export function instalmentPlan(
  total: Money,
  firstOn: CalendarDate,
  count = 3,
  intervalDays = 30,
): InstalmentPlan {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`Instalment count must be a whole number ≥ 1: ${count}`);
  const share = Math.trunc(total.minor / count);
  const remainder = total.minor - share * count;
  return {
    parts: Array.from({ length: count }, (_, i) => ({
      date: addDays(firstOn, i * intervalDays),
      amount: money(share + (i === 0 ? remainder : 0), total.currency),
    })),
  };
}
