/**
 * Our real template (src/layout's plan), as a host reads it back into a Grid: every figure must be
 * found exactly where the plan put it, for both formats, with no issue.
 */
import { allCells, cellKey, getFormat, refKey } from '../../src/formats';
import { a1 } from '../../src/grid/address';
import type { Grid, GridCell } from '../../src/grid/types';
import { buildLayout, locateInLayout, readMarker } from '../../src/layout';
import type { SheetLayout } from '../../src/layout';
import { recognizeWorkbook } from '../../src/recognize';
import type { CellReading } from '../../src/rules/types';
import { loadExample } from './examples';
import { issueCodes } from './helpers';

/** The plan's cells as a host reads them back (value only; the marker read by `readMarker`). */
function gridOf(layout: SheetLayout, sheet: string): Grid {
  const cells: Array<Array<GridCell | null>> = [];
  for (const c of layout.cells) {
    while (cells.length <= c.row) cells.push([]);
    const row = cells[c.row];
    while (row.length <= c.col) row.push(null);
    row[c.col] = c.value === null || c.value === '' ? null : { value: c.value };
  }
  const grid: Grid = { sheet, cells, merges: layout.merges };
  const marker = readMarker(grid);
  return marker ? { ...grid, marker } : grid;
}

describe.each([
  ['2019', 'haidong-2019', '海东市人民政府', 2019],
  ['2021', 'huaian-2024', '淮安市人民政府', 2024],
] as const)('our template, %s format', (formatId, example, unit, year) => {
  const ex = loadExample(example);
  const cells: Record<string, CellReading> = {};
  for (const key of Object.keys(ex.figures)) {
    const v = ex.figures[key];
    cells[key] = { value: typeof v === 'number' ? v : null };
  }
  const layout = buildLayout(getFormat(formatId), { unit, year, figures: { format: formatId, cells } });
  const grid = gridOf(layout, layout.sheetName);
  const result = recognizeWorkbook([grid]);

  it('is one report of the right format, unit and year, with no issue', () => {
    expect(issueCodes(result)).toEqual([]);
    expect(result.reports.map((r) => [r.format, r.unit, r.year, r.sheets])).toEqual([[formatId, unit, year, [layout.sheetName]]]);
  });

  it('finds every figure where the plan put it', () => {
    const report = result.reports[0];
    const wrong: string[] = [];
    for (const ref of allCells(getFormat(formatId))) {
      const t = report.tables.filter((x) => x.table === ref.table)[0];
      const got = t ? t.cells[cellKey(ref.row, ref.column)] : undefined;
      const want = locateInLayout(layout, ref);
      if (!got || got.row !== want.row || got.col !== want.col) wrong.push(`${refKey(ref)}: ${got ? got.address : 'none'} ≠ ${a1(want.row, want.col)}`);
    }
    expect(wrong).toEqual([]);
  });
});

test('a unit given with a run of spaces or a line break reads back from the template as printed', () => {
  const read: string[] = [];
  for (const typed of ['淮安市  人民政府', '淮安市\n人民政府\u0085', `淮安市${'人'.repeat(150)}`]) {
    const layout = buildLayout(getFormat('2021'), { unit: typed, year: 2024 });
    const report = recognizeWorkbook([gridOf(layout, layout.sheetName)]).reports[0];
    expect(report.unit).toBe(layout.unit);
    read.push(report.unit as string);
  }
  expect(read).toEqual(['淮安市 人民政府', '淮安市人民政府', `淮安市${'人'.repeat(96)}…`]);
});
