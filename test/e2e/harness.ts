/**
 * What the end-to-end tests need around the production build: a static server on 127.0.0.1, Debian's
 * Chromium through playwright-core (never a downloaded browser), the office.js test double bundled
 * for the browser, and .xlsx fixtures written from the shared examples.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../addin/productionBuild';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SCREENSHOTS = path.join(ROOT, 'out', 'screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serve `dir` on 127.0.0.1 (a random free port). */
export function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent((req.url || '/').split('?')[0]).replace(/^\/+/, '') || 'taskpane.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** Headless Debian Chromium, with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The office.js double (test/e2e/officeDouble.ts) bundled for the browser with webpack, in a child process. */
export function buildOfficeDouble(): Promise<string> {
  const outDir = path.join(ROOT, 'out', 'e2e-office-double');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(__dirname, 'build-office-double.js'), outDir], { cwd: ROOT, timeout: 5 * 60 * 1000 }, (err, _out, stderr) => {
      if (err) reject(new Error(`office.js double: ${err.message}\n${stderr}`));
      else resolve(fs.readFileSync(path.join(outDir, 'office-double.js'), 'utf8'));
    });
  });
}
