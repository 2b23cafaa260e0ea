/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Build of the Excel add-in (task pane, ribbon commands, standalone page), after Microsoft's
 * yo-office task-pane template, made to run in the Internet Explorer 11 webview of Office 2016/2019.
 *
 * Environment:
 * - ADDIN_URL  https base URL the add-in is served from (default https://localhost:3000/); it replaces
 *              the development URL in manifest.xml when the manifest is copied to dist/.
 * - OFFICE_JS  `local` bundles office.js from @microsoft/office-js into dist/office-js/ for networks
 *              that cannot reach Microsoft's CDN; anything else loads it from the CDN.
 *
 * Everything the pages load at start is Babel-transpiled to ES5 (test/addin checks it with acorn),
 * except assets/boot.js, which is written in ES5 and copied as is (under a content-hashed name).
 *
 * Each page declares its Content-Security-Policy in a <meta> built here (contentSecurityPolicy), so
 * that the CDN build and the OFFICE_JS=local build each allow exactly the office.js origin they use.
 * ExcelJS is the exception: it is only loaded by a dynamic import after a capability check
 * (src/taskpane/capabilities.ts), in its own chunk, and never in IE11.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The URL manifest.xml carries in the repository (the dev server's). */
const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js/';

/** The start-up script of the pages (ES5, copied as is; see the file). */
const BOOT_JS = path.join(__dirname, 'assets', 'boot.js');

/**
 * node_modules packages whose published code uses ES2015+ syntax and must go through Babel to
 * reach IE11 (found with the ES5 check: test/addin/es5.test.ts lists the offenders when one escapes).
 * Matched as path segments after node_modules/.
 */
const TRANSPILED_PACKAGES = [
  // Not @fluentui: 8.68.0 and the dependencies package-lock.json resolves for it publish ES5 in lib/
  // (the audit finds none); a later release that ships ES2015+ makes the audit name it here.
  // tslib.es6.mjs ends with an ES2015 shorthand object literal (its default export).
  'tslib',
  // i18next 23 (the core's message catalogs) is published as ES2015+.
  'i18next',
];

/** ADDIN_URL, checked and normalised to end with '/'. @throws Error when it is not an https URL. */
function addinUrl() {
  const raw = process.env.ADDIN_URL || DEV_URL;
  if (!/^https:\/\/[^\s/]+/.test(raw)) {
    throw new Error(`ADDIN_URL must be an https URL (Office loads add-ins over https only), got: ${raw}`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/**
 * The Content-Security-Policy a page declares in its <meta http-equiv>, as one header value.
 * `officeJsUrl` is the office.js the page loads: an https URL (the CDN build) adds its origin to
 * script-src (office.js and the host scripts it inserts), connect-src (the strings and files it
 * fetches) and frame-src (its AgaveErrorUX page, framed when Excel on the web is not a host it
 * trusts); a relative URL (OFFICE_JS=local) or '' (the standalone page) adds nothing: 'self' covers it.
 * No 'unsafe-inline' or 'unsafe-eval' for scripts: the pages have no inline script (assets/boot.js)
 * and the bundles' only Function(…) calls are fallbacks modern engines never reach (the end-to-end
 * tests fail on any violation). Styles need 'unsafe-inline': Fluent UI inserts them at run time.
 * frame-ancestors is not here because browsers ignore it in a <meta>: the server must send it
 * (SECURITY.md).
 * @throws Error when officeJsUrl is an absolute URL that is not https.
 */
function contentSecurityPolicy(officeJsUrl) {
  let officeOrigin = '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(officeJsUrl)) {
    const m = /^https:\/\/[^/?#]+/i.exec(officeJsUrl);
    if (!m) throw new Error(`office.js must be loaded over https, got: ${officeJsUrl}`);
    officeOrigin = m[0];
  }
  const selfAndOffice = officeOrigin ? `'self' ${officeOrigin}` : "'self'";
  const directives = [
    "default-src 'self'",
    `script-src ${selfAndOffice}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${selfAndOffice}`,
  ];
  if (officeOrigin) directives.push(`frame-src ${selfAndOffice}`);
  directives.push("object-src 'none'", "base-uri 'self'", "form-action 'none'");
  return directives.join('; ');
}

/** Where assets/boot.js is copied: its name carries a hash of its content, like the bundles, so a cached copy is never stale. */
function bootJsFile() {
  const hash = crypto.createHash('sha256').update(fs.readFileSync(BOOT_JS)).digest('hex').slice(0, 8);
  return `assets/boot.${hash}.js`;
}

function transpiledPackage(file) {
  const norm = file.split(path.sep).join('/');
  const i = norm.lastIndexOf('/node_modules/');
  if (i < 0) return true; // project source
  const rest = norm.slice(i + '/node_modules/'.length);
  return TRANSPILED_PACKAGES.some((p) => rest === p || rest.startsWith(`${p}/`));
}

async function httpsOptions() {
  // Only the dev server needs the localhost certificate; a production build must not require it.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const url = addinUrl();
  const localOfficeJs = process.env.OFFICE_JS === 'local';
  const officeJsUrl = localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}office.js` : OFFICE_JS_CDN;
  const outDir = (env && env.outDir) || path.resolve(__dirname, 'dist/addin');

  const bootJs = bootJsFile();
  const copyPatterns = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'assets/boot.js', to: bootJs },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform(content) {
        const origin = /^https:\/\/[^/]+/.exec(url)[0];
        return content.toString().split(DEV_URL).join(url).split(DEV_URL.slice(0, -1)).join(origin);
      },
    },
  ];
  if (localOfficeJs) {
    const dist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
    copyPatterns.push({
      context: dist,
      from: '{office.js,es6-promise.js,o15apptofilemappingtable.js,excel*.js,*/office_strings.js,telemetry/**,ariatelemetry/**,agaveerrorux/**}',
      to: OFFICE_JS_LOCAL_DIR,
      globOptions: { ignore: ['**/*.debug.js'] },
    });
  }

  const page = (name, chunks, title, withOffice) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === 'standalone' ? 'standalone' : name}/${name}.html`,
      chunks,
      title,
      officeJsUrl: withOffice ? officeJsUrl : '',
      bootJsUrl: bootJs,
      contentSecurityPolicy: contentSecurityPolicy(withOffice ? officeJsUrl : ''),
      scriptLoading: 'blocking',
      inject: 'body',
      minify: false,
    });

  return {
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es5'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      standalone: './src/standalone/index.tsx',
    },
    output: {
      path: outDir,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
      environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, module: false, dynamicImport: false, optionalChaining: false, templateLiteral: false },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Never pull Node built-ins into the browser: a core module that imports one must fail the build.
      fallback: { fs: false, path: false, crypto: false, stream: false, buffer: false },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?[jt]sx?$/,
          include: transpiledPackage,
          exclude: /node_modules[\\/](core-js|regenerator-runtime|webpack|exceljs)[\\/]/,
          use: { loader: 'babel-loader', options: { cacheDirectory: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The three pages share React and Fluent UI; ExcelJS stays in its own async chunk.
          vendor: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@uifabric|@microsoft[\\/]load-themed-styles|tslib)[\\/]/, name: 'vendor', chunks: 'initial' },
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', ['vendor', 'taskpane'], '年报助手', true),
      page('commands', ['commands'], '年报助手', true),
      page('standalone', ['vendor', 'standalone'], '年报助手（网页版）', false),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: dev
      ? {
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
        }
      : undefined,
  };
};

module.exports.addinUrl = addinUrl;
module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.TRANSPILED_PACKAGES = TRANSPILED_PACKAGES;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
