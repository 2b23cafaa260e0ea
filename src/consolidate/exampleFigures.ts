/**
 * Published reports transcribed as JSON (shared/examples/*.json, shipped as examples/*.json) → figures by
 * identity. The demo and the benchmark split a published city report into departments; the round trip
 * must give the published figures back.
 *
 * JSON shape (shared/README.md): `table2` (第二十条 items with `section`, `columns`, `rows`), `table3`
 * (rows with `row` and 7 `cells`, null = blank), `table4` (15 cells in official column order). Every label
 * in the JSON must name the official row or column it is mapped to (compared without whitespace and
 * bracket width), otherwise the loader throws rather than guess. Values are read with the rules' own
 * value reading, so a printed "51.57 亿元" becomes 515700 万元 exactly as it would in a sheet.
 */
import { allCells, dataColumns, dataRows, getColumn, getFormat, getTable, refKey } from '../formats';
import type { FormatId, TableDef } from '../formats/types';
import { readValue } from '../rules/values';
import type { CellReading, ReportFigures } from '../rules/types';

/** A cell as transcribed: a number, a text as printed ("51.57 亿元"), or null (blank). */
export type PrintedValue = number | string | null;

/** The parts of a published-report JSON this loader reads. */
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
  readonly table3: ReadonlyArray<{ readonly row: string; readonly cells: readonly PrintedValue[] }>;
  readonly table4: readonly PrintedValue[];
}

/** A published report as figures. */
export interface PublishedReport {
  readonly format: FormatId;
  readonly year: number;
  /** The reporting body as printed (e.g. 淮安市人民政府（全市汇总，…）). */
  readonly body?: string;
  readonly figures: ReportFigures;
}

/** Whitespace and the width of brackets do not count when comparing a transcribed label. */
function plain(label: string): string {
  return label.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function tableByTitle(tables: readonly TableDef[], title: string): TableDef {
  const t = tables.filter((x) => plain(x.title) === plain(title))[0];
  if (!t) throw new Error(`格式中没有表“${title}”`);
  return t;
}

/**
 * Every figure of a published report, keyed by `refKey` (a figure the JSON does not print is blank).
 * 表三 rows are taken in official order; each transcribed label, without a group ordinal before a
 * sub-item number ("（三）1.属于国家秘密" → "1.属于国家秘密"), must end the official label or begin it
 * ("（二）部分公开" is printed without its note). 表四's 15 cells follow the official column order.
 * @throws Error naming the label, count or value (quoted) that does not fit the format.
 */
export function publishedReportFigures(json: PublishedReportJson): PublishedReport {
  const format = getFormat(json.format);
  const printed: Record<string, PrintedValue> = {};
  const put = (table: TableDef, row: string, column: string, value: PrintedValue | undefined): void => {
    printed[refKey({ table: table.id, row, column })] = value === undefined ? null : value;
  };

  for (const item of json.table2) {
    const table = tableByTitle(format.tables, item.section);
    const columns = item.columns.map((label) => {
      const c = dataColumns(table).filter((x) => plain(x.label) === plain(label))[0];
      if (!c) throw new Error(`${item.section}：格式 ${format.id} 没有列“${label}”`);
      return c;
    });
    for (const rowLabel of Object.keys(item.rows)) {
      const row = dataRows(table).filter((x) => plain(x.label) === plain(rowLabel))[0];
      if (!row) throw new Error(`${item.section}：格式 ${format.id} 没有行“${rowLabel}”`);
      columns.forEach((c, i) => put(table, row.code, c.code, item.rows[rowLabel][i]));
    }
  }

  const t3 = getTable(format, 't3_applications');
  const rows3 = dataRows(t3);
  const cols3 = dataColumns(t3);
  if (json.table3.length !== rows3.length) throw new Error(`表三应有 ${rows3.length} 行，JSON 中有 ${json.table3.length} 行`);
  json.table3.forEach((line, i) => {
    const official = plain(rows3[i].label);
    const given = plain(line.row).replace(/^（[一二三四五六七八九十]+）(?=\d)/, '');
    if (!(official.slice(-given.length) === given || official.indexOf(given) === 0)) {
      throw new Error(`表三第 ${i + 1} 行“${line.row}”与格式的“${rows3[i].label}”不符`);
    }
    if (line.cells.length !== cols3.length) throw new Error(`表三“${line.row}”应有 ${cols3.length} 个数，JSON 中有 ${line.cells.length} 个`);
    cols3.forEach((c, j) => put(t3, rows3[i].code, c.code, line.cells[j]));
  });

  const t4 = getTable(format, 't4_review_litigation');
  const cols4 = dataColumns(t4);
  if (json.table4.length !== cols4.length) throw new Error(`表四应有 ${cols4.length} 个数，JSON 中有 ${json.table4.length} 个`);
  cols4.forEach((c, j) => put(t4, dataRows(t4)[0].code, c.code, json.table4[j]));

  const cells: Record<string, CellReading> = {};
  for (const ref of allCells(format)) {
    const key = refKey(ref);
    const value = printed[key];
    const reading = readValue(value === undefined || value === null ? null : { value }, getColumn(getTable(format, ref.table), ref.column).kind || 'count');
    const errors = reading.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`${json.id || ''} ${key}（“${String(value)}”）不是有效数字：${errors.map((p) => p.rule).join('、')}`);
    cells[key] = { value: reading.value };
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
