/**
 * What a row-labelled table will not read, reported instead of dropped: figures in rows with no
 * official label (a subtotal row, a mistyped label), in group rows (（三）不予公开 carries no figures),
 * and under no official column heading. At most MAX_LISTED per table, then one `more-issues`.
 */
import { rowPath } from '../formats';
import type { RowDef, TableDef } from '../formats/types';
import { sheetAddress } from '../grid/address';
import { groupRowValues, MAX_LISTED, moreIssues, unlabelledValue, unrecognisedRow } from './messages';
import { locateFigure } from './placement';
import type { ColumnPlacement, RowPlacement } from './placement';
import { labelTexts, rowDef } from './rowsFound';
import type { RowsFound } from './rowsFound';
import type { SheetView } from './sheetView';
import type { RecognitionIssue } from './types';

/** Columns right of the last data column still checked for stray figures. */
const STRAY_COLUMNS = 2;

/**
 * Last row of the table: its last label, or, when some of its rows were not found, the last of the
 * rows below that still look like table rows (something in the label columns or numbers in the
 * data columns, no text there) — so that figures in rows with mistyped labels are reported.
 */
export function tableEnd(view: SheetView, table: TableDef, found: RowsFound, columns: Map<string, ColumnPlacement>, left: number, bottom: number): number {
  if (columns.size === 0 || found.rows.size >= table.rows.filter((r) => r.isData).length) return bottom;
  const firstData = Math.min(...Array.from(columns.values()).map((c) => c.col));
  const lastCol = Math.max(...Array.from(columns.values()).map((c) => c.right));
  let end = bottom;
  for (let row = bottom + 1; row < view.rowCount; row++) {
    let content = false;
    let textInData = false;
    for (let c = left; c <= lastCol; c++) {
      if (view.isBlank(row, c)) continue;
      content = true;
      if (c >= firstData && view.text(row, c) !== '' && !/^[\s\d.,+\-－—/]*$/.test(view.text(row, c))) textInData = true;
    }
    if (!content || textInData) break;
    end = row;
  }
  return end;
}

/** Figures this table will not read: in unlabelled rows, in group rows, under no column. */
export function strayFigureIssues(
  view: SheetView,
  table: TableDef,
  found: RowsFound,
  columns: Map<string, ColumnPlacement>,
  region: { left: number; right: number; top: number; bottom: number },
): RecognitionIssue[] {
  const { left, right, top, bottom } = region;
  const issues: RecognitionIssue[] = [];
  if (columns.size === 0) return issues;
  const sheet = view.sheet;
  const cols = Array.from(columns.values());
  const lastCol = Math.max(...cols.map((c) => c.right));
  const placedRows = new Map<number, string>();
  found.rows.forEach((r, code) => placedRows.set(r.row, code));
  const coveredByLabel = (row: number): boolean => Array.from(found.rows.values()).some((r) => row > r.row && row <= r.bottom);
  for (let row = top; row <= bottom; row++) {
    const code = placedRows.get(row);
    if (code !== undefined) {
      const rp = found.rows.get(code) as RowPlacement;
      const located = cols.map((cp) => locateFigure(view, rp, cp));
      let first = -1;
      let count = 0;
      for (let c = right + 1; c <= lastCol + STRAY_COLUMNS; c++) {
        if (view.isBlank(row, c)) continue;
        const a = view.anchor(row, c);
        // Part of a merge starting in another row, or the figure of an official column.
        if (a.row !== row || located.some((l) => l.row === row && l.col === a.col)) continue;
        // The located figure repeated over its column's span (an unmerged, filled export).
        const k = cols.findIndex((x) => c >= x.col && c <= x.right);
        if (k >= 0 && view.display(row, c) === view.display(located[k].row, located[k].col)) continue;
        if (first < 0) first = c;
        count++;
      }
      if (count > 0) {
        const rowLabel = rowPath(table, rowDef(table, code) as RowDef);
        issues.push(unlabelledValue(table, rowLabel, sheetAddress(sheet, row, first), view.display(row, first), count, sheet));
      }
      continue;
    }
    let valueCol: number | undefined;
    for (let c = right + 1; c <= lastCol + STRAY_COLUMNS && valueCol === undefined; c++) {
      if (!view.isBlank(row, c) && view.anchor(row, c).row === row) valueCol = c;
    }
    if (valueCol === undefined || coveredByLabel(row) || found.reported.has(row)) continue;
    const group = found.groupLines.get(row);
    if (group) {
      issues.push(groupRowValues(table, (rowDef(table, group.code) as RowDef).label, sheetAddress(sheet, row, valueCol), sheet));
      continue;
    }
    const texts = labelTexts(view, row, left, right);
    const where = texts.length ? texts[0].col : valueCol;
    issues.push(unrecognisedRow(table, texts.map((t) => t.text).join(' '), sheetAddress(sheet, row, where), sheet));
  }
  return issues;
}

/** The first MAX_LISTED issues, and one `more-issues` counting the rest. */
export function capIssues(table: TableDef, issues: RecognitionIssue[], sheet: string): RecognitionIssue[] {
  if (issues.length <= MAX_LISTED) return issues;
  return issues.slice(0, MAX_LISTED).concat([moreIssues(table, issues.length - MAX_LISTED, sheet)]);
}
