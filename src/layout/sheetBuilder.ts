/**
 * Accumulates the cells, merges, inputs and row heights of a plan while the table blocks
 * place themselves row by row. Internal to src/layout.
 */
import { refKey } from '../formats';
import type { CellRef, Unit, ValueKind } from '../formats/types';
import type { MergeRange } from '../grid/types';
import { heightForLines, linesNeeded } from './measure';
import { ROLE_STYLES } from './styles';
import type { InputCell, LayoutCell, StyleRole } from './types';

/** Height of a row holding nothing taller than one line of table text. */
export const BASE_ROW_HEIGHT = 18;

export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly merges: MergeRange[] = [];
  readonly inputs: InputCell[] = [];
  private readonly minHeights: number[] = [];

  /** @param columnWidths widths (Excel character units) of the table columns, from A. */
  constructor(readonly columnWidths: readonly number[]) {}

  /**
   * Write `value` in the area top..bottom × left..right (one cell when equal), merged when larger.
   * @throws Error when the area overlaps an area already merged (a layout bug, never user input).
   */
  put(area: MergeRange, value: string | number | null, role: StyleRole): LayoutCell {
    const single = area.top === area.bottom && area.left === area.right;
    if (!single) {
      for (const m of this.merges) {
        if (m.left <= area.right && area.left <= m.right && m.top <= area.bottom && area.top <= m.bottom) {
          throw new Error(`布局错误：合并区域重叠（行 ${area.top + 1}，列 ${area.left + 1}）`);
        }
      }
      this.merges.push(area);
    }
    const cell: LayoutCell = single
      ? { row: area.top, col: area.left, value, role }
      : { row: area.top, col: area.left, value, role, merge: area };
    this.cells.push(cell);
    return cell;
  }

  /** Place the input cell of one official figure. */
  input(ref: CellRef, area: MergeRange, kind: ValueKind, unit: Unit | undefined, isTotal: boolean): void {
    this.put(area, null, isTotal ? 'total' : 'input');
    const base = { ref, key: refKey(ref), row: area.top, col: area.left, range: area, kind, isTotal };
    this.inputs.push(unit !== undefined ? { ...base, unit } : base);
  }

  /** Ask for row `row` to be at least `points` tall. */
  minHeight(row: number, points: number): void {
    this.minHeights[row] = Math.max(this.minHeights[row] || 0, points);
  }

  /** Width in character units of columns left..right. */
  spanWidth(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.columnWidths[c] || 0;
    return w;
  }

  /**
   * Row heights for rows 0..lastRow: each at least its requested minimum and tall enough for
   * its wrapped text; a text merged over several rows grows those rows evenly when it needs to.
   */
  rowHeights(lastRow: number): number[] {
    const heights: number[] = [];
    for (let r = 0; r <= lastRow; r++) heights[r] = this.minHeights[r] || BASE_ROW_HEIGHT;
    const textCells = this.cells.filter((c) => typeof c.value === 'string' && c.value !== '' && c.role !== 'marker');
    const needed = (cell: LayoutCell): number => {
      const style = ROLE_STYLES[cell.role];
      const right = cell.merge ? cell.merge.right : cell.col;
      const lines = style.wrap ? linesNeeded(String(cell.value), style.font.size, this.spanWidth(cell.col, right)) : 1;
      return heightForLines(lines, style.font.size);
    };
    for (const cell of textCells) {
      if (!cell.merge || cell.merge.top === cell.merge.bottom) heights[cell.row] = Math.max(heights[cell.row], needed(cell));
    }
    for (const cell of textCells) {
      const m = cell.merge;
      if (!m || m.top === m.bottom) continue;
      let have = 0;
      for (let r = m.top; r <= m.bottom; r++) have += heights[r];
      const missing = needed(cell) - have;
      if (missing > 0) {
        const each = Math.ceil(missing / (m.bottom - m.top + 1));
        for (let r = m.top; r <= m.bottom; r++) heights[r] += each;
      }
    }
    return heights;
  }
}

/** A one-row area. */
export function rowArea(row: number, left: number, right: number): MergeRange {
  return { top: row, left, bottom: row, right };
}
