/** Official template workbooks (ExcelJS). Browser-safe. */
import * as ExcelJS from 'exceljs';
import type { FormatDef } from '../formats/types';
import { buildLayout } from '../layout/buildLayout';
import type { LayoutOptions } from '../layout/buildLayout';
import { writeLayout } from './writeLayout';

/**
 * A new workbook with one worksheet (named `年报统计表`) holding `format`'s tables 二、三、四 in the
 * official layout, optionally filled with `options.figures`.
 * @throws Error from `buildLayout` (bad year, figures of another format).
 */
export function templateWorkbook(format: FormatDef, options: LayoutOptions = {}): ExcelJS.Workbook {
  const layout = buildLayout(format, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nianbao';
  const ws = workbook.addWorksheet(layout.sheetName);
  writeLayout(ws, layout);
  return workbook;
}

/** The .xlsx bytes of a workbook (for a download in the browser, or a file in Node). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
