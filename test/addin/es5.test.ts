/**
 * Office 2016/2019 volume editions show the pane in Internet Explorer 11: one arrow function in a
 * start-up script is a blank pane. Every script taskpane.html, commands.html and standalone.html
 * load at start must parse as ES5 (all by src: the pages have no inline script, and assets/boot.js,
 * copied without Babel, is checked like the bundles); ExcelJS must stay in an async chunk; the
 * node_modules that ship ES2015+ syntax must all be on webpack.config.js's transpile list; and the
 * pane's initial JS stays within its size budget.
 */
import * as acorn from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { gzipSync } from 'zlib';
import { buildStats, productionBuild, ROOT } from './productionBuild';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js');

const PAGES = ['taskpane.html', 'commands.html', 'standalone.html'];
const INITIAL_GZIP_BUDGET = 300 * 1024;

let dir = '';
beforeAll(async () => {
  dir = await productionBuild();
}, 15 * 60 * 1000);

/** Local script files and inline scripts of a page, in order. */
function pageScripts(html: string): { files: string[]; inline: string[]; external: string[] } {
  const files: string[] = [];
  const inline: string[] = [];
  const external: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]);
    if (!src) inline.push(m[2]);
    else if (/^https?:/.test(src[1])) external.push(src[1]);
    else files.push(src[1]);
  }
  return { files, inline, external };
}

function es5Error(code: string): string | null {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
    return null;
  } catch (e) {
    const err = e as Error & { pos?: number };
    const at = err.pos || 0;
    return `${err.message} near: ${code.slice(Math.max(0, at - 80), at + 40)}`;
  }
}

describe('start-up scripts parse as ES5 (IE11)', () => {
  for (const page of PAGES) {
    test(page, () => {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const s = pageScripts(html);
      expect(s.files.length).toBeGreaterThan(0);
      const problems: string[] = [];
      s.inline.forEach((code, i) => {
        const e = es5Error(code);
        if (e) problems.push(`${page} inline script #${i + 1}: ${e}`);
      });
      for (const f of s.files) {
        const e = es5Error(fs.readFileSync(path.join(dir, f), 'utf8'));
        if (e) problems.push(`${page} → ${f}: ${e}`);
      }
      expect(problems).toEqual([]);
      // Nothing ExcelJS-related is loaded at start.
      expect(s.files.filter((f) => /exceljs|xlsx/i.test(f))).toEqual([]);
    });
  }

  test('office.js is loaded from Microsoft\'s CDN by the Office pages and not at all by the standalone page', () => {
    const cdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
    expect(pageScripts(fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8')).external).toEqual([cdn]);
    expect(pageScripts(fs.readFileSync(path.join(dir, 'commands.html'), 'utf8')).external).toEqual([cdn]);
    expect(pageScripts(fs.readFileSync(path.join(dir, 'standalone.html'), 'utf8')).external).toEqual([]);
  });

  test('no page has an inline script (the Content-Security-Policy allows none): start-up settings are in assets/boot.js, loaded first', () => {
    for (const page of PAGES) {
      const s = pageScripts(fs.readFileSync(path.join(dir, page), 'utf8'));
      expect({ page, inline: s.inline }).toEqual({ page, inline: [] });
      expect({ page, first: s.files[0] }).toEqual({ page, first: expect.stringMatching(/^assets\/boot\.[0-9a-f]{8}\.js$/) });
    }
  });

  test('the MutationObserver workaround runs before office.js, in IE only, on the pages that load office.js; FabricConfig turns off web fonts on every page', () => {
    const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
    const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
    for (const page of PAGES) {
      const html = fs.readFileSync(path.join(dir, page), 'utf8');
      const bootTag = /<script\b[^>]*\bsrc="(assets\/boot\.[0-9a-f]{8}\.js)"[^>]*>/.exec(html) as RegExpExecArray;
      const withOffice = pageScripts(html).external.length > 0;
      expect({ page, beforeOffice: /\bdata-before-office-js\b/.test(bootTag[0]) }).toEqual({ page, beforeOffice: withOffice });
      if (withOffice) expect(html.indexOf(bootTag[0])).toBeLessThan(html.indexOf('office.js"'));
      const boot = fs.readFileSync(path.join(dir, bootTag[1]), 'utf8');
      // Run as IE11 would (no document.currentScript: the tag is the last script parsed so far) and as a modern browser would.
      const run = (userAgent: string, currentScript: boolean): { MutationObserver: unknown; FabricConfig?: unknown } => {
        const tag = { getAttribute: (name: string): string | null => (name === 'data-before-office-js' && withOffice ? '' : null) };
        const other = { getAttribute: (): string | null => null };
        const window: { navigator: { userAgent: string }; MutationObserver: unknown; FabricConfig?: unknown } = { navigator: { userAgent }, MutationObserver: function MO() {} };
        const document = { currentScript: currentScript ? tag : undefined, getElementsByTagName: (): unknown[] => (currentScript ? [tag, other] : [other, tag]) };
        vm.runInNewContext(boot, { window, document });
        return window;
      };
      for (const currentScript of [false, true]) {
        const ie = run(IE11, currentScript);
        expect({ page, currentScript, removed: ie.MutationObserver === null }).toEqual({ page, currentScript, removed: withOffice });
        expect(ie.FabricConfig).toEqual({ fontBaseUrl: '' });
        const edge = run(EDGE, currentScript);
        expect(edge.MutationObserver).not.toBeNull();
        expect(edge.FabricConfig).toEqual({ fontBaseUrl: '' });
      }
    }
  });
});

/** ES2015+ syntax in an AST (import/export aside: webpack rewrites those). */
function modernSyntax(code: string): string | null {
  let ast: acorn.Node;
  try {
    ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, allowReturnOutsideFunction: true });
  } catch {
    return null; // not JavaScript acorn reads (JSON and the like are handled by webpack)
  }
  let found: string | null = null;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as { type?: string; kind?: string; async?: boolean; generator?: boolean; shorthand?: boolean; method?: boolean; computed?: boolean; operator?: string; regex?: { flags: string } };
    if (n.type) {
      if (/^(ArrowFunctionExpression|TemplateLiteral|ClassDeclaration|ClassExpression|SpreadElement|RestElement|ObjectPattern|ArrayPattern|ForOfStatement|AwaitExpression|ChainExpression|YieldExpression)$/.test(n.type)) found = n.type;
      else if (n.type === 'VariableDeclaration' && n.kind !== 'var') found = n.kind as string;
      else if (/Function/.test(n.type) && (n.async || n.generator)) found = 'async/generator function';
      else if (n.type === 'Property' && (n.shorthand || n.method || n.computed)) found = 'ES2015 object literal';
      else if (n.type === 'LogicalExpression' && n.operator === '??') found = '??';
      else if (n.type === 'Literal' && n.regex && /[uys]/.test(n.regex.flags)) found = `regex flag /${n.regex.flags}`;
      if (found) return;
    }
    for (const key of Object.keys(node)) {
      const v = (node as Record<string, unknown>)[key];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && key !== 'loc') visit(v);
    }
  };
  visit(ast);
  return found;
}

test('every node_modules package in a start-up chunk that ships ES2015+ syntax is transpiled', () => {
  const transpiled: string[] = webpackConfig.TRANSPILED_PACKAGES;
  const packageOf = (file: string): string | null => {
    const norm = file.split(path.sep).join('/');
    const i = norm.lastIndexOf('/node_modules/');
    if (i < 0) return null;
    const parts = norm.slice(i + 14).split('/');
    return parts[0].charAt(0) === '@' ? `${parts[0]}/${parts[1]}` : parts[0];
  };
  const offenders = new Map<string, string>();
  for (const chunk of buildStats().chunks.filter((c) => c.initial)) {
    for (const file of chunk.modules) {
      const pkg = packageOf(file);
      if (!pkg || !/\.(m?js|cjs)$/.test(file) || offenders.has(pkg)) continue;
      const syntax = modernSyntax(fs.readFileSync(file, 'utf8'));
      if (syntax) offenders.set(pkg, `${path.relative(ROOT, file)}: ${syntax}`);
    }
  }
  const untranspiled = Array.from(offenders.keys()).filter((pkg) => !transpiled.some((t: string) => pkg === t || pkg.indexOf(`${t}/`) === 0));
  expect(untranspiled).toEqual([]);
  // The list is not padded: each entry is a package that really ships modern syntax (in this build's
  // start-up chunks, or in the entry file webpack would take from it when the core starts using it).
  const shipsModern = (t: string): boolean => {
    if (Array.from(offenders.keys()).some((pkg) => pkg === t || pkg.indexOf(`${t}/`) === 0)) return true;
    const dir = path.join(ROOT, 'node_modules', t);
    if (!fs.existsSync(path.join(dir, 'package.json'))) return false;
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const entry = path.join(dir, pkg.module || pkg.main || 'index.js');
    return fs.existsSync(entry) && modernSyntax(fs.readFileSync(entry, 'utf8')) !== null;
  };
  expect(transpiled.filter((t) => !shipsModern(t))).toEqual([]);
});

test('ExcelJS is only in async chunks, and the task pane\'s initial JS is within 300 KB gzip', () => {
  const stats = buildStats();
  const excelInInitial = stats.chunks.filter((c) => c.initial && c.modules.some((m) => /node_modules[\\/]exceljs[\\/]/.test(m)));
  expect(excelInInitial).toEqual([]);
  expect(stats.chunks.some((c) => !c.initial && c.modules.some((m) => /node_modules[\\/]exceljs[\\/]/.test(m)))).toBe(true);
  const html = fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
  const gz = pageScripts(html).files.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);

  console.log(`task pane initial JS: ${(gz / 1024).toFixed(1)} KB gzip`);
  expect(gz).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET);
});
