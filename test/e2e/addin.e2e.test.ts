/**
 * End to end, in Debian's Chromium (playwright-core), on the production build served from 127.0.0.1:
 * (a) the standalone page on real .xlsx files: the seed workbook → its two errors → clicking one shows
 *     its cell; the 淮安 departmental set → the consolidated download equals the published figures;
 * (b) the task pane inside a test Office host (office.js routed to a double over an in-memory
 *     workbook): insert → fill → validate → mark → clear → consolidate, with round trips counted;
 * (c) office.js unreachable inside Office → the Chinese message, not a blank pane;
 * (d) the ribbon's 一键校验 (commands.html) validates and marks without the pane.
 * Every page runs under the Content-Security-Policy its <meta> declares: the flows above check the meta
 * and that no violation was reported (securitypolicyviolation events, console messages); a control
 * shows violations are refused and seen, and Microsoft's published office.js loads under the policy.
 * Screenshots go to out/screenshots/. No request leaves 127.0.0.1 (the CDN URL is answered by the test).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getFormat, refKey } from '../../src/formats';
import { buildLayout, TEMPLATE_SHEET_NAME } from '../../src/layout';
import { parseExample, type ExampleJson } from '../../src/examples/load';
import { handmadeSheets } from '../../src/examples/handmade';
import { plainWorkbook } from '../../src/examples/workbook';
import { departmentSet, departmentWorkbook } from '../../src/consolidate/demoSet';
import { publishedReportFigures, type PublishedReportJson } from '../../src/examples/published';
import { readWorkbook, workbookBytes } from '../../src/xlsx';
import { validateGrids } from '../../src/workflow/validate';
import type { Grid, GridCell } from '../../src/grid/types';
import type { ReportFigures } from '../../src/rules/types';
import { productionBuild, ROOT } from '../addin/productionBuild';
import { buildOfficeDouble, launchChromium, OFFICE_JS_URL, SCREENSHOTS, serve } from './harness';

jest.setTimeout(5 * 60 * 1000);

const HOST_QUERY = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';
const haidong = parseExample(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/haidong-2019.json'), 'utf8')) as ExampleJson, '海东市');
const published = publishedReportFigures(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/huaian-2024.json'), 'utf8')) as PublishedReportJson);

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let officeDouble = '';
let tmp = '';
const external: string[] = [];
const timings: string[] = [];
/** Console messages of any page that name the Content Security Policy (Chromium logs every violation so). */
const cspConsole: string[] = [];

beforeAll(async () => {
  const dir = await productionBuild();
  officeDouble = await buildOfficeDouble();
  server = await serve(dir);
  browser = await launchChromium();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-'));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 15 * 60 * 1000);

afterAll(async () => {
  if (browser) await browser.close();
  if (server) await server.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });

  if (timings.length) console.log(timings.join('\n'));
});

/** Microsoft's office.js as published (@microsoft/office-js), answering for the CDN's folder. */
const REAL_OFFICE_JS = { folder: path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist') };
const OFFICE_JS_FOLDER = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf('/') + 1);
/** The files of the CDN's folder the real office.js asked for (path inside the folder). */
const realOfficeJsRequests: string[] = [];

/**
 * A browser context that answers office.js with `officeJs` (the double's code; null refuses it;
 * REAL_OFFICE_JS serves the published office.js and the files it loads) and refuses every other
 * outside request.
 */
async function newContext(officeJs: string | null | typeof REAL_OFFICE_JS, viewport = { width: 400, height: 900 }, excelApi: '1.1' | 'full' = 'full'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  await context.addInitScript(`window.__excelApi = ${JSON.stringify(excelApi)};`);
  // Every violation of the page's policy, even one a script catches (a blocked Function(…) fallback).
  await context.addInitScript(`window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', function (e) {
      window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
    });`);
  context.on('page', (page) =>
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) cspConsole.push(`${page.url()}: ${m.text()}`);
    }),
  );
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (officeJs !== null && typeof officeJs === 'object' && url.startsWith(OFFICE_JS_FOLDER)) {
      const rel = url.slice(OFFICE_JS_FOLDER.length).split('?')[0];
      realOfficeJsRequests.push(rel);
      const file = path.join(officeJs.folder, rel);
      if (!file.startsWith(officeJs.folder) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: fs.readFileSync(file) });
    }
    if (url === OFFICE_JS_URL) {
      if (officeJs === null) return route.abort();
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: officeJs as string });
    }
    if (url.startsWith(server.url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  return context;
}

async function firstRender(page: Page, url: string, selector: string, label: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(selector);
  const ms = await page.evaluate(() => Math.round(performance.now()));
  timings.push(`time to first render (${label}): ${ms} ms`);
}

/**
 * The page declares its policy in a <meta> (script-src without 'unsafe-inline' or 'unsafe-eval') and
 * nothing it did so far violated it.
 */
async function expectPolicyKept(page: Page): Promise<void> {
  const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) || '';
  expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(policy).toMatch(/(^|; )script-src 'self'( https:\/\/appsforoffice\.microsoft\.com)?(;|$)/);
  expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
  expect(cspConsole).toEqual([]);
}

function writeXlsx(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** The figures of the report found in sheet `sheet` of `grids`. */
function figuresOf(grids: Grid[], sheet: string): ReportFigures {
  const v = validateGrids(grids.filter((g) => g.sheet === sheet), { lang: 'zh' });
  expect(v.reports.length).toBe(1);
  expect(v.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  return v.reports[0].figures;
}

function expectPublished(figures: ReportFigures): void {
  const keys = Object.keys(published.figures.cells);
  expect(keys.length).toBe(200);
  const wrong = keys.filter((k) => {
    const want = published.figures.cells[k].value;
    const got = figures.cells[k];
    return !got || got.value !== want;
  });
  expect(wrong).toEqual([]);
}

describe('(a) standalone page on .xlsx files', () => {
  test('the seed workbook: two errors listed, errors first, 230 → 222 suggested; clicking one shows its cell', async () => {
    const sheets = handmadeSheets(getFormat('2019'), haidong.cells, { unit: '海东市', year: 2019 });
    const seed = writeXlsx('海东市2019年报.xlsx', await workbookBytes(plainWorkbook(sheets)));
    const context = await newContext(null, { width: 1100, height: 900 });
    const page = await context.newPage();
    await firstRender(page, `${server.url}standalone.html`, 'text=年报助手（网页版）', 'standalone page');
    await page.setInputFiles('#file-input', seed);
    await page.waitForSelector('.chosen-file');
    await page.click('#validate-button');
    await page.waitForSelector('#validation-summary', { timeout: 60000 });
    expect(await page.textContent('#validation-summary')).toMatch(/错误 2 项/);
    const severities = await page.$$eval('.finding', (els) => els.map((e) => (e.textContent || '').indexOf('错误') >= 0));
    expect(severities.slice(0, 2)).toEqual([true, true]);
    const suggestion = await page.textContent('.finding-suggestion');
    expect(suggestion).toMatch(/改为 222/);
    const address = (await page.getAttribute('.finding:has(.finding-suggestion)', 'data-address')) as string;
    await page.click('.finding:has(.finding-suggestion)');
    await page.waitForSelector('#preview-title');
    expect(await page.textContent('#preview-title')).toContain(address);
    expect((await page.textContent('.preview-target')) || '').toBe('230');
    await expectPolicyKept(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standalone-validate.png'), fullPage: true });
    await context.close();
  });

  test('the 淮安 departmental set: the consolidated download equals the published figures', async () => {
    const departments = departmentSet(published.figures, 2024, 30);
    const files: string[] = [];
    for (const d of departments) files.push(writeXlsx(d.file, await workbookBytes(departmentWorkbook(d))));
    const context = await newContext(null, { width: 1100, height: 1000 });
    const page = await context.newPage();
    await page.goto(`${server.url}standalone.html`);
    await page.setInputFiles('#file-input', files);
    await page.waitForFunction(() => document.querySelectorAll('.chosen-file').length === 30);
    await page.click('role=tab[name="汇总"]');
    await page.click('#consolidate-button');
    await page.waitForSelector('#download-button', { timeout: 120000 });
    expect(await page.$$eval('.status-line.status-included', (els) => els.length)).toBe(30);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-button')]);
    const saved = path.join(tmp, 'download.xlsx');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('2024年全市汇总.xlsx');
    const grids = await readWorkbook(new Uint8Array(fs.readFileSync(saved)));
    expect(grids.map((g) => g.sheet)).toEqual(['全市汇总', '汇总明细', '来源清单']);
    expectPublished(figuresOf(grids, '全市汇总'));
    await expectPolicyKept(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'standalone-consolidate.png'), fullPage: true });
    await context.close();
  });
});

type CellValues = Array<{ row: number; col: number; value: number | string | null }>;

async function syncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __workbook: { syncs: number } }).__workbook.syncs);
}

/** A sheet of the double's workbook as a Grid (values only), read in the page. */
async function sheetGrid(page: Page, name: string): Promise<Grid> {
  const cells = (await page.evaluate((n) => {
    const s = (window as unknown as { __workbook: { sheet(n: string): { cells: Map<string, { value: unknown }> } } }).__workbook.sheet(n);
    const out: Array<[string, unknown]> = [];
    s.cells.forEach((c, k) => out.push([k, c.value]));
    return out;
  }, name)) as Array<[string, string | number | null]>;
  const rows: GridCell[][] = [];
  for (const [k, v] of cells) {
    if (v === null) continue;
    const [r, c] = k.split(',').map(Number);
    (rows[r] = rows[r] || [])[c] = { value: v };
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return { sheet: name, cells: rows, merges: [] };
}

async function formats(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const s = (window as unknown as { __workbook: { sheet(n: string): { cells: Map<string, { fill: unknown; fontColor: unknown; bold: unknown; borders: unknown }> } } }).__workbook.sheet(n);
    const out: string[] = [];
    s.cells.forEach((c, k) => out.push(`${k}:${JSON.stringify([c.fill, c.fontColor, c.bold, c.borders])}`));
    return out.sort().join('\n');
  }, name);
}

describe.each([['full', 'full'], ['ExcelApi 1.1', '1.1']] as Array<[string, '1.1' | 'full']>)('(b) task pane in a test Office host, %s', (label, api) => {
  test('insert → fill → validate → mark → select → clear → consolidate', async () => {
    const context = await newContext(officeDouble, { width: 400, height: 1000 }, api);
    const page = await context.newPage();
    await firstRender(page, `${server.url}taskpane.html?${HOST_QUERY}`, '#validate-button', `task pane, ${label}`);

    // 插入模板
    await page.click('role=tab[name="插入模板"]');
    await page.fill('#tpl-unit', '淮安市');
    await page.fill('#tpl-year', '2024');
    await page.evaluate(() => ((window as unknown as { __workbook: { syncs: number } }).__workbook.syncs = 0));
    await page.click('.ms-Button--primary:has-text("插入模板")');
    await page.waitForSelector(`text=已插入新工作表“${TEMPLATE_SHEET_NAME}”`);
    expect(await syncs(page)).toBe(2);

    // Fill in the published 淮安 figures with one typing error: （一）予以公开/总计 8 too high.
    const layout = buildLayout(getFormat('2021'), { unit: '淮安市', year: 2024 });
    const wrongKey = refKey({ table: 't3_applications', row: 'r3_1_open', column: 'c_total' });
    const values: CellValues = [];
    for (const input of layout.inputs) {
      const reading = published.figures.cells[input.key];
      if (!reading || reading.value === null) continue;
      values.push({ row: input.row, col: input.col, value: input.key === wrongKey ? reading.value + 8 : reading.value });
    }
    await page.evaluate(
      ({ name, cells }) => {
        const wb = (window as unknown as { __workbook: { sheet(n: string): { cell(r: number, c: number): { value: unknown } } } }).__workbook;
        const s = wb.sheet(name);
        for (const c of cells) s.cell(c.row, c.col).value = c.value;
      },
      { name: TEMPLATE_SHEET_NAME, cells: values },
    );
    const formatsBefore = await formats(page, TEMPLATE_SHEET_NAME);

    // 校验: findings, marks, one read + one write.
    await page.click('role=tab[name="校验"]');
    await page.evaluate(() => ((window as unknown as { __workbook: { syncs: number } }).__workbook.syncs = 0));
    await page.click('#validate-button');
    await page.waitForSelector('#validation-summary');
    expect(await syncs(page)).toBe(2);
    expect(await page.textContent('#validation-summary')).toMatch(/错误 \d+ 项/);
    const input = layout.inputs.filter((i) => i.key === wrongKey)[0];
    const wrongAddress = `${TEMPLATE_SHEET_NAME}!${String.fromCharCode(65 + input.col)}${input.row + 1}`;
    expect(await page.textContent('.finding-suggestion')).toContain(`把 ${wrongAddress} 改为 ${published.figures.cells[wrongKey].value}`);
    const marked = await page.evaluate(
      ({ name, r, c }) => (window as unknown as { __workbook: { sheet(n: string): { cell(r: number, c: number): { fill: string | null } } } }).__workbook.sheet(name).cell(r, c).fill,
      { name: TEMPLATE_SHEET_NAME, r: input.row, c: input.col },
    );
    expect(marked).toBe('#FFC7CE');
    expect(await formats(page, TEMPLATE_SHEET_NAME)).not.toEqual(formatsBefore);
    await page.screenshot({ path: path.join(SCREENSHOTS, `taskpane-validate-${api}.png`), fullPage: true });

    // Clicking the finding selects its cell in Excel.
    await page.click('.finding:has(.finding-suggestion)');
    await page.waitForFunction((a) => (window as unknown as { __workbook: { selected: string } }).__workbook.selected === a, wrongAddress);

    // 清除标记: every cell looks exactly as before validation.
    await page.click('#clear-marks-button');
    await page.waitForSelector('text=已清除');
    expect(await formats(page, TEMPLATE_SHEET_NAME)).toEqual(formatsBefore);

    // The sheet protected with a password (full API: lifting it fails; ExcelApi 1.1: Excel refuses the
    // formats): the findings are listed all the same, nothing is marked, and the pane says why.
    const protection = await page.evaluate((name) => {
      const s = (window as unknown as { __workbook: { sheet(n: string): { protected: boolean; password: string | null } } }).__workbook.sheet(name);
      const before = { protected: s.protected, password: s.password };
      s.protected = true;
      s.password = 'secret';
      return before;
    }, TEMPLATE_SHEET_NAME);
    await page.evaluate(() => ((window as unknown as { __workbook: { syncs: number } }).__workbook.syncs = 0));
    await page.click('#validate-button');
    await page.waitForSelector('#validate-notice');
    expect(await syncs(page)).toBe(2);
    expect(await page.textContent('#validate-notice')).toContain(api === 'full' ? '工作表受密码保护，未能标出单元格；问题清单如下' : 'Excel 拒绝了格式修改，未能标出单元格；问题清单如下');
    expect(await page.textContent('.finding-suggestion')).toContain(`把 ${wrongAddress} 改为 ${published.figures.cells[wrongKey].value}`);
    expect(await formats(page, TEMPLATE_SHEET_NAME)).toEqual(formatsBefore);
    await page.screenshot({ path: path.join(SCREENSHOTS, `taskpane-validate-protected-${api}.png`), fullPage: true });
    await page.evaluate(
      ({ name, before }) => {
        const s = (window as unknown as { __workbook: { sheet(n: string): { protected: boolean; password: string | null } } }).__workbook.sheet(name);
        s.protected = before.protected;
        s.password = before.password;
      },
      { name: TEMPLATE_SHEET_NAME, before: protection },
    );

    // 应用建议, then the sheet validates clean.
    await page.click('#validate-button');
    await page.waitForSelector('.apply-suggestion');
    await page.click('.apply-suggestion');
    await page.waitForSelector('text=请重新校验');
    await page.click('#validate-button');
    await page.waitForSelector('text=全部校验通过');
    await page.click('#clear-marks-button');
    await page.waitForSelector('text=已清除');
    expect(await formats(page, TEMPLATE_SHEET_NAME)).toEqual(formatsBefore);

    // 汇总 of two departments' sheets copied into the workbook.
    const [d1, d2] = departmentSet(published.figures, 2024, 2);
    for (const d of [d1, d2]) {
      const vals: Record<string, number | null> = {};
      for (const key of Object.keys(d.figures.cells)) vals[key] = d.figures.cells[key].value;
      const rows = handmadeSheets(getFormat('2021'), vals, { unit: d.unit, year: 2024 })[0].rows;
      await page.evaluate(
        ({ name, r }) => (window as unknown as { __workbook: { addSheet(n: string, r: unknown): void } }).__workbook.addSheet(name, r),
        { name: d.unit, r: rows },
      );
    }
    await page.click('role=tab[name="汇总"]');
    await page.waitForSelector(`text=${d2.unit}`);
    await page.click(`text=${d1.unit}`);
    await page.click(`text=${d2.unit}`);
    await page.evaluate(() => ((window as unknown as { __workbook: { syncs: number } }).__workbook.syncs = 0));
    await page.click('#consolidate-button');
    await page.waitForSelector('text=已汇总 2 份报表');
    expect(await syncs(page)).toBeLessThanOrEqual(3);
    expect(await syncs(page)).toBe(2);
    const names = await page.evaluate(() => (window as unknown as { __workbook: { sheets: Array<{ name: string }> } }).__workbook.sheets.map((s) => s.name));
    expect(names).toEqual(['Sheet1', TEMPLATE_SHEET_NAME, d1.unit, d2.unit, '全市汇总', '汇总明细', '来源清单']);
    expectPublished(figuresOf([await sheetGrid(page, '全市汇总')], '全市汇总'));
    await expectPolicyKept(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, `taskpane-consolidate-${api}.png`), fullPage: true });
    await context.close();
  });
});

test('(c) inside Office with office.js unreachable: a clear Chinese message, not a blank pane', async () => {
  const context = await newContext(null);
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html?${HOST_QUERY}`);
  await page.waitForSelector('text=无法加载 Office.js');
  expect(await page.textContent('body')).toMatch(/单位内网无法访问微软的 CDN/);
  await expectPolicyKept(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'taskpane-office-missing.png'), fullPage: true });
  await context.close();
});

test('(c\u2032) outside Office, taskpane.html falls back to the standalone page', async () => {
  const context = await newContext(null, { width: 800, height: 600 });
  const page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector('text=年报助手（网页版）');
  await expectPolicyKept(page);
  await context.close();
});

test('(c\u2033) the policy is enforced and its violations are seen: an injected inline script and a Function(…) call (even caught) are blocked and reported', async () => {
  const context = await newContext(null, { width: 800, height: 600 });
  const page = await context.newPage();
  await page.goto(`${server.url}standalone.html`);
  await page.waitForSelector('text=年报助手（网页版）');
  const logged = cspConsole.length;
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.appendChild(s);
  });
  await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
  // A script of the page's own origin that reaches for Function(…), as a bundle's fallback would:
  // refused (no 'unsafe-eval'), and reported although the script catches the error.
  await page.route(`${server.url}csp-probe.js`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/javascript', body: "try { window.__evaluated = Function('return 1')(); } catch (e) { window.__evaluated = e.name; }" }),
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const s = document.createElement('script');
        s.src = 'csp-probe.js';
        s.onload = () => resolve();
        document.head.appendChild(s);
      }),
  );
  expect(await page.evaluate(() => (window as unknown as { __evaluated?: unknown }).__evaluated)).toBe('EvalError');
  expect((await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))[1]).toMatch(/^script-src blocked eval/);
  // The console names the policy too; those lines are this test's own, not a finding of the others.
  // Chromium logs the refused inline script, not the refused Function(…) the script caught: the
  // securitypolicyviolation events above are what see those. The context is closed before this
  // test's own lines are taken away, so none comes late to the other tests' checks.
  for (let i = 0; i < 50 && cspConsole.length === logged; i++) await new Promise((r) => setTimeout(r, 100));
  await context.close();
  const own = cspConsole.splice(logged);
  expect(own).toEqual([expect.stringMatching(/inline script.*Content Security Policy directive.*script-src 'self'/)]);
});

test('(c\u2034) Microsoft\'s own office.js (the published files, answering for the CDN) loads its Excel scripts under the pane\'s policy', async () => {
  // No Office host here: office.js loads what the host info asks for and then waits for a host that
  // never answers. What matters is that nothing it loads or runs on the way is refused.
  for (const [hostInfo, hostScript] of [
    ['Excel$Win32$16.01$zh-CN$$$$0', 'excel-win32-16.01.js'],
    ['Excel$Web$16.01$zh-CN$$$$0', 'excel-web-16.00.js'],
  ]) {
    realOfficeJsRequests.length = 0;
    const context = await newContext(REAL_OFFICE_JS);
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html?_host_Info=${hostInfo}`);
    // A script the policy refused would never be requested: the list shows what got through.
    for (let i = 0; i < 100 && realOfficeJsRequests.length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    expect(realOfficeJsRequests).toEqual(['office.js', hostScript, 'zh-cn/office_strings.js']);
    // …and ran: office.js defined Office, its strings file defined Strings.OfficeOM.
    await page.waitForFunction(() => {
      const w = window as unknown as { Office?: unknown; Strings?: { OfficeOM?: unknown } };
      return typeof w.Office === 'object' && !!w.Strings && !!w.Strings.OfficeOM;
    });
    await expectPolicyKept(page);
    await context.close();
  }
});

test('(d) the ribbon\'s 一键校验 validates and marks the active sheet without the pane, then reports in a dialog', async () => {
  const context = await newContext(officeDouble);
  const page = await context.newPage();
  await page.goto(`${server.url}commands.html?${HOST_QUERY}`);
  await page.waitForFunction(() => typeof (window as unknown as { validateSheet?: unknown }).validateSheet === 'function');
  // When Office is ready the function file lists the sheets once, so that 一键校验 reads them all in one sync.
  await page.waitForFunction(() => (window as unknown as { __workbook: { runs: number } }).__workbook.runs >= 1);
  const sheets = handmadeSheets(getFormat('2019'), haidong.cells, { unit: '海东市', year: 2019 });
  await page.evaluate(
    ({ name, rows }) => {
      const wb = (window as unknown as { __workbook: { addSheet(n: string, r: unknown): void; active: number; syncs: number } }).__workbook;
      wb.addSheet(name, rows);
      wb.active = 1;
      wb.syncs = 0;
    },
    { name: sheets[0].name, rows: sheets[0].rows },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        (window as unknown as { validateSheet(e: { completed(): void }): void }).validateSheet({ completed: () => resolve() });
      }),
  );
  expect(await syncs(page)).toBe(2);
  const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
  expect(dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/taskpane\.html\?view=summary&sheet=.*&reports=1&errors=2&/);
  const fills = await page.evaluate(() => {
    const s = (window as unknown as { __workbook: { sheets: Array<{ cells: Map<string, { fill: string | null }> }> } }).__workbook.sheets[1];
    let n = 0;
    s.cells.forEach((c) => {
      if (c.fill === '#FFC7CE') n++;
    });
    return n;
  });
  expect(fills).toBeGreaterThan(0);
  await expectPolicyKept(page);
  // The dialog page itself.
  await page.goto(`${server.url}${dialogs[0].replace(/^.*\/taskpane\.html/, 'taskpane.html')}&${HOST_QUERY}`);
  await page.waitForSelector('text=错误 2 项');
  await expectPolicyKept(page);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'ribbon-validate-dialog.png') });
  await context.close();
});

test('no request left 127.0.0.1 except office.js (answered by the test)', () => {
  expect(external).toEqual([]);
});

test('no page logged a Content Security Policy message', () => {
  expect(cspConsole).toEqual([]);
});
