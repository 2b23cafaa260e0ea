/**
 * Build-time settings of webpack.config.js, checked on the configuration object (no build):
 * ADDIN_URL replaces the development URL in the copied manifest; OFFICE_JS=local bundles office.js;
 * each page's Content-Security-Policy allows the office.js origin that build uses, and no other.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js');
const ROOT = path.resolve(__dirname, '..', '..');

interface Pattern {
  from: string;
  to: string;
  context?: string;
  transform?: (content: Buffer) => string;
}

interface PageOptions {
  filename: string;
  officeJsUrl: string;
  bootJsUrl: string;
  contentSecurityPolicy: string;
}

async function configWith(env: Record<string, string | undefined>): Promise<{ patterns: Pattern[]; pages: PageOptions[] }> {
  const saved: Record<string, string | undefined> = {};
  for (const k of Object.keys(env)) {
    saved[k] = process.env[k];
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  try {
    const config = await makeConfig({}, { mode: 'production' });
    const copy = config.plugins.filter((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin')[0];
    const html = config.plugins.filter((p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin');
    return {
      patterns: copy.patterns,
      pages: html.map((h: { userOptions: PageOptions }) => h.userOptions),
    };
  } finally {
    for (const k of Object.keys(saved)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'));

test('ADDIN_URL replaces every https://localhost:3000/ of the manifest copied to dist', async () => {
  const { patterns } = await configWith({ ADDIN_URL: 'https://nianbao.gov.example/addin', OFFICE_JS: undefined });
  const m = patterns.filter((p) => p.from === 'manifest.xml')[0];
  const out = (m.transform as (c: Buffer) => string)(manifest);
  expect(out).not.toMatch(/localhost/);
  expect(out).toMatch(/<SourceLocation DefaultValue="https:\/\/nianbao\.gov\.example\/addin\/taskpane\.html" \/>/);
  expect(out.split('https://nianbao.gov.example/addin/').length - 1).toBe(manifest.toString().split('https://localhost:3000/').length - 1);
});

test('without ADDIN_URL the manifest keeps the development URL; a non-https ADDIN_URL is refused', async () => {
  const { patterns } = await configWith({ ADDIN_URL: undefined });
  const m = patterns.filter((p) => p.from === 'manifest.xml')[0];
  expect((m.transform as (c: Buffer) => string)(manifest)).toBe(manifest.toString());
  await expect(configWith({ ADDIN_URL: 'http://intranet/addin/' })).rejects.toThrow(/https/);
});

test('OFFICE_JS=local copies office.js (Excel files, no debug builds) and points the pages to it', async () => {
  const cdn = await configWith({ OFFICE_JS: undefined, ADDIN_URL: undefined });
  expect(cdn.pages.map((p) => [p.filename, p.officeJsUrl])).toEqual([
    ['taskpane.html', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    ['commands.html', 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    ['standalone.html', ''],
  ]);
  expect(cdn.patterns.some((p) => p.to === 'office-js/')).toBe(false);
  const local = await configWith({ OFFICE_JS: 'local', ADDIN_URL: undefined });
  expect(local.pages.map((p) => p.officeJsUrl)).toEqual(['office-js/office.js', 'office-js/office.js', '']);
  const p = local.patterns.filter((x) => x.to === 'office-js/')[0];
  expect(p.from).toMatch(/office\.js/);
  expect(p.from).toMatch(/excel\*\.js/);
  expect(fs.existsSync(path.join(p.context as string, 'office.js'))).toBe(true);
  expect(fs.existsSync(path.join(p.context as string, 'zh-cn', 'office_strings.js'))).toBe(true);
});

/** A policy as directive → sources. */
function directives(policy: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of policy.split(';')) {
    const [name, ...sources] = d.trim().split(/\s+/);
    out[name] = sources.join(' ');
  }
  return out;
}

test('the CDN build\'s Office pages allow scripts, fetches and frames from self and appsforoffice.microsoft.com only; the standalone page from self only', async () => {
  const { pages } = await configWith({ OFFICE_JS: undefined, ADDIN_URL: undefined });
  const common = {
    'default-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'none'",
  };
  const office = "'self' https://appsforoffice.microsoft.com";
  expect(pages.map((p) => [p.filename, directives(p.contentSecurityPolicy)])).toEqual([
    ['taskpane.html', { ...common, 'script-src': office, 'connect-src': office, 'frame-src': office }],
    ['commands.html', { ...common, 'script-src': office, 'connect-src': office, 'frame-src': office }],
    ['standalone.html', { ...common, 'script-src': "'self'", 'connect-src': "'self'" }],
  ]);
  for (const p of pages) {
    // No inline or eval'd script; frame-ancestors is ignored in a <meta>, so it is left to the server.
    expect(p.contentSecurityPolicy).not.toMatch(/unsafe-eval|frame-ancestors|sha256-|nonce-/);
    // The start-up script's copy is named by its content.
    expect(p.bootJsUrl).toMatch(/^assets\/boot\.[0-9a-f]{8}\.js$/);
  }
});

test('OFFICE_JS=local: every page allows self only', async () => {
  const { pages, patterns } = await configWith({ OFFICE_JS: 'local', ADDIN_URL: undefined });
  for (const p of pages) {
    const d = directives(p.contentSecurityPolicy);
    expect([p.filename, d['script-src'], d['connect-src'], d['frame-src']]).toEqual([p.filename, "'self'", "'self'", undefined]);
    expect(p.contentSecurityPolicy).not.toMatch(/https:/);
  }
  expect(patterns.filter((x) => x.from === 'assets/boot.js').map((x) => x.to)).toEqual([pages[0].bootJsUrl]);
});

test('a policy for an office.js that is not https is refused', () => {
  expect(() => makeConfig.contentSecurityPolicy('http://intranet/office.js')).toThrow(/https/);
  expect(makeConfig.contentSecurityPolicy('https://cdn.example:8443/lib/office.js')).toMatch(/script-src 'self' https:\/\/cdn\.example:8443;/);
});
