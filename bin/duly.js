#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build:cli` into dist/node; say so instead of a stack trace.
const path = require('node:path');
const entry = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
let main;
try {
  main = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    process.stderr.write('duly: not built yet. Run `npm run build:cli` first.\n');
    process.exit(2);
  }
  throw error;
}
main.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
