/**
 * Read access to one Grid for recognition: cell texts, blankness and merged ranges, with the merge
 * lookups indexed per row so that no query scans the whole sheet.
 */
import type { Grid, GridCell, MergeRange } from '../grid/types';

export class SheetView {
  readonly sheet: string;
  readonly rowCount: number;
  /** Widest row's length. */
  readonly colCount: number;
  private readonly grid: Grid;
  /** Merges intersecting each row (only rows that have one). */
  private readonly mergesByRow = new Map<number, MergeRange[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.rowCount = grid.cells.length;
    let width = 0;
    for (const row of grid.cells) if (row && row.length > width) width = row.length;
    this.colCount = width;
    for (const m of grid.merges || []) {
      // Merges reaching beyond the cells only matter where there are cells.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      for (let r = Math.max(0, m.top); r <= bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
    // Merges of one row do not overlap: sorted by left edge, one binary search finds a cell's merge.
    this.mergesByRow.forEach((list) => list.sort((a, b) => a.left - b.left));
  }

  cell(row: number, col: number): GridCell | null | undefined {
    const r = this.grid.cells[row];
    return r ? r[col] : undefined;
  }

  /** The cell's text when it holds a non-blank string ('' otherwise: numbers are never labels). */
  text(row: number, col: number): string {
    const c = this.cell(row, col);
    if (!c || typeof c.value !== 'string') return '';
    return c.value.trim() === '' ? '' : c.value;
  }

  /** True when the cell shows nothing: no value (or only spaces), no error, no formula. */
  isBlank(row: number, col: number): boolean {
    const c = this.cell(row, col);
    if (!c) return true;
    if (c.error || c.formula !== undefined || c.noCachedValue) return false;
    if (c.value === null || c.value === undefined) return true;
    return typeof c.value === 'string' && c.value.trim() === '';
  }

  /** What the cell shows, as short text for messages. */
  display(row: number, col: number): string {
    const c = this.cell(row, col);
    if (!c) return '';
    if (c.error) return c.error;
    if (c.value === null || c.value === undefined) return c.formula !== undefined ? `=${c.formula}` : '';
    // A huge number formatted as a date reads as an Invalid Date, on which toISOString throws.
    if (c.value instanceof Date) return isNaN(c.value.getTime()) ? String(c.value) : c.value.toISOString().slice(0, 10);
    return String(c.value);
  }

  /** Length of row `row` (0 when absent). */
  rowLength(row: number): number {
    const r = this.grid.cells[row];
    return r ? r.length : 0;
  }

  /** The merged range covering (row, col), if any. */
  mergeAt(row: number, col: number): MergeRange | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: MergeRange | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].left <= col) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && col <= found.right ? found : undefined;
  }

  /** The top-left cell of the merge covering (row, col), or the cell itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Right and bottom edges of the cell, taking its merge into account. */
  extent(row: number, col: number): { right: number; bottom: number } {
    const m = this.mergeAt(row, col);
    return m && m.top === row && m.left === col ? { right: m.right, bottom: m.bottom } : { right: col, bottom: row };
  }

  /**
   * The nearest text at or left of `col` in `row`, looking through merges (a merged cell's text is
   * at its top-left, possibly in a row above). At most `limit` columns are looked at.
   */
  textAtOrLeft(row: number, col: number, limit: number): { row: number; col: number; text: string } | undefined {
    for (let c = col; c >= 0 && col - c <= limit; c--) {
      const a = this.anchor(row, c);
      const t = this.text(a.row, a.col);
      if (t !== '') return { row: a.row, col: a.col, text: t };
    }
    return undefined;
  }
}
