// The browser-test and bench pages: dist/e2e/store.html exposes the store on window.DulyE2E for
// test/e2e and bench/store.js, thread-bench.html times the sidebar for bench/thread.js, and
// store-worker.js runs the long jobs off the page's thread.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { griffelPlugins, griffelRules } = require('./griffel');

const root = path.resolve(__dirname, '..');

module.exports = (mode) => ({
  name: 'e2e',
  mode,
  target: ['web', 'es2022'],
  entry: {
    'store-page': './test/e2e/pages/storePage.ts',
    'store-worker': './src/store/jobWorker.ts',
    'thread-bench': './test/e2e/pages/threadBench.tsx',
  },
  output: { path: path.resolve(root, 'dist/e2e'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      // Styles built as the task pane builds them, so the thread bench times what ships.
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
      filename: 'store.html',
      chunks: ['store-page'],
      title: 'duly store e2e',
    }),
    new HtmlWebpackPlugin({
      filename: 'thread-bench.html',
      chunks: ['thread-bench'],
      title: 'duly thread bench',
    }),
  ],
  devtool: mode === 'production' ? false : 'source-map',
  performance: { hints: false },
});
