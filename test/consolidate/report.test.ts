/** The CLI's view of a consolidation: the --json document, the text lines and the exit code. */
import { consolidate, consolidationErrorJson, consolidationExitCode, consolidationJson, consolidationText } from '../../src/consolidate';
import type { ConsolidationInput } from '../../src/consolidate';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { validateFigures } from '../../src/rules/validate';
import type { ReportFigures } from '../../src/rules/types';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const parts = splitReport(huaian, departmentWeights(3));
const input = (unit: string, figures: ReportFigures, year = 2024): ConsolidationInput => ({
  file: `${unit}.xlsx`,
  report: { format: '2021', formatEvidence: '', sheets: ['Sheet1'], tables: [], unit, year, issues: [] },
  figures,
  findings: validateFigures(figures, { lang: 'zh' }),
});

describe('--json, text and exit code', () => {
  test('JSON: every summed figure by its official labels, every input with its status', () => {
    const r = consolidate(parts.map((p, i) => input(`局${i}`, p)), { now: new Date('2025-01-28T09:00:00Z') });
    const doc = JSON.parse(JSON.stringify(consolidationJson(r)));
    expect(doc.ok).toBe(true);
    expect(doc.inputs.map((i: { status: string }) => i.status)).toEqual(['included', 'included', 'included']);
    expect(doc.figures.length).toBe(200);
    expect(doc.figures.filter((f: { key: string }) => f.key === 't2_art20_8/r_fees:c_fee_amount')[0]).toEqual({
      section: '二、主动公开政府信息情况',
      table: '第二十条第（八）项',
      row: '行政事业性收费',
      column: '本年收费金额（单位：万元）',
      unit: '万元',
      value: 96171.6,
      key: 't2_art20_8/r_fees:c_fee_amount',
    });
    expect(doc.figures.filter((f: { key: string }) => f.key === 't4_review_litigation/r_count:c_lit_after_total')[0]).toMatchObject({ row: '', column: '行政诉讼 复议后起诉 总计', value: 20 });
    expect(consolidationExitCode(r)).toBe(0);
    expect(consolidationText(r)[0]).toMatch(/^汇总 2024 年度、2021 格式，2025-01-28/);
  });

  test('exit 1 for an excluded input or missing units, 2 for an unreadable file', () => {
    const bad = withCorrections(parts[1], { 't3_applications/r4_carryout:c_natural': 5000 });
    const r = consolidate([input('甲', parts[0]), input('乙', bad)]);
    expect(consolidationExitCode(r)).toBe(1);
    expect(consolidationText(r).some((l) => /未计入：有错误 {2}乙/.test(l))).toBe(true);
    expect(consolidationExitCode(consolidate([input('甲', parts[0])], { expectedUnits: ['甲', '丙'] }))).toBe(1);
    expect(consolidationExitCode(consolidate([input('甲', parts[0]), { file: 'x.xlsx', reason: '坏', reasonEn: 'bad' }]))).toBe(2);
  });

  test('units not on the list are a warning: listed, summed, exit 0; a misspelt name leaves its unit missing: exit 1', () => {
    const r = consolidate([input('甲', parts[0]), input('乙', parts[1])], { expectedUnits: ['甲'] });
    expect(r.expected).toEqual({ missing: [], notSummed: [], unexpected: [{ unit: '乙', source: 2 }], matched: 1 });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included']);
    expect(consolidationExitCode(r)).toBe(0);
    expect(consolidationText(r)).toContain('不在名单中的单位：乙');
    expect(consolidationExitCode(consolidate([input('甲', parts[0]), input('乙', parts[1])], { expectedUnits: ['甲', '已'] }))).toBe(1);
  });

  test('a refusal as JSON names the odd inputs; exit 1', () => {
    let error: unknown;
    try {
      consolidate([input('甲', parts[0]), input('乙', parts[1], 2023), input('丙', parts[2])]);
    } catch (e) {
      error = e;
    }
    const doc = JSON.parse(JSON.stringify(consolidationErrorJson(error)));
    expect(doc).toMatchObject({ ok: false, error: 'refused', expectedYear: 2024, years: [{ value: 2024, sources: [1, 3] }, { value: 2023, sources: [2], units: ['乙'] }] });
    expect(doc.message).toContain('2023 年度：第 2 项“乙”');
    expect(consolidationExitCode(error)).toBe(1);
    expect(() => consolidationErrorJson(new TypeError('bug'))).toThrow(TypeError);
  });
});
