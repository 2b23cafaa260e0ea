/// <reference types="office-js" />
/**
 * A plain table sheet (汇总明细, 来源清单): header rows then body rows, written in one values matrix
 * with whole-area formats, so its cost in actions does not grow with the number of cells.
 */
import { columnLetters } from '../grid/address';
import type { ApiSupport } from './apiSupport';
import { characterWidthToPoints } from './writeLayout';

export type TableValue = string | number | null;

/** A table to write from A1. Text that looks like a formula is written as text. */
export interface TableSheet {
  /** Header rows first (`headerRows` of them), then body rows. */
  readonly rows: ReadonlyArray<ReadonlyArray<TableValue>>;
  readonly headerRows: number;
  /** Width of each column in Excel character units (missing = 12). */
  readonly columnWidths?: readonly number[];
  /** Rows (0-based, body) printed bold, e.g. the 合计 row. */
  readonly boldRows?: readonly number[];
}

const BORDER_ITEMS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

function borderAll(range: Excel.Range): void {
  for (const e of BORDER_ITEMS) {
    const b = range.format.borders.getItem(e as Excel.BorderIndex);
    b.style = 'Continuous' as Excel.BorderLineStyle;
    b.weight = 'Thin' as Excel.BorderWeight;
    b.color = '#000000';
  }
}

/** Queue `table` on `sheet` (new and empty). No sync. */
export function queueTableSheet(sheet: Excel.Worksheet, table: TableSheet, api: ApiSupport): void {
  const width = table.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const height = table.rows.length;
  if (width === 0 || height === 0) return;
  const last = columnLetters(width - 1);
  const all = sheet.getRange(`A1:${last}${height}`);
  const formats: string[][] = [];
  const values: TableValue[][] = [];
  for (const row of table.rows) {
    const f: string[] = [];
    const v: TableValue[] = [];
    for (let c = 0; c < width; c++) {
      const x = c < row.length ? row[c] : null;
      // Text stays text: a unit named "=1+1" or "0012" must not become a formula or a number.
      f.push(typeof x === 'string' ? '@' : 'General');
      v.push(x === null || x === undefined ? '' : x);
    }
    formats.push(f);
    values.push(v);
  }
  all.numberFormat = formats;
  all.values = values as unknown as never[][];
  all.format.font.name = '仿宋';
  all.format.font.size = 10.5;
  all.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
  borderAll(all);
  if (table.headerRows > 0) {
    const header = sheet.getRange(`A1:${last}${table.headerRows}`);
    header.format.font.bold = true;
    header.format.fill.color = '#F2F2F2';
    header.format.wrapText = true;
    header.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
  }
  for (const r of table.boldRows || []) {
    const excelRow = table.headerRows + r + 1;
    sheet.getRange(`A${excelRow}:${last}${excelRow}`).format.font.bold = true;
  }
  for (let c = 0; c < width; c++) {
    const w = table.columnWidths && table.columnWidths[c] !== undefined ? table.columnWidths[c] : 12;
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = characterWidthToPoints(w);
  }
  if (api.autofit && table.headerRows > 0) sheet.getRange(`A1:${last}${table.headerRows}`).format.autofitRows();
}
