/**
 * 表二 主动公开政府信息情况, laid out as in formats.md §2: one bordered table made of the
 * 第二十条 sub-tables stacked without gaps. Each starts with a full-width caption row
 * (第二十条第（X）项), then a header row beginning 信息内容, then its item rows. The figure columns
 * of a sub-table share the figure area evenly, so a single figure column (2021 （五）（六）（八）)
 * spans the width of the three of （一）.
 */
import { dataColumns, dataRows } from '../formats';
import type { TableDef } from '../formats/types';
import { splitSpan } from './geometry';
import type { SheetGeometry } from './geometry';
import { rowArea } from './sheetBuilder';
import type { SheetBuilder } from './sheetBuilder';
import type { TablePlacement } from './types';

/** Write one 第二十条 sub-table with its caption at row `top`. */
export function writeProactiveDisclosureTable(b: SheetBuilder, geo: SheetGeometry, table: TableDef, top: number): TablePlacement {
  const label = geo.table2Label;
  const right = geo.table2Data.right;
  b.put(rowArea(top, label.left, right), table.title, 'caption');
  const itemColumn = table.columns.filter((c) => !c.isData)[0];
  const headerRow = top + 1;
  b.put(rowArea(headerRow, label.left, label.right), itemColumn ? itemColumn.label : '', 'header');
  const figures = dataColumns(table);
  const spans = splitSpan(geo.table2Data, figures.length);
  figures.forEach((column, i) => b.put(rowArea(headerRow, spans[i].left, spans[i].right), column.label, 'header'));
  dataRows(table).forEach((row, i) => {
    const r = headerRow + 1 + i;
    b.put(rowArea(r, label.left, label.right), row.label, 'rowLabel');
    figures.forEach((column, j) => {
      b.input({ table: table.id, row: row.code, column: column.code }, rowArea(r, spans[j].left, spans[j].right), column.kind || 'count', column.unit, Boolean(column.isTotal || row.isTotal));
    });
  });
  return { table: table.id, top, left: label.left, bottom: headerRow + dataRows(table).length, right, headerRows: 2 };
}
