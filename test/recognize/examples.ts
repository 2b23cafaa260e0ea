/**
 * The real reports of shared/examples (project copies in examples/) as figures by identity, mapped by
 * position: the JSON lists 表二's items, 表三's rows × 7 columns and 表四's 15 cells in official order.
 * The lengths are checked against src/formats so a shift cannot go unnoticed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { dataColumns, dataRows, getFormat, getTable, refKey } from '../../src/formats';
import type { FormatDef, FormatId } from '../../src/formats/types';

export type Figure = number | string | null;

export interface Example {
  readonly format: FormatDef;
  readonly year: number;
  readonly body: string;
  /** refKey → value as the JSON gives it. */
  readonly figures: Record<string, Figure>;
  readonly json: ExampleJson;
}

export interface ExampleJson {
  readonly format: FormatId;
  readonly report_year: number;
  readonly body: string;
  readonly table2: ReadonlyArray<{ section: string; columns: string[]; rows: Record<string, Figure[]> }>;
  readonly table3_row_labels: string[];
  readonly table3_columns: string[];
  readonly table3: ReadonlyArray<{ row: string; cells: Figure[] }>;
  readonly table4_labels: string[];
  readonly table4: Figure[];
}

export const PROJECT_ROOT = path.join(__dirname, '../..');
export const SHARED = path.join(PROJECT_ROOT, '../shared');

export function loadExample(name: 'haidong-2019' | 'huaian-2024'): Example {
  const json = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'examples', `${name}.json`), 'utf8')) as ExampleJson;
  const format = getFormat(json.format);
  const figures: Record<string, Figure> = {};
  const t2 = format.tables.filter((t) => t.id.indexOf('t2_') === 0);
  if (t2.length !== json.table2.length) throw new Error(`${name}: ${json.table2.length} 表二 items, format has ${t2.length}`);
  t2.forEach((table, i) => {
    const item = json.table2[i];
    const rows = dataRows(table);
    const columns = dataColumns(table);
    const values = Object.keys(item.rows).map((k) => item.rows[k]);
    if (values.length !== rows.length) throw new Error(`${name}: ${table.id} rows`);
    rows.forEach((row, r) => columns.forEach((column, c) => (figures[refKey({ table: table.id, row: row.code, column: column.code })] = values[r][c] ?? null)));
  });
  const t3 = getTable(format, 't3_applications');
  const rows3 = dataRows(t3);
  if (rows3.length !== json.table3.length) throw new Error(`${name}: 表三 has ${json.table3.length} rows`);
  rows3.forEach((row, r) =>
    dataColumns(t3).forEach((column, c) => (figures[refKey({ table: t3.id, row: row.code, column: column.code })] = json.table3[r].cells[c])),
  );
  const t4 = getTable(format, 't4_review_litigation');
  dataColumns(t4).forEach((column, c) => (figures[refKey({ table: t4.id, row: 'r_count', column: column.code })] = json.table4[c]));
  return { format, year: json.report_year, body: json.body, figures, json };
}
