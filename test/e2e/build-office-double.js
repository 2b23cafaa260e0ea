#!/usr/bin/env node
/* global require, process, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Bundles the office.js test double (officeDouble.ts + the FakeWorkbook of test/excel) for the browser.
 * Run as a child process by harness.ts: babel-loader cannot run inside jest's module sandbox.
 * Usage: node test/e2e/build-office-double.js OUT_DIR
 */
const path = require('path');
const webpack = require('webpack');

const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'out', 'e2e-office-double'));
const config = {
  mode: 'development',
  devtool: false,
  target: 'web',
  context: path.join(__dirname, '..', '..'),
  entry: path.join(__dirname, 'officeDouble.ts'),
  output: { path: outDir, filename: 'office-double.js' },
  resolve: {
    extensions: ['.ts', '.js'],
    // office-addin-mock only needs the host names of office-addin-manifest.
    alias: { 'office-addin-manifest': path.join(__dirname, 'officeAddinManifestStub.js') },
    fallback: { fs: false, path: false },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'babel-loader',
          options: { configFile: false, babelrc: false, presets: ['@babel/preset-typescript', ['@babel/preset-env', { targets: { chrome: '100' } }]] },
        },
      },
    ],
  },
};
webpack(config, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ? err.stack : stats.toString({ all: false, errors: true }));
    process.exit(1);
  }
  console.log(path.join(outDir, 'office-double.js'));
});
