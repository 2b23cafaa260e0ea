/**
 * Multi-row column headers from a table's column hierarchy (表三, 表四).
 *
 * A column group spans the figure columns below it; a figure column at depth d spans the header
 * rows d..last (so 自然人 and 总计 of 表三 span 2 rows, the five 行政复议 columns of 表四 span 2 rows).
 */
import { dataColumns } from '../formats';
import type { ColumnDef, TableDef } from '../formats/types';
import type { SheetBuilder } from './sheetBuilder';

function depthOf(table: TableDef, column: ColumnDef): number {
  let d = 0;
  let p = column.parent;
  while (p !== undefined) {
    d++;
    const parent = table.columns.filter((c) => c.code === p)[0];
    p = parent ? parent.parent : undefined;
  }
  return d;
}

/** Number of header rows the column hierarchy needs. */
export function headerRowCount(table: TableDef): number {
  let max = 0;
  for (const c of table.columns) max = Math.max(max, depthOf(table, c));
  return max + 1;
}

/**
 * Write the header of `table`'s columns at rows top.. (headerRowCount rows), figure column i
 * going to grid column `dataLeft + i`. Columns that are neither figures nor above figures
 * (the 信息内容 column of 表二) are skipped. Returns the grid column of each figure column code.
 */
export function writeColumnHeader(b: SheetBuilder, table: TableDef, top: number, dataLeft: number): Map<string, number> {
  const rows = headerRowCount(table);
  const gridCol = new Map<string, number>();
  dataColumns(table).forEach((c, i) => gridCol.set(c.code, dataLeft + i));
  const isUnder = (c: ColumnDef, ancestor: string): boolean => {
    let p = c.parent;
    while (p !== undefined) {
      if (p === ancestor) return true;
      const parent = table.columns.filter((x) => x.code === p)[0];
      p = parent ? parent.parent : undefined;
    }
    return false;
  };
  for (const column of table.columns) {
    const depth = depthOf(table, column);
    const covered = column.isData
      ? [gridCol.get(column.code) as number]
      : dataColumns(table)
          .filter((d) => isUnder(d, column.code))
          .map((d) => gridCol.get(d.code) as number);
    if (covered.length === 0) continue;
    const left = Math.min.apply(null, covered);
    const right = Math.max.apply(null, covered);
    const bottom = column.isData ? top + rows - 1 : top + depth;
    b.put({ top: top + depth, left, bottom, right }, column.label, 'header');
  }
  return gridCol;
}
