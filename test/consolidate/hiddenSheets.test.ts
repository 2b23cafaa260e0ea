/**
 * Consolidation on files with hidden sheets (tryout): last year's figures kept on a hidden sheet 去年
 * no longer make the run refuse for mixed years; and when years do differ, the refusal names the
 * sheet of each odd input.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConsolidationRefusedError } from '../../src/consolidate/errors';
import { consolidateFiles } from '../../src/consolidate/node/files';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { publishedReportFigures } from '../../src/examples/published';
import { getFormat } from '../../src/formats';
import { buildLayout } from '../../src/layout/buildLayout';
import { templateWorkbook, workbookBytes, writeLayout } from '../../src/xlsx';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const parts = splitReport(huaian, departmentWeights(3));
const format = getFormat('2021');
const NEW_TOTAL = 't3_applications/r1_new:c_total';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-hidden-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** 市交通运输局's workbook: this year's report on 今年, last year's (other figures) on 去年, hidden or not. */
async function transport(dir: string, lastYearHidden: boolean): Promise<void> {
  const wb = templateWorkbook(format, { unit: '市交通运输局', year: 2024, figures: parts[0] });
  wb.worksheets[0].name = '今年';
  const old = wb.addWorksheet('去年', lastYearHidden ? { state: 'hidden' } : {});
  writeLayout(old, buildLayout(format, { unit: '市交通运输局', year: 2023, figures: parts[2] }));
  fs.writeFileSync(path.join(dir, '市交通运输局.xlsx'), await workbookBytes(wb));
  fs.writeFileSync(path.join(dir, '市公安局.xlsx'), await workbookBytes(templateWorkbook(format, { unit: '市公安局', year: 2024, figures: parts[1] })));
}

test('a hidden sheet of last year\'s figures is left out: this year\'s sheet is summed, the input carries the warning', async () => {
  const dir = tempDir();
  await transport(dir, true);
  const { result } = await consolidateFiles([dir]);
  expect(result.sources.map((s) => [s.unit, s.sheet, s.status, s.warnings])).toEqual([
    ['市交通运输局', '今年', 'included', 1],
    ['市公安局', '年报统计表', 'included', 0],
  ]);
  expect(result.year).toBe(2024);
  expect(result.summary.cells[NEW_TOTAL].value).toBe((parts[0].cells[NEW_TOTAL].value as number) + (parts[1].cells[NEW_TOTAL].value as number));
});

test('visible sheets of two years: refused, naming the sheet of the odd input', async () => {
  const dir = tempDir();
  await transport(dir, false);
  const e = await consolidateFiles([dir]).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ConsolidationRefusedError);
  const r = e as ConsolidationRefusedError;
  expect(r.message).toContain('报告年度不一致：汇总按 2024 年度，以下报表是其他年度：2023 年度：第 2 项“市交通运输局”（市交通运输局，工作表“去年”）');
  expect(r.messageEn).toContain('Mixed report years: expected 2024; year 2023: input 2 "市交通运输局" (市交通运输局, sheet "去年")');
});
