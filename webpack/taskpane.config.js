// The Outlook task pane: taskpane.html (the pane), commands.html (the manifest's FunctionFile),
// the icons and manifest.xml, into dist/taskpane. `npm run dev-server` serves it over https on
// port 3000 for sideloading; production builds rewrite the manifest's dev URL to DULY_ADDIN_URL.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** Where the dev server serves the pane; manifest.xml names this prefix in every URL. */
const DEV_URL = 'https://localhost:3000/';

/** The pages webpack builds, as the manifest names them (checked by `npm run validate`). */
const PAGES = { taskpane: 'taskpane.html', commands: 'commands.html' };

/** Microsoft's CDN copy of office.js: the store requires it, and it is the pane's only other origin. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The pane's Content-Security-Policy: scripts from its own origin and office.js's CDN only,
 * every other fetch to its own origin only. Styles also allow inline rules: the components' rules
 * come from the built stylesheet, but FluentProvider writes the theme's CSS variables into a
 * <style> element at run time.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${new URL(OFFICE_JS).origin}`,
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The production address from DULY_ADDIN_URL (https, ending in /), or undefined when unset. */
function productionUrl() {
  const value = process.env.DULY_ADDIN_URL;
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:') {
    throw new Error(
      `DULY_ADDIN_URL must be an https URL (Outlook loads add-ins over https only): ${value}`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

// office-addin-dev-certs (`npx office-addin-dev-certs install`) leaves a CA-signed certificate
// here that Outlook trusts; without it webpack-dev-server makes a self-signed one.
function httpsServer() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (['localhost.key', 'localhost.crt', 'ca.crt'].every((name) => fs.existsSync(file(name)))) {
    return {
      type: 'https',
      options: { key: file('localhost.key'), cert: file('localhost.crt'), ca: file('ca.crt') },
    };
  }
  return 'https';
}

function warnAboutUrl(message) {
  return {
    apply(compiler) {
      compiler.hooks.thisCompilation.tap('DulyManifestUrl', (compilation) => {
        compilation.warnings.push(new compiler.webpack.WebpackError(message));
      });
    },
  };
}

function makeConfig(mode) {
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  const CopyWebpackPlugin = require('copy-webpack-plugin');
  const { griffelPlugins, griffelRules } = require('./griffel');
  const production = mode === 'production';
  const prodUrl = production ? productionUrl() : undefined;
  const page = (filename, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.join(root, 'src/hosts/outlook', filename),
      chunks,
      templateParameters: { csp: CSP, officeJs: OFFICE_JS },
    });

  return {
    name: 'taskpane',
    mode,
    target: ['web', 'es2022'],
    entry: { taskpane: './src/hosts/outlook/main.ts' },
    output: {
      path: path.resolve(root, 'dist/taskpane'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // Our modules only declare things: without this flag a barrel (src/core/index.ts) pulls
        // every module it re-exports into the bundle, used or not.
        { test: /[\\/]src[\\/].*\.tsx?$/, sideEffects: false },
        ...griffelRules(root),
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: {
            configFile: path.resolve(root, 'tsconfig.web.json'),
            transpileOnly: true,
            compilerOptions: { jsx: 'react-jsx' },
          },
        },
      ],
    },
    plugins: [
      ...griffelPlugins(production),
      page(PAGES.taskpane, ['taskpane']),
      page(PAGES.commands, []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', context: root },
          {
            from: 'manifest.xml',
            context: root,
            transform: (content) =>
              prodUrl ? content.toString().replaceAll(DEV_URL, prodUrl) : content,
          },
        ],
      }),
      ...(production && !prodUrl
        ? [
            warnAboutUrl(
              `dist/taskpane/manifest.xml still points at ${DEV_URL}: set DULY_ADDIN_URL=https://your.host/path/ ` +
                'to build a manifest for where you deploy the pane.',
            ),
          ]
        : []),
    ],
    // Eval-based source maps would need 'unsafe-eval', which the CSP refuses.
    devtool: 'source-map',
    performance: { hints: false },
    devServer: {
      port: new URL(DEV_URL).port,
      server: httpsServer(),
      static: false,
      hot: false,
      liveReload: true,
      // The error overlay is an iframe, which the pane's CSP refuses: errors go to the terminal.
      client: { overlay: false },
    },
  };
}

module.exports = makeConfig;
module.exports.DEV_URL = DEV_URL;
module.exports.PAGES = PAGES;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.CSP = CSP;
