/**
 * The consolidation core on figures in memory: summing by identity, exclusions, refusals, duplicates,
 * expected units, the breakdown and the source list. Real values: the 淮安 2024 split.
 */
import { consolidate, createConsolidator } from '../../src/consolidate';
import type { ConsolidationInput } from '../../src/consolidate';
import { ConsolidationError, ConsolidationRefusedError } from '../../src/consolidate/errors';
import { breakdownPlan } from '../../src/consolidate/sheets';
import { publishedReportFigures, withCorrections } from '../../src/examples/published';
import { departmentWeights, splitReport } from '../../src/consolidate/splitReport';
import { validateFigures } from '../../src/rules/validate';
import type { ReportFigures } from '../../src/rules/types';
import type { RecognizedReport } from '../../src/recognize/types';
import { exampleJson } from '../fixtures/examples';

const huaian = publishedReportFigures(exampleJson('huaian-2024')).figures;
const departments = splitReport(huaian, departmentWeights(6));
const haidongFixed = withCorrections(publishedReportFigures(exampleJson('haidong-2019')).figures, { 't3_applications/r3_1_open:c_total': 222 });

function input(unit: string, figures: ReportFigures, extra: Partial<ConsolidationInput> & { year?: number } = {}): ConsolidationInput {
  const report: RecognizedReport = {
    format: figures.format,
    formatEvidence: '',
    sheets: ['Sheet1'],
    tables: [],
    unit,
    year: extra.year !== undefined ? extra.year : figures.format === '2021' ? 2024 : 2019,
    issues: [],
  };
  return { file: `${unit}.xlsx`, report, figures, findings: validateFigures(figures, { lang: 'zh' }), ...extra };
}

const units = ['淮安市公安局', '淮安市审计局', '淮安市教育局', '淮安市财政局', '淮安市民政局', '淮安市统计局'];
const clean = (): ConsolidationInput[] => departments.map((d, i) => input(units[i], d));

describe('summing by identity', () => {
  test('six valid departments add up to the published 淮安 figures, every cell', () => {
    const r = consolidate(clean(), { now: new Date('2025-01-28T09:00:00Z') });
    expect(r.format).toBe('2021');
    expect(r.year).toBe(2024);
    for (const key of Object.keys(huaian.cells)) expect([key, r.summary.cells[key].value]).toEqual([key, huaian.cells[key].value]);
    expect(r.summary.cells['t3_applications/r1_new:c_total'].value).toBe(3119);
    expect(r.summary.cells['t2_art20_8/r_fees:c_fee_amount'].value).toBe(96171.6);
    expect(r.summaryFindings).toEqual([]);
    expect(r.sources.map((s) => s.status)).toEqual(new Array(6).fill('included'));
    expect(r.consolidatedAt).toBe('2025-01-28T09:00:00.000Z');
  });

  test('the breakdown: one row per unit, a column per figure with official labels, total row = summary', () => {
    const r = consolidate(clean());
    expect(r.breakdown.rows.map((row) => row.unit)).toEqual(units);
    expect(r.breakdown.columns.length).toBe(6 + 1 + 2 + 1 + 25 * 7 + 15);
    const col = r.breakdown.columns.findIndex((c) => c.key === 't3_applications/r3_3_1_secret:c_natural');
    expect(r.breakdown.columns[col]).toMatchObject({ tableTitle: '收到和处理政府信息公开申请情况', row: '（三）不予公开 1.属于国家秘密', column: '自然人' });
    expect(r.summary.cells[r.breakdown.columns[col].key].value).toBe(2);
    expect(r.breakdown.rows.map((row) => row.values[col]).reduce((a, b) => (a as number) + (b as number), 0)).toBe(2);
    // The total row as planned for writing: a SUM over the six unit rows showing the summary's value, every figure.
    const plan = breakdownPlan(r);
    const total = plan.rows[plan.rows.length - 1];
    r.breakdown.columns.forEach((c, i) => expect([c.key, total[3 + i]]).toEqual([c.key, { sum: { top: 4, bottom: 9 }, value: r.summary.cells[c.key].value, role: 'total' }]));
  });

  test('the total row check is real: unit rows that do not add up to the summary stop the plan (nothing written)', () => {
    const r = consolidate(clean());
    const col = r.breakdown.columns.findIndex((c) => c.key === 't3_applications/r3_3_1_secret:c_natural');
    const mismatch = (result: typeof r): ConsolidationError => {
      try {
        breakdownPlan(result);
      } catch (e) {
        expect(e).toBeInstanceOf(ConsolidationError);
        return e as ConsolidationError;
      }
      throw new Error('breakdownPlan accepted a breakdown that does not add up to the summary');
    };
    // A unit row lost between summing and writing.
    const lost = mismatch({ ...r, breakdown: { ...r.breakdown, rows: r.breakdown.rows.slice(1) } });
    expect(lost.code).toBe('breakdown-mismatch');
    expect(lost.sources).toBe(r.sources);
    // One value changed in one unit row: named by its official labels and key, with the three numbers.
    const rows = r.breakdown.rows.map((row, i) => (i === 2 ? { ...row, values: row.values.map((v, k) => (k === col ? (v as number) + 1 : v)) } : row));
    const changed = mismatch({ ...r, breakdown: { ...r.breakdown, rows } });
    expect(changed.message).toBe('汇总明细的合计行与全市汇总不一致：收到和处理政府信息公开申请情况 （三）不予公开 1.属于国家秘密 自然人（t3_applications/r3_3_1_secret:c_natural）各单位合计 3，合计行 2，全市汇总 2；未写出。');
    // A summary figure that is not what the units add up to.
    const cells = { ...r.summary.cells, 't3_applications/r3_3_1_secret:c_natural': { value: 5 } };
    expect(mismatch({ ...r, summary: { ...r.summary, cells } }).messageEn).toContain('the units add up to 2, the total row shows 5, the summary 5');
    expect(() => breakdownPlan(r)).not.toThrow();
  });

  test('order does not matter: the figures are matched by identity, not by position', () => {
    const shuffled = consolidate(clean().reverse());
    const straight = consolidate(clean());
    expect(shuffled.summary).toEqual(straight.summary);
  });

  test('blank + blank stays blank; blank + value is the value', () => {
    const a = withCorrections(departments[0], {});
    const cells = { ...a.cells, 't2_art20_1/r_rules:c_issued': { value: null } };
    const b = { format: a.format, cells: { ...departments[1].cells, 't2_art20_1/r_rules:c_issued': { value: null } } };
    const only = consolidate([input('甲', { format: a.format, cells }), input('乙', b)]);
    expect(only.summary.cells['t2_art20_1/r_rules:c_issued'].value).toBeNull();
    const c = { format: a.format, cells: { ...departments[1].cells, 't2_art20_1/r_rules:c_issued': { value: 3 } } };
    expect(consolidate([input('甲', { format: a.format, cells }), input('乙', c)]).summary.cells['t2_art20_1/r_rules:c_issued'].value).toBe(3);
  });

  test('amounts exactly: 0.1 + 0.2 万元 = 0.3 万元', () => {
    const with01 = { format: huaian.format, cells: { ...departments[0].cells, 't2_art20_8/r_fees:c_fee_amount': { value: 0.1 } } };
    const with02 = { format: huaian.format, cells: { ...departments[1].cells, 't2_art20_8/r_fees:c_fee_amount': { value: 0.2 } } };
    const r = consolidate([input('甲', with01), input('乙', with02)]);
    expect(r.summary.cells['t2_art20_8/r_fees:c_fee_amount'].value).toBe(0.3);
  });
});

describe('validation before summing', () => {
  const broken = withCorrections(departments[2], { 't3_applications/r3_1_open:c_total': 999 });

  test('an invalid input is excluded by default and listed with the reason', () => {
    const inputs = clean();
    inputs[2] = input(units[2], broken);
    const r = consolidate(inputs);
    const s = r.sources[2];
    expect(s.status).toBe('excluded-invalid');
    expect(s.errors).toBeGreaterThan(0);
    expect(s.reason).toContain('未计入汇总');
    expect(s.reason).toContain('（一）予以公开');
    expect(r.breakdown.rows.map((row) => row.unit)).not.toContain(units[2]);
    const expected = huaian.cells['t3_applications/r1_new:c_total'].value as number;
    expect(r.summary.cells['t3_applications/r1_new:c_total'].value).toBe(expected - (departments[2].cells['t3_applications/r1_new:c_total'].value as number));
    expect(r.summaryFindings).toEqual([]);
  });

  test('includeInvalid sums it and flags every figure it touches, and the figures its errors name', () => {
    const inputs = clean();
    inputs[2] = input(units[2], broken);
    const r = consolidate(inputs, { includeInvalid: true });
    expect(r.sources[2].status).toBe('included-invalid');
    const fig = r.figures.filter((f) => f.key === 't3_applications/r3_1_open:c_total')[0];
    expect(fig.suspectUnits).toEqual([units[2]]);
    expect(fig.invalidUnits).toEqual([units[2]]);
    const other = r.figures.filter((f) => f.key === 't3_applications/r1_new:c_natural')[0];
    expect(other.invalidUnits).toEqual([units[2]]);
    expect(other.suspectUnits).toEqual([]);
    // the summary carries the error on, and says so
    expect(r.summaryFindings.some((f) => f.severity === 'error')).toBe(true);
    expect(r.breakdown.rows[2].status).toBe('included-invalid');
  });

  test('a cell read as not a number is an error even when the host\'s findings forget it: never a silent blank', () => {
    const key = 't3_applications/r3_1_open:c_natural';
    const cells = { ...departments[2].cells, [key]: { value: null, invalid: true, raw: `abc${'x'.repeat(100)}`, address: 'Sheet1!C9' } };
    const inputs = clean();
    inputs[2] = { ...input(units[2], { format: '2021', cells }), findings: [] };
    const r = consolidate(inputs);
    expect(r.sources[2]).toMatchObject({ status: 'excluded-invalid', errors: 1, firstErrors: [`不是数字：Sheet1!C9：abc${'x'.repeat(37)}…`] });
    const flagged = consolidate(inputs, { includeInvalid: true });
    expect(flagged.figures.filter((f) => f.key === key)[0].invalidUnits).toEqual([units[2]]);
    expect(flagged.breakdown.rows[2].unreadable).toEqual({ [flagged.breakdown.columns.findIndex((c) => c.key === key)]: `abc${'x'.repeat(37)}…` });
  });

  test('unreadable inputs are listed, never summed; all unusable → nothing-to-sum', () => {
    const r = consolidate([...clean(), { file: 'in/损坏.xlsx', reason: '文件不是有效的 .xlsx', reasonEn: 'not an xlsx' }]);
    expect(r.sources[6]).toMatchObject({ status: 'unreadable', unit: '损坏', reason: '文件不是有效的 .xlsx' });
    try {
      consolidate([input(units[0], broken), { file: 'x.xlsx', reason: '坏', reasonEn: 'bad' }]);
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ConsolidationError);
      expect((e as ConsolidationError).code).toBe('nothing-to-sum');
      expect((e as ConsolidationError).sources.map((s) => s.status)).toEqual(['excluded-invalid', 'unreadable']);
    }
  });
});

describe('refusals', () => {
  function refused(fn: () => unknown): ConsolidationRefusedError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ConsolidationRefusedError);
      return e as ConsolidationRefusedError;
    }
    throw new Error('did not refuse');
  }

  test('mixed formats: refused, naming the odd inputs', () => {
    const e = refused(() => consolidate([...clean(), input('海东市某局', haidongFixed)]));
    expect(e.expectedFormat).toBe('2021');
    expect(e.formats.map((g) => [g.value, g.sources])).toEqual([['2021', [1, 2, 3, 4, 5, 6]], ['2019', [7]]]);
    expect(e.message).toContain('2019 格式：第 7 项“海东市某局”');
    expect(e.sources.length).toBe(7);
  });

  test('mixed years: refused, naming the odd inputs; an explicit year decides', () => {
    const inputs = clean();
    inputs[4] = input(units[4], departments[4], { year: 2023 });
    const e = refused(() => consolidate(inputs));
    expect(e.expectedYear).toBe(2024);
    expect(e.years[1]).toMatchObject({ value: 2023, sources: [5], units: [units[4]] });
    expect(e.message).toContain('2023 年度：第 5 项“淮安市民政局”');
    const all2024 = refused(() => consolidate(clean(), { year: 2025 }));
    expect(all2024.years.map((g) => g.value)).toEqual([2024]);
  });

  test('the same unit twice (names differing in spaces and width) → stop with the list', () => {
    const inputs = [...clean(), input(' 淮安市 审计局', departments[1], { file: '审计局-重报.xlsx' })];
    const e = refused(() => consolidate(inputs));
    expect(e.duplicates).toEqual([{ kind: 'unit', key: '淮安市审计局', sources: [2, 7] }]);
    expect(e.message).toContain('同一单位');
  });

  test('identical files (same SHA-256) under different names → stop; equal figures alone only a notice', () => {
    const sha = 'a'.repeat(64);
    const e = refused(() => consolidate([input('甲局', departments[0], { sha256: sha }), input('乙局', departments[0], { sha256: sha })]));
    expect(e.duplicates).toEqual([{ kind: 'content', key: sha, sources: [1, 2] }]);
    const r = consolidate([input('甲局', departments[0]), input('乙局', departments[0])]);
    expect(r.notices.filter((n) => n.code === 'same-figures')[0].sources).toEqual([1, 2]);
  });

  test('preferLatest keeps the later file by modification time and lists the other', () => {
    const older = input('淮安市审计局', departments[0], { file: '审计局.xlsx', modified: Date.UTC(2025, 0, 20) });
    const newer = input('淮安市审计局', departments[1], { file: '审计局-改.xlsx', modified: Date.UTC(2025, 0, 25) });
    const r = consolidate([newer, older], { preferLatest: true });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'excluded-duplicate']);
    expect(r.sources[1].reason).toContain('保留较新的第 1 项');
    expect(r.duplicates).toEqual([{ kind: 'unit', key: '淮安市审计局', sources: [1, 2], kept: 1 }]);
    expect(r.summary.cells['t3_applications/r1_new:c_total'].value).toBe(departments[1].cells['t3_applications/r1_new:c_total'].value);
    // Unknown times (sheets of an open workbook): the order added does not make one "later".
    const unknown = refused(() => consolidate([input('淮安市审计局', departments[0]), input('淮安市审计局', departments[1])], { preferLatest: true }));
    expect(unknown.undecided).toEqual([{ sources: [1, 2], why: 'unknown-time' }]);
  });
});

describe('duplicates never include unreadable inputs', () => {
  const brokenResend = { file: '重发/淮安市审计局.xlsx', sha256: 'b'.repeat(64), modified: Date.UTC(2025, 0, 25), reason: '文件已损坏', reasonEn: 'damaged' };

  test('preferLatest: a newer broken copy of a unit\'s file does not push its valid report out', () => {
    const inputs = clean().map((i) => ({ ...i, modified: Date.UTC(2025, 0, 20) }));
    const r = consolidate([...inputs, brokenResend], { preferLatest: true });
    expect(r.sources.map((s) => s.status)).toEqual(['included', 'included', 'included', 'included', 'included', 'included', 'unreadable']);
    expect(r.sources[6].unit).toBe('淮安市审计局');
    expect(r.duplicates).toEqual([]);
    expect(r.summary.cells['t3_applications/r1_new:c_total'].value).toBe(3119);
  });

  test('without preferLatest a broken re-send does not stop the run: listed as unreadable, the readable report summed', () => {
    const r = consolidate([...clean(), brokenResend]);
    expect(r.sources[1].status).toBe('included');
    expect(r.sources[6]).toMatchObject({ status: 'unreadable', reason: '文件已损坏' });
    expect(r.breakdown.rows.map((row) => row.unit)).toEqual(units);
    expect(r.summary.cells['t3_applications/r1_new:c_total'].value).toBe(3119);
  });

  test('two unreadable copies of one file are not a duplicate either', () => {
    const r = consolidate([...clean(), brokenResend, { ...brokenResend, file: '再发/淮安市审计局.xlsx' }]);
    expect(r.sources.slice(6).map((s) => s.status)).toEqual(['unreadable', 'unreadable']);
    expect(r.duplicates).toEqual([]);
  });
});

describe('expected units', () => {
  test('missing and unexpected units are reported; names compared normalised', () => {
    const r = consolidate(clean().slice(0, 4), { expectedUnits: ['淮安市公安局', '淮安市 审计局', '淮安市教育局', '淮安市民政局', '淮安市水利局'] });
    expect(r.expected).toEqual({
      missing: ['淮安市民政局', '淮安市水利局'],
      notSummed: [],
      unexpected: [{ unit: '淮安市财政局', source: 4 }],
      matched: 3,
    });
  });

  test('a unit whose only file (.xlsb) cannot be read is on the list but missing from the total: missing, and said to have sent something', () => {
    const r = consolidate([...clean().slice(0, 1), { file: 'in/淮安市财政局.xlsb', reason: '.xlsb 不支持', reasonEn: '.xlsb not supported' }], {
      expectedUnits: ['淮安市公安局', '淮安市财政局'],
    });
    expect(r.sources[1]).toMatchObject({ unit: '淮安市财政局', status: 'unreadable' });
    expect(r.expected).toEqual({ missing: ['淮安市财政局'], notSummed: ['淮安市财政局'], unexpected: [], matched: 1 });
    expect(r.unitsNotSummed).toEqual([{ unit: '淮安市财政局', sources: [2] }]);
  });
});

describe('streaming', () => {
  test('the accumulator keeps only values: inputs can be released after add', () => {
    const c = createConsolidator();
    for (const i of clean()) c.add(i);
    expect(c.size).toBe(6);
    const r = c.finish();
    expect(r.summary.cells['t4_review_litigation/r_count:c_review_total'].value).toBe(351);
  });
});
