/**
 * --include-invalid with a cell that is not a number: a department typed "abc" into （一）予以公开 /
 * 自然人. The cell is summed as blank — so the city figure it feeds is the one figure that is wrong, and
 * it must be flagged like every figure the department has values in: in the figure's provenance, the
 * JSON, the terminal summary, the 全市汇总 note and the breakdown cell (which shows the text found).
 * Real path: template workbook → bytes → readFileInputs → consolidate → workbook read back.
 */
import * as ExcelJS from 'exceljs';
import { consolidate, consolidationJson, consolidationText } from '../../src/consolidate';
import type { ConsolidationResult } from '../../src/consolidate';
import { departmentSet, departmentWorkbook } from '../../src/consolidate/demoSet';
import { readFileInputs } from '../../src/consolidate/readInput';
import { breakdownPlan, BREAKDOWN_SHEET, SUMMARY_SHEET } from '../../src/consolidate/sheets';
import { consolidationWorkbookBytes } from '../../src/consolidate/workbook';
import { publishedReportFigures } from '../../src/examples/published';
import { format2021, refKey } from '../../src/formats';
import { a1 } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { workbookBytes } from '../../src/xlsx';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const [good, bad] = departmentSet(huaian, 2024, 2).map((d) => ({ ...d, layout: 'template' as const }));
const ref = { table: 't3_applications', row: 'r3_1_open', column: 'c_natural' } as const;
const key = refKey(ref);

let result: ConsolidationResult;
let typedAt: string;

beforeAll(async () => {
  const wb = departmentWorkbook(bad);
  const at = locateInLayout(buildLayout(format2021), ref);
  typedAt = a1(at.row, at.col);
  wb.worksheets[0].getCell(typedAt).value = 'abc';
  const inputs = [];
  for (const [d, bytes] of [
    [good, await workbookBytes(departmentWorkbook(good))],
    [bad, await workbookBytes(wb)],
  ] as const) {
    const reading = await readFileInputs(bytes, d.file);
    if (!reading.ok) throw new Error(reading.unreadable.reason);
    inputs.push(...reading.inputs);
  }
  result = consolidate(inputs, { includeInvalid: true, now: new Date('2025-01-28T09:00:00Z') });
});

test('the input is summed although invalid; the cell counts as blank', () => {
  expect(result.sources.map((s) => [s.unit, s.status])).toEqual([
    [good.unit, 'included'],
    [bad.unit, 'included-invalid'],
  ]);
  expect(result.summary.cells[key].value).toBe(good.figures.cells[key].value);
});

test('the figure the bad cell feeds is flagged: invalid and suspect units name the department', () => {
  const figure = result.figures.filter((f) => f.key === key)[0];
  expect(figure.invalidUnits).toEqual([bad.unit]);
  expect(figure.suspectUnits).toEqual([bad.unit]);
  const json = JSON.parse(JSON.stringify(consolidationJson(result))) as { figures: Array<{ key: string; invalidUnits?: string[] }> };
  expect(json.figures.filter((f) => f.key === key)[0].invalidUnits).toEqual([bad.unit]);
  // Every figure is flagged now, the bad one included: 200 of 200.
  expect(result.figures.filter((f) => f.invalidUnits.length > 0).length).toBe(200);
  expect(consolidationText(result).slice(-1)[0]).toContain('200 个数字含有错误报表的数据（已标出）');
});

test('the breakdown shows the text found in that cell, flagged; the total row still equals the summary', () => {
  const plan = breakdownPlan(result);
  const column = 3 + result.breakdown.columns.findIndex((c) => c.key === key);
  expect(plan.rows[5][column]).toEqual({ text: 'abc', role: 'value', copied: true, flag: 'suspect' });
  expect(plan.rows[6][column]).toMatchObject({ value: good.figures.cells[key].value });
});

test('written: the 全市汇总 cell carries the note, the breakdown cell the text with the suspect fill', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await consolidationWorkbookBytes(result)) as unknown as ArrayBuffer);
  const note = (wb.getWorksheet(SUMMARY_SHEET) as ExcelJS.Worksheet).getCell(typedAt).note;
  expect(JSON.stringify(note)).toContain(`其错误涉及本格：${bad.unit}`);
  const column = 4 + result.breakdown.columns.findIndex((c) => c.key === key);
  const cell = (wb.getWorksheet(BREAKDOWN_SHEET) as ExcelJS.Worksheet).getCell(6, column);
  expect([cell.value, cell.numFmt, (cell.fill as ExcelJS.FillPattern).fgColor]).toEqual(['abc', '@', { argb: 'FFFFC7CE' }]);
});
