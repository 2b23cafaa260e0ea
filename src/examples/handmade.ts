/**
 * Department-style sheets: the official tables typed the way a clerk lays them out by hand (not our
 * template): a title and 填报单位 line on top, no merged cells, group and sub-item labels flattened into
 * one column ("（三）1.属于国家秘密"), optionally half-width brackets and line breaks inside labels, tables
 * on one sheet or spread over several. Used by the demo and by tests of recognition and consolidation.
 * Labels come from src/formats; only the noise is added here.
 */
import { getTable, dataRows, dataColumns, refKey } from '../formats';
import type { FormatDef, TableDef } from '../formats/types';
import type { ExampleValue } from './load';

/** How the clerk typed the sheet. */
export interface HandmadeStyle {
  /** Title rows above everything (default 2: a title and a 填报单位 line). */
  readonly titleRows?: number;
  /** Write （ ） as ( ) (default false). */
  readonly halfWidthBrackets?: boolean;
  /** Break long labels over two lines inside the cell (default false). */
  readonly wrapLabels?: boolean;
  /** One sheet per section (二, 三, 四) instead of everything stacked on one sheet (default false). */
  readonly sheetPerSection?: boolean;
  /** Blank columns left of the tables (default 0). */
  readonly leftMargin?: number;
}

/** A sheet as plain rows of values, top-left first. */
export interface PlainSheet {
  readonly name: string;
  readonly rows: ExampleValue[][];
}

function noisy(label: string, style: HandmadeStyle): string {
  let s = style.halfWidthBrackets ? label.replace(/（/g, '(').replace(/）/g, ')') : label;
  if (style.wrapLabels && s.length > 12) s = `${s.slice(0, Math.ceil(s.length / 2))}\n${s.slice(Math.ceil(s.length / 2))}`;
  return s;
}

/** Row label as a clerk flattens it: sub-items carry their group's label in front. */
function flatRowLabel(table: TableDef, code: string): string {
  const row = table.rows.filter((r) => r.code === code)[0];
  const parent = row.parent ? table.rows.filter((r) => r.code === row.parent)[0] : undefined;
  return parent && parent.parent ? parent.label + row.label : row.label;
}

function section2(format: FormatDef, cells: Readonly<Record<string, ExampleValue>>, style: HandmadeStyle): ExampleValue[][] {
  const out: ExampleValue[][] = [[format.sectionHeadings[1]]];
  for (const table of format.tables.filter((t) => t.id.indexOf('t2_') === 0)) {
    out.push([noisy(table.title, style)]);
    out.push([table.columns[0].label, ...dataColumns(table).map((c) => noisy(c.label, style))]);
    for (const row of dataRows(table)) {
      out.push([row.label, ...dataColumns(table).map((c) => cells[refKey({ table: table.id, row: row.code, column: c.code })] ?? null)]);
    }
  }
  return out;
}

function section3(format: FormatDef, cells: Readonly<Record<string, ExampleValue>>, style: HandmadeStyle): ExampleValue[][] {
  const table = getTable(format, 't3_applications');
  const columns = dataColumns(table);
  const label = (code: string): string => table.columns.filter((c) => c.code === code)[0].label;
  const out: ExampleValue[][] = [[format.sectionHeadings[2]]];
  // Header: group labels written once over unmerged cells, as a clerk types them.
  out.push([noisy(table.balance ? table.balance.note : '', style), label('c_applicant')]);
  out.push([null, label('c_natural'), label('c_legal'), null, null, null, null, label('c_total')]);
  out.push([null, null, ...columns.slice(1, 6).map((c) => c.label)]);
  for (const row of dataRows(table)) {
    out.push([
      noisy(flatRowLabel(table, row.code), style),
      ...columns.map((c) => cells[refKey({ table: table.id, row: row.code, column: c.code })] ?? null),
    ]);
  }
  return out;
}

function section4(format: FormatDef, cells: Readonly<Record<string, ExampleValue>>): ExampleValue[][] {
  const table = getTable(format, 't4_review_litigation');
  const label = (code: string): string => table.columns.filter((c) => c.code === code)[0].label;
  const review = table.columns.filter((c) => c.parent === 'c_review');
  const direct = table.columns.filter((c) => c.parent === 'c_lit_direct');
  const after = table.columns.filter((c) => c.parent === 'c_lit_after');
  const blanks = (n: number): null[] => new Array(n).fill(null);
  const row = dataRows(table)[0];
  return [
    [format.sectionHeadings[3]],
    [label('c_review'), ...blanks(4), label('c_litigation'), ...blanks(9)],
    [...review.map((c) => c.label), label('c_lit_direct'), ...blanks(4), label('c_lit_after'), ...blanks(4)],
    [...blanks(5), ...direct.map((c) => c.label), ...after.map((c) => c.label)],
    dataColumns(table).map((c) => cells[refKey({ table: table.id, row: row.code, column: c.code })] ?? null),
  ];
}

/**
 * Lay out a report's cells as a department would type them.
 * @param cells figures by `refKey` (numbers, texts as printed, or null for blank)
 * @returns one or three plain sheets (three when `style.sheetPerSection`)
 */
export function handmadeSheets(
  format: FormatDef,
  cells: Readonly<Record<string, ExampleValue>>,
  info: { unit: string; year: number },
  style: HandmadeStyle = {},
): PlainSheet[] {
  const titleRows = style.titleRows ?? 2;
  const head: ExampleValue[][] = [
    [`${info.unit}${info.year}年度政府信息公开工作年度报告`],
    [`填报单位：${info.unit}`],
  ].slice(0, titleRows);
  while (head.length < titleRows) head.push([null]);
  const indent = (rows: ExampleValue[][]): ExampleValue[][] =>
    rows.map((r) => [...new Array(style.leftMargin ?? 0).fill(null), ...r]);
  const sections = [section2(format, cells, style), section3(format, cells, style), section4(format, cells)];
  if (style.sheetPerSection) {
    return sections.map((rows, i) => ({ name: ['主动公开', '依申请公开', '复议诉讼'][i], rows: indent([...head, ...rows]) }));
  }
  const rows: ExampleValue[][] = [...head];
  for (const s of sections) rows.push(...s, []);
  return [{ name: `${info.year}年报`, rows: indent(rows) }];
}
