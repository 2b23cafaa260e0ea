/**
 * The demo's departmental split of real city reports: every department valid on its own, and the
 * departments adding back to the published figures cell for cell.
 */
import { allCells, getFormat, refKey } from '../../src/formats';
import { departmentWeights, splitReport, splitWhole, splitWholeCapped } from '../../src/consolidate/splitReport';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { validateFigures } from '../../src/rules/validate';
import type { ReportFigures } from '../../src/rules/types';
import { exactSum } from '../../src/consolidate/exactSum';
import { exampleFigures, exampleJson } from '../fixtures/examples';
import { brokenIdentities } from './identities';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const haidongFixed = withCorrections(publishedReportFigures(exampleJson('haidong-2019')).figures, {
  't3_applications/r3_1_open:c_total': 222,
});

function sumOf(parts: readonly ReportFigures[], key: string): number | null {
  const values = parts.map((p) => p.cells[key].value).filter((v): v is number => v !== null);
  return values.length === 0 ? null : exactSum(values);
}

describe('whole-number splits', () => {
  test('largest remainder: parts add up exactly and follow the weights', () => {
    expect(splitWhole(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitWhole(0, [1, 2])).toEqual([0, 0]);
    expect(splitWhole(7, [0, 1, 0])).toEqual([0, 7, 0]);
  });

  test('capped split respects every cap and still adds up', () => {
    const parts = splitWholeCapped(34, [5, 1, 1, 1], [3, 40, 0, 10]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(34);
    expect(parts[0]).toBeLessThanOrEqual(3);
    expect(parts[2]).toBe(0);
  });
});

describe('淮安 2024 (2021 format) split across 30 departments', () => {
  const departments = splitReport(huaian, departmentWeights(30));

  test('the loaders agree: the loader in src/consolidate = the test fixture loader', () => {
    const fixture = exampleFigures('huaian-2024');
    for (const key of Object.keys(fixture.cells)) expect(huaian.cells[key].value).toBe(fixture.cells[key].value);
  });

  test('every department passes every identity and cell check (rules and an independent check)', () => {
    for (const d of departments) {
      expect(brokenIdentities(d)).toEqual([]);
      expect(validateFigures(d, { lang: 'zh' })).toEqual([]);
    }
  });

  test('the departments add back to the published figures, cell for cell', () => {
    for (const ref of allCells(getFormat('2021'))) {
      const key = refKey(ref);
      expect([key, sumOf(departments, key)]).toEqual([key, huaian.cells[key].value]);
    }
    expect(sumOf(departments, 't2_art20_8/r_fees:c_fee_amount')).toBe(96171.6);
    expect(sumOf(departments, 't3_applications/r3_7_total:c_total')).toBe(3050);
  });

  test('the split is real: departments differ, amounts in tenths of 万元, some cells zero', () => {
    const fees = departments.map((d) => d.cells['t2_art20_8/r_fees:c_fee_amount'].value as number);
    expect(new Set(fees).size).toBeGreaterThan(20);
    for (const f of fees) expect(Math.round(f * 10) / 10).toBe(f);
    const carryIn = departments.map((d) => d.cells['t3_applications/r2_carryin:c_natural'].value as number);
    expect(carryIn.reduce((a, b) => a + b, 0)).toBe(34);
    expect(carryIn.filter((v) => v === 0).length).toBeGreaterThan(0);
  });

  test('deterministic: the same inputs give the same split', () => {
    expect(splitReport(huaian, departmentWeights(30))).toEqual(departments);
  });
});

describe('海东 2019 (2019 format, corrected copy: （一）予以公开/总计 230 → 222) split across 12 departments', () => {
  const departments = splitReport(haidongFixed, departmentWeights(12, 7), 7);

  test('the corrected copy itself passes, the published one does not', () => {
    expect(validateFigures(haidongFixed, { lang: 'zh' })).toEqual([]);
    expect(validateFigures(publishedReportFigures(exampleJson('haidong-2019')).figures, { lang: 'zh' }).length).toBe(2);
  });

  test('every department valid; blanks stay blank; 本年增/减 negative parts; 51.57 亿元 = 515700 万元 back', () => {
    for (const d of departments) expect(validateFigures(d, { lang: 'zh' })).toEqual([]);
    for (const key of Object.keys(haidongFixed.cells)) expect([key, sumOf(departments, key)]).toEqual([key, haidongFixed.cells[key].value]);
    expect(haidongFixed.cells['t2_art20_9/r_central_proc:c_proc_amount'].value).toBe(515700);
    expect(departments.every((d) => d.cells['t3_applications/r2_carryin:c_natural'].value === null)).toBe(true);
    expect(departments.some((d) => (d.cells['t2_art20_5/r_license:c_delta'].value as number) < 0)).toBe(true);
  });
});
