// Griffel's build steps, shared by the pages that render the sidebar (the task pane and the demo,
// so the browser tests drive what ships).
const path = require('node:path');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

/**
 * Module rules, in the order webpack needs them (loaders of matching rules run last to first):
 * ts-loader, then Griffel's ahead-of-time pass over our makeStyles (no stylis or rtl-css-js at
 * run time), then the extraction that moves every compiled rule, ours and Fluent's, out of the
 * JavaScript into one stylesheet the page links.
 */
function griffelRules(root) {
  return [
    {
      test: /\.(js|tsx)$/,
      include: [path.join(root, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
      use: { loader: GriffelCSSExtractionPlugin.loader },
    },
    { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
    { test: /[\\/]src[\\/].*\.tsx$/, use: [{ loader: '@griffel/webpack-loader' }] },
  ];
}

/** The plugins that write the stylesheet; HtmlWebpackPlugin links it from the page. */
function griffelPlugins(production) {
  return [
    new MiniCssExtractPlugin({
      filename: production ? '[name].[contenthash:8].css' : '[name].css',
      // Griffel sorts its own rules, so mini-css-extract's chunk-order warnings do not apply.
      ignoreOrder: true,
    }),
    new GriffelCSSExtractionPlugin(),
  ];
}

module.exports = { griffelRules, griffelPlugins };
