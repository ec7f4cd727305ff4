// The engine alone as a browser library: proves src/core bundles without Node built-ins.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

module.exports = (mode) => ({
  name: 'core',
  mode,
  target: ['web', 'es2022'],
  entry: { core: './src/core/index.ts' },
  output: {
    path: path.resolve(root, 'dist/web'),
    filename: '[name].js',
    library: { name: 'DulyCore', type: 'umd' },
  },
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
  devtool: 'source-map',
  performance: { hints: false },
});
