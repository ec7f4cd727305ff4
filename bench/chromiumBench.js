// What the Chromium benches share: the TypeScript harness of test/e2e loaded through a
// transpile-on-require hook, the built engine, and the synthetic ledger's size and date.
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const harness = require('../test/e2e/harness.ts');

/** A module of the compiled CLI and engine (npm run build:cli). */
const dist = (m) => require(`../dist/node/${m}`);

/** DESIGN.md section 7's scale, overridable for quick runs. */
const SIZE = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
  invoices: Number(process.env.BENCH_INVOICES ?? 100_000),
  events: Number(process.env.BENCH_EVENTS ?? 1_000_000),
};
const TODAY = '2026-07-01';

module.exports = { ...harness, dist, SIZE, TODAY };
