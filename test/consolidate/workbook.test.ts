/**
 * The output workbook written and read back: 全市汇总 holds the summed figures in the official layout,
 * 汇总明细's total row equals them, 来源清单 lists every input, and unit or file names that look like
 * formulas stay text in the file itself.
 */
import JSZip from 'jszip';
import { consolidate } from '../../src/consolidate';
import type { ConsolidationInput } from '../../src/consolidate';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { consolidationWorkbookBytes } from '../../src/consolidate/workbook';
import { BREAKDOWN_SHEET, SOURCES_SHEET, SUMMARY_SHEET, sourcesPlan } from '../../src/consolidate/sheets';
import { getFormat } from '../../src/formats';
import { buildLayout } from '../../src/layout';
import { readWorkbook } from '../../src/xlsx';
import type { Grid } from '../../src/grid/types';
import { validateFigures } from '../../src/rules/validate';
import type { ReportFigures } from '../../src/rules/types';
import type { RecognizedReport } from '../../src/recognize/types';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const departments = splitReport(huaian, departmentWeights(5));

function input(unit: string, figures: ReportFigures, file: string): ConsolidationInput {
  const report: RecognizedReport = { format: '2021', formatEvidence: '', sheets: ['Sheet1'], tables: [], unit, year: 2024, issues: [] };
  return { file, report, figures, findings: validateFigures(figures, { lang: 'zh' }) };
}

const hostile = ['=HYPERLINK("http://evil.example","点我")', '+86-517-1234', '-1+2', '@SUM(A1:A9)', '淮安市审计局'];

function cellText(grid: Grid, row: number, col: number): unknown {
  const r = grid.cells[row];
  const c = r ? r[col] : undefined;
  return c ? c.value : undefined;
}

describe('the consolidation workbook, written and read back', () => {
  let grids: Grid[];
  let bytes: Uint8Array;
  const broken = withCorrections(departments[3], { 't4_review_litigation/r_count:c_review_total': 1 });
  const result = consolidate(
    [...departments.map((d, i) => input(hostile[i], i === 3 ? broken : d, `=cmd|' /C calc'!A${i}.xlsx`)), { file: '@坏文件.xlsx', reason: '不是 zip', reasonEn: 'not a zip' }],
    { includeInvalid: true, now: new Date('2025-01-28T09:00:00Z') },
  );

  beforeAll(async () => {
    bytes = await consolidationWorkbookBytes(result, { unit: '淮安市人民政府办公室' });
    grids = await readWorkbook(bytes);
  });

  test('three sheets, named as the issue says', () => {
    expect(grids.map((g) => g.sheet)).toEqual([SUMMARY_SHEET, BREAKDOWN_SHEET, SOURCES_SHEET]);
  });

  test('全市汇总 holds every summed figure where the official layout puts it', () => {
    const layout = buildLayout(getFormat('2021'), { unit: '淮安市人民政府办公室', year: 2024 });
    const sheet = grids[0];
    for (const cell of layout.inputs) {
      expect([cell.key, cellText(sheet, cell.row, cell.col) ?? null]).toEqual([cell.key, result.summary.cells[cell.key].value]);
    }
    expect(result.summary.cells['t4_review_litigation/r_count:c_review_total'].value).not.toBe(351);
  });

  test('汇总明细: unit rows, then a 合计 row of SUM formulas whose values equal the summary', () => {
    const sheet = grids[1];
    const firstData = 4;
    const totalRow = firstData + result.breakdown.rows.length;
    expect(cellText(sheet, totalRow, 1)).toBe('合计');
    result.breakdown.columns.forEach((c, i) => {
      const cell = sheet.cells[totalRow][3 + i];
      const expected = result.summary.cells[c.key].value;
      if (expected === null) expect(cell ?? null).toBeNull();
      else {
        expect([c.key, cell && cell.value]).toEqual([c.key, expected]);
        expect(cell && cell.formula).toMatch(/^SUM\([A-Z]+5:[A-Z]+9\)$/);
      }
    });
    // headers: official labels from src/formats
    const col = 3 + result.breakdown.columns.findIndex((c) => c.key === 't3_applications/r3_6_2_nofee:c_legalsvc');
    expect(cellText(sheet, 2, col - 4)).toBe('（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    expect(cellText(sheet, 3, col)).toBe('法人或其他组织 法律服务机构');
  });

  test('formula-like unit and file names are text cells: no formula in the file, shown as typed', async () => {
    const units = grids[1].cells.slice(4, 9).map((r) => r[1] && r[1].value);
    expect(units).toEqual(hostile);
    for (const r of grids[1].cells.slice(4, 9)) expect(r[1] && r[1].formula).toBeUndefined();
    const sources = grids[2];
    const files = sources.cells.slice(4, 10).map((r) => r[1] && r[1].value);
    expect(files).toEqual([0, 1, 2, 3, 4].map((i) => `=cmd|' /C calc'!A${i}.xlsx`).concat(['@坏文件.xlsx']));
    for (const r of sources.cells) for (const c of r) if (c) expect(c.formula).toBeUndefined();
    // The raw XML: the only <f> elements are the breakdown's SUM formulas and the summary's none.
    const zip = await JSZip.loadAsync(bytes);
    const xml = await Promise.all([1, 2, 3].map((n) => zip.file(`xl/worksheets/sheet${n}.xml`)!.async('string')));
    const formulas = xml.map((x) => (x.match(/<f>[^<]*<\/f>/g) || []).filter((f) => !/^<f>SUM\(/.test(f)));
    expect(formulas).toEqual([[], [], []]);
    expect(xml[1]).not.toMatch(/<f>[^<]*HYPERLINK/);
  });

  test('来源清单: time, counts, every input with status, reason and hash columns', () => {
    const s = grids[2];
    expect(String(cellText(s, 1, 0))).toMatch(/^汇总时间：2025-01-28 \d\d:00:00（UTC[+-]\d\d:\d\d）$/);
    expect(cellText(s, 2, 0)).toBe('格式：2021（国办公开办函〔2021〕30号）；输入 6 份：计入 5，未计入 0，无法读取 1');
    expect(s.cells[3].map((c) => c && c.value)).toEqual(['序号', '文件', '工作表', '填报单位', '单位名称来源', '格式', '年度', 'SHA-256', '错误数', '警告数', '缺少的数字', '状态', '原因', '文件修改时间']);
    expect(cellText(s, 7, 11)).toBe('计入（有错误）');
    expect(String(cellText(s, 7, 12))).toContain('仍计入汇总');
    expect(cellText(s, 9, 11)).toBe('未计入：无法读取');
    expect(cellText(s, 9, 12)).toBe('不是 zip');
  });

  test('figures fed by an input with errors carry a note in 全市汇总', async () => {
    const ExcelJS = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const layout = buildLayout(getFormat('2021'), { year: 2024 });
    const at = layout.inputs.filter((c) => c.key === 't4_review_litigation/r_count:c_review_total')[0];
    const note = wb.getWorksheet(SUMMARY_SHEET)!.getCell(at.row + 1, at.col + 1).note;
    expect(JSON.stringify(note)).toContain('其错误涉及本格：@SUM(A1:A9)');
  });
});

describe('text copied into the source list', () => {
  test('control characters in file and sheet names removed, lengths bounded, marked as copied text', () => {
    const figures = departments[0];
    const r = consolidate([
      {
        file: `坏\u0007名字\n第二行${'长'.repeat(800)}.xlsx`,
        sheet: 'Sheet\u00001',
        report: { format: '2021', formatEvidence: '', sheets: ['Sheet1'], tables: [], unit: '淮安市审计局', year: 2024, issues: [] },
        figures,
        findings: [],
      },
    ]);
    const plan = sourcesPlan(r, '国办公开办函〔2021〕30号');
    const line = plan.rows[4];
    const file = line[1] as { text: string; copied?: boolean };
    expect(file.text.slice(0, 9)).toBe('坏 名字 第二行长');
    expect(file.text.length).toBe(500);
    expect(file.copied).toBe(true);
    expect((line[2] as { text: string }).text).toBe('Sheet 1');
  });
});
