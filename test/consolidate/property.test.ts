/**
 * Property: the summary passes validation whenever its inputs pass (issue 3, 全市汇总). Random subsets
 * of departments from random splits of the real 淮安 2024 and (corrected) 海东 2019 reports, with zero
 * cells randomly left blank, in random order: the consolidation never throws, its summary has no
 * finding, and it equals the exact sum of the subset.
 */
import fc from 'fast-check';
import { consolidate } from '../../src/consolidate';
import type { ConsolidationInput } from '../../src/consolidate';
import { exactSum } from '../../src/consolidate/exactSum';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { validateFigures } from '../../src/rules/validate';
import type { CellReading, ReportFigures } from '../../src/rules/types';
import { exampleJson } from '../fixtures/examples';

const cities: ReportFigures[] = [
  publishedReportFigures(exampleJson('huaian-2024')).figures,
  withCorrections(publishedReportFigures(exampleJson('haidong-2019')).figures, { 't3_applications/r3_1_open:c_total': 222 }),
];

function blankZeros(figures: ReportFigures, pick: (i: number) => boolean): ReportFigures {
  const cells: Record<string, CellReading> = {};
  Object.keys(figures.cells).forEach((k, i) => {
    const v = figures.cells[k].value;
    cells[k] = v === 0 && pick(i) ? { value: null } : figures.cells[k];
  });
  return { format: figures.format, cells };
}

test('valid inputs always give a valid summary equal to their exact sum', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1 }),
      fc.integer({ min: 2, max: 40 }),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(fc.integer({ min: 0, max: 39 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 0xffff }),
      (which, count, seed, picks, blankMask) => {
        const city = cities[which];
        const parts = splitReport(city, departmentWeights(count, seed), seed);
        const chosen = Array.from(new Set(picks.map((p) => p % count)));
        const inputs: ConsolidationInput[] = chosen.map((d, n) => {
          const figures = blankZeros(parts[d], (i) => ((blankMask >> (i % 16)) & 1) === 1);
          return {
            file: `部门${d}.xlsx`,
            report: { format: city.format, formatEvidence: '', sheets: ['Sheet1'], tables: [], unit: `部门${d}`, year: 2024, issues: [] },
            figures,
            findings: validateFigures(figures, { lang: 'zh' }),
            modified: n,
          };
        });
        for (const i of inputs) expect(i.findings).toEqual([]);
        const r = consolidate(inputs);
        expect(r.summaryFindings).toEqual([]);
        for (const key of Object.keys(city.cells)) {
          const values = inputs.map((i) => i.figures.cells[key].value).filter((v): v is number => v !== null);
          expect(r.summary.cells[key].value).toBe(values.length === 0 ? null : exactSum(values));
        }
      },
    ),
    { numRuns: 60, seed: 20250128 },
  );
});
