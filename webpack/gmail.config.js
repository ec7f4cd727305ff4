// The Gmail add-on: src/hosts/gmail/main.ts bundled into dist/gmail/Code.js for Apps Script,
// beside a copy of appsscript.json; `clasp push` from dist/gmail uploads exactly these two files.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const root = path.resolve(__dirname, '..');

module.exports = (mode) => ({
  name: 'gmail',
  mode,
  // Apps Script's V8 runs ES2020 scripts with no module system, no DOM and no Node.
  // 'web' only picks a chunk format for the single file; nothing here touches a DOM.
  target: ['web', 'es2020'],
  entry: { Code: './src/hosts/gmail/main.ts' },
  output: {
    path: path.resolve(root, 'dist/gmail'),
    filename: '[name].js',
    publicPath: '',
    chunkLoading: false,
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: {
          configFile: path.resolve(root, 'src/hosts/gmail/tsconfig.json'),
          transpileOnly: true,
        },
      },
    ],
  },
  // Readable stack traces in the Apps Script executions log; the file size costs nothing there.
  optimization: { minimize: false },
  devtool: false,
  plugins: [
    new GasPlugin(),
    new CopyPlugin({ patterns: [{ from: path.resolve(root, 'appsscript.json'), to: '.' }] }),
  ],
  performance: { hints: false },
});
