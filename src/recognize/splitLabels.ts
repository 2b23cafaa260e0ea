/** Row labels split over several cells or two sheet rows, joined again (see `placeSplitLabels`). */
import type { FormatId, TableDef } from '../formats/types';
import type { LabelIndex } from './labelIndex';
import { normalizeLabel } from './normalize';
import type { ColumnPlacement } from './placement';
import { labelTexts } from './rowsFound';
import type { RowsFound } from './rowsFound';
import type { SheetView } from './sheetView';

/** Rows after the last label still tried for labels split over several cells. */
const TRAILING_ROWS = 2;

/**
 * Rows between the header and the last label that no single cell names: try their label cells
 * joined ("一、本年新收政府信息" + "公开申请数量"), and joined with the next row's when a label wrapped
 * onto a second sheet row ("二、上年结转政府信息公开申请数" / "量", text pasted from a PDF). Only an
 * exact label of a row not found yet is placed so; the row holding figures is the row read.
 */
export function placeSplitLabels(
  view: SheetView,
  index: LabelIndex,
  format: FormatId,
  table: TableDef,
  found: RowsFound,
  columns: Map<string, ColumnPlacement>,
  region: { left: number; right: number; headerTop: number; bottom: number },
): void {
  const { left, right, headerTop, bottom } = region;
  const headerBottom = columns.size > 0 ? Math.max(...Array.from(columns.values()).map((c) => c.label.bottom)) : headerTop - 1;
  const taken = new Set<number>();
  found.rows.forEach((r) => taken.add(r.row));
  found.groupLines.forEach((_g, row) => taken.add(row));
  const free = (row: number): boolean => !taken.has(row) && !found.reported.has(row);
  const place = (text: string): string | undefined => {
    const codes = index
      .matchRowNormalized(normalizeLabel(text))
      .filter((m) => m.target.format === format && m.target.table === table.id && m.target.row.isData && !(m.target.sharesColumnText && !m.hasOrdinal))
      .map((m) => m.target.row.code)
      .filter((c, i, all) => all.indexOf(c) === i);
    return codes.length === 1 && !found.rows.has(codes[0]) ? codes[0] : undefined;
  };
  const hasFigures = (row: number): boolean => Array.from(columns.values()).some((c) => !view.isBlank(row, c.col));
  for (let row = Math.max(headerBottom + 1, 0); row <= bottom + TRAILING_ROWS && row < view.rowCount; row++) {
    if (!free(row)) continue;
    const texts = labelTexts(view, row, left, right);
    if (texts.length === 0) continue;
    let placed = false;
    for (let start = 0; start < texts.length - 1 && !placed; start++) {
      const text = texts.slice(start).map((t) => t.text).join('');
      const code = place(text);
      if (code) {
        found.rows.set(code, { row, bottom: row, label: { row, col: texts[start].col, right, bottom: row, text } });
        taken.add(row);
        placed = true;
      }
    }
    const next = row + 1;
    if (placed || !free(next)) continue;
    const nextTexts = labelTexts(view, next, left, right);
    if (nextTexts.length === 0) continue;
    const text = texts.concat(nextTexts).map((t) => t.text).join('');
    const code = place(text);
    if (!code) continue;
    const at = !hasFigures(row) && hasFigures(next) ? next : row;
    found.rows.set(code, { row: at, bottom: at, label: { row, col: texts[0].col, right, bottom: next, text } });
    taken.add(row);
    taken.add(next);
    row = next;
  }
}
