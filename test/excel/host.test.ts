/**
 * src/excel over office-addin-mock (test/excel/fakeExcel.ts): every job on a real report, with the
 * context.sync() calls counted — for ExcelApi 1.1 (Office 2016) and for the full set (Microsoft 365).
 * Limits (issue 5): validation ≤ 2 (one read, one write) at any table size; template ≤ 3;
 * consolidation of K sheets ≤ 3 in all.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import * as fs from 'fs';
import * as path from 'path';
import { getFormat, refKey } from '../../src/formats';
import { buildLayout } from '../../src/layout';
import { parseExample, type ExampleJson } from '../../src/examples/load';
import { handmadeSheets } from '../../src/examples/handmade';
import { departmentSet } from '../../src/consolidate/demoSet';
import { publishedReportFigures, type PublishedReportJson } from '../../src/examples/published';
import { validateGrids } from '../../src/workflow/validate';
import { EXCEL_API_1_1, EXCEL_API_FULL, detectApiSupport, type ApiSupport } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import { excelWorkspace } from '../../src/excel/workspace';
import { MARKS_SETTING } from '../../src/excel/markStore';
import { MARK_STYLES } from '../../src/excel/cellFormat';
import type { Finding } from '../../src/rules/types';
import { blankCell, FakeWorkbook, filledCells, type Cell } from './fakeExcel';

const ROOT = path.resolve(__dirname, '..', '..');
const haidongJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/haidong-2019.json'), 'utf8')) as ExampleJson;
const huaianJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/huaian-2024.json'), 'utf8'));
const haidong = parseExample(haidongJson, '海东市');

/**
 * The seed's tables laid out as a department types them, on one sheet, after a 说明 sheet; the host
 * has listed the sheets once (as the pane does when it opens), and the sync counter starts at 0.
 */
async function seedWorkbook(api: ApiSupport): Promise<{ wb: FakeWorkbook; host: ExcelHost }> {
  const wb = new FakeWorkbook();
  const [sheet] = handmadeSheets(getFormat('2019'), haidong.cells, { unit: '海东市', year: 2019 });
  wb.addSheet('说明', [['本工作簿：海东市 2019 年报']]);
  wb.addSheet(sheet.name, sheet.rows as Array<Array<string | number | null>>);
  wb.active = 1;
  const host = new ExcelHost(wb.run, api, wb.settings());
  await host.listSheets();
  wb.syncs = 0;
  return { wb, host };
}

function validateWith(host: ExcelHost) {
  return host.validateWorkbook((grids) => {
    const v = validateGrids(grids, { lang: 'zh' });
    const findings: Finding[] = [];
    for (const r of v.reports) for (const f of r.findings) findings.push(f);
    return { result: v, findings };
  });
}

const APIS: Array<[string, ApiSupport]> = [
  ['ExcelApi 1.1', EXCEL_API_1_1],
  ['full API', EXCEL_API_FULL],
];

test('detectApiSupport asks Office for each requirement set', () => {
  const asked: string[] = [];
  const upTo17 = detectApiSupport((name, v) => {
    asked.push(`${name} ${v}`);
    return name === 'ExcelApi' && Number(String(v).split('.')[1]) <= 7;
  });
  expect(upTo17).toMatchObject({ merge: true, protection: true, conditionalFormats: true, freezePanes: true, dataValidation: false, pageLayout: false, mergedAreas: false });
  expect(asked).toContain('ExcelApi 1.13');
  expect(detectApiSupport(() => false)).toEqual(EXCEL_API_1_1);
  expect(detectApiSupport(() => {
    throw new Error('old Office');
  })).toEqual(EXCEL_API_1_1);
});

describe.each(APIS)('%s', (_name, api) => {
  test('reading a sheet: one sync, cells at their sheet coordinates, formulas and errors kept', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('表', []);
    s.cell(2, 1).value = '规章';
    s.cell(2, 2).value = 5;
    s.cell(3, 2).value = 7;
    s.cell(3, 2).formula = 'SUM(C1:C2)';
    s.cell(4, 3).error = '#REF!';
    const host = new ExcelHost(wb.run, api, wb.settings());
    const { grids } = await host.readSheets(['表']);
    expect(wb.syncs).toBe(1);
    const g = grids[0];
    expect(g.sheet).toBe('表');
    expect(g.cells[2][1]).toEqual({ value: '规章' });
    expect(g.cells[2][2]).toEqual({ value: 5 });
    expect(g.cells[3][2]).toEqual({ value: 7, formula: 'SUM(C1:C2)' });
    expect(g.cells[4][3]).toEqual({ value: null, error: '#REF!' });
    expect(g.cells[0]).toEqual([]);
  });

  test('validation of the seed: the two findings and 230 → 222, marks in one write — 2 syncs', async () => {
    const { wb, host } = await seedWorkbook(api);
    const out = await validateWith(host);
    expect(wb.syncs).toBe(2);
    const findings = out.result.reports[0].findings.filter((f) => f.severity === 'error');
    expect(findings.length).toBe(2);
    const suggestion = findings.map((f) => f.suggestion).filter((x) => x)[0];
    expect(suggestion && suggestion.value).toBe(222);
    const address = (suggestion as { address: string }).address;
    const sheet = wb.sheet(out.active);
    expect(sheet.peek(address.split('!')[1]).value).toBe(230);
    // Every cell a finding points at is marked; nothing else on the sheet got a fill.
    const named = new Set<string>();
    for (const f of out.result.reports[0].findings) {
      named.add((f.cells[0].address as string).split('!')[1]);
      if (f.suggestion && f.suggestion.address) named.add(f.suggestion.address.split('!')[1]);
    }
    // The two errors point at their totals (H29, H48) and at the cell to correct (H29): two cells, plus the warning's.
    expect(named.size).toBe(3);
    expect(out.marks.marked).toBe(named.size);
    expect(filledCells(sheet)).toEqual(Array.from(named).sort());
    expect(sheet.peek(address.split('!')[1]).fill).toBe(MARK_STYLES.error.fill);
    expect(sheet.peek(address.split('!')[1]).borders.EdgeTop.color).toBe(MARK_STYLES.error.border);
    // The formats under the marks are kept in the workbook settings (saved once).
    const saved = wb.settingsStore.get(MARKS_SETTING) as { sheets: Array<{ sheetName: string; cells: unknown[] }> };
    expect(saved.sheets[0].sheetName).toBe(out.active);
    expect(saved.sheets[0].cells.length).toBe(named.size);
    expect(wb.settingsSaves).toBe(1);
  });

  test('清除标记 restores exactly the fill, font and borders each cell had', async () => {
    const { wb, host } = await seedWorkbook(api);
    const sheet = wb.sheets[1];
    // The user's own formatting on two cells that will be marked, and on a neighbour sharing a border.
    const first = await validateWith(host);
    const targets = Array.from(new Set(first.result.reports[0].findings.map((f) => (f.cells[0].address as string).split('!')[1])));
    await host.clearMarks();
    const [a, b] = targets;
    expect(sheet.peek(b).fill).toBeNull();
    const own: Partial<Cell> = { fill: '#FFFF00', fontColor: '#0070C0', bold: true };
    Object.assign(sheet.cell(rowOf(a), colOf(a)), own);
    sheet.cell(rowOf(a), colOf(a)).borders.EdgeBottom = { style: 'Dash', color: '#00B050', weight: 'Thick' };
    const before = snapshot(sheet);
    wb.syncs = 0;
    await validateWith(host);
    expect(wb.syncs).toBe(2);
    expect(sheet.peek(a).fill).toBe(MARK_STYLES.error.fill);
    expect(sheet.peek(b).fill).toBe(MARK_STYLES.error.fill);
    wb.syncs = 0;
    const restored = await host.clearMarks();
    expect(wb.syncs).toBe(2);
    expect(restored).toBeGreaterThanOrEqual(2);
    expect(snapshot(sheet)).toEqual(before);
    expect(sheet.peek(a).fill).toBe('#FFFF00');
    expect(sheet.peek(a).borders.EdgeBottom).toEqual({ style: 'Dash', color: '#00B050', weight: 'Thick' });
    expect(sheet.peek(b).fill).toBeNull();
    expect((wb.settingsStore.get(MARKS_SETTING) as { sheets: unknown[] }).sheets).toEqual([]);
  });

  test('applying the suggestion, then validating again: the marks go and the cells look as before — 1 + 2 syncs', async () => {
    const { wb, host } = await seedWorkbook(api);
    const before = snapshot(wb.sheets[1]);
    const out = await validateWith(host);
    const suggestion = out.result.reports[0].findings.map((f) => f.suggestion).filter((x) => x)[0] as { address: string; value: number };
    wb.syncs = 0;
    await host.applySuggestion(suggestion.address, suggestion.value);
    expect(wb.syncs).toBe(1);
    expect(wb.sheets[1].peek(suggestion.address.split('!')[1]).value).toBe(222);
    wb.syncs = 0;
    const again = await validateWith(host);
    expect(wb.syncs).toBe(2);
    expect(again.result.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Cells still named by a remaining warning keep their mark; every other mark is gone.
    expect(again.marks.restored + again.marks.marked).toBe(out.marks.marked);
    const after = snapshot(wb.sheets[1]);
    const keys = [suggestion.address.split('!')[1]];
    for (const f of again.result.reports[0].findings) for (const c of f.cells) if (c.address) keys.push(c.address.split('!')[1]);
    for (const a of keys) {
      delete before[`${rowOf(a)},${colOf(a)}`];
      delete after[`${rowOf(a)},${colOf(a)}`];
    }
    expect(Object.keys(after).length).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  test('selecting a finding\'s cell activates its sheet — 1 sync', async () => {
    const { wb, host } = await seedWorkbook(api);
    wb.active = 0;
    await host.selectCell(`${wb.sheets[1].name}!H20`);
    expect(wb.syncs).toBe(1);
    expect(wb.active).toBe(1);
    expect(wb.selected).toBe(`${wb.sheets[1].name}!H20`);
  });

  test('插入模板: a new sheet, never overwriting; 2 syncs; read back it is recognised and, filled, valid', async () => {
    const wb = new FakeWorkbook();
    const layout = buildLayout(getFormat('2021'), { unit: '淮安市', year: 2024 });
    wb.addSheet(layout.sheetName, [['已有内容，不可覆盖']]);
    const host = new ExcelHost(wb.run, api, wb.settings());
    const name = await host.insertTemplate(layout);
    expect(wb.syncs).toBeLessThanOrEqual(3);
    expect(wb.syncs).toBe(2);
    expect(name).toBe(`${layout.sheetName} (2)`);
    expect(wb.sheet(layout.sheetName).peek('A1').value).toBe('已有内容，不可覆盖');
    const sheet = wb.sheet(name);
    expect(wb.active).toBe(1);
    expect(sheet.merges.length).toBe(api.merge ? layout.merges.length : 0);
    expect(sheet.protected).toBe(api.protection);
    expect(sheet.conditionalFormats.length).toBe(api.conditionalFormats ? layout.conditionalFormats.length : 0);
    expect(sheet.validations.length).toBe(api.dataValidation ? layout.validations.length : 0);
    expect(sheet.hiddenColumns.has(layout.width)).toBe(api.hideColumns);
    if (!api.hideColumns) expect(sheet.columnWidths.get(layout.width)).toBe(0);
    // Labels verbatim where the layout put them; input cells unlocked only where protection exists.
    for (const c of layout.cells) if (typeof c.value === 'string') expect(sheet.peek(`${colLetter(c.col)}${c.row + 1}`).value).toBe(c.value);
    // Fill it with the published 淮安 figures, then validate: recognised, no error.
    const published = publishedReportFigures(huaianJson as PublishedReportJson);
    for (const input of layout.inputs) {
      const reading = published.figures.cells[input.key];
      if (reading && reading.value !== null) sheet.cell(input.row, input.col).value = reading.value;
    }
    wb.syncs = 0;
    const out = await validateWith(host);
    expect(wb.syncs).toBe(1); // nothing to mark, nothing marked before: no write round trip
    expect(out.result.reports.length).toBe(1);
    expect(out.result.reports[0].report.format).toBe('2021');
    expect(out.result.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.result.reports[0].figures.cells[refKey({ table: 't3_applications', row: 'r1_new', column: 'c_total' })].value).toBe(3119);
  });

  for (const k of [3, 12]) {
    test(`汇总 of ${k} sheets of the workbook: equals the published 淮安 figures, sources untouched — 2 syncs in all`, async () => {
      const published = publishedReportFigures(huaianJson as PublishedReportJson);
      const departments = departmentSet(published.figures, 2024, k);
      const wb = new FakeWorkbook();
      const names: string[] = [];
      for (const d of departments) {
        const values: Record<string, number | null> = {};
        for (const key of Object.keys(d.figures.cells)) values[key] = d.figures.cells[key].value;
        const [sheet] = handmadeSheets(getFormat('2021'), values, { unit: d.unit, year: 2024 });
        wb.addSheet(d.unit, sheet.rows as Array<Array<string | number | null>>);
        names.push(d.unit);
      }
      const sourcesBefore = wb.sheets.map(snapshot);
      const host = new ExcelHost(wb.run, api, wb.settings());
      const ws = excelWorkspace(host, 'zh', false);
      const progress: number[] = [];
      const run = await ws.consolidate(
        names.map((sheet) => ({ kind: 'sheet' as const, sheet })),
        (st) => progress.push(st.length),
      );
      expect(wb.syncs).toBeLessThanOrEqual(3);
      expect(wb.syncs).toBe(2);
      expect(run.included).toBe(k);
      expect(run.statuses.every((s) => s.state === 'included')).toBe(true);
      expect(run.sheetsWritten).toEqual(['全市汇总', '汇总明细', '来源清单']);
      expect(wb.sheets.slice(0, k).map(snapshot)).toEqual(sourcesBefore);
      // 全市汇总 read back and validated: every figure equals the published one.
      wb.syncs = 0;
      const { grids } = await host.readSheets(['全市汇总']);
      const v = validateGrids(grids, { lang: 'zh' });
      expect(v.reports.length).toBe(1);
      expect(v.reports[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
      let compared = 0;
      for (const key of Object.keys(published.figures.cells)) {
        const want = published.figures.cells[key].value;
        const got = v.reports[0].figures.cells[key];
        expect([key, got ? got.value : undefined]).toEqual([key, want === null ? null : want]);
        compared++;
      }
      expect(compared).toBe(200); // every figure of the 2021 format
      // 汇总明细 names every department; 来源清单 lists every sheet, text kept as text.
      const breakdown = wb.sheet('汇总明细');
      const unitsColumn = Array.from(breakdown.cells.entries()).filter(([key]) => key.split(',')[1] === '1').map(([, c]) => c.value);
      for (const n of names) expect(unitsColumn).toContain(n);
      const sourceTexts = Array.from(wb.sheet('来源清单').cells.values()).map((c) => c.value);
      for (const n of names) expect(sourceTexts).toContain(n);
    });
  }
});

test('a second 汇总 never replaces the first run\'s sheets; output sheets are not offered as inputs', async () => {
  const published = publishedReportFigures(huaianJson as PublishedReportJson);
  const [d1, d2] = departmentSet(published.figures, 2024, 2);
  const wb = new FakeWorkbook();
  for (const d of [d1, d2]) {
    const values: Record<string, number | null> = {};
    for (const key of Object.keys(d.figures.cells)) values[key] = d.figures.cells[key].value;
    wb.addSheet(d.unit, handmadeSheets(getFormat('2021'), values, { unit: d.unit, year: 2024 })[0].rows as Array<Array<string | number | null>>);
  }
  const ws = excelWorkspace(new ExcelHost(wb.run, EXCEL_API_1_1, wb.settings()), 'zh', false);
  const inputs = [d1.unit, d2.unit].map((sheet) => ({ kind: 'sheet' as const, sheet }));
  await ws.consolidate(inputs, () => undefined);
  const second = await ws.consolidate(inputs, () => undefined);
  expect(second.sheetsWritten).toEqual(['全市汇总 (2)', '汇总明细 (2)', '来源清单 (2)']);
  expect(await ws.listSheets()).toEqual([d1.unit, d2.unit]);
});

test('a sheet with no official table is listed with its reason, the others are summed', async () => {
  const published = publishedReportFigures(huaianJson as PublishedReportJson);
  const [d1] = departmentSet(published.figures, 2024, 1);
  const wb = new FakeWorkbook();
  const values: Record<string, number | null> = {};
  for (const key of Object.keys(d1.figures.cells)) values[key] = d1.figures.cells[key].value;
  wb.addSheet(d1.unit, handmadeSheets(getFormat('2021'), values, { unit: d1.unit, year: 2024 })[0].rows as Array<Array<string | number | null>>);
  wb.addSheet('会议记录', [['2025年1月8日 会议纪要'], ['议题', '结论']]);
  const ws = excelWorkspace(new ExcelHost(wb.run, EXCEL_API_FULL, wb.settings()), 'zh', false);
  const run = await ws.consolidate(
    [d1.unit, '会议记录'].map((sheet) => ({ kind: 'sheet' as const, sheet })),
    () => undefined,
  );
  expect(wb.syncs).toBe(2);
  expect(run.included).toBe(1);
  const bad = run.statuses.filter((s) => s.state === 'failed')[0];
  expect(bad.label).toBe('会议记录');
  expect(bad.detail).toMatch(/会议记录/);
});

function rowOf(a: string): number {
  return Number(/\d+/.exec(a)?.[0]) - 1;
}
function colOf(a: string): number {
  const letters = (/^[A-Z]+/.exec(a) as RegExpExecArray)[0];
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
function colLetter(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
/** Every cell that differs from a blank one (an untouched blank cell and a restored blank cell look alike). */
function snapshot(sheet: { cells: Map<string, Cell> }): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const blank = JSON.stringify(blankCell());
  sheet.cells.forEach((c, k) => {
    if (JSON.stringify(c) !== blank) out[k] = JSON.parse(JSON.stringify(c));
  });
  return out;
}
