/**
 * What the browser running the pane can do, checked without eval (a Content-Security-Policy may forbid it).
 * ExcelJS 4 uses regular expressions with the `u` flag and ES2015+ syntax ("Invalid range in character
 * set" in IE11: exceljs issues 1177, 1213, 1440), so .xlsx files are only read where this says so;
 * IE11 (Office 2016/2019 volume editions) gets the copy-the-sheets path instead.
 */

/** True in Internet Explorer (Trident), the webview of Office 2016/2019 on Windows. */
export function isInternetExplorer(userAgent: string): boolean {
  return /Trident\/|MSIE /.test(userAgent);
}

/** True when the engine understands RegExp's `u` flag (ES2015 regex syntax, natively). */
export function supportsUnicodeRegExp(): boolean {
  try {
    return new RegExp('\\u{1F600}', 'u').test('\uD83D\uDE00');
  } catch {
    return false;
  }
}

/** True when ExcelJS (its own chunk, not transpiled) can run here: never in IE11. */
export function canReadXlsxFiles(userAgent: string): boolean {
  return (
    !isInternetExplorer(userAgent) &&
    supportsUnicodeRegExp() &&
    typeof FileReader !== 'undefined' &&
    typeof Uint8Array !== 'undefined' &&
    typeof Blob !== 'undefined'
  );
}
