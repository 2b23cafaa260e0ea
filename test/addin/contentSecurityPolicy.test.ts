/**
 * The Content-Security-Policy the built pages declare: one <meta http-equiv>, before anything it must
 * govern (a meta policy applies only to what follows it), equal to the policy webpack.config.js
 * builds for the page. Whether the pages run under it is the end-to-end tests' job (test/e2e).
 */
import * as fs from 'fs';
import * as path from 'path';
import { productionBuild } from './productionBuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js');

let dir = '';
beforeAll(async () => {
  dir = await productionBuild();
}, 15 * 60 * 1000);

const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

describe.each([
  ['taskpane.html', CDN_ORIGIN],
  ['commands.html', CDN_ORIGIN],
  ['standalone.html', ''],
])('%s', (page, officeOrigin) => {
  test('declares the policy of its build in one <meta>, ahead of every script, style and link', () => {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    const metas: string[] = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi) || [];
    expect(metas.length).toBe(1);
    const policy = (/content="([^"]*)"/.exec(metas[0]) as RegExpExecArray)[1];
    expect(policy).toBe(webpackConfig.contentSecurityPolicy(officeOrigin ? `${officeOrigin}/lib/1/hosted/office.js` : ''));
    const at = html.indexOf(metas[0]);
    for (const tag of ['<script', '<style', '<link', '<base']) {
      const first = html.indexOf(tag);
      if (first >= 0) expect({ tag, before: at < first }).toEqual({ tag, before: true });
    }
    // Scripts from self (and the office.js origin) only: no inline script, no eval, no wildcard.
    const source = (name: string): string => (new RegExp(`(?:^|;\\s*)${name} ([^;]*)`).exec(policy) as RegExpExecArray)[1];
    expect(source('default-src')).toBe("'self'");
    expect(source('script-src')).toBe(officeOrigin ? `'self' ${officeOrigin}` : "'self'");
    expect(policy).not.toMatch(/\*|unsafe-eval/);
  });
});
