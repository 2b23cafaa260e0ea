/**
 * The rows of one row-labelled table found so far on a sheet, shared by the steps that find them
 * (rowTable.ts), complete them (splitLabels.ts) and check what is left (strayFigures.ts).
 */
import type { RowDef, TableDef } from '../formats/types';
import type { RowPlacement } from './placement';
import type { CellBox } from './sheetHits';
import type { SheetView } from './sheetView';
import type { RecognitionIssue } from './types';

export interface RowsFound {
  /** Data rows by code. */
  readonly rows: Map<string, RowPlacement>;
  /** Sheet rows already reported (duplicate or ambiguous labels): not reported again as unrecognised. */
  readonly reported: Set<number>;
  /** Sheet rows holding only a group label (（三）不予公开 on a row of its own), by sheet row. */
  readonly groupLines: Map<number, { code: string; box: CellBox }>;
  /** Group rows whose label was seen, by code. */
  readonly groupRows: Set<string>;
  readonly issues: RecognitionIssue[];
  /** Code of the last row (data or group) accepted, and its sheet row. */
  lastCode?: string;
  lastRow: number;
  /** Rightmost column of the label cells so far. */
  labelRight: number;
}

export function newRowsFound(): RowsFound {
  return { rows: new Map(), reported: new Set(), groupLines: new Map(), groupRows: new Set(), issues: [], lastRow: -1, labelRight: -1 };
}

/** The row of `table` with `code`, if any. */
export function rowDef(table: TableDef, code: string): RowDef | undefined {
  return table.rows.filter((r) => r.code === code)[0];
}

/** Texts of the label cells of sheet row `row` between columns `left` and `right`, left to right. */
export function labelTexts(view: SheetView, row: number, left: number, right: number): Array<{ col: number; text: string }> {
  const out: Array<{ col: number; text: string }> = [];
  for (let c = left; c <= right; c++) {
    const a = view.anchor(row, c);
    if (a.row !== row || a.col !== c) continue;
    const t = view.text(row, c);
    if (t !== '') out.push({ col: c, text: t });
  }
  return out;
}
