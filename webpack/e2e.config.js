// The browser-test pages: dist/e2e/store.html exposes the store on window.DulyE2E for
// test/e2e and bench/store.js, and store-worker.js runs its long jobs off the page's thread.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const root = path.resolve(__dirname, '..');

module.exports = (mode) => ({
  name: 'e2e',
  mode,
  target: ['web', 'es2022'],
  entry: {
    'store-page': './test/e2e/pages/storePage.ts',
    'store-worker': './src/store/jobWorker.ts',
  },
  output: { path: path.resolve(root, 'dist/e2e'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        options: { configFile: path.resolve(root, 'tsconfig.web.json'), transpileOnly: true },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'store.html',
      chunks: ['store-page'],
      title: 'duly store e2e',
    }),
  ],
  devtool: mode === 'production' ? false : 'source-map',
  performance: { hints: false },
});
