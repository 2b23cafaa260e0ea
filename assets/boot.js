/*
 * Start-up settings of the add-in's pages (taskpane.html, commands.html, standalone.html), run
 * synchronously before office.js and before the bundles. A file of its own, not an inline script,
 * so that the pages' Content-Security-Policy allows scripts from the server only ('self'), with no
 * 'unsafe-inline' and no hash to keep in step.
 *
 * Copied as is by webpack.config.js (no Babel): it must stay ES5, and test/addin/es5.test.ts checks
 * that it parses as ES5 and what it does.
 */
(function () {
  'use strict';
  var scripts = document.getElementsByTagName('script');
  // A synchronous script is the last <script> parsed so far (IE11 has no document.currentScript).
  var bootScript = document.currentScript || scripts[scripts.length - 1];

  // Office 2016/2019 show add-ins in Internet Explorer 11, where office.js promises stall until the
  // mouse moves over the pane (office-js issues 1502, 1685, 533). Microsoft's workaround: remove
  // MutationObserver before office.js loads so its Promise polyfill schedules with setTimeout.
  // Only the pages that load office.js ask for it (data-before-office-js on this script's tag).
  if (bootScript && bootScript.getAttribute('data-before-office-js') !== null && /Trident\/|MSIE /.test(window.navigator.userAgent)) {
    window.MutationObserver = null;
  }

  // Fluent UI would fetch Segoe UI web fonts from Microsoft's CDN, which intranets cannot reach:
  // system fonts only, so the page makes no request except office.js.
  window.FabricConfig = { fontBaseUrl: '' };
})();
