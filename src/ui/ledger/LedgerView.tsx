import type { ViewProps } from '../panePorts';

/** Placeholder until the view is built (issue 5). */
export function LedgerView(_props: ViewProps) {
  return <p>LedgerView</p>;
}
