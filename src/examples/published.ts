/**
 * Published reports transcribed as JSON (examples/*.json, copies of shared/examples) → figures by identity.
 * The one place that maps an example's labels to the formats' codes; the demo, the benchmark and the
 * tests all go through it. Labels are looked up in src/formats, never retyped:
 * - 表二 items by caption (第二十条第（一）项), rows and columns by their label;
 * - 表三 rows by label, where a numbered sub-item is written with its group's ordinal ("（三）1.属于国家秘密"
 *   = （三）不予公开 › 1.属于国家秘密) and a label may be shortened to a prefix ("（二）部分公开");
 * - 表四 cells in official column order (the JSON's table4_labels, "复议后起诉-总计", are checked when present).
 * null is a blank cell; text (the seed's "51.57 亿元") is kept as printed, and read by the rules' `readValue`
 * for figures, as a sheet's text would be.
 */
import { allCells, dataColumns, dataRows, getColumn, getFormat, getTable, refKey } from '../formats';
import type { CellRef, ColumnDef, FormatId, RowDef, TableDef } from '../formats/types';
import { readValue } from '../rules/values';
import type { CellReading, ReportFigures } from '../rules/types';

/** A cell as transcribed: a number, a text as printed ("51.57 亿元"), or null (blank). */
export type PrintedValue = number | string | null;

/** The parts of a published-report JSON read here (shape: shared/README.md). */
export interface PublishedReportJson {
  readonly id?: string;
  readonly format: string;
  readonly report_year: number;
  readonly body?: string;
  readonly table2: ReadonlyArray<{
    readonly section: string;
    readonly columns: readonly string[];
    readonly rows: Readonly<Record<string, readonly PrintedValue[]>>;
  }>;
  readonly table3_columns?: readonly string[];
  readonly table3: ReadonlyArray<{ readonly row: string; readonly cells: readonly PrintedValue[] }>;
  readonly table4_labels?: readonly string[];
  readonly table4: readonly PrintedValue[];
}

/** One printed figure: its identity and the value as the JSON gives it. */
export interface PrintedEntry {
  readonly ref: CellRef;
  readonly value: PrintedValue;
}

/** A published report as figures. */
export interface PublishedReport {
  readonly format: FormatId;
  readonly year: number;
  /** The reporting body as printed (e.g. 淮安市人民政府（全市汇总，…）). */
  readonly body?: string;
  readonly figures: ReportFigures;
}

function only<T>(items: readonly T[], what: string): T {
  if (items.length !== 1) throw new Error(`示例数据的标签“${what}”对应 ${items.length} 个官方标签，应恰好 1 个`);
  return items[0];
}

function dataColumnsLabelled(table: TableDef, label: string): ColumnDef[] {
  return table.columns.filter((c) => c.isData && c.label === label);
}

/** The leading ordinal of a group label: （三）不予公开 → （三）. */
function ordinal(label: string): string {
  const m = /^（[一二三四五六七八九十]+）/.exec(label);
  return m ? m[0] : '';
}

/**
 * The data row of 表三 an example label means ("（三）1.属于国家秘密", "（二）部分公开", "（七）总计").
 * @throws Error when the label matches no official row, or several.
 */
export function table3Row(table: TableDef, label: string): RowDef {
  const full = (row: RowDef): string => {
    const parent = table.rows.filter((r) => r.code === row.parent)[0];
    const isSubItem = parent !== undefined && parent.parent !== undefined;
    return isSubItem ? ordinal(parent.label) + row.label : row.label;
  };
  const rows = dataRows(table);
  const exact = rows.filter((r) => full(r) === label);
  return only(exact.length > 0 ? exact : rows.filter((r) => full(r).indexOf(label) === 0), `表三 ${label}`);
}

/**
 * The 表四 column an example label means ("复议后起诉-总计": group label, then column label).
 * @throws Error when the label matches no official column, or several.
 */
export function table4Column(table: TableDef, label: string): ColumnDef {
  const dash = label.indexOf('-');
  const group = only(table.columns.filter((c) => !c.isData && c.label === label.slice(0, dash)), `表四 ${label}`);
  return only(dataColumnsLabelled(table, label.slice(dash + 1)).filter((c) => c.parent === group.code), `表四 ${label}`);
}

/**
 * Every printed figure of a published report by identity, in the JSON's order (表二, 表三 row by row, 表四).
 * @throws Error naming the label when a label of the JSON matches no official label, or several, or a count is off.
 */
export function printedEntries(json: PublishedReportJson): PrintedEntry[] {
  const format = getFormat(json.format);
  const out: PrintedEntry[] = [];
  for (const item of json.table2) {
    const table = only(format.tables.filter((t) => t.title === item.section), `表二 ${item.section}`);
    const columns = item.columns.map((label) => only(dataColumnsLabelled(table, label), `${table.title} ${label}`));
    for (const rowLabel of Object.keys(item.rows)) {
      const row = only(dataRows(table).filter((r) => r.label === rowLabel), `${table.title} ${rowLabel}`);
      item.rows[rowLabel].forEach((value, i) => out.push({ ref: { table: table.id, row: row.code, column: columns[i].code }, value }));
    }
  }
  const t3 = getTable(format, 't3_applications');
  const t3Columns = json.table3_columns
    ? json.table3_columns.map((label) => only(dataColumnsLabelled(t3, label), `表三 ${label}`))
    : dataColumns(t3);
  for (const line of json.table3) {
    const row = table3Row(t3, line.row);
    if (line.cells.length !== t3Columns.length) throw new Error(`表三“${line.row}”应有 ${t3Columns.length} 个数，JSON 中有 ${line.cells.length} 个`);
    line.cells.forEach((value, i) => out.push({ ref: { table: t3.id, row: row.code, column: t3Columns[i].code }, value }));
  }
  const t4 = getTable(format, 't4_review_litigation');
  const t4Row = dataRows(t4)[0];
  const t4Columns = json.table4_labels ? json.table4_labels.map((label) => table4Column(t4, label)) : dataColumns(t4);
  if (json.table4.length !== t4Columns.length) throw new Error(`表四应有 ${t4Columns.length} 个数，JSON 中有 ${json.table4.length} 个`);
  t4Columns.forEach((column, i) => out.push({ ref: { table: t4.id, row: t4Row.code, column: column.code }, value: json.table4[i] }));
  return out;
}

/** Printed values by `refKey` (figures the JSON does not print are absent). */
export function printedCells(json: PublishedReportJson): Record<string, PrintedValue> {
  const cells: Record<string, PrintedValue> = {};
  for (const e of printedEntries(json)) cells[refKey(e.ref)] = e.value;
  return cells;
}

/**
 * Every figure of a published report, keyed by `refKey`, read as validation reads a sheet (numbers as they
 * are, text through `readValue`: 51.57 亿元 → 515700 万元; a figure the JSON does not print is blank).
 * @throws Error naming the figure and quoting its text when a value is not a valid number for its column.
 */
export function publishedReportFigures(json: PublishedReportJson): PublishedReport {
  const format = getFormat(json.format);
  const printed = printedCells(json);
  const cells: Record<string, CellReading> = {};
  for (const ref of allCells(format)) {
    const key = refKey(ref);
    const value = printed[key];
    const reading = readValue(value === undefined || value === null ? null : { value }, getColumn(getTable(format, ref.table), ref.column).kind || 'count');
    const errors = reading.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`${json.id || ''} ${key}（“${String(value)}”）不是有效数字：${errors.map((p) => p.rule).join('、')}`);
    cells[key] = reading.raw === undefined ? { value: reading.value } : { value: reading.value, raw: reading.raw };
  }
  return { format: format.id, year: json.report_year, body: json.body, figures: { format: format.id, cells } };
}

/**
 * The figures with some values replaced (by `refKey`): a corrected copy of a published report, e.g.
 * 海东 2019 with （一）予以公开/总计 230 → 222, the correction its own identities call for.
 * @throws Error for a key that is not a figure of the format.
 */
export function withCorrections(figures: ReportFigures, corrections: Readonly<Record<string, number | null>>): ReportFigures {
  const cells: Record<string, CellReading> = { ...figures.cells };
  for (const key of Object.keys(corrections)) {
    if (!cells[key]) throw new Error(`格式 ${figures.format} 没有数字 ${key}`);
    cells[key] = { value: corrections[key] };
  }
  return { format: figures.format, cells };
}
