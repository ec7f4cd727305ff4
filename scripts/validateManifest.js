#!/usr/bin/env node
// `npm run validate`: checks manifest.xml offline (see manifestChecks.js) and exits 1 on any
// problem. For a production build, check the rewritten copy against the build output:
//   node scripts/validateManifest.js dist/taskpane/manifest.xml --root dist/taskpane --base "$DULY_ADDIN_URL"
const fs = require('node:fs');
const path = require('node:path');
const { checkManifest } = require('./manifestChecks');
const { DEV_URL, PAGES } = require('../webpack/taskpane.config.js');

const repo = path.resolve(__dirname, '..');

function options(argv) {
  const out = {
    manifest: path.join(repo, 'manifest.xml'),
    root: repo,
    base: DEV_URL,
    built: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--root') {
      out.root = path.resolve(argv[++i] ?? '');
      out.built = true;
    } else if (arg === '--base') out.base = argv[++i] ?? '';
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else out.manifest = path.resolve(arg);
  }
  return out;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const schemaDir =
    process.env.DULY_MANIFEST_SCHEMAS ?? path.resolve(repo, '../shared/schemas/office-manifest');
  const name = path.relative(process.cwd(), opts.manifest) || opts.manifest;
  const errors = await checkManifest({
    xml: fs.readFileSync(opts.manifest, 'utf8'),
    schemaDir,
    baseUrl: opts.base,
    root: opts.root,
    pages: PAGES,
    requirePagesBuilt: opts.built,
  });
  if (errors.length) {
    console.error(`${name}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`);
    for (const error of errors) console.error(`  ${error}`);
    process.exitCode = 1;
  } else {
    console.log(`${name}: valid (schema, https, resources, icons, pages under ${opts.base})`);
  }
}

main().catch((error) => {
  console.error(`validate: ${error.message}`);
  process.exitCode = 1;
});
