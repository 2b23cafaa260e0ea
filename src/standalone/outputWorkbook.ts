/**
 * Output workbooks of the standalone page, written with ExcelJS (through src/xlsx): the consolidation
 * (全市汇总 in the official layout, 汇总明细, 来源清单) and a blank template. Loaded by dynamic import
 * only: ExcelJS stays out of the pages' start-up scripts.
 */
import * as ExcelJS from 'exceljs';
import type { ConsolidationResult } from '../consolidate';
import type { FormatDef } from '../formats/types';
import { getFormat } from '../formats';
import { buildLayout, type LayoutOptions } from '../layout';
import { templateWorkbook, workbookBytes, writeLayout } from '../xlsx';
import type { TableSheet } from '../excel/writeTable';
import { breakdownTable, OUTPUT_SHEETS, sourcesTable } from '../taskpane/consolidationFlow';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function writeTable(ws: ExcelJS.Worksheet, table: TableSheet): void {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
  table.rows.forEach((row, r) => {
    const line = ws.getRow(r + 1);
    row.forEach((v, c) => {
      const cell = line.getCell(c + 1);
      // Strings are set as plain values: ExcelJS writes them as shared strings, never as formulas.
      cell.value = v === null ? null : v;
      cell.font = { name: '仿宋', size: 10.5, bold: r < table.headerRows || (table.boldRows || []).indexOf(r - table.headerRows) >= 0 };
      cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      cell.alignment = { vertical: 'middle', wrapText: r < table.headerRows, horizontal: r < table.headerRows ? 'center' : undefined };
      if (r < table.headerRows) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  });
  (table.columnWidths || []).forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  if (table.headerRows > 0) ws.views = [{ state: 'frozen', ySplit: table.headerRows, xSplit: 0 }];
}

function blobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as unknown as ArrayBuffer], { type: XLSX_TYPE });
}

/** The consolidated workbook: 全市汇总, 汇总明细, 来源清单. */
export async function consolidationDownload(result: ConsolidationResult): Promise<{ fileName: string; blob: Blob }> {
  const wb = new ExcelJS.Workbook();
  const layout = buildLayout(getFormat(result.format), { unit: '全市汇总', year: result.year, figures: result.summary });
  writeLayout(wb.addWorksheet(OUTPUT_SHEETS[0]), layout);
  writeTable(wb.addWorksheet(OUTPUT_SHEETS[1]), breakdownTable(result));
  writeTable(wb.addWorksheet(OUTPUT_SHEETS[2]), sourcesTable(result));
  const bytes = await workbookBytes(wb);
  const year = result.year !== undefined ? `${result.year}年` : '';
  return { fileName: `${year}全市汇总.xlsx`, blob: blobOf(bytes) };
}

/** A blank template workbook of `format`. */
export async function templateDownload(format: FormatDef, options: LayoutOptions): Promise<{ fileName: string; blob: Blob }> {
  const bytes = await workbookBytes(templateWorkbook(format, options));
  const name = `${options.unit || ''}${options.year !== undefined ? `${options.year}年` : ''}政府信息公开工作年度报告统计表.xlsx`;
  return { fileName: name, blob: blobOf(bytes) };
}
