/** Reading recognition results back in tests. */
import { cellKey } from '../../src/formats';
import type { TableId } from '../../src/formats/types';
import type { Grid, RawValue } from '../../src/grid/types';
import type { RecognizedReport, RecognizedTable, WorkbookRecognition } from '../../src/recognize/types';

export function table(report: RecognizedReport, id: TableId): RecognizedTable {
  const t = report.tables.filter((x) => x.table === id)[0];
  if (!t) throw new Error(`table ${id} not recognised; issues: ${report.issues.map((i) => i.message).join(' | ')}`);
  return t;
}

/** Address of the figure `row` × `column` of table `id`. */
export function address(report: RecognizedReport, id: TableId, row: string, column: string): string | undefined {
  const c = table(report, id).cells[cellKey(row, column)];
  return c ? c.address : undefined;
}

/** The value in the grid at the located figure `row` × `column` (undefined = blank cell). */
export function valueOf(grids: readonly Grid[], report: RecognizedReport, id: TableId, row: string, column: string): RawValue | undefined {
  const c = table(report, id).cells[cellKey(row, column)];
  if (!c) throw new Error(`${id} ${row}:${column} not located`);
  const grid = grids.filter((g) => g.sheet === c.sheet)[0];
  const r = grid.cells[c.row];
  const cell = r ? r[c.col] : undefined;
  return cell ? cell.value : undefined;
}

/** Every located figure's grid value compared with the expected figures (refKey → value; null = blank). */
export function mismatches(grids: readonly Grid[], report: RecognizedReport, figures: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const t of report.tables) {
    for (const key of Object.keys(t.cells)) {
      const ref = `${t.table}/${key}`;
      const [row, column] = key.split(':');
      const got = valueOf(grids, report, t.table, row, column);
      const want = figures[ref];
      if ((got === undefined ? null : got) !== (want === undefined ? null : want)) out.push(`${ref} at ${t.cells[key].address}: ${String(got)} ≠ ${String(want)}`);
    }
  }
  return out;
}

/** Number of located figures over all tables. */
export function figureCount(report: RecognizedReport): number {
  return report.tables.reduce((n, t) => n + Object.keys(t.cells).length, 0);
}

/** Codes of all issues, report issues included. */
export function issueCodes(result: WorkbookRecognition): string[] {
  return result.issues.map((i) => i.code).concat(...result.reports.map((r) => r.issues.map((i) => i.code)));
}

export function messages(result: WorkbookRecognition): string[] {
  return result.issues.map((i) => i.message).concat(...result.reports.map((r) => r.issues.map((i) => i.message)));
}
