/**
 * The sheet's column grid, shared by all three sections.
 *
 * Decision: one grid of equal columns, as many as 表四 has data cells (15). 表四 puts one figure
 * in each column; 表三 puts its 7 applicant columns in the last 7 and spreads its three official
 * row-label columns over the rest (1 + 2 + 5 grid columns), so the long sub-item labels get room
 * while every figure column of 表三 and 表四 has the same width; 表二 uses 3 grid columns for
 * 信息内容 and shares the remaining 12 evenly among its 1, 2 or 3 figure columns (12 divides by all).
 * The merges therefore keep the official structure (the note cell spans the three row-label
 * columns and the three header rows, 申请人情况 spans the 7 figure columns, …) on a finer grid.
 */
import { dataColumns } from '../formats';
import type { FormatDef, TableDef } from '../formats/types';

/**
 * Width of every table column, in Excel character units (7 px each with the default 11 pt font).
 * Printing fits the sheet to the page width, so the sheet's width sets the scale: 15 × 11.5 units
 * (≈ 905 pt) print at about 87 % on A4 landscape, which leaves room for the whole of 表三 (≈ 560 pt
 * of rows at 100 %) on one page. Narrower columns would print 表三 at 100 % over two pages.
 */
export const GRID_COLUMN_WIDTH = 11.5;
/** Width of the hidden marker column. */
export const MARKER_COLUMN_WIDTH = 12;

/** A 0-based inclusive column span. */
export interface ColumnSpan {
  readonly left: number;
  readonly right: number;
}

export interface SheetGeometry {
  /** Number of table columns (A..). */
  readonly width: number;
  /** 表三's three row-label columns: 一/三 column, group column, sub-item column. */
  readonly applicationLabelSlots: readonly ColumnSpan[];
  /** First column of 表三's figures. */
  readonly applicationDataLeft: number;
  /** 表二's 信息内容 column. */
  readonly table2Label: ColumnSpan;
  /** 表二's figure area, shared by the figure columns of each sub-table. */
  readonly table2Data: ColumnSpan;
}

function table(format: FormatDef, id: string): TableDef | undefined {
  return format.tables.filter((t) => t.id === id)[0];
}

/** Column grid of a format's sheet. */
export function sheetGeometry(format: FormatDef): SheetGeometry {
  const t3 = table(format, 't3_applications');
  const t4 = table(format, 't4_review_litigation');
  const t3Data = t3 ? dataColumns(t3).length : 7;
  const t4Data = t4 ? dataColumns(t4).length : 15;
  // 8 grid columns (1 + 2 + 5) keep 表三's longest sub-item label on two lines.
  const width = Math.max(t4Data, t3Data + 8);
  const labelWidth = width - t3Data;
  return {
    width,
    applicationLabelSlots: [
      { left: 0, right: 0 },
      { left: 1, right: 2 },
      { left: 3, right: labelWidth - 1 },
    ],
    applicationDataLeft: labelWidth,
    table2Label: { left: 0, right: 2 },
    table2Data: { left: 3, right: width - 1 },
  };
}

/**
 * Split `span` into `n` consecutive spans as equal as possible (the last ones take the remainder).
 * @throws Error when the span has fewer columns than n.
 */
export function splitSpan(span: ColumnSpan, n: number): ColumnSpan[] {
  const total = span.right - span.left + 1;
  if (n < 1 || n > total) throw new Error(`布局错误：${total} 列放不下 ${n} 个数据列`);
  const base = Math.floor(total / n);
  const extra = total - base * n;
  const out: ColumnSpan[] = [];
  let left = span.left;
  for (let i = 0; i < n; i++) {
    const w = base + (i >= n - extra ? 1 : 0);
    out.push({ left, right: left + w - 1 });
    left += w;
  }
  return out;
}
