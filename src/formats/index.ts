/**
 * The official formats as typed data, and the lookups every other module uses.
 * Source: shared/formats/formats.md (国办公开办函〔2019〕60号 and 〔2021〕30号).
 */
import { format2019 } from './format2019';
import { format2021 } from './format2021';
import type { CellRef, ColumnDef, FormatDef, FormatId, RowDef, TableDef, TableId } from './types';

export * from './types';
export { format2019, format2021 };

/** Both formats, newest first. */
export const FORMATS: readonly FormatDef[] = [format2021, format2019];

/** The format in force (国办公开办函〔2021〕30号). */
export const DEFAULT_FORMAT: FormatId = '2021';

/**
 * The format definition for `id`.
 * @throws Error when `id` is not '2019' or '2021'.
 */
export function getFormat(id: string): FormatDef {
  const found = FORMATS.filter((f) => f.id === id)[0];
  if (!found) throw new Error(`未知的年报格式：${id}（可用：2021、2019）`);
  return found;
}

/**
 * A table of a format.
 * @throws Error when the format has no such table (e.g. t2_art20_9 in 2021).
 */
export function getTable(format: FormatDef, table: TableId): TableDef {
  const found = format.tables.filter((t) => t.id === table)[0];
  if (!found) throw new Error(`格式 ${format.id} 没有表 ${table}`);
  return found;
}

/** Data rows of a table, in official order. */
export function dataRows(table: TableDef): RowDef[] {
  return table.rows.filter((r) => r.isData);
}

/** Data columns of a table, in official order. */
export function dataColumns(table: TableDef): ColumnDef[] {
  return table.columns.filter((c) => c.isData);
}

/** The row with `code`. @throws Error if absent. */
export function getRow(table: TableDef, code: string): RowDef {
  const r = table.rows.filter((x) => x.code === code)[0];
  if (!r) throw new Error(`表 ${table.id} 没有行 ${code}`);
  return r;
}

/** The column with `code`. @throws Error if absent. */
export function getColumn(table: TableDef, code: string): ColumnDef {
  const c = table.columns.filter((x) => x.code === code)[0];
  if (!c) throw new Error(`表 ${table.id} 没有列 ${code}`);
  return c;
}

/** Key of a figure inside one table: `ROWCODE:COLCODE` (the syntax of formats.json). */
export function cellKey(row: string, column: string): string {
  return `${row}:${column}`;
}

/** Key of a figure inside one format: `TABLE/ROWCODE:COLCODE`. */
export function refKey(ref: CellRef): string {
  return `${ref.table}/${ref.row}:${ref.column}`;
}

/** Every figure of a format, table by table, row by row, column by column (official reading order). */
export function allCells(format: FormatDef): CellRef[] {
  const out: CellRef[] = [];
  for (const t of format.tables) {
    for (const r of dataRows(t)) for (const c of dataColumns(t)) out.push({ table: t.id, row: r.code, column: c.code });
  }
  return out;
}

/**
 * Codes of the data items under `parentCode` (children, grandchildren…), excluding `except`.
 * Works for rows and columns alike: a 总计 sums the data leaves of its parent group.
 */
export function dataDescendants<T extends { code: string; parent?: string; isData: boolean }>(
  items: readonly T[],
  parentCode: string | undefined,
  except: string,
): T[] {
  const under = (item: T): boolean => {
    let p = item.parent;
    while (p !== undefined) {
      if (p === parentCode) return true;
      const parent = items.filter((x) => x.code === p)[0];
      p = parent ? parent.parent : undefined;
    }
    return parentCode === undefined;
  };
  return items.filter((x) => x.isData && x.code !== except && under(x));
}

/** Full official label of a row, with its group prefix for sub-items, e.g. （三）不予公开 1.属于国家秘密. */
export function rowPath(table: TableDef, row: RowDef): string {
  const parts: string[] = [row.label];
  let p = row.parent;
  while (p !== undefined) {
    const parent = getRow(table, p);
    // 三、本年度办理结果 is the frame of all outcome rows; naming it adds nothing.
    if (parent.parent !== undefined) parts.unshift(parent.label);
    p = parent.parent;
  }
  return parts.join(' ');
}

/** Full official label of a column with its group, e.g. 复议后起诉 总计, 法人或其他组织 商业企业. */
export function columnPath(table: TableDef, column: ColumnDef): string {
  const parts: string[] = [column.label];
  let p = column.parent;
  while (p !== undefined) {
    const parent = getColumn(table, p);
    if (parent.code !== 'c_applicant') parts.unshift(parent.label);
    p = parent.parent;
  }
  return parts.join(' ');
}

/** The format a report year is due in: 2019 for 2019–2020, 2021 from 2021 on. */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}
