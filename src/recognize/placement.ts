/**
 * A table found on a sheet, before it becomes a `RecognizedTable`: which sheet row holds each official
 * row, which sheet column each official column, and what was noticed on the way. Also the step from
 * there to located cells (the intersection of a row and a column).
 */
import { cellKey, columnPath, dataColumns, dataRows, rowPath } from '../formats';
import type { FormatId, TableDef } from '../formats/types';
import { sheetAddress } from '../grid/address';
import { missingLabel } from './messages';
import type { CellBox, ColumnHit } from './sheetHits';
import type { SheetView } from './sheetView';
import type { LocatedCell, RecognitionIssue, RecognizedTable } from './types';

/** Where an official row is: its sheet row and, when it has one, its label cell. */
export interface RowPlacement {
  readonly row: number;
  /** Last sheet row of the label (a label merged over two rows). */
  readonly bottom: number;
  readonly label?: CellBox;
}

/** Where an official column is: the header cell's column and its merge's right edge. */
export interface ColumnPlacement {
  readonly col: number;
  readonly right: number;
  readonly label: ColumnHit;
}

/** One official table found on one sheet. */
export interface PlacedTable {
  readonly format: FormatId;
  readonly table: TableDef;
  readonly sheet: string;
  /** Data rows by code. */
  readonly rows: Map<string, RowPlacement>;
  /** Group rows whose label was found (they carry no figures), by code. */
  readonly groupRows: Set<string>;
  /** Data columns by code. */
  readonly columns: Map<string, ColumnPlacement>;
  readonly caption?: CellBox;
  /** Top-left of the table as found (caption, header or first label), for ordering and messages. */
  readonly top: number;
  readonly left: number;
  /** Problems noticed while placing (variants, duplicates, unread figures); format-specific. */
  readonly issues: RecognitionIssue[];
}

/** How much of the table was found: matched data rows + data columns + caption. */
export function placementScore(p: PlacedTable): number {
  const labelledRows = dataRows(p.table).filter((r) => r.label !== '').length;
  return (labelledRows > 0 ? p.rows.size : 0) + p.columns.size + (p.caption ? 1 : 0);
}

/**
 * Is this enough to say the table is there? At least three of its labels (or all of them, for the
 * small 表二 items of 2021 with one row and one column) — a lone "规章" somewhere is not a table.
 */
export function isTableFound(p: PlacedTable): boolean {
  const labelledRows = dataRows(p.table).filter((r) => r.label !== '').length;
  const needed = Math.min(3, labelledRows + dataColumns(p.table).length);
  const score = placementScore(p);
  return score >= needed && (labelledRows > 0 ? p.rows.size > 0 : p.columns.size > 0);
}

/** Address of the table's first cell found, for messages (表三!A5). */
export function placementAddress(p: PlacedTable): string {
  return sheetAddress(p.sheet, p.top, p.left);
}

/**
 * The cell holding the figure of `row` × `column`: their intersection. When that cell is part of a
 * merge, the merge's top-left (where the value is); when it is blank and the row label or column
 * header is merged over several cells of which exactly one holds something, that one.
 */
export function locateFigure(view: SheetView, row: RowPlacement, column: ColumnPlacement): { row: number; col: number } {
  const anchor = view.anchor(row.row, column.col);
  if (anchor.row !== row.row || anchor.col !== column.col || !view.isBlank(row.row, column.col)) return anchor;
  let found: { row: number; col: number } | undefined;
  let count = 0;
  for (let r = row.row; r <= row.bottom; r++) {
    for (let c = column.col; c <= column.right; c++) {
      if (!view.isBlank(r, c)) {
        found = { row: r, col: c };
        count++;
      }
    }
  }
  return count === 1 && found ? found : anchor;
}

/**
 * The recognised form of a placed table: every figure located, the labels not found listed
 * (verbatim: rowPath / columnPath), and one issue per missing label.
 */
export function toRecognizedTable(view: SheetView, p: PlacedTable): { table: RecognizedTable; issues: RecognitionIssue[] } {
  const cells: Record<string, LocatedCell> = {};
  const missing: string[] = [];
  const issues: RecognitionIssue[] = [];
  for (const row of dataRows(p.table)) {
    const rp = p.rows.get(row.code);
    if (!rp) {
      const label = rowPath(p.table, row);
      missing.push(label);
      issues.push(missingLabel(p.table, 'row', label, p.sheet));
      continue;
    }
    for (const column of dataColumns(p.table)) {
      const cp = p.columns.get(column.code);
      if (!cp) continue;
      const at = locateFigure(view, rp, cp);
      cells[cellKey(row.code, column.code)] = { sheet: p.sheet, row: at.row, col: at.col, address: sheetAddress(p.sheet, at.row, at.col) };
    }
  }
  for (const column of dataColumns(p.table)) {
    if (p.columns.has(column.code)) continue;
    const label = columnPath(p.table, column);
    missing.push(label);
    issues.push(missingLabel(p.table, 'column', label, p.sheet));
  }
  return { table: { table: p.table.id, format: p.format, sheet: p.sheet, cells, missing }, issues };
}
