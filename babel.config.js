/**
 * Babel for the add-in's browser bundles (webpack.config.js): TypeScript + React down to ES5 for
 * the Internet Explorer 11 webview of Office 2016/2019, with core-js 3 polyfills for what the code
 * actually uses. Jest does not use this file (ts-jest compiles the tests).
 */
module.exports = (api) => {
  api.cache(true);
  return {
    // node_modules packages passed through Babel may be CommonJS: let Babel tell per file, so the
    // polyfill imports it adds match the module system (require vs import).
    sourceType: 'unambiguous',
    presets: [
      [
        '@babel/preset-env',
        {
          targets: { ie: '11' },
          useBuiltIns: 'usage',
          corejs: { version: '3.51', proposals: false },
          modules: false,
          bugfixes: true,
        },
      ],
      ['@babel/preset-typescript', { onlyRemoveTypeImports: false }],
      ['@babel/preset-react', { runtime: 'classic' }],
    ],
  };
};
