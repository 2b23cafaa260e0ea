/**
 * Sheets laid out for recognition tests, every label taken from src/formats (variants are made by
 * transforming official labels, never typed by hand):
 * - `writeOfficial*`: our style, the official merged layout (3 row-label columns with vertical group
 *   cells for 表三, merged group headers for 表四, merged captions and single data columns for 表二);
 * - `writeFlat*`: the way a clerk types the tables: no merges, group labels written once over unmerged
 *   cells, sub-items flattened into one column, with optional noise.
 * Each writer returns the next free row.
 */
import { dataColumns, dataRows, getTable, refKey } from '../../src/formats';
import type { FormatDef, RowDef, TableDef } from '../../src/formats/types';
import type { Figure } from './examples';
import type { SheetBuilder } from './gridBuilder';

export type Figures = Readonly<Record<string, Figure>>;

const fig = (figures: Figures, table: TableDef, row: string, column: string): Figure =>
  figures[refKey({ table: table.id, row, column })] ?? null;

function label(table: TableDef, code: string): string {
  const found = table.columns.filter((c) => c.code === code)[0] || table.rows.filter((r) => r.code === code)[0];
  if (!found) throw new Error(`no ${code} in ${table.id}`);
  return found.label;
}

/** 表二 in our style from (row, col): merged caption over 4 columns, 信息内容 header, data columns spread over 3 grid columns. */
export function writeOfficialT2(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0): number {
  let r = row;
  for (const table of format.tables.filter((t) => t.id.indexOf('t2_') === 0)) {
    b.put(r, col, table.title).merge(r, col, r, col + 3);
    r++;
    const columns = dataColumns(table);
    // Widths of the data columns over 3 grid columns: [1,1,1], [1,2] or [3].
    const widths = columns.length === 3 ? [1, 1, 1] : columns.length === 2 ? [1, 2] : [3];
    const lefts: number[] = [];
    let c = col + 1;
    for (const w of widths) {
      lefts.push(c);
      c += w;
    }
    b.put(r, col, table.columns[0].label);
    columns.forEach((column, i) => b.put(r, lefts[i], column.label).merge(r, lefts[i], r, lefts[i] + widths[i] - 1));
    r++;
    for (const dataRow of dataRows(table)) {
      b.put(r, col, dataRow.label);
      columns.forEach((column, i) => b.put(r, lefts[i], fig(figures, table, dataRow.code, column.code)).merge(r, lefts[i], r, lefts[i] + widths[i] - 1));
      r++;
    }
  }
  return r;
}

/** 表三 in our style: note over A:C × 3 header rows, 三、 merged down, group cells merged down in column B. */
export function writeOfficialT3(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0): number {
  const table = getTable(format, 't3_applications');
  const d = col + 3; // first data column
  b.put(row, col, table.balance ? table.balance.note : '').merge(row, col, row + 2, col + 2);
  b.put(row, d, label(table, 'c_applicant')).merge(row, d, row, d + 6);
  b.put(row + 1, d, label(table, 'c_natural')).merge(row + 1, d, row + 2, d);
  b.put(row + 1, d + 1, label(table, 'c_legal')).merge(row + 1, d + 1, row + 1, d + 5);
  b.put(row + 1, d + 6, label(table, 'c_total')).merge(row + 1, d + 6, row + 2, d + 6);
  table.columns.filter((c) => c.parent === 'c_legal').forEach((c, i) => b.put(row + 2, d + 1 + i, c.label));
  let r = row + 3;
  const columns = dataColumns(table);
  const rowsUnder = (parent: string): RowDef[] => table.rows.filter((x) => x.parent === parent);
  const values = (code: string, at: number): void => columns.forEach((c, i) => b.put(at, d + i, fig(figures, table, code, c.code)));
  for (const top of table.rows.filter((x) => x.parent === undefined)) {
    if (top.isData) {
      b.put(r, col, top.label).merge(r, col, r, col + 2);
      values(top.code, r);
      r++;
      continue;
    }
    const start = r;
    for (const item of rowsUnder(top.code)) {
      if (item.isData) {
        b.put(r, col + 1, item.label).merge(r, col + 1, r, col + 2);
        values(item.code, r);
        r++;
        continue;
      }
      const subs = rowsUnder(item.code);
      b.put(r, col + 1, item.label).merge(r, col + 1, r + subs.length - 1, col + 1);
      for (const sub of subs) {
        b.put(r, col + 2, sub.label);
        values(sub.code, r);
        r++;
      }
    }
    b.put(start, col, top.label).merge(start, col, r - 1, col);
  }
  return r;
}

/** 表四 in our style: 行政复议 over 5, 行政诉讼 over 10, review leaves merged over two rows. */
export function writeOfficialT4(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0): number {
  const table = getTable(format, 't4_review_litigation');
  b.put(row, col, label(table, 'c_review')).merge(row, col, row, col + 4);
  b.put(row, col + 5, label(table, 'c_litigation')).merge(row, col + 5, row, col + 14);
  table.columns.filter((c) => c.parent === 'c_review').forEach((c, i) => b.put(row + 1, col + i, c.label).merge(row + 1, col + i, row + 2, col + i));
  b.put(row + 1, col + 5, label(table, 'c_lit_direct')).merge(row + 1, col + 5, row + 1, col + 9);
  b.put(row + 1, col + 10, label(table, 'c_lit_after')).merge(row + 1, col + 10, row + 1, col + 14);
  table.columns.filter((c) => c.parent === 'c_lit_direct').forEach((c, i) => b.put(row + 2, col + 5 + i, c.label));
  table.columns.filter((c) => c.parent === 'c_lit_after').forEach((c, i) => b.put(row + 2, col + 10 + i, c.label));
  dataColumns(table).forEach((c, i) => b.put(row + 3, col + i, fig(figures, table, 'r_count', c.code)));
  return row + 4;
}

/** Our template: title, 填报单位 line, section headings, the three tables with one blank row between. */
export function writeOfficial(b: SheetBuilder, format: FormatDef, figures: Figures, info: { unit: string; year: number }): void {
  b.put(0, 0, `${info.unit}${info.year}年度政府信息公开工作年度报告统计表`).merge(0, 0, 0, 14);
  b.put(1, 0, `填报单位：${info.unit}`);
  b.put(2, 0, format.sectionHeadings[1]);
  let r = writeOfficialT2(b, format, figures, 3);
  b.put(r + 1, 0, format.sectionHeadings[2]);
  r = writeOfficialT3(b, format, figures, r + 2);
  b.put(r + 1, 0, format.sectionHeadings[3]);
  writeOfficialT4(b, format, figures, r + 2);
}

/** How a clerk's typing deforms a label. */
export interface Noise {
  /** （） → () and ： → : */
  readonly halfWidth?: boolean;
  /** A line break in the middle of long labels. */
  readonly wrap?: boolean;
  /** Drop the trailing parenthetical clause ("（二）部分公开"). */
  readonly dropClause?: boolean;
  /** "1." → "1、" */
  readonly ideographicComma?: boolean;
  /** Spaces (ASCII and U+3000) around and inside labels. */
  readonly spaces?: boolean;
}

export function noisy(text: string, noise: Noise): string {
  let s = text;
  if (noise.dropClause) s = s.replace(/（[^（）]*）$/, (m) => (s.length > m.length ? '' : m));
  if (noise.ideographicComma) s = s.replace(/^(\d)\./, '$1、').replace(/([）\d])(\d)\./, '$1$2、');
  if (noise.halfWidth) s = s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
  if (noise.wrap && s.length > 8) s = `${s.slice(0, Math.ceil(s.length / 2))}\n${s.slice(Math.ceil(s.length / 2))}`;
  if (noise.spaces) s = ` ${s.slice(0, 2)}\u3000${s.slice(2)} `;
  return s;
}

/** Row label flattened with its group's enumerator, as in the example JSON: "（三）1.属于国家秘密". */
export function flatLabel(table: TableDef, row: RowDef): string {
  const parent = row.parent ? table.rows.filter((r) => r.code === row.parent)[0] : undefined;
  if (!parent || !parent.parent) return row.label;
  const ordinal = /^（[^）]+）/.exec(parent.label);
  return (ordinal ? ordinal[0] : parent.label) + row.label;
}

/** 表二 typed by hand: caption, header, rows, no merges; a blank row between items when `gap`. */
export function writeFlatT2(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0, noise: Noise = {}, gap = false): number {
  let r = row;
  for (const table of format.tables.filter((t) => t.id.indexOf('t2_') === 0)) {
    b.put(r++, col, noisy(table.title, noise));
    const columns = dataColumns(table);
    b.row(r++, col, [table.columns[0].label, ...columns.map((c) => noisy(c.label, noise))]);
    for (const dataRow of dataRows(table)) b.row(r++, col, [noisy(dataRow.label, noise), ...columns.map((c) => fig(figures, table, dataRow.code, c.code))]);
    if (gap) r++;
  }
  return r;
}

/**
 * 表三 typed by hand: one label column with flattened sub-items, the header's groups written once over
 * unmerged cells (申请人情况 over 自然人, 法人或其他组织 over 商业企业).
 */
export function writeFlatT3(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0, noise: Noise = {}): number {
  const table = getTable(format, 't3_applications');
  const columns = dataColumns(table);
  b.put(row, col + 1, label(table, 'c_applicant'));
  b.row(row + 1, col + 1, [label(table, 'c_natural'), label(table, 'c_legal'), null, null, null, null, label(table, 'c_total')]);
  b.row(row + 2, col + 2, columns.slice(1, 6).map((c) => c.label));
  let r = row + 3;
  for (const dataRow of dataRows(table)) {
    b.row(r++, col, [noisy(flatLabel(table, dataRow), noise), ...columns.map((c) => fig(figures, table, dataRow.code, c.code))]);
  }
  return r;
}

/** 表四 typed by hand: 行政复议 / 行政诉讼 and 未经复议直接起诉 / 复议后起诉 written once over unmerged cells. */
export function writeFlatT4(b: SheetBuilder, format: FormatDef, figures: Figures, row: number, col = 0): number {
  const table = getTable(format, 't4_review_litigation');
  b.put(row, col, label(table, 'c_review')).put(row, col + 5, label(table, 'c_litigation'));
  b.put(row + 1, col + 5, label(table, 'c_lit_direct')).put(row + 1, col + 10, label(table, 'c_lit_after'));
  table.columns.filter((c) => c.parent === 'c_review').forEach((c, i) => b.put(row + 2, col + i, c.label));
  table.columns.filter((c) => c.parent === 'c_lit_direct').forEach((c, i) => b.put(row + 2, col + 5 + i, c.label));
  table.columns.filter((c) => c.parent === 'c_lit_after').forEach((c, i) => b.put(row + 2, col + 10 + i, c.label));
  dataColumns(table).forEach((c, i) => b.put(row + 3, col + i, fig(figures, table, 'r_count', c.code)));
  return row + 4;
}
