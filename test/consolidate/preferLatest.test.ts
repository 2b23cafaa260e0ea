/**
 * --prefer-latest (tryout): validity decides before time, two sheets of one workbook are not "newer"
 * than each other, equal times do not decide, and a unit of which nothing is summed is said so
 * (and counts as missing against the expected units). Real values: the 淮安 2024 split.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { consolidate, consolidationExitCode, consolidationJson, consolidationText, sourcesPlan } from '../../src/consolidate';
import type { ConsolidationInput } from '../../src/consolidate';
import { ConsolidationRefusedError } from '../../src/consolidate/errors';
import { consolidateFiles } from '../../src/consolidate/node/files';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { getFormat } from '../../src/formats';
import { buildLayout } from '../../src/layout/buildLayout';
import type { RecognizedReport } from '../../src/recognize/types';
import type { ReportFigures } from '../../src/rules/types';
import { validateFigures } from '../../src/rules/validate';
import { templateWorkbook, workbookBytes, writeLayout } from '../../src/xlsx';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const parts = splitReport(huaian, departmentWeights(4));
const NEW_TOTAL = 't3_applications/r1_new:c_total';
/** 审计局's report with 表三's （一）予以公开/总计 off by 7: two errors (its row total and the 总计 column's outcomes), the rest as filed. */
const broken = withCorrections(parts[1], { 't3_applications/r3_1_open:c_total': (parts[1].cells['t3_applications/r3_1_open:c_total'].value as number) + 7 });
const blank: ReportFigures = { format: '2021', cells: Object.keys(parts[1].cells).reduce((o, k) => ({ ...o, [k]: { value: null } }), {}) };

function input(unit: string, figures: ReportFigures, extra: Partial<ConsolidationInput> = {}): ConsolidationInput {
  const report: RecognizedReport = { format: '2021', formatEvidence: '', sheets: ['Sheet1'], tables: [], unit, year: 2024, issues: [] };
  return { file: `${unit}.xlsx`, report, figures, findings: validateFigures(figures, { lang: 'zh' }), ...extra };
}
const at = (day: number) => Date.UTC(2025, 0, day, 10);
const others = () => [input('淮安市公安局', parts[0], { modified: at(20) }), input('淮安市教育局', parts[2], { modified: at(20) })];

function refused(fn: () => unknown): ConsolidationRefusedError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConsolidationRefusedError);
    return e as ConsolidationRefusedError;
  }
  throw new Error('did not refuse');
}

describe('validity before time', () => {
  test('a newer copy with errors does not push out the older valid one', () => {
    const valid = input('淮安市审计局', parts[1], { file: '审计局.xlsx', modified: at(20) });
    const newer = input('淮安市审计局', broken, { file: '审计局-改.xlsx', modified: at(25) });
    const r = consolidate([...others(), valid, newer], { preferLatest: true, expectedUnits: ['淮安市公安局', '淮安市教育局', '淮安市审计局'] });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'included', 'excluded-duplicate']);
    expect(r.sources[3].reason).toBe('与第 3 项重复（同一单位“淮安市审计局”），本项有 2 处错误，保留通过校验的第 3 项，本项未计入汇总。');
    expect(r.sources[3].reasonEn).toBe('Duplicate of input 3 (same unit "淮安市审计局"); this one has 2 error(s); input 3, which passes validation, is kept; this one is not summed.');
    expect(r.duplicates).toEqual([{ kind: 'unit', key: '淮安市审计局', sources: [3, 4], kept: 3 }]);
    const expected = [0, 1, 2].reduce((sum, i) => sum + (parts[i].cells[NEW_TOTAL].value as number), 0);
    expect(r.summary.cells[NEW_TOTAL].value).toBe(expected);
    expect(r.unitsNotSummed).toEqual([]);
    expect(r.expected).toMatchObject({ missing: [], matched: 3 });
  });

  test('a newer blank copy (a form sent back unfilled) does not push out the filled one', () => {
    const filled = input('淮安市审计局', parts[1], { file: '审计局.xlsx', modified: at(20) });
    const empty = input('淮安市审计局', blank, { file: '审计局-空表.xlsx', modified: at(25) });
    expect(empty.findings.map((f) => f.rule)).toEqual(['report-blank']);
    const r = consolidate([...others(), empty, filled], { preferLatest: true });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'excluded-duplicate', 'included']);
    expect(r.sources[2].reason).toBe('与第 4 项重复（同一单位“淮安市审计局”），本项所有数字均为空白，保留已填写的第 4 项，本项未计入汇总。');
    expect(r.summary.cells[NEW_TOTAL].value).toBe([0, 1, 2].reduce((sum, i) => sum + (parts[i].cells[NEW_TOTAL].value as number), 0));
  });

  test('valid beats invalid under includeInvalid too; between two invalid copies the later is summed', () => {
    const valid = input('淮安市审计局', parts[1], { modified: at(20) });
    const newer = input('淮安市审计局', broken, { modified: at(25) });
    expect(consolidate([valid, newer], { preferLatest: true, includeInvalid: true }).sources.map((s) => s.status)).toEqual(['included', 'excluded-duplicate']);
    const older = input('淮安市审计局', withCorrections(broken, { 't3_applications/r1_new:c_natural': 1 }), { modified: at(20) });
    const r = consolidate([older, newer], { preferLatest: true, includeInvalid: true });
    expect(r.sources.map((s) => s.status)).toEqual(['excluded-duplicate', 'included-invalid']);
    expect(r.sources[0].reason).toContain('保留较新的第 2 项');
  });

  test('when no copy can be summed, none is preferred: each keeps its reason, and the unit is reported as not summed and missing', () => {
    const older = input('淮安市审计局', broken, { modified: at(20) });
    const newer = input('淮安市审计局', withCorrections(broken, { 't3_applications/r1_new:c_natural': 1 }), { modified: at(25) });
    const r = consolidate([...others(), older, newer], { preferLatest: true, expectedUnits: ['淮安市公安局', '淮安市教育局', '淮安市审计局'] });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'excluded-invalid', 'excluded-invalid']);
    expect(r.duplicates).toEqual([{ kind: 'unit', key: '淮安市审计局', sources: [3, 4] }]);
    expect(r.unitsNotSummed).toEqual([{ unit: '淮安市审计局', sources: [3, 4] }]);
    expect(r.expected).toEqual({ missing: ['淮安市审计局'], notSummed: ['淮安市审计局'], unexpected: [], matched: 2 });
    const text = consolidationText(r);
    expect(text).toContain('重复：第 3、4 项，均不能计入，未选取');
    expect(text).toContain('没有任何数据计入汇总的单位（1 个）：淮安市审计局（第 3、4 项）');
    expect(text).toContain('名单中未计入汇总的单位：淮安市审计局（已报送，未计入）');
    expect(text[text.length - 1]).toBe('计入 2 份，共 4 份；1 个单位没有数据计入汇总（见上）；汇总结果通过校验。');
    expect(consolidationText(r, 'en')).toContain('Units with nothing summed (1): 淮安市审计局 (inputs 3, 4)');
    expect(JSON.parse(JSON.stringify(consolidationJson(r))).unitsNotSummed).toEqual([{ unit: '淮安市审计局', sources: [3, 4] }]);
    expect(consolidationExitCode(r)).toBe(1);
    const notes = sourcesPlan(r, '').rows.map((row) => (row[0] && 'text' in row[0] ? row[0].text : ''));
    expect(notes).toContain('没有任何数据计入汇总的单位（1 个）：淮安市审计局（第 3、4 项）');
  });

  test('a lone blank report is not summed either: listed as blank, its unit not summed and missing', () => {
    const r = consolidate([...others(), input('淮安市审计局', blank)], { expectedUnits: ['淮安市审计局'] });
    expect(r.sources[2]).toMatchObject({ status: 'excluded-blank', blank: true, reason: '报表中所有数字均为空白（尚未填写），未计入汇总。' });
    expect(r.breakdown.rows.map((row) => row.unit)).toEqual(['淮安市公安局', '淮安市教育局']);
    expect(r.unitsNotSummed).toEqual([{ unit: '淮安市审计局', sources: [3] }]);
    expect(r.expected).toMatchObject({ missing: ['淮安市审计局'], notSummed: ['淮安市审计局'], matched: 0 });
    expect(consolidationText(r).some((l) => /未计入：空白报表 {2}淮安市审计局/.test(l))).toBe(true);
    expect(consolidationExitCode(r)).toBe(1);
  });
});

describe('when "latest" cannot decide', () => {
  test('equal modification times and different figures: stop, saying why, naming both', () => {
    const a = input('淮安市审计局', parts[1], { file: 'a/审计局.xlsx', modified: at(20) });
    const b = input('淮安市审计局', withCorrections(parts[1], {}), { file: 'b/审计局（修改版）.xlsx', modified: at(20) });
    // Different figures: one more application from a natural person, in every total it feeds.
    const changed = { ...b, figures: parts[3], findings: validateFigures(parts[3], { lang: 'zh' }) };
    const e = refused(() => consolidate([...others(), a, changed], { preferLatest: true }));
    expect(e.undecided).toEqual([{ sources: [3, 4], why: 'same-time' }]);
    expect(e.duplicates).toEqual([{ kind: 'unit', key: '淮安市审计局', sources: [3, 4] }]);
    expect(e.message).toMatch(/单位“淮安市审计局”的 2 份报表都可计入且数字不同，修改时间都是 2025-01-\d\d \d\d:00:00（UTC[+-]\d\d:\d\d），无法判断/);
    expect(e.message).toContain('无法判断哪份是最新的，请删去不用的文件后重试：第 3 项“淮安市审计局”（审计局，工作表“Sheet1”）、第 4 项“淮安市审计局”（审计局（修改版），工作表“Sheet1”）');
    expect(e.message).not.toContain('保留较新');
    expect(e.messageEn).toContain('modified at the same time');
  });

  test('equal times with the same figures (a file copied with its date): either gives the same sums, the first is kept', () => {
    const sha = 'c'.repeat(64);
    const a = input('淮安市审计局', parts[1], { file: 'a/审计局.xlsx', modified: at(20), sha256: sha });
    const b = input('淮安市审计局', parts[1], { file: 'b/审计局.xlsx', modified: at(20), sha256: sha });
    const r = consolidate([...others(), a, b], { preferLatest: true });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'included', 'excluded-duplicate']);
    expect(r.sources[3].reason).toBe('与第 3 项重复（文件内容相同），两者数字完全相同，保留第 3 项，本项未计入汇总。');
  });
});

describe('two sheets of one workbook for one unit (a clerk\'s draft copy "年报统计表 (2)")', () => {
  const sha = 'd'.repeat(64);
  const sheetOf = (sheet: string, figures: ReportFigures) =>
    input('淮安市水利局', figures, { file: 'in/淮安市水利局.xlsx', sheet, sha256: sha, modified: at(20) });

  test('the valid sheet is kept over an invalid copy, and the reason says they are two sheets of one file', () => {
    const r = consolidate([...others(), sheetOf('年报统计表', parts[1]), sheetOf('年报统计表 (2)', broken)], { preferLatest: true });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'included', 'excluded-duplicate']);
    expect(r.sources[3].reason).toBe('与第 3 项重复（同一文件中的两张工作表，单位均为“淮安市水利局”），本项有 2 处错误，保留通过校验的第 3 项，本项未计入汇总。');
    expect(r.sources[3].reason).not.toContain('文件内容相同');
  });

  test('both valid and different: refused, naming both sheets; modification time cannot decide', () => {
    const e = refused(() => consolidate([...others(), sheetOf('年报统计表', parts[1]), sheetOf('年报统计表 (2)', parts[3])], { preferLatest: true }));
    expect(e.undecided).toEqual([{ sources: [3, 4], why: 'same-file' }]);
    expect(e.message).toBe(
      '无法汇总：同一文件中的 2 张工作表都是单位“淮安市水利局”的报表，都可计入且数字不同；工作表没有各自的修改时间，无法判断哪张是最新的，请删除或隐藏不用的工作表后重试：' +
        '第 3 项“淮安市水利局”（淮安市水利局，工作表“年报统计表”）、第 4 项“淮安市水利局”（淮安市水利局，工作表“年报统计表 (2)”）。',
    );
    expect(e.messageEn).toBe(
      'Cannot consolidate: 2 sheets of the same file are all reports of unit "淮安市水利局", each could be summed and their figures differ; sheets have no modification time of their own, so which is the latest cannot be decided. Delete or hide the sheets not to be used and try again: ' +
        'input 3 "淮安市水利局" (淮安市水利局, sheet "年报统计表"), input 4 "淮安市水利局" (淮安市水利局, sheet "年报统计表 (2)").',
    );
  });

  test('both valid with the same figures: the first sheet is kept', () => {
    const r = consolidate([...others(), sheetOf('年报统计表', parts[1]), sheetOf('年报统计表 (2)', parts[1])], { preferLatest: true });
    expect(r.sources[3]).toMatchObject({ status: 'excluded-duplicate', reason: '与第 3 项重复（同一文件中的两张工作表，单位均为“淮安市水利局”），两者数字完全相同，保留第 3 项，本项未计入汇总。' });
  });

  test('without --prefer-latest the refusal names both sheets as sheets of one file', () => {
    const e = refused(() => consolidate([...others(), sheetOf('年报统计表', parts[1]), sheetOf('年报统计表 (2)', parts[3])]));
    expect(e.message).toContain('同一文件中的 2 张工作表都是单位“淮安市水利局”的报表：第 3 项“淮安市水利局”（淮安市水利局，工作表“年报统计表”）、第 4 项');
  });
});

describe('on real files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-latest-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const format = getFormat('2021');

  test('a workbook with the report and a broken draft copy of its sheet: the report is summed', async () => {
    const wb = templateWorkbook(format, { unit: '淮安市水利局', year: 2024, figures: parts[1] });
    const draft = wb.addWorksheet('年报统计表 (2)');
    writeLayout(draft, buildLayout(format, { unit: '淮安市水利局', year: 2024, figures: broken }));
    fs.writeFileSync(path.join(dir, '淮安市水利局.xlsx'), await workbookBytes(wb));
    fs.writeFileSync(path.join(dir, '淮安市公安局.xlsx'), await workbookBytes(templateWorkbook(format, { unit: '淮安市公安局', year: 2024, figures: parts[0] })));
    const { result } = await consolidateFiles([dir], { preferLatest: true });
    expect(result.sources.map((s) => [s.unit, s.sheet, s.status])).toEqual([
      ['淮安市公安局', '年报统计表', 'included'],
      ['淮安市水利局', '年报统计表', 'included'],
      ['淮安市水利局', '年报统计表 (2)', 'excluded-duplicate'],
    ]);
    expect(result.sources[2].reason).toContain('同一文件中的两张工作表');
    expect(result.summary.cells[NEW_TOTAL].value).toBe((parts[0].cells[NEW_TOTAL].value as number) + (parts[1].cells[NEW_TOTAL].value as number));
  });
});
