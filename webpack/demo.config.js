// The demo mailbox behind `npm start`: sample threads and a compose box beside the real sidebar,
// on an IndexedDB ledger seeded from samples/. Served on http://localhost:3000.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { griffelPlugins, griffelRules } = require('./griffel');

const root = path.resolve(__dirname, '..');

module.exports = (mode) => ({
  name: 'demo',
  mode,
  target: ['web', 'es2022'],
  entry: { demo: './src/hosts/demo/main.tsx' },
  output: {
    path: path.resolve(root, 'dist/demo'),
    filename: '[name].[contenthash:8].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      // As in the task pane, so the tests drive what ships.
      ...griffelRules(root),
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        options: { configFile: path.resolve(root, 'tsconfig.web.json'), transpileOnly: true },
      },
    ],
  },
  plugins: [
    ...griffelPlugins(mode === 'production'),
    new HtmlWebpackPlugin({
      template: path.resolve(root, 'src/hosts/demo/demo.html'),
      filename: 'index.html',
    }),
  ],
  // No eval-based source maps: the page's CSP forbids eval.
  devtool: 'source-map',
  performance: { hints: false },
  devServer: {
    port: 3000,
    host: 'localhost',
    static: false,
    hot: false,
    liveReload: false,
    client: false,
    headers: { 'Cache-Control': 'no-store' },
  },
});
