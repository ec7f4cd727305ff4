#!/usr/bin/env node
// `npm run budget`: the gzip size of the JavaScript the task pane page loads before its first
// render, against the 130 KB budget of DESIGN.md §7. It builds nothing: run it after
// `webpack --config-name taskpane --mode production`. Counted are the page's own <script src>
// files (HtmlWebpackPlugin lists every initial chunk there); lazy chunks loaded by import() and
// office.js from Microsoft's CDN are not. Exits 1 when the figure is more than 10 % over budget,
// unless --report (what `npm run bench` passes: it prints the figure and leaves failing to check).
//   node scripts/bundleBudget.js [--report] [dist/taskpane]
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { PAGES } = require('../webpack/taskpane.config.js');

/** The budget in bytes of gzip (1 KB = 1024 bytes). */
const BUDGET_BYTES = 130 * 1024;
/** How far over the budget the build may grow before this script fails it. */
const TOLERANCE = 0.1;

/** The script addresses an HTML page loads: src of <script> and of script preload links. */
function scriptSources(html) {
  const sources = [];
  const attr = (tag, name) => {
    const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
      tag,
    );
    return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) sources.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const as = (attr(tag, 'as') ?? '').toLowerCase();
    const href = attr(tag, 'href');
    if (href && (rel === 'modulepreload' || (rel === 'preload' && as === 'script'))) {
      sources.push(href);
    }
  }
  return sources;
}

/** The stylesheet addresses an HTML page links (Griffel's extracted CSS): printed, not budgeted. */
function styleSources(html) {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\srel\s*=\s*["']?stylesheet/i.test(tag))
    .map((tag) => /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag))
    .filter(Boolean)
    .map((match) => match[1] ?? match[2] ?? match[3]);
}

/** True for an address on another origin (office.js), which the pane's own budget leaves out. */
function isExternal(src) {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main(argv) {
  const report = argv.includes('--report');
  const [where] = argv.filter((arg) => arg !== '--report');
  const dist = path.resolve(where ?? path.join(__dirname, '..', 'dist', 'taskpane'));
  const page = path.join(dist, PAGES.taskpane);
  if (!fs.existsSync(page)) {
    console.error(
      `${page} is missing: build the pane first (webpack --config-name taskpane --mode production).`,
    );
    return 1;
  }
  const html = fs.readFileSync(page, 'utf8');
  const files = [...new Set(scriptSources(html))]
    .filter((src) => !isExternal(src))
    .map((src) => path.join(dist, decodeURIComponent(src.split(/[?#]/)[0].replace(/^\//, ''))));
  if (files.length === 0) {
    console.error(`${page} loads no script of its own: is this the task pane page?`);
    return 1;
  }
  let total = 0;
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`${page} names ${path.relative(dist, file)}, which is not in ${dist}.`);
      return 1;
    }
    const source = fs.readFileSync(file);
    const gzipped = zlib.gzipSync(source).length;
    total += gzipped;
    console.log(
      `  ${path.relative(dist, file)}: ${kb(source.length)} minified, ${kb(gzipped)} gzip`,
    );
  }
  for (const src of styleSources(html).filter((href) => !isExternal(href))) {
    const file = path.join(dist, decodeURIComponent(src.split(/[?#]/)[0].replace(/^\//, '')));
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file);
    console.log(
      `  ${path.relative(dist, file)}: ${kb(source.length)}, ${kb(zlib.gzipSync(source).length)} gzip ` +
        "(stylesheet: every view's rules, not counted in the JavaScript budget)",
    );
  }
  const limit = BUDGET_BYTES * (1 + TOLERANCE);
  const verdict =
    total <= BUDGET_BYTES
      ? 'within budget'
      : total <= limit
        ? 'over budget, within 10 %'
        : 'OVER THE LIMIT';
  console.log(
    `task pane initial JS: ${kb(total)} gzip (${total} bytes); budget ${kb(BUDGET_BYTES)}, ` +
      `fails over ${kb(limit)}: ${verdict}`,
  );
  return total > limit && !report ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
