/**
 * Property-based tests of recognition and the whole validation job (`validateGrids`) on sheets:
 * - random grids (random contents, merges, official labels sprinkled anywhere): nothing throws, every
 *   finding names its cells with a sheet address, every located figure lies in a sheet that exists;
 * - a generated valid report laid out in our template or by hand (half-width brackets, line breaks,
 *   spaces in labels, title rows, margins, one sheet per section, blank rows and columns around, junk
 *   beside): found in its format, every figure located where it was put and read back, no error;
 * - the same with one figure broken: the findings name that cell at its address, a value that is not a
 *   number is reported once and never summed as 0, a changed count gets the original value proposed
 *   whenever the rules alone would propose it.
 */
import * as fc from 'fast-check';
import { cellKey, dataColumns, dataRows, FORMATS, refKey } from '../../src/formats';
import { sheetAddress } from '../../src/grid';
import type { Grid, GridCell, MergeRange } from '../../src/grid';
import { validateFigures } from '../../src/rules';
import type { Finding } from '../../src/rules/types';
import { validateGrids } from '../../src/workflow/validate';
import { figureCells, gridCellArb, handmadeGrids, notANumberArb, sheetNoiseArb, templateGrid, validReportArb, withValue } from './generators';
import type { Placement, ValidReport } from './generators';

/** Runs per property: a run recognises whole workbooks (about 10–40 ms each). */
export const RANDOM_GRID_RUNS = 400;
export const LAYOUT_RUNS = 60;

/** Every official label of both formats (rows, columns, captions, headings, the balance note). */
const LABELS: string[] = (() => {
  const out: string[] = [];
  for (const f of FORMATS) {
    out.push(...f.sectionHeadings);
    for (const t of f.tables) {
      out.push(t.title, t.section, ...t.rows.map((r) => r.label), ...t.columns.map((c) => c.label));
      if (t.balance) out.push(t.balance.note);
    }
  }
  return out.filter((l, i) => l !== '' && out.indexOf(l) === i);
})();

const cellOrLabelArb: fc.Arbitrary<GridCell | null | undefined> = fc.oneof(
  { arbitrary: gridCellArb, weight: 3 },
  { arbitrary: fc.constantFrom(...LABELS).map((value): GridCell => ({ value })), weight: 2 },
  { arbitrary: fc.nat({ max: 500 }).map((value): GridCell => ({ value })), weight: 2 },
);

const mergeArb: fc.Arbitrary<MergeRange> = fc
  .record({ top: fc.nat({ max: 40 }), left: fc.nat({ max: 25 }), height: fc.nat({ max: 4 }), width: fc.nat({ max: 6 }) })
  .map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width }));

const gridArb = (name: string): fc.Arbitrary<Grid> =>
  fc
    .record({
      cells: fc.array(fc.array(cellOrLabelArb, { maxLength: 25 }), { maxLength: 45 }),
      merges: fc.array(mergeArb, { maxLength: 8 }),
    })
    .map(({ cells, merges }) => ({ sheet: name, cells, merges }));

const workbookArb: fc.Arbitrary<Grid[]> = fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => gridArb(['表二', 'Sheet 2', "部门's表"][i]))));

/** Findings of a validation, with the reports' recognition issues. */
function allFindings(grids: readonly Grid[]): Finding[] {
  return validateGrids(grids, { lang: 'zh' }).reports.flatMap((r) => r.findings as Finding[]);
}

test('random grids with official labels sprinkled: validation never throws, every finding names its cells with a sheet address', () => {
  fc.assert(
    fc.property(workbookArb, (grids) => {
      const result = validateGrids(grids, { lang: 'zh' });
      const sheets = grids.map((g) => g.sheet);
      for (const rep of result.reports) {
        for (const t of rep.report.tables) for (const k of Object.keys(t.cells)) expect(sheets).toContain(t.cells[k].sheet);
        for (const f of rep.findings) {
          expect(f.cells.length).toBeGreaterThan(0);
          for (const c of f.cells) expect(typeof c.address).toBe('string');
          expect(f.message.length).toBeGreaterThan(0);
        }
      }
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    }),
    { numRuns: RANDOM_GRID_RUNS },
  );
});

/** The grids with the cell at `at` replaced. */
function replaced(grids: readonly Grid[], at: { sheet: string; row: number; col: number }, cell: GridCell | null): Grid[] {
  return grids.map((g) => {
    if (g.sheet !== at.sheet) return g;
    const cells = g.cells.map((r) => r.slice());
    while (cells.length <= at.row) cells.push([]);
    cells[at.row][at.col] = cell;
    return { ...g, cells };
  });
}

/** Checks a laid-out valid report, then one broken figure, through the whole job. */
function checkLaidOut(report: ValidReport, grids: Grid[], placement: Placement, broken: { index: number; content: GridCell | 'delta'; delta: number }): void {
  const result = validateGrids(grids, { lang: 'zh' });
  expect(result.reports.map((r) => r.report.format)).toEqual([report.format.id]);
  const rep = result.reports[0];
  // Every figure located exactly where it was put, and read back.
  for (const t of rep.report.tables) {
    const def = report.format.tables.filter((x) => x.id === t.table)[0];
    for (const row of dataRows(def)) {
      for (const column of dataColumns(def)) {
        const key = refKey({ table: t.table, row: row.code, column: column.code });
        const at = placement[key];
        const located = t.cells[cellKey(row.code, column.code)];
        expect([key, located && located.address]).toEqual([key, sheetAddress(at.sheet, at.row, at.col)]);
        expect([key, rep.figures.cells[key].value]).toEqual([key, report.figures.cells[key].value]);
      }
    }
  }
  expect(rep.report.tables.map((t) => t.table).sort()).toEqual(report.format.tables.map((t) => t.id).sort());
  expect(rep.findings.filter((f) => f.severity === 'error')).toEqual([]);

  // One figure broken in the sheet.
  const candidates = figureCells(report.format).filter((c) => broken.content !== 'delta' || c.ref.table === 't3_applications' || c.ref.table === 't4_review_litigation');
  const target = candidates[broken.index % candidates.length];
  const key = refKey(target.ref);
  const at = placement[key];
  const address = sheetAddress(at.sheet, at.row, at.col);
  const original = report.figures.cells[key].value;
  if (broken.content === 'delta') {
    const changed = Math.max(0, (original ?? 0) + broken.delta);
    if (changed === (original ?? 0)) return;
    const findings = allFindings(replaced(grids, at, { value: changed }));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const named = f.cells.filter((c) => refKey(c.ref) === key);
      expect([f.rule, named.map((c) => c.address)]).toEqual([f.rule, [address]]);
      for (const c of f.cells) expect(typeof c.address).toBe('string');
    }
    // Localisation from the sheet agrees with localisation of the same figures in memory, address included.
    const expected = validateFigures(withValue(report.figures, key, changed), { lang: 'zh' });
    const addressOf = (k: string): string => sheetAddress(placement[k].sheet, placement[k].row, placement[k].col);
    expect(findings.map((f) => f.suggestion && [f.suggestion.value, f.suggestion.from, f.suggestion.address])).toEqual(
      expected.map((f) => f.suggestion && [f.suggestion.value, f.suggestion.from, addressOf(refKey(f.suggestion.ref))]),
    );
    return;
  }
  const findings = allFindings(replaced(grids, at, broken.content));
  expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule.indexOf('value-') === 0, f.cells.map((c) => c.address)])).toEqual([[true, [address]]]);
}

const brokenArb = fc.record({
  index: fc.nat(),
  content: fc.oneof(fc.constant<'delta'>('delta'), notANumberArb),
  delta: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: -300, max: -1 })),
});

test('a valid report in our template (both formats): found, located, read back, no error; one broken figure named at its address', () => {
  fc.assert(
    fc.property(validReportArb(), fc.constantFrom('年报统计表', 'Sheet1'), brokenArb, (report, sheet, broken) => {
      const { grids, placement } = templateGrid(report, sheet);
      checkLaidOut(report, grids, placement, broken);
    }),
    { numRuns: LAYOUT_RUNS },
  );
});

test('a valid report laid out by hand with label noise and junk around: found, located, read back, no error; one broken figure named at its address', () => {
  fc.assert(
    fc.property(validReportArb(), sheetNoiseArb, brokenArb, (report, noise, broken) => {
      const { grids, placement } = handmadeGrids(report, noise);
      checkLaidOut(report, grids, placement, broken);
    }),
    { numRuns: LAYOUT_RUNS },
  );
});
