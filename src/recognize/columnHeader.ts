/**
 * Column headers: which official data column a header cell stands for.
 *
 * A label unique in its table (自然人, 本年制发件数) names its column at once. A label shared by several
 * columns (表四's 结果维持 … 总计 under 行政复议, 未经复议直接起诉 and 复议后起诉) is resolved by the group
 * written above it: the nearest text at or left of the cell's column in the rows above, looking through
 * merges. That finds a group merged over its leaves and a group written once in the leftmost cell of
 * unmerged ones (the way Excel's "center across selection" and pasted Word tables store it).
 */
import type { ColumnDef, FormatId, TableDef } from '../formats/types';
import type { LabelIndex } from './labelIndex';
import type { ColumnHit } from './sheetHits';
import type { SheetView } from './sheetView';

/** How many rows above a shared label its group may be written. */
const GROUP_ROWS_ABOVE = 4;
/** How far left of a shared label its group may be written (a group spans at most this many columns). */
const GROUP_COLUMNS_LEFT = 20;

function isUnder(table: TableDef, column: ColumnDef, groups: readonly string[]): boolean {
  let parent = column.parent;
  while (parent !== undefined) {
    if (groups.indexOf(parent) >= 0) return true;
    const p = table.columns.filter((c) => c.code === parent)[0];
    parent = p ? p.parent : undefined;
  }
  return false;
}

/**
 * `resolveColumn` of every header cell of a table on a sheet, computed on first use and remembered
 * (a table stacked several times looks at the same header cells again).
 */
export class ColumnResolver {
  private readonly done: Array<ColumnDef | null | undefined> = [];

  constructor(
    private readonly hits: readonly ColumnHit[],
    private readonly format: FormatId,
    private readonly table: TableDef,
    private readonly view: SheetView,
    private readonly index: LabelIndex,
  ) {}

  /** The data column of `hits[i]`, or undefined. */
  column(i: number): ColumnDef | undefined {
    let c = this.done[i];
    if (c === undefined) {
      c = resolveColumn(this.hits[i], this.format, this.table, this.view, this.index) || null;
      this.done[i] = c;
    }
    return c || undefined;
  }
}

/**
 * The data column of `table` (format `format`) the header cell `hit` stands for, or undefined when it
 * names a group, or a shared label whose group cannot be found above it.
 */
export function resolveColumn(hit: ColumnHit, format: FormatId, table: TableDef, view: SheetView, index: LabelIndex): ColumnDef | undefined {
  let candidates: ColumnDef[] = [];
  for (const m of hit.matches) {
    if (m.target.format === format && m.target.table === table.id && m.target.column.isData && candidates.indexOf(m.target.column) < 0) {
      candidates.push(m.target.column);
    }
  }
  if (candidates.length <= 1) return candidates[0];
  let row = hit.row - 1;
  while (row >= 0 && hit.row - row <= GROUP_ROWS_ABOVE) {
    const found = view.textAtOrLeft(row, hit.col, GROUP_COLUMNS_LEFT);
    if (found) {
      const groups = index
        .matchColumnText(found.text)
        .filter((m) => m.target.format === format && m.target.table === table.id && !m.target.column.isData)
        .map((m) => m.target.column.code);
      const narrowed = candidates.filter((c) => isUnder(table, c, groups));
      if (narrowed.length > 0) candidates = narrowed;
      if (candidates.length === 1) return candidates[0];
      row = Math.min(row, found.row) - 1;
    } else row--;
  }
  return undefined;
}
