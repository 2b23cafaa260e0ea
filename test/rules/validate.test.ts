/**
 * Validation of reports read from worksheets: value findings name their cell, blank totals, error
 * localisation beyond the seed, ordering, and English.
 */
import { dataColumns, dataRows, getFormat, getTable, refKey } from '../../src/formats';
import type { CellRef } from '../../src/formats';
import type { GridCell } from '../../src/grid';
import { readFigures, suggestionMessage, validateFigures, validateReport } from '../../src/rules';
import type { Finding, ReportFigures } from '../../src/rules';
import { exampleEntries, exampleFigures } from '../fixtures/examples';
import { addressOf, sheetsOf } from './sheets';

const t3 = 't3_applications' as const;
const t4 = 't4_review_litigation' as const;
const ref3 = (row: string, column: string): CellRef => ({ table: t3, row, column });
const key3 = (row: string, column: string): string => refKey(ref3(row, column));

/** The figures of an example with some cells replaced (null = blank). */
function edited(name: 'haidong-2019' | 'huaian-2024', changes: Record<string, number | null>): ReportFigures {
  const figures = exampleFigures(name);
  const cells = { ...figures.cells };
  for (const k of Object.keys(changes)) cells[k] = { value: changes[k] };
  return { ...figures, cells };
}

/** Every finding names its cells with official labels; addresses when `withAddress`. */
function expectNamedCells(findings: readonly Finding[], withAddress: boolean): void {
  for (const f of findings) {
    expect(f.cells.length).toBeGreaterThan(0);
    for (const c of f.cells) {
      expect(c.column).not.toBe('');
      if (c.ref.table !== t4) expect(c.row).not.toBe('');
      if (withAddress) expect(c.address).toMatch(/^表[二三四]!/);
    }
  }
}

describe('the seed read from worksheets', () => {
  const { report, grids } = sheetsOf('2019', exampleEntries('haidong-2019'));
  const findings = validateReport(report, grids, { lang: 'zh' });

  test('two identity errors with addresses, then the 亿元 conversion warning', () => {
    const openTotal = addressOf(report, t3, 'r3_1_open', 'c_total');
    expect(openTotal).toBe('表三!J7');
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0].address])).toEqual([
      ['row-total', 'error', '表三!J7'],
      ['column-total', 'error', '表三!J26'],
      ['value-unit-converted', 'warning', addressOf(report, 't2_art20_9', 'r_central_proc', 'c_proc_amount')],
    ]);
    expect(findings[0].suggestion).toEqual({ ref: ref3('r3_1_open', 'c_total'), address: '表三!J7', value: 222, from: 230 });
    expect(findings[1].suggestion).toEqual(findings[0].suggestion);
    expect(findings[2].message).toBe(
      `政府集中采购 / 采购总金额（${findings[2].cells[0].address}）：“51.57 亿元”已换算为 515700 万元（本栏单位为万元）。请核对，并直接填写以万元为单位的数字。`,
    );
    expectNamedCells(findings, true);
  });

  test('the figures read carry value, address and raw text', () => {
    const { figures } = readFigures(report, grids, 'zh');
    expect(figures.cells[key3('r3_1_open', 'c_total')]).toEqual({ value: 230, address: '表三!J7', raw: '230' });
    expect(figures.cells[key3('r2_carryin', 'c_total')]).toStrictEqual({ value: null, address: '表三!J6' });
    const withText = sheetsOf('2019', exampleEntries('haidong-2019'), { [key3('r1_new', 'c_total')]: { value: 'abc' } });
    const { figures: bad } = readFigures(withText.report, withText.grids, 'zh');
    expect(bad.cells[key3('r1_new', 'c_total')]).toStrictEqual({ value: null, address: '表三!J5', raw: 'abc', invalid: true });
    expect(figures.cells['t2_art20_9/r_central_proc:c_proc_amount'].value).toBe(515700);
  });
});

describe('bad values in a sheet', () => {
  const entries = exampleEntries('huaian-2024');
  const check = (overrides: Record<string, GridCell | null>, lang: 'zh' | 'en' = 'zh'): Finding[] => {
    const { report, grids } = sheetsOf('2021', entries, overrides);
    return validateReport(report, grids, { lang });
  };

  test('text in a part: an error naming the cell and quoting the text; its identities are not checked', () => {
    const findings = check({ [key3('r3_1_open', 'c_natural')]: { value: '一千二百八十八' } });
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0].address, f.message])).toEqual([
      ['value-text', 'error', '表三!D7', '（一）予以公开 / 自然人（表三!D7）：“一千二百八十八”不是数字，无法读取。请填写数字；没有发生的事项请填 0。'],
    ]);
  });

  test('a formula without a cached value, #REF!, a negative and a decimal count', () => {
    const findings = check({
      [key3('r3_7_total', 'c_total')]: { value: null, formula: 'SUM(J7:J27)', noCachedValue: true },
      [key3('r3_2_partial', 'c_natural')]: { value: '#REF!' },
      [refKey({ table: t4, row: 'r_count', column: 'c_review_pending' })]: { value: -37 },
      [refKey({ table: 't2_art20_1', row: 'r_rules', column: 'c_valid' })]: { value: 11.5 },
    });
    expect(findings.map((f) => [f.rule, f.cells[0].address])).toEqual([
      ['value-not-whole', '表二!D3'],
      ['value-error', '表三!D8'],
      ['value-formula-uncached', '表三!J28'],
      ['value-negative', '表四!D4'],
      // The negative count is kept in the sum: 72 + 64 + 178 − 37 ≠ 351.
      ['row-total', '表四!E4'],
    ]);
    expect(findings[2].message).toBe(
      '（七）总计 / 总计（表三!J28）：公式“=SUM(J7:J27)”没有保存计算结果，不能当作 0 读取。请在 Excel 或 WPS 中打开并保存一次，或直接填写数字。',
    );
    expect(findings[3].message).toBe('行政复议 尚未审结（表四!D4）：本栏不能为负数，“-37”小于 0。');
    expect(findings[4]).toMatchObject({ expected: 277, found: 351, difference: 74 });
  });

  test('English value messages', () => {
    const [finding] = check({ [key3('r3_1_open', 'c_natural')]: { value: 'abc' } }, 'en');
    expect(finding.message).toBe('（一）予以公开 / 自然人 (表三!D7): “abc” is not a number and cannot be read. Enter a number; enter 0 for none.');
  });

  test('placeholders read as 0 with a warning; the identities still hold', () => {
    const findings = check({ [key3('r3_5_3_publication', 'c_natural')]: { value: '—' }, [key3('r3_5_3_publication', 'c_total')]: { value: '无' } });
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0].address])).toEqual([
      ['value-placeholder', 'warning', '表三!D22'],
      ['value-placeholder', 'warning', '表三!J22'],
    ]);
  });

  test('a located cell whose sheet was not provided', () => {
    const { report, grids } = sheetsOf('2021', entries);
    const findings = validateReport(report, grids.filter((g) => g.sheet !== '表四'), { lang: 'zh' });
    expect(findings).toHaveLength(15);
    expect(findings[0]).toMatchObject({ rule: 'sheet-missing', severity: 'error', table: t4 });
    expect(findings[0].message).toBe('行政复议 结果维持（表四!A4）：所在工作表“表四”未提供，无法读取。');
  });
});

describe('blank totals (总计未填)', () => {
  test('a blank total whose parts are not all zero is total-blank, not a mismatch, and its sum is proposed', () => {
    const findings = validateFigures(edited('huaian-2024', { [key3('r3_7_total', 'c_natural')]: null }), { lang: 'zh' });
    // The blank total is unknown, not 0, for the （七）总计 row sum and the 自然人 balance: no spurious mismatch.
    expect(findings.map((f) => [f.rule, f.cells[0].row, f.cells[0].column, f.expected, f.found, f.difference])).toEqual([
      ['total-blank', '（七）总计', '自然人', 2932, undefined, undefined],
    ]);
    expect(findings[0].suggestion).toEqual({ ref: ref3('r3_7_total', 'c_natural'), value: 2932, from: null });
    expect(findings[0].message).toBe(
      '（七）总计 / 自然人：总计未填，但各项之和为 2932（（七）总计 = （一）予以公开 + （二）部分公开（区分处理的，只计这一情形，不计其他情形） + （三）不予公开各项 + （四）无法提供各项 + （五）不予处理各项 + （六）其他处理各项）。请填写总计。',
    );
    expect(suggestionMessage(findings[0], 'zh')).toBe('建议：在 （七）总计 / 自然人 填写 2932。');
  });

  test('a blank total over parts that are all zero or blank is fine', () => {
    expect(validateFigures(edited('huaian-2024', { [key3('r3_5_3_publication', 'c_total')]: null }), { lang: 'zh' })).toEqual([]);
    const blankRow: Record<string, null> = {};
    for (const c of dataColumns(getTable(getFormat('2021'), t3))) blankRow[key3('r3_5_4_massive', c.code)] = null;
    expect(validateFigures(edited('huaian-2024', blankRow), { lang: 'zh' })).toEqual([]);
  });

  test('a blank 总计 column: one total-blank per row with figures', () => {
    const blank: Record<string, null> = {};
    for (const r of dataRows(getTable(getFormat('2021'), t3))) blank[key3(r.code, 'c_total')] = null;
    const findings = validateFigures(edited('huaian-2024', blank), { lang: 'zh' });
    expect(findings.every((f) => f.rule === 'total-blank')).toBe(true);
    // Every row of huaian's 表三 has figures except （五）3 and （五）4, which are all zero.
    expect(findings).toHaveLength(25 - 2);
  });
});

describe('error localisation', () => {
  const format = getFormat('2021');

  test('any one wrong cell of 表三 is found and its true value proposed', () => {
    const base = exampleFigures('huaian-2024');
    const table = getTable(format, t3);
    let tried = 0;
    for (const row of dataRows(table)) {
      for (const column of dataColumns(table)) {
        const k = key3(row.code, column.code);
        const truth = base.cells[k].value as number;
        const findings = validateFigures(edited('huaian-2024', { [k]: truth + 5 }), { lang: 'zh' });
        expect(findings.length).toBeGreaterThanOrEqual(2);
        for (const f of findings) expect([k, f.suggestion]).toEqual([k, { ref: ref3(row.code, column.code), value: truth, from: truth + 5 }]);
        tried++;
      }
    }
    expect(tried).toBe(25 * 7);
  });

  test('a single broken 表四 total is not localised: any of its five cells could be wrong', () => {
    const k = refKey({ table: t4, row: 'r_count', column: 'c_review_total' });
    const findings = validateFigures(edited('huaian-2024', { [k]: 350 }), { lang: 'zh' });
    expect(findings.map((f) => [f.rule, f.cells[0].column, f.expected, f.found, f.suggestion])).toEqual([
      ['row-total', '行政复议 总计', 351, 350, undefined],
    ]);
    expect(findings[0].message).toBe(
      '行政复议 总计：本行总计应等于各项之和（行政复议 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结）。各项之和为 351，总计填报为 350，相差 -1。',
    );
  });

  test('two independent errors: no single cell explains them, no suggestion; the balance quotes the header note', () => {
    // 上年结转 raised in 自然人 and 总计 alike: its row still adds up, two columns break the 勾稽关系.
    const findings = validateFigures(
      edited('huaian-2024', { [key3('r2_carryin', 'c_natural')]: 40, [key3('r2_carryin', 'c_total')]: 40 }),
      { lang: 'zh' },
    );
    expect(findings.map((f) => [f.rule, f.cells[0].column, f.found, f.expected, f.difference, f.suggestion])).toEqual([
      ['balance', '自然人', 3041, 3035, 6, undefined],
      ['balance', '总计', 3159, 3153, 6, undefined],
    ]);
    expect(findings[0].message).toBe(
      '“自然人”列不符合表头注明的勾稽关系（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和），即 一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 = （七）总计 + 四、结转下年度继续办理：第一项加第二项之和为 3041，第三项加第四项之和为 3035，相差 +6。',
    );
    expect(findings[0].message).toContain(getTable(format, t3).balance?.note as string);
    expect(findings[0].cells.map((c) => c.row)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
  });

  test('a blank part counts as 0, and localisation proposes filling it', () => {
    const findings = validateFigures(edited('huaian-2024', { [key3('r3_3_1_secret', 'c_natural')]: null }), { lang: 'en' });
    expect(findings.map((f) => [f.rule, f.expected, f.found])).toEqual([
      ['row-total', 0, 2],
      ['column-total', 2930, 2932],
    ]);
    expect(findings[0].suggestion).toEqual({ ref: ref3('r3_3_1_secret', 'c_natural'), value: 2, from: null });
    expect(suggestionMessage(findings[0], 'en')).toBe(
      'Suggestion: change （三）不予公开 1.属于国家秘密 / 自然人 from blank to 2. This one change makes every broken rule of the table hold and breaks none that hold.',
    );
  });

  test('no proposal that would make a count negative', () => {
    // Every rule holds except two, and the one cell they share, （一）予以公开/自然人 (1288), would have to
    // become 1288 − 1293 = −5 to satisfy both: not a count, so nothing is proposed.
    const findings = validateFigures(
      edited('huaian-2024', {
        [key3('r3_1_open', 'c_total')]: 1362 - 1293,
        [key3('r3_7_total', 'c_natural')]: 2932 - 1293,
        [key3('r1_new', 'c_natural')]: 3001 - 1293,
        [key3('r1_new', 'c_total')]: 3119 - 1293,
        [key3('r3_7_total', 'c_total')]: 3050 - 1293,
      }),
      { lang: 'zh' },
    );
    expect(findings.map((f) => [f.rule, f.cells[0].row, f.cells[0].column, f.difference, f.suggestion])).toEqual([
      ['row-total', '（一）予以公开', '总计', -1293, undefined],
      ['column-total', '（七）总计', '自然人', -1293, undefined],
    ]);
  });
});

describe('ordering', () => {
  test('errors first, then by table and position', () => {
    const { report, grids } = sheetsOf('2019', exampleEntries('haidong-2019'), {
      [refKey({ table: t4, row: 'r_count', column: 'c_lit_after_upheld' })]: { value: 'x' },
      [refKey({ table: 't2_art20_1', row: 'r_rules', column: 'c_made' })]: { value: '—' },
      [refKey({ table: 't2_art20_5', row: 'r_license', column: 'c_prev_items' })]: { value: 1.5 },
    });
    const findings = validateReport(report, grids, { lang: 'zh' });
    expect(findings.map((f) => [f.severity, f.table, f.rule])).toEqual([
      ['error', 't2_art20_5', 'value-not-whole'],
      ['error', t3, 'row-total'],
      ['error', t3, 'column-total'],
      ['error', t4, 'value-text'],
      ['warning', 't2_art20_1', 'value-placeholder'],
      ['warning', 't2_art20_9', 'value-unit-converted'],
    ]);
    expectNamedCells(findings, true);
  });
});

describe('a report left blank', () => {
  const { validateFigures } = jest.requireActual('../../src/rules') as typeof import('../../src/rules');
  const { allCells, getFormat, refKey } = jest.requireActual('../../src/formats') as typeof import('../../src/formats');
  const blank = (format: '2019' | '2021', fill: Record<string, number> = {}) => {
    const cells: Record<string, { value: number | null }> = {};
    for (const ref of allCells(getFormat(format))) cells[refKey(ref)] = { value: fill[refKey(ref)] ?? null };
    return { format, cells };
  };

  test('every figure blank → one report-blank warning on 表三 一、本年新收 / 总计, no error', () => {
    const findings = validateFigures(blank('2021'), { lang: 'zh' });
    expect(findings.map((f) => [f.rule, f.severity, f.cells[0].row, f.cells[0].column])).toEqual([
      ['report-blank', 'warning', '一、本年新收政府信息公开申请数量', '总计'],
    ]);
  });

  test('a report that states 0 somewhere is not blank', () => {
    expect(validateFigures(blank('2019', { 't4_review_litigation/r_count:c_review_total': 0 }), { lang: 'zh' })).toEqual([]);
  });
});
