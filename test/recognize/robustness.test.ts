/** Random sheets built from official labels, noise and junk: recognition never throws, and every figure it locates is a real cell of a sheet it was given. */
import fc from 'fast-check';
import { FORMATS } from '../../src/formats';
import type { Grid, GridCell, MergeRange } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { noisy } from './layouts';

const labels: string[] = [];
for (const f of FORMATS) for (const t of f.tables) for (const x of [...t.rows, ...t.columns, { label: t.title }]) if (x.label) labels.push(x.label);

const cellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 100000 }).map((value) => ({ value })),
  fc.constantFrom(...labels).chain((l) =>
    fc.record({ halfWidth: fc.boolean(), wrap: fc.boolean(), dropClause: fc.boolean(), spaces: fc.boolean() }).map((noise) => ({ value: noisy(l, noise) })),
  ),
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc.constantFrom<GridCell>({ value: null, error: '#REF!' }, { value: null, formula: 'SUM(A1:A2)', noCachedValue: true }, { value: true }, { value: new Date(2024, 0, 1) }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.constantFrom('Sheet1', '表三', "it's", '2024 年报'),
    cells: fc.array(fc.array(cellArb, { maxLength: 18 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: -2, max: 45 }), left: fc.integer({ min: -2, max: 20 }), h: fc.integer({ min: 0, max: 6 }), w: fc.integer({ min: 0, max: 6 }) }).map(
        (m): MergeRange => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w }),
      ),
      { maxLength: 8 },
    ),
  })
  .map((g) => ({ sheet: g.sheet, cells: g.cells, merges: g.merges }));

describe('robustness', () => {
  it('never throws; located cells lie inside the given sheets; every issue has both messages', () => {
    fc.assert(
      fc.property(fc.array(gridArb, { maxLength: 3 }), fc.constantFrom(undefined, '2019' as const, '2021' as const), (grids, format) => {
        const named = grids.map((g, i) => ({ ...g, sheet: `${g.sheet}${i}` }));
        const result = recognizeWorkbook(named, format ? { format } : {});
        for (const r of result.reports) {
          for (const t of r.tables) {
            for (const key of Object.keys(t.cells)) {
              const c = t.cells[key];
              const g = named.filter((x) => x.sheet === c.sheet)[0];
              if (!g || c.row < 0 || c.col < 0) return false;
            }
          }
        }
        const all = result.issues.concat(...result.reports.map((r) => r.issues));
        return all.every((i) => i.message.length > 0 && i.messageEn.length > 0) && (result.reports.length > 0 || result.issues.some((i) => i.code === 'no-table'));
      }),
      { numRuns: 300, seed: 20250110 },
    );
  });
});
