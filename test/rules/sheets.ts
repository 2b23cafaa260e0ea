/**
 * Test helper: lays out figures in worksheets the way a department might type them (表二 blocks stacked
 * on one sheet, 表三 and 表四 on their own sheets, three label columns before the figures) and returns
 * what recognition would report for them. Used to test reading and addresses without depending on
 * src/recognize.
 */
import { cellKey, dataColumns, dataRows, getFormat, refKey } from '../../src/formats';
import type { FormatId, TableId } from '../../src/formats';
import { sheetAddress } from '../../src/grid';
import type { Grid, GridCell } from '../../src/grid';
import type { LocatedCell, RecognizedReport, RecognizedTable } from '../../src/recognize/types';
import type { ExampleEntry } from '../fixtures/examples';

/** Where a table's first figure goes: sheet, 0-based row and column. */
function origin(table: TableId, indexInFormat: number): { sheet: string; row: number; col: number } {
  if (table === 't3_applications') return { sheet: '表三', row: 4, col: 3 };
  if (table === 't4_review_litigation') return { sheet: '表四', row: 3, col: 0 };
  return { sheet: '表二', row: 2 + 6 * indexInFormat, col: 1 };
}

/**
 * Grids and the recognised report for `entries`. `overrides` replaces cells by `refKey` (null = blank);
 * `only` restricts to some tables.
 */
export function sheetsOf(
  format: FormatId,
  entries: readonly ExampleEntry[],
  overrides: Readonly<Record<string, GridCell | null>> = {},
): { report: RecognizedReport; grids: Grid[] } {
  const def = getFormat(format);
  const rows: Record<string, Array<Array<GridCell | null>>> = {};
  const tables: RecognizedTable[] = [];
  def.tables.forEach((table, index) => {
    const start = origin(table.id, index);
    const cells: Record<string, LocatedCell> = {};
    const sheet = rows[start.sheet] || (rows[start.sheet] = []);
    dataRows(table).forEach((row, i) => {
      dataColumns(table).forEach((column, j) => {
        const r = start.row + i;
        const c = start.col + j;
        const ref = { table: table.id, row: row.code, column: column.code };
        const entry = entries.filter((e) => refKey(e.ref) === refKey(ref))[0];
        const key = refKey(ref);
        const cell: GridCell | null = key in overrides ? overrides[key] : entry && entry.value !== null ? { value: entry.value } : null;
        while (sheet.length <= r) sheet.push([]);
        sheet[r][c] = cell;
        cells[cellKey(row.code, column.code)] = { sheet: start.sheet, row: r, col: c, address: sheetAddress(start.sheet, r, c) };
      });
    });
    tables.push({ table: table.id, format, sheet: start.sheet, cells, missing: [] });
  });
  const grids: Grid[] = Object.keys(rows).map((sheet) => ({ sheet, cells: rows[sheet], merges: [] }));
  return { report: { format, formatEvidence: '', sheets: Object.keys(rows), tables, issues: [] }, grids };
}

/** Address a located table gives a figure, for assertions. */
export function addressOf(report: RecognizedReport, table: TableId, row: string, column: string): string {
  const t = report.tables.filter((x) => x.table === table)[0];
  return t.cells[cellKey(row, column)].address;
}
