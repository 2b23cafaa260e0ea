/** Write plain department-style sheets (see handmade.ts) into an ExcelJS workbook, values as typed. */
import * as ExcelJS from 'exceljs';
import type { PlainSheet } from './handmade';

/**
 * A new workbook holding `sheets`, each value written as is (numbers as numbers, text as text;
 * text starting with = is still text). Cells with line breaks wrap.
 */
export function plainWorkbook(sheets: readonly PlainSheet[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (typeof value === 'string' && value.indexOf('\n') >= 0) cell.alignment = { wrapText: true };
      });
    });
    ws.getColumn(1).width = 40;
  }
  return wb;
}
