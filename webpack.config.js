// Browser and Apps Script bundles. The task pane, commands and demo pages (issue 4) and the Gmail
// add-on bundle (issue 6) join here as further entries/configurations; the CLI is built by tsc
// (tsconfig.cli.json). Until then this builds the engine alone as a browser library, which proves
// src/core bundles without Node built-ins.
const path = require('node:path');

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'development',
  target: ['web', 'es2022'],
  entry: { core: './src/core/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'DulyCore', type: 'umd' },
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'], fallback: {} },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        options: { configFile: path.resolve(__dirname, 'tsconfig.web.json') },
      },
    ],
  },
  devtool: 'source-map',
  performance: { hints: false },
});
