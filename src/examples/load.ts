/**
 * The shipped example reports (examples/*.json, copied from shared/examples): real published tables
 * transcribed cell by cell. Turns one into figures keyed by identity, so the demo and tests can write
 * them into workbooks of any layout.
 */
import { getFormat, getTable, dataRows, dataColumns, refKey } from '../formats';
import type { FormatDef, FormatId, RowDef, TableDef, TableId } from '../formats/types';

/** One cell as the published report printed it: a number, a text such as "51.57 亿元", or blank. */
export type ExampleValue = number | string | null;

/** The JSON shape of examples/*.json (see shared/README.md). */
export interface ExampleJson {
  readonly id: string;
  readonly body: string;
  readonly report_year: number;
  readonly format: string;
  readonly table2: ReadonlyArray<{ section: string; columns: string[]; rows: Record<string, ExampleValue[]> }>;
  readonly table3: ReadonlyArray<{ row: string; cells: ExampleValue[] }>;
  readonly table4: readonly ExampleValue[];
}

/** An example report: its format, year, unit and every printed cell by `refKey`. */
export interface ExampleReport {
  readonly id: string;
  readonly format: FormatId;
  readonly year: number;
  readonly unit: string;
  readonly cells: Readonly<Record<string, ExampleValue>>;
}

function findTable(format: FormatDef, title: string): TableDef {
  const t = format.tables.filter((x) => x.title === title)[0];
  if (!t) throw new Error(`示例数据的表 ${title} 不在格式 ${format.id} 中`);
  return t;
}

/**
 * The row an example label names: the label itself, a sub-item written with its group's ordinal
 * ("（三）1.属于国家秘密" = （三）不予公开 › 1.属于国家秘密), or the label without its parenthetical tail
 * ("（二）部分公开").
 */
function findRow(table: TableDef, label: string): RowDef {
  const rows = dataRows(table);
  const ordinal = (r: RowDef): string => {
    const parent = r.parent ? table.rows.filter((x) => x.code === r.parent)[0] : undefined;
    const m = parent && parent.parent ? /^（[一二三四五六七八九十]+）/.exec(parent.label) : null;
    return m ? m[0] : '';
  };
  const hit =
    rows.filter((r) => r.label === label || ordinal(r) + r.label === label)[0] ??
    rows.filter((r) => r.label.indexOf(label + '（') === 0)[0];
  if (!hit) throw new Error(`示例数据的行“${label}”不在表 ${table.id} 中`);
  return hit;
}

/**
 * Parse an example's JSON into an ExampleReport.
 * @throws Error when a table, row or column label of the example is not in its format (labels must be official).
 */
export function parseExample(json: ExampleJson, unit?: string): ExampleReport {
  const format = getFormat(json.format);
  const cells: Record<string, ExampleValue> = {};
  const put = (table: TableId, row: string, column: string, v: ExampleValue): void => {
    cells[refKey({ table, row, column })] = v;
  };
  for (const section of json.table2) {
    const table = findTable(format, section.section);
    const columns = dataColumns(table);
    for (const label of Object.keys(section.rows)) {
      const row = findRow(table, label);
      section.columns.forEach((colLabel, i) => {
        const col = columns.filter((c) => c.label === colLabel)[0];
        if (!col) throw new Error(`示例数据的列“${colLabel}”不在表 ${table.id} 中`);
        put(table.id, row.code, col.code, section.rows[label][i] ?? null);
      });
    }
  }
  const t3 = getTable(format, 't3_applications');
  const t3Columns = dataColumns(t3);
  for (const line of json.table3) {
    const row = findRow(t3, line.row);
    t3Columns.forEach((c, i) => put(t3.id, row.code, c.code, line.cells[i] ?? null));
  }
  const t4 = getTable(format, 't4_review_litigation');
  dataColumns(t4).forEach((c, i) => put(t4.id, dataRows(t4)[0].code, c.code, json.table4[i] ?? null));
  const defaultUnit = json.body.replace(/（.*$/, '');
  return { id: json.id, format: format.id, year: json.report_year, unit: unit ?? defaultUnit, cells };
}
