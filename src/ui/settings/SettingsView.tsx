import type { ViewProps } from '../panePorts';

/** Placeholder until the view is built (issue 5). */
export function SettingsView(_props: ViewProps) {
  return <p>SettingsView</p>;
}
