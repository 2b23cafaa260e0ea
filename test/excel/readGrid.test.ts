/**
 * What Office.js hands back for a cell, read as the .xlsx reader reads the same cell:
 * - a formula that shows "" (=IF(SUM(..)=0,"",SUM(..))) is a blank, not "a formula without a result"
 *   (Excel always holds a formula's result; only a file can lack one);
 * - a number in a date-formatted cell is a date (Office.js gives the serial, 45292), so a date typed
 *   into a count cell is the same value-date error in Excel as from the .xlsx file.
 * Both in the one read sync of validation.
 */
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

import * as ExcelJS from 'exceljs';
import { refKey } from '../../src/formats';
import { readWorkbook } from '../../src/xlsx';
import { EXCEL_API_1_1, EXCEL_API_FULL, type ApiSupport } from '../../src/excel/apiSupport';
import { ExcelHost } from '../../src/excel/host';
import { isDateFormat, dateFromSerial } from '../../src/excel/dateCells';
import { FakeWorkbook } from './fakeExcel';
import { allFindings, filledTemplate, huaian, local, validateWith } from './workbooks';

const APIS: Array<[string, ApiSupport]> = [
  ['ExcelApi 1.1', EXCEL_API_1_1],
  ['full API', EXCEL_API_FULL],
];

test('date formats are told as ExcelJS tells them (quoted text and [..] sections ignored)', () => {
  for (const f of ['yyyy/m/d', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-F800]dddd, mmmm dd, yyyy', 'h:mm:ss', 'mmm-yy', '[DBNum1][$-804]yyyy"年"m"月"']) expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ['General', '0', '0.00', '#,##0', '@', '0"件"', '#,##0.00"万元"', '[Red]0', '', undefined]) expect([f, isDateFormat(f)]).toEqual([f, false]);
  expect(dateFromSerial(45292).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  expect(dateFromSerial(45292.5).toISOString()).toBe('2024-01-01T12:00:00.000Z');
});

describe.each(APIS)('%s', (_name, api) => {
  test('a formula showing "" reads as a blank formula cell, as from .xlsx; a date-formatted number as a Date — one sync', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('表三');
    s.cell(0, 0).value = '规章';
    s.cell(0, 1).value = '';
    s.cell(0, 1).formula = 'IF(SUM(C1:D1)=0,"",SUM(C1:D1))';
    s.cell(0, 2).value = 45292;
    s.cell(0, 2).numberFormat = 'yyyy/m/d';
    s.cell(0, 3).value = 45292;
    s.cell(0, 3).numberFormat = '0';
    const host = new ExcelHost(wb.run, api, wb.settings());
    const { grids } = await host.readSheets(['表三']);
    expect(wb.syncs).toBe(1);
    const row = grids[0].cells[0];
    expect(row[1]).toEqual({ value: '', formula: 'IF(SUM(C1:D1)=0,"",SUM(C1:D1))' });
    expect(row[2]).toEqual({ value: new Date(Date.UTC(2024, 0, 1)) });
    expect(row[3]).toEqual({ value: 45292 });

    // The text, the date and the number written to .xlsx and read back by the file reader give the same GridCells.
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('表三');
    ws.getCell('A1').value = '规章';
    ws.getCell('C1').value = 45292;
    ws.getCell('C1').numFmt = 'yyyy/m/d';
    ws.getCell('D1').value = 45292;
    const fromFile = (await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer())))[0].cells[0];
    expect([row[0], row[2], row[3]]).toEqual([fromFile[0], fromFile[2], fromFile[3]]);
  });

  test('a total written =IF(SUM(..)=0,"",SUM(..)) that shows "" validates clean in Excel', async () => {
    const { wb, host, layout, sheet } = await filledTemplate(api);
    // A 总计 cell whose figures are all 0 in the published report: the clerk's formula shows "".
    const zeroTotal = layout.inputs.filter((i) => /c_total$/.test(i.key) && huaian.figures.cells[i.key] && huaian.figures.cells[i.key].value === 0)[0];
    expect(zeroTotal).toBeDefined();
    const cell = sheet.cell(zeroTotal.row, zeroTotal.col);
    cell.value = '';
    cell.formula = 'IF(SUM(C20:I20)=0,"",SUM(C20:I20))';
    const out = await validateWith(host);
    expect(wb.syncs).toBe(1); // nothing to mark: the read only
    const findings = allFindings(out.result);
    expect(findings.map((f) => f.rule)).not.toContain('value-formula-uncached');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.result.reports[0].figures.cells[zeroTotal.key].value).toBeNull();
  });

  test('a date typed into a count cell is a value-date error naming the cell, as from the .xlsx file', async () => {
    const { host, layout, sheet } = await filledTemplate(api);
    const key = refKey({ table: 't3_applications', row: 'r1_new', column: 'c_natural' });
    const input = layout.inputs.filter((i) => i.key === key)[0];
    const cell = sheet.cell(input.row, input.col);
    cell.value = 45658; // 2025-01-01, typed as 2025/1/1
    cell.numberFormat = 'yyyy/m/d';
    const out = await validateWith(host);
    const dates = allFindings(out.result).filter((f) => f.rule === 'value-date');
    expect(dates.length).toBe(1);
    expect(dates[0].severity).toBe('error');
    expect(local(dates[0].cells[0].address)).toBe(`${String.fromCharCode(65 + input.col)}${input.row + 1}`);
    expect(dates[0].message).toContain('2025-01-01');
  });
});
