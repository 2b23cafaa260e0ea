/**
 * Tables whose rows carry labels (表二's items, 表三): found from their row labels first, then their
 * header above.
 *
 * 1. Rows. Sheet rows are read top to bottom; each gets the official row its label cells name
 *    (a sub-item's own cell, a flattened "（三）1.属于国家秘密", a label split over cells). Group labels
 *    (（三）不予公开, 三、本年度办理结果 — merged, repeated, on a row of their own, or split char by char)
 *    need not be found: item texts are unique, so groups only confirm. A row label seen again starts a
 *    new table only when a header of the table lies in between (tables stacked on one sheet);
 *    otherwise it is a duplicate, reported.
 * 2. Header. The nearest header cells of the table above the first row label (within
 *    HEADER_ROWS_ABOVE rows, right of the label columns) give the data columns; a label shared by
 *    several columns is resolved by its group (columnHeader.ts).
 * 3. Checks. Figures in a row with no official label, in a group row, or under no official column are
 *    reported, never read.
 */
import type { FormatId, RowDef, TableDef } from '../formats/types';
import { sheetAddress } from '../grid/address';
import { ColumnResolver } from './columnHeader';
import type { LabelIndex, RowMatch } from './labelIndex';
import { ambiguousRow, duplicateRow, labelVariant } from './messages';
import type { ColumnPlacement, PlacedTable } from './placement';
import { newRowsFound, rowDef } from './rowsFound';
import type { RowsFound } from './rowsFound';
import { placeSplitLabels } from './splitLabels';
import { capIssues, strayFigureIssues, tableEnd } from './strayFigures';
import type { CaptionHit, CellBox, ColumnHit, RowHit, TableHits } from './sheetHits';
import type { SheetView } from './sheetView';

/** How far above its first row label a table's header may start. */
const HEADER_ROWS_ABOVE = 8;
/** How far above its header a 表二 caption may be. */
const CAPTION_ROWS_ABOVE = 3;
/** A label that needs context ("其他", "总计" without enumerator) must follow an accepted row this closely. */
const WEAK_ROWS_AFTER = 3;

interface Line {
  readonly row: number;
  readonly hits: RowHit[];
}

/** Codes of `code` and all its groups. */
function selfAndGroups(table: TableDef, code: string): string[] {
  const out: string[] = [];
  let c: string | undefined = code;
  while (c !== undefined) {
    out.push(c);
    const r = rowDef(table, c);
    c = r ? r.parent : undefined;
  }
  return out;
}

/** First index in sorted `rows` with value > `after`. */
function firstAfter(rows: readonly number[], after: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class RowTableFinder {
  private readonly columnRows: number[];
  private readonly captionRows: number[];
  private readonly resolver: ColumnResolver;

  constructor(
    private readonly view: SheetView,
    private readonly index: LabelIndex,
    private readonly format: FormatId,
    private readonly table: TableDef,
    private readonly hits: TableHits,
  ) {
    this.columnRows = hits.columns.map((h) => h.row);
    this.captionRows = hits.captions.map((h) => h.row);
    this.resolver = new ColumnResolver(hits.columns, format, table, view, index);
  }

  /** Is there a header cell of this table strictly between sheet rows `a` and `b`? */
  private headerBetween(a: number, b: number): boolean {
    const i = firstAfter(this.columnRows, a);
    return i < this.columnRows.length && this.columnRows[i] < b;
  }

  private lines(): Line[] {
    const out: Line[] = [];
    for (const hit of this.hits.rows) {
      const last = out[out.length - 1];
      if (last && last.row === hit.row) last.hits.push(hit);
      else out.push({ row: hit.row, hits: [hit] });
    }
    return out;
  }

  /** Would the weak match `m` (e.g. "其他" for 3.其他) fit right after the rows accepted so far? */
  private weakFits(b: RowsFound, hit: RowHit, m: RowMatch): boolean {
    if (b.lastCode === undefined || hit.row - b.lastRow > WEAK_ROWS_AFTER || hit.col > b.labelRight) return false;
    const parent = m.target.row.parent;
    return parent !== undefined && selfAndGroups(this.table, b.lastCode).indexOf(parent) >= 0;
  }

  find(): PlacedTable[] {
    const buildings: RowsFound[] = [];
    let b = newRowsFound();
    for (const line of this.lines()) {
      const data: Array<{ hit: RowHit; m: RowMatch }> = [];
      const groups: Array<{ hit: RowHit; m: RowMatch }> = [];
      for (const hit of line.hits) {
        for (const m of hit.matches) {
          const weak = !m.hasOrdinal && m.target.sharesColumnText && m.namedGroups.length === 0;
          if (weak && !this.weakFits(b, hit, m)) continue;
          (m.target.row.isData ? data : groups).push({ hit, m });
        }
      }
      const codes = data.map((d) => d.m.target.row.code).filter((c, i, all) => all.indexOf(c) === i);
      if (codes.length > 1) {
        const first = data[0].hit;
        b.reported.add(line.row);
        b.issues.push(ambiguousRow(this.table, codes.map((c) => (rowDef(this.table, c) as RowDef).label), sheetAddress(this.view.sheet, first.row, first.col), this.view.sheet));
        continue;
      }
      if (codes.length === 0) {
        if (groups.length === 0) continue;
        const g = groups[groups.length - 1];
        b.groupLines.set(line.row, { code: g.m.target.row.code, box: g.hit });
        b.groupRows.add(g.m.target.row.code);
        b.lastCode = g.m.target.row.code;
        b.lastRow = line.row;
        b.labelRight = Math.max(b.labelRight, g.hit.right);
        continue;
      }
      const code = codes[0];
      const chosen = data.filter((d) => d.m.target.row.code === code);
      // The leftmost cell naming the row is its label (a merged label's extent is the row's height).
      const label = chosen.reduce((a, d) => (d.hit.col < a.hit.col ? d : a), chosen[0]);
      const previous = b.rows.get(code);
      if (previous) {
        if (this.headerBetween(b.lastRow, line.row)) {
          buildings.push(b);
          b = newRowsFound();
        } else {
          b.reported.add(line.row);
          b.issues.push(
            duplicateRow(
              this.table,
              (rowDef(this.table, code) as RowDef).label,
              sheetAddress(this.view.sheet, previous.row, previous.label ? previous.label.col : 0),
              sheetAddress(this.view.sheet, line.row, label.hit.col),
              this.view.sheet,
            ),
          );
          continue;
        }
      }
      for (const g of groups) b.groupRows.add(g.m.target.row.code);
      for (const d of chosen) for (const named of d.m.namedGroups) b.groupRows.add(named);
      b.rows.set(code, { row: line.row, bottom: label.hit.bottom, label: label.hit });
      if (label.m.variant) {
        b.issues.push(labelVariant(this.table, label.hit.text, label.m.target.row.label, sheetAddress(this.view.sheet, line.row, label.hit.col), this.view.sheet));
      }
      b.lastCode = code;
      b.lastRow = line.row;
      b.labelRight = Math.max(b.labelRight, label.hit.right);
      for (const g of groups) b.labelRight = Math.max(b.labelRight, g.hit.right);
    }
    buildings.push(b);
    const out: PlacedTable[] = [];
    let floor = -1;
    for (const building of buildings) {
      if (building.rows.size === 0 && building.groupLines.size === 0) continue;
      const placed = this.complete(building, floor);
      building.rows.forEach((r) => (floor = Math.max(floor, r.bottom)));
      building.groupLines.forEach((_g, row) => (floor = Math.max(floor, row)));
      out.push(placed);
    }
    return out;
  }

  /** Header, caption and checks of one table whose rows are known; `floor` = last row of the table above. */
  private complete(b: RowsFound, floor: number): PlacedTable {
    const boxesOf = (): CellBox[] =>
      Array.from(b.rows.values())
        .map((r) => r.label as CellBox)
        .concat(Array.from(b.groupLines.values()).map((g) => g.box));
    const rowsOf = (): number[] => Array.from(b.rows.values()).map((r) => r.row).concat(Array.from(b.groupLines.keys()));
    const columns = this.header(Math.min(...rowsOf()), Math.min(...boxesOf().map((x) => x.col)), floor);
    if (columns.size > 0) {
      // A "label" inside the data columns is not a row label of this table (a pasted text whose cells
      // shifted): its row is not read.
      const firstDataCol = Math.min(...Array.from(columns.values()).map((c) => c.col));
      b.rows.forEach((r, code) => {
        if ((r.label as CellBox).col >= firstDataCol) b.rows.delete(code);
      });
      b.groupLines.forEach((g, row) => {
        if (g.box.col >= firstDataCol) b.groupLines.delete(row);
      });
    }
    const labelRows = rowsOf();
    const boxes = boxesOf();
    const top = labelRows.length ? Math.min(...labelRows) : 0;
    const bottom = labelRows.length ? Math.max(...labelRows) : -1;
    const labelLeft = boxes.length ? Math.min(...boxes.map((x) => x.col)) : 0;
    const firstData = columns.size > 0 ? Math.min(...Array.from(columns.values()).map((c) => c.col)) : Infinity;
    const labelRight = boxes.length ? Math.min(firstData - 1, Math.max(...boxes.map((x) => x.right))) : -1;

    const headerTop = columns.size > 0 ? Math.min(...Array.from(columns.values()).map((c) => c.label.row)) : top;
    const caption = this.caption(headerTop, floor);
    columns.forEach((c, code) => {
      const m = c.label.matches.filter((x) => x.target.column.code === code)[0];
      if (m && m.variant) {
        b.issues.push(labelVariant(this.table, c.label.text, m.target.column.label, sheetAddress(this.view.sheet, c.label.row, c.label.col), this.view.sheet));
      }
    });

    placeSplitLabels(this.view, this.index, this.format, this.table, b, columns, { left: labelLeft, right: labelRight, headerTop, bottom });
    const end = tableEnd(this.view, this.table, b, columns, labelLeft, bottom);
    const stray = strayFigureIssues(this.view, this.table, b, columns, { left: labelLeft, right: labelRight, top, bottom: end });
    const issues = capIssues(this.table, b.issues.concat(stray), this.view.sheet);
    const tableTop = caption ? caption.row : headerTop;
    const tableLeft = Math.min(labelLeft, caption ? caption.col : labelLeft);
    return { format: this.format, table: this.table, sheet: this.view.sheet, rows: b.rows, groupRows: b.groupRows, columns, caption, top: tableTop, left: tableLeft, issues };
  }

  /** The data columns: nearest header cells above the first label, right of the first label column. */
  private header(top: number, labelLeft: number, floor: number): Map<string, ColumnPlacement> {
    const from = Math.max(floor + 1, top - HEADER_ROWS_ABOVE);
    const chosen = new Map<string, ColumnHit>();
    const spans = new Map<string, number>();
    const i0 = firstAfter(this.columnRows, from - 1);
    for (let i = i0; i < this.hits.columns.length && this.hits.columns[i].row < top; i++) {
      const hit = this.hits.columns[i];
      if (hit.col <= labelLeft) continue;
      const column = this.resolver.column(i);
      if (!column) continue;
      const previous = chosen.get(column.code);
      // Nearest above wins; on one row, the leftmost, widened over the same label repeated to its
      // right (a merged header unmerged and filled by an export).
      if (!previous || hit.row > previous.row) chosen.set(column.code, hit);
      else if (hit.row === previous.row && hit.col === (spans.get(column.code) as number) + 1) spans.set(column.code, hit.right);
      if (chosen.get(column.code) === hit) spans.set(column.code, hit.right);
    }
    const out = new Map<string, ColumnPlacement>();
    chosen.forEach((hit, code) => out.set(code, { col: hit.col, right: spans.get(code) as number, label: hit }));
    return out;
  }

  /** The nearest caption of this table in the CAPTION_ROWS_ABOVE rows above the header. */
  private caption(headerTop: number, floor: number): CaptionHit | undefined {
    // Captions are in reading order: the last one above the header is the nearest.
    const i = firstAfter(this.captionRows, headerTop - 1) - 1;
    if (i < 0) return undefined;
    const c = this.hits.captions[i];
    return c.row >= headerTop - CAPTION_ROWS_ABOVE && c.row > floor ? c : undefined;
  }

}

/**
 * Find every instance of a row-labelled table (`table` of `format`) on one sheet from its hits.
 * Returns them top to bottom, found or not (see `isTableFound`).
 */
export function findRowTables(view: SheetView, index: LabelIndex, format: FormatId, table: TableDef, hits: TableHits): PlacedTable[] {
  return new RowTableFinder(view, index, format, table, hits).find();
}
