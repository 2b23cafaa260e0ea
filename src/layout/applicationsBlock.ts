/**
 * 表三 收到和处理政府信息公开申请情况, laid out as in formats.md §3:
 * - the 勾稽 note over the three row-label columns and the three header rows;
 * - the applicant columns (申请人情况 → 自然人 | 法人或其他组织 → five kinds | 总计);
 * - row labels in three columns: 一、二、四 span all three; 三、本年度办理结果 is a vertical cell
 *   in the first column over all outcome rows; （一）（二）（七） (and the 2019 （六）) span the 2nd+3rd;
 *   the groups （三）（四）（五） (and the 2021 （六）) are vertical cells in the 2nd column over their
 *   numbered sub-items, which sit in the 3rd.
 * Group rows have no row of their own and no figures.
 */
import { dataColumns, dataRows } from '../formats';
import type { RowDef, TableDef } from '../formats/types';
import { headerRowCount, writeColumnHeader } from './columnHeader';
import type { SheetGeometry } from './geometry';
import type { SheetBuilder } from './sheetBuilder';
import type { TablePlacement } from './types';

function depthOf(table: TableDef, row: RowDef): number {
  let d = 0;
  let p = row.parent;
  while (p !== undefined) {
    d++;
    const parent = table.rows.filter((r) => r.code === p)[0];
    p = parent ? parent.parent : undefined;
  }
  return d;
}

function isUnder(table: TableDef, row: RowDef, ancestor: string): boolean {
  let p = row.parent;
  while (p !== undefined) {
    if (p === ancestor) return true;
    const parent = table.rows.filter((r) => r.code === p)[0];
    p = parent ? parent.parent : undefined;
  }
  return false;
}

/**
 * Write 表三 with its first header row at `top`.
 * @throws Error when the row hierarchy is deeper than the three official row-label columns.
 */
export function writeApplicationsTable(b: SheetBuilder, geo: SheetGeometry, table: TableDef, top: number): TablePlacement {
  const headerRows = headerRowCount(table);
  const slots = geo.applicationLabelSlots;
  const labelLeft = slots[0].left;
  const labelRight = slots[slots.length - 1].right;
  const note = table.balance ? table.balance.note : '';
  b.put({ top, left: labelLeft, bottom: top + headerRows - 1, right: labelRight }, note, 'note');
  const gridCol = writeColumnHeader(b, table, top, geo.applicationDataLeft);

  const firstDataRow = top + headerRows;
  const gridRow = new Map<string, number>();
  dataRows(table).forEach((r, i) => gridRow.set(r.code, firstDataRow + i));

  for (const row of table.rows) {
    const depth = depthOf(table, row);
    if (depth >= slots.length) throw new Error(`布局错误：表 ${table.id} 的行 ${row.code} 层级超过三列行标题`);
    if (row.isData) {
      const r = gridRow.get(row.code) as number;
      b.put({ top: r, left: slots[depth].left, bottom: r, right: labelRight }, row.label, 'rowLabel');
      for (const column of dataColumns(table)) {
        const c = gridCol.get(column.code) as number;
        const isTotal = Boolean(row.isTotal || column.isTotal);
        b.input({ table: table.id, row: row.code, column: column.code }, { top: r, left: c, bottom: r, right: c }, column.kind || 'count', column.unit, isTotal);
      }
    } else {
      const covered = dataRows(table)
        .filter((d) => isUnder(table, d, row.code))
        .map((d) => gridRow.get(d.code) as number);
      if (covered.length === 0) continue;
      const slot = slots[depth];
      b.put({ top: Math.min.apply(null, covered), left: slot.left, bottom: Math.max.apply(null, covered), right: slot.right }, row.label, 'groupLabel');
    }
  }
  const bottom = firstDataRow + dataRows(table).length - 1;
  return { table: table.id, top, left: labelLeft, bottom, right: geo.applicationDataLeft + dataColumns(table).length - 1, headerRows };
}
