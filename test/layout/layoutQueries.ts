/**
 * Test helpers over a SheetLayout: find the cell showing a label (optionally inside one table),
 * print areas as A1 ranges, and evaluate the plan's conditional-format formulas on figures.
 */
import { a1, parseA1 } from '../../src/grid';
import type { MergeRange } from '../../src/grid';
import type { LayoutCell, SheetLayout, TablePlacement } from '../../src/layout';
import type { TableId } from '../../src/formats';

/** "A23:H25" for a range, "J25" for a single cell. */
export function rangeA1(r: MergeRange): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

/** The area a layout cell covers, as A1. */
export function areaOf(cell: LayoutCell): string {
  return rangeA1(cell.merge || { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });
}

export function placement(layout: SheetLayout, table: TableId): TablePlacement {
  const p = layout.tables.filter((t) => t.table === table)[0];
  if (!p) throw new Error(`no placement for ${table}`);
  return p;
}

/** Every cell showing exactly `label` (inside `table`'s placement when given). */
export function cellsLabelled(layout: SheetLayout, label: string, table?: TableId): LayoutCell[] {
  const p = table ? placement(layout, table) : undefined;
  return layout.cells.filter(
    (c) => c.value === label && (!p || (c.row >= p.top && c.row <= p.bottom && c.col >= p.left && c.col <= p.right)),
  );
}

/** The one cell showing `label` (inside `table`); throws when there are none or several. */
export function cellLabelled(layout: SheetLayout, label: string, table?: TableId): LayoutCell {
  const found = cellsLabelled(layout, label, table);
  if (found.length !== 1) throw new Error(`${found.length} cells labelled ${label}`);
  return found[0];
}

/**
 * Evaluate a formula of the subset the plan emits — absolute refs ($A$1, $A$1:$B$9), SUM(…), '+'
 * and '<>' — with blank cells as 0, as Excel, WPS and LibreOffice do.
 */
export function evaluateCheck(formula: string, valueAt: (row: number, col: number) => number | null): boolean {
  const sides = formula.split('<>');
  if (sides.length !== 2) throw new Error(`unexpected formula ${formula}`);
  return evaluateSum(sides[0], valueAt) !== evaluateSum(sides[1], valueAt);
}

function evaluateSum(expr: string, valueAt: (row: number, col: number) => number | null): number {
  let total = 0;
  for (const term of expr.split('+')) {
    const m = /^SUM\((.*)\)$/.exec(term.trim());
    const args = m ? m[1].split(',') : [term];
    for (const arg of args) {
      const [from, to] = arg.trim().replace(/\$/g, '').split(':');
      const a = parseA1(from);
      const b = parseA1(to || from);
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) total += valueAt(r, c) || 0;
    }
  }
  return total;
}
