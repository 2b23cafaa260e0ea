/**
 * Tables with a single unlabelled data row (表四): found from their header, the data row being the
 * row right under the lowest header cell (its merge's bottom), or the first of the next
 * BLANK_ROWS_ALLOWED rows that holds something in the table's columns when that row is blank.
 *
 * Header cells are resolved to columns (shared leaves such as 结果维持 by the group above, see
 * columnHeader.ts) and gathered top to bottom: a resolved column already gathered, or a header cell
 * more than HEADER_DEPTH rows below the first one, starts a new table (the table stacked twice).
 */
import { dataRows } from '../formats';
import type { FormatId, TableDef } from '../formats/types';
import { sheetAddress } from '../grid/address';
import { ColumnResolver } from './columnHeader';
import type { LabelIndex } from './labelIndex';
import { labelVariant, unlabelledValue } from './messages';
import { locateFigure } from './placement';
import type { ColumnPlacement, PlacedTable, RowPlacement } from './placement';
import type { TableHits } from './sheetHits';
import type { SheetView } from './sheetView';
import type { RecognitionIssue } from './types';

/** Rows a header may span, from its first leaf to its last. */
const HEADER_DEPTH = 3;
/** Blank rows tolerated between the header and the data row. */
const BLANK_ROWS_ALLOWED = 2;
/** Columns right of the last data column still checked for stray figures. */
const STRAY_COLUMNS = 2;

function rowHasContent(view: SheetView, row: number, columns: readonly ColumnPlacement[]): boolean {
  return columns.some((c) => {
    for (let col = c.col; col <= c.right; col++) if (!view.isBlank(row, col)) return true;
    return false;
  });
}

/**
 * Find every instance of `table` (format `format`), whose one data row has no label, on one sheet.
 * Returns them top to bottom, found or not (see `isTableFound`).
 */
export function findHeaderTables(view: SheetView, index: LabelIndex, format: FormatId, table: TableDef, hits: TableHits): PlacedTable[] {
  const groups: Array<Map<string, ColumnPlacement>> = [];
  let current = new Map<string, ColumnPlacement>();
  let firstRow = -1;
  const resolver = new ColumnResolver(hits.columns, format, table, view, index);
  for (let i = 0; i < hits.columns.length; i++) {
    const hit = hits.columns[i];
    const column = resolver.column(i);
    if (!column) continue;
    const same = current.get(column.code);
    if (same && hit.row === same.label.row && hit.col === same.right + 1) {
      // The label repeated to the right (an unmerged, filled header): one wider column.
      current.set(column.code, { ...same, right: hit.right });
      continue;
    }
    if (same && hit.col === same.col && hit.row > same.label.row && hit.row - firstRow <= HEADER_DEPTH) {
      // The label repeated below (a two-row header cell unmerged and filled): the lower one counts.
      current.set(column.code, { col: hit.col, right: Math.max(hit.right, same.right), label: hit });
      continue;
    }
    if (current.size > 0 && (same || hit.row - firstRow > HEADER_DEPTH)) {
      groups.push(current);
      current = new Map();
    }
    if (current.size === 0) firstRow = hit.row;
    current.set(column.code, { col: hit.col, right: hit.right, label: hit });
  }
  if (current.size > 0) groups.push(current);

  const dataRow = dataRows(table)[0];
  return groups.map((columns) => {
    const placements = Array.from(columns.values());
    const headerBottom = Math.max(...placements.map((c) => c.label.bottom));
    let row = headerBottom + 1;
    if (!rowHasContent(view, row, placements)) {
      for (let r = row + 1; r <= headerBottom + 1 + BLANK_ROWS_ALLOWED; r++) {
        if (rowHasContent(view, r, placements)) {
          row = r;
          break;
        }
      }
    }
    const rp: RowPlacement = { row, bottom: row };
    const issues: RecognitionIssue[] = [];
    const located = placements.map((cp) => locateFigure(view, rp, cp));
    const left = Math.min(...placements.map((c) => c.col));
    const right = Math.max(...placements.map((c) => c.right));
    let first = -1;
    let count = 0;
    for (let c = left; c <= right + STRAY_COLUMNS; c++) {
      if (view.isBlank(row, c)) continue;
      const a = view.anchor(row, c);
      if (a.row !== row || located.some((l) => l.row === row && l.col === a.col)) continue;
      const k = placements.findIndex((x) => c >= x.col && c <= x.right);
      if (k >= 0 && view.display(row, c) === view.display(located[k].row, located[k].col)) continue;
      if (first < 0) first = c;
      count++;
    }
    if (count > 0) issues.push(unlabelledValue(table, '', sheetAddress(view.sheet, row, first), view.display(row, first), count, view.sheet));
    columns.forEach((c, code) => {
      const m = c.label.matches.filter((x) => x.target.column.code === code)[0];
      if (m && m.variant) issues.push(labelVariant(table, c.label.text, m.target.column.label, sheetAddress(view.sheet, c.label.row, c.label.col), view.sheet));
    });
    const top = Math.min(...placements.map((c) => c.label.row));
    const rows = new Map<string, RowPlacement>();
    rows.set(dataRow.code, rp);
    return { format, table, sheet: view.sheet, rows, groupRows: new Set<string>(), columns, top, left, issues };
  });
}
