// One webpack configuration per surface, each in webpack/<surface>.config.js:
// core (the engine as a browser library); the Outlook task pane and demo, the Gmail add-on
// and the browser-test pages join as their issues land. `npm run build` builds them all.
const configs = [
  require('./webpack/core.config.js'),
  require('./webpack/gmail.config.js'),
  require('./webpack/taskpane.config.js'),
  require('./webpack/e2e.config.js'),
  require('./webpack/demo.config.js'),
];

module.exports = (_env, argv) => configs.map((make) => make(argv.mode ?? 'development'));
