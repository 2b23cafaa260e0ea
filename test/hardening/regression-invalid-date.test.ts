/**
 * Regression (found by recognize.property.test.ts): a huge number in a cell formatted as a date reads
 * as an Invalid Date (ExcelJS: 1e300 with yyyy-mm-dd), and recognition crashed on it ("RangeError:
 * Invalid time value") when it sat beside a table — the CLI then called a readable workbook unreadable.
 */
import * as ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { runValidate } from '../../src/cli/validate';
import { format2021 } from '../../src/formats';
import { a1 } from '../../src/grid';
import type { Grid } from '../../src/grid';
import { buildLayout, locateInLayout } from '../../src/layout';
import { validateGrids } from '../../src/workflow/validate';
import { workbookBytes } from '../../src/xlsx';
import { captured, removeTempDirs, tempDir } from './cliRun';
import { goodWorkbook } from './hostileFiles';

afterAll(removeTempDirs);

test('the shrunk counterexample: an Invalid Date next to row and column labels', () => {
  const grids: Grid[] = [
    {
      sheet: '表二',
      cells: [
        [{ value: new Date(Number.NaN) }, { value: '' }, { value: '社会公益组织' }],
        [{ value: '1.信访举报投诉类申请' }, { value: new Date(Number.NaN) }],
      ],
      merges: [],
    },
  ];
  expect(() => validateGrids(grids, { lang: 'zh' })).not.toThrow();
});

test('a real .xlsx: 1e300 formatted as a date beside 表三 — validated, not called unreadable', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await goodWorkbook('日期测试局')) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const total = locateInLayout(buildLayout(format2021), { table: 't3_applications', row: 'r3_1_open', column: 'c_total' });
  const beside = ws.getCell(a1(total.row, total.col + 1));
  beside.value = 1e300;
  beside.numFmt = 'yyyy-mm-dd';
  const file = path.join(tempDir('invalid-date'), '日期.xlsx');
  fs.writeFileSync(file, await workbookBytes(wb));
  const run = await captured(() => runValidate([file], { lang: 'zh' }));
  expect(run.out).not.toContain('无法读取');
  expect(run.out).not.toContain('Invalid time value');
  expect(run.out).toContain('格式 2021（国办公开办函〔2021〕30号）');
  expect(run.code).not.toBe(2);
});
