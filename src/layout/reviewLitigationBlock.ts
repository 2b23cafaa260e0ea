/**
 * 表四 政府信息公开行政复议、行政诉讼情况, laid out as in formats.md §4: three header rows
 * (行政复议 | 行政诉讼 → 未经复议直接起诉 | 复议后起诉 → five columns each) over one unlabeled
 * row of 15 figures, one per grid column.
 */
import { dataColumns, dataRows } from '../formats';
import type { TableDef } from '../formats/types';
import { headerRowCount, writeColumnHeader } from './columnHeader';
import type { SheetBuilder } from './sheetBuilder';
import type { TablePlacement } from './types';

/** Write 表四 with its first header row at `top`, figures from column `left`. */
export function writeReviewLitigationTable(b: SheetBuilder, table: TableDef, top: number, left: number): TablePlacement {
  const headerRows = headerRowCount(table);
  const gridCol = writeColumnHeader(b, table, top, left);
  const rows = dataRows(table);
  rows.forEach((row, i) => {
    const r = top + headerRows + i;
    for (const column of dataColumns(table)) {
      const c = gridCol.get(column.code) as number;
      b.input({ table: table.id, row: row.code, column: column.code }, { top: r, left: c, bottom: r, right: c }, column.kind || 'count', column.unit, Boolean(column.isTotal || row.isTotal));
    }
  });
  return { table: table.id, top, left, bottom: top + headerRows + rows.length - 1, right: left + dataColumns(table).length - 1, headerRows };
}
