// The task pane page's script (webpack entry): office.js is already loaded, or failed to, by the
// page's <script> tag before this runs.
import { boot } from './boot';
import { createCallQueue } from './callQueue';
import { OutlookMailHost } from './outlookMailHost';
import { DEFAULT_DEPS, startPane } from './taskpane';

/** The element of taskpane.html the pane renders into. */
export const PANE_ROOT_ID = 'duly-pane';

// One queue for every Office call of the pane: the MailHost's and the theme handler's.
const queue = createCallQueue();
const root = document.getElementById(PANE_ROOT_ID);
if (root) {
  void boot(root, (host, element) => void startPane(host, element, { ...DEFAULT_DEPS, queue }), {
    createHost: (office) => new OutlookMailHost(office, { queue }),
  });
}
