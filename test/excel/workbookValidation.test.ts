/**
 * 校验 over the whole workbook: a report spread over 表二 / 表三 / 表四 sheets (which recognition and the
 * CLI accept) is validated in Excel too, and each finding is marked on the sheet its cell is on.
 * Round trips: the host remembers the visible sheets from its batches (the pane lists them when it
 * opens), so validation reads every visible sheet in ONE sync and marks in one more — 2 in all. A sheet
 * it has not seen (added since, and not the active one) costs one more read; a remembered sheet
 * deleted since is read around.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import { getFormat } from '../../src/formats';
import { handmadeSheets } from '../../src/examples/handmade';
import { departmentSet } from '../../src/consolidate/demoSet';
import { EXCEL_API_1_1, EXCEL_API_FULL, type ApiSupport } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import { excelWorkspace } from '../../src/excel/workspace';
import { MARKS_SETTING } from '../../src/excel/markStore';
import { MARK_STYLES } from '../../src/excel/cellFormat';
import { FakeWorkbook, filledCells } from './fakeExcel';
import { allFindings, huaian, local, seedSheets, validateWith } from './workbooks';

const APIS: Array<[string, ApiSupport]> = [
  ['ExcelApi 1.1', EXCEL_API_1_1],
  ['full API', EXCEL_API_FULL],
];

/** 说明, then the seed's sections on three sheets (主动公开 / 依申请公开 / 复议诉讼); 依申请公开 is active. */
function splitSeed(api: ApiSupport): { wb: FakeWorkbook; host: ExcelHost } {
  const wb = new FakeWorkbook();
  wb.addSheet('说明', [['本工作簿：海东市 2019 年报，统计表分三张工作表']]);
  for (const s of seedSheets({ sheetPerSection: true })) wb.addSheet(s.name, s.rows);
  wb.active = 2;
  return { wb, host: new ExcelHost(wb.run, api, wb.settings()) };
}

describe.each(APIS)('%s', (_name, api) => {
  test('tables on three sheets: one report, the seed\'s two errors and 230 → 222, marked on 依申请公开 — 2 syncs after the pane listed the sheets', async () => {
    const { wb, host } = splitSeed(api);
    const ws = excelWorkspace(host, 'zh', false);
    expect(await ws.listSheets()).toEqual(['说明', '主动公开', '依申请公开', '复议诉讼']); // the pane opening
    wb.syncs = 0;
    const run = await ws.validate();
    expect(wb.syncs).toBe(2); // one read of the four sheets, one write of the marks
    expect(run.validation.issues).toEqual([]);
    expect(run.validation.reports.length).toBe(1);
    const report = run.validation.reports[0];
    expect(report.report.sheets).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    expect(report.report.issues.filter((i) => i.code === 'missing-table')).toEqual([]);
    expect(run.subject).toBe('主动公开、依申请公开、复议诉讼');
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBe(2);
    const suggestion = errors.map((f) => f.suggestion).filter((x) => x)[0] as { address: string; value: number; from?: number | null };
    expect([suggestion.value, suggestion.from]).toEqual([222, 230]);
    expect(suggestion.address.split('!')[0]).toBe('依申请公开');
    // Marks on the sheet of each cell: the two totals on 依申请公开, the seed's 亿元 amount (a warning) on 主动公开.
    const sheet = wb.sheet('依申请公开');
    expect(sheet.peek(local(suggestion.address)).fill).toBe(MARK_STYLES.error.fill);
    expect(filledCells(sheet)).toEqual(errors.map((f) => local(f.cells[0].address)).sort());
    const warning = report.findings.filter((f) => f.severity === 'warning')[0];
    expect(warning.cells[0].address).toBe('主动公开!C21');
    expect(filledCells(wb.sheet('主动公开'))).toEqual(['C21']);
    expect(wb.sheet('主动公开').peek('C21').fill).toBe(MARK_STYLES.warning.fill);
    expect(run.markedCells).toBe(3);
    for (const other of ['说明', '复议诉讼']) expect([other, filledCells(wb.sheet(other))]).toEqual([other, []]);
  });

  test('a finding on another sheet than the active one is marked there; 清除标记 restores every sheet', async () => {
    const { wb, host } = splitSeed(api);
    await host.listSheets();
    // A typing error in 表四 (复议诉讼): the first figure of its data row one higher.
    const review = wb.sheet('复议诉讼');
    const figure = Array.from(review.cells.entries()).filter(([, c]) => typeof c.value === 'number')[0];
    const [r, c] = figure[0].split(',').map(Number);
    review.cell(r, c).value = (review.cell(r, c).value as number) + 5;
    wb.syncs = 0;
    const out = await validateWith(host);
    expect(wb.syncs).toBe(2);
    const sheetsWithFindings = Array.from(new Set(allFindings(out.result).map((f) => (f.cells[0].address || '').split('!')[0])));
    expect(sheetsWithFindings.sort()).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    expect(filledCells(wb.sheet('复议诉讼')).length).toBeGreaterThan(0);
    expect(filledCells(wb.sheet('依申请公开')).length).toBeGreaterThan(0);
    const saved = wb.settingsStore.get(MARKS_SETTING) as { nextSeq: number; sheets: Array<{ sheetName: string; cells: Array<{ seq: number }> }> };
    expect(saved.sheets.map((s) => s.sheetName).sort()).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    // Every mark has its own sequence number.
    const seqs = ([] as number[]).concat(...saved.sheets.map((s) => s.cells.map((x) => x.seq)));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(saved.nextSeq).toBe(1 + seqs.length);
    wb.syncs = 0;
    expect(await host.clearMarks()).toBe(out.marks.marked);
    expect(wb.syncs).toBe(2);
    for (const s of wb.sheets) expect([s.name, filledCells(s)]).toEqual([s.name, []]);
  });

  test('a host that has not seen the sheets yet reads the others in one more sync — 3; then 2', async () => {
    const { wb, host } = splitSeed(api);
    const first = await validateWith(host);
    expect(wb.syncs).toBe(3); // the sheet list with the active sheet, the other sheets, the marks
    expect(first.result.reports[0].report.sheets).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    wb.syncs = 0;
    const again = await validateWith(host);
    expect(wb.syncs).toBe(2); // every sheet in the one read, then the marks kept (re-marked)
    expect(allFindings(again.result)).toEqual(allFindings(first.result));
  });

  test('a sheet added since, a sheet deleted since, a hidden sheet: the visible workbook is read, nothing else', async () => {
    const { wb, host } = splitSeed(api);
    await host.listSheets();
    // The user deletes 说明 (remembered), hides 主动公开 and adds a sheet of notes, not active.
    wb.sheets.splice(0, 1);
    wb.active = 1;
    wb.sheet('主动公开').visibility = 'Hidden';
    wb.addSheet('备注', [['待核对']]);
    wb.syncs = 0;
    const out = await validateWith(host);
    expect(out.sheets).toEqual(['依申请公开', '复议诉讼', '备注']);
    expect(out.active).toBe('依申请公开');
    expect(out.result.reports[0].report.sheets).toEqual(['依申请公开', '复议诉讼']);
    // 表二 is on the hidden sheet: not read, so reported missing.
    expect(out.result.reports[0].report.issues.some((i) => i.code === 'missing-table')).toBe(true);
    expect(wb.syncs).toBe(4); // failed read (说明 is gone), the list with the active sheet, the others, the marks
    wb.syncs = 0;
    await validateWith(host);
    expect(wb.syncs).toBe(2);
  });

  test('after 汇总: the departments and 全市汇总 are validated, the listings (汇总明细, 来源清单) are not reports', async () => {
    const wb = new FakeWorkbook();
    const departments = departmentSet(huaian.figures, 2024, 2);
    for (const d of departments) {
      const values: Record<string, number | null> = {};
      for (const key of Object.keys(d.figures.cells)) values[key] = d.figures.cells[key].value;
      wb.addSheet(d.unit, handmadeSheets(getFormat('2021'), values, { unit: d.unit, year: 2024 })[0].rows as Array<Array<string | number | null>>);
    }
    const ws = excelWorkspace(new ExcelHost(wb.run, api, wb.settings()), 'zh', false);
    await ws.consolidate(departments.map((d) => ({ kind: 'sheet' as const, sheet: d.unit })), () => undefined);
    wb.syncs = 0;
    const run = await ws.validate();
    expect(wb.syncs).toBe(1); // every sheet known from the consolidation's batches; all valid, nothing to mark
    expect(run.validation.reports.map((r) => r.report.sheets.join('+'))).toEqual([departments[0].unit, departments[1].unit, '全市汇总']);
    expect(run.validation.issues).toEqual([]);
    for (const r of run.validation.reports) expect([r.report.sheets[0], r.report.issues, r.findings]).toEqual([r.report.sheets[0], [], []]);
    expect(run.subject).toBe(`${departments[0].unit}、${departments[1].unit}、全市汇总`);
  });
});
