import type { ViewProps } from '../panePorts';

/** Placeholder until the view is built (issue 5). */
export function SilentView(_props: ViewProps) {
  return <p>SilentView</p>;
}
