/**
 * Every identity on the real reports: the seed (海东 2019) breaks exactly two, explained by one cell
 * (（一）予以公开/总计, 230 → 222); 淮安 2024 breaks none.
 */
import * as fs from 'fs';
import * as path from 'path';
import { allCells, getFormat, refKey } from '../../src/formats';
import { suggestionMessage, validateFigures } from '../../src/rules';
import { EXAMPLES_DIR, EXAMPLE_NAMES, exampleEntries, exampleFigures, exampleJson } from '../fixtures/examples';

const t3 = 't3_applications' as const;
const openTotal = { table: t3, row: 'r3_1_open', column: 'c_total' };

describe('haidong-2019 (the seed)', () => {
  const json = exampleJson('haidong-2019');
  const findings = validateFigures(exampleFigures('haidong-2019'), { lang: 'zh' });

  test('exactly the two broken identities the example lists, with their real values', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.table, f.cells[0].row, f.cells[0].column, f.expected, f.found, f.difference])).toEqual([
      ['row-total', 'error', t3, '（一）予以公开', '总计', 222, 230, 8],
      ['column-total', 'error', t3, '（七）总计', '总计', 243, 235, -8],
    ]);
    // The same numbers as the example's own account of its violations.
    expect(findings.map((f) => [f.expected, f.found])).toEqual(json.violations.map((v) => [v.expected, v.actual]));
  });

  test('both are explained by one correction: （一）予以公开/总计, 230 → 222', () => {
    for (const f of findings) expect(f.suggestion).toEqual({ ref: openTotal, value: 222, from: 230 });
    expect(json.most_likely_wrong_cell).toMatchObject({ value: 230, corrected: 222 });
    expect(suggestionMessage(findings[0], 'zh')).toBe(
      '建议：将 （一）予以公开 / 总计 由 230 改为 222。这一处修改可使本表所有不符的规则同时成立，且不破坏已成立的规则。',
    );
  });

  test('the cells: the total first, then its parts, each with official labels', () => {
    const [rowTotal, columnTotal] = findings;
    expect(rowTotal.cells.map((c) => c.column)).toEqual(['总计', '自然人', '法人或其他组织 商业企业', '法人或其他组织 科研机构', '法人或其他组织 社会公益组织', '法人或其他组织 法律服务机构', '法人或其他组织 其他']);
    expect(rowTotal.cells.every((c) => c.row === '（一）予以公开')).toBe(true);
    expect(columnTotal.cells).toHaveLength(1 + 19); // 2019: （一）（二）, 8 + 3 + 5 sub-items, （六）
    expect(columnTotal.cells[5].row).toBe('（三）不予公开 3.危及“三安全一稳定”');
    expect(columnTotal.cells.every((c) => c.column === '总计')).toBe(true);
  });

  test('messages quote the rule with the official labels', () => {
    expect(findings[0].message).toBe(
      '（一）予以公开 / 总计：本行总计应等于各项之和（总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他）。各项之和为 222，总计填报为 230，相差 +8。',
    );
    expect(findings[1].message).toBe(
      '（七）总计 / 总计：本列总计应等于各项之和（（七）总计 = （一）予以公开 + （二）部分公开（区分处理的，只计这一情形，不计其他情形） + （三）不予公开各项 + （四）无法提供各项 + （五）不予处理各项 + （六）其他处理）。各项之和为 243，总计填报为 235，相差 -8。',
    );
  });

  test('English messages', () => {
    const en = validateFigures(exampleFigures('haidong-2019'), { lang: 'en' });
    expect(en.map((f) => f.message)).toEqual([
      '（一）予以公开 / 总计: the row total must equal the sum of its items (总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他). The items add up to 222, the total reads 230, a difference of +8.',
      '（七）总计 / 总计: the column total must equal the sum of its items (（七）总计 = （一）予以公开 + （二）部分公开（区分处理的，只计这一情形，不计其他情形） + all items of （三）不予公开 + all items of （四）无法提供 + all items of （五）不予处理 + （六）其他处理). The items add up to 243, the total reads 235, a difference of -8.',
    ]);
    expect(suggestionMessage(en[1], 'en')).toBe(
      'Suggestion: change （一）予以公开 / 总计 from 230 to 222. This one change makes every broken rule of the table hold and breaks none that hold.',
    );
  });

  test('addresses supplied from outside appear in cells and suggestion', () => {
    const withAddress = validateFigures(exampleFigures('haidong-2019'), { lang: 'zh', addresses: { [refKey(openTotal)]: '表三!J7' } });
    expect(withAddress[0].cells[0].address).toBe('表三!J7');
    expect(withAddress[1].suggestion).toEqual({ ref: openTotal, address: '表三!J7', value: 222, from: 230 });
    expect(withAddress[0].message.indexOf('（一）予以公开 / 总计（表三!J7）：')).toBe(0);
  });

  test('corrected as suggested, the seed passes every identity', () => {
    const figures = exampleFigures('haidong-2019');
    const fixed = { ...figures, cells: { ...figures.cells, [refKey(openTotal)]: { value: 222 } } };
    expect(validateFigures(fixed, { lang: 'zh' })).toEqual([]);
  });
});

describe('huaian-2024', () => {
  test('every identity holds: no findings', () => {
    expect(validateFigures(exampleFigures('huaian-2024'), { lang: 'zh' })).toEqual([]);
    expect(exampleJson('huaian-2024').violations).toEqual([]);
  });
});

describe('the examples fixture', () => {
  test.each(EXAMPLE_NAMES.map((n) => [n]))('%s maps every figure of its format exactly once', (name) => {
    const json = exampleJson(name);
    const keys = exampleEntries(name).map((e) => refKey(e.ref));
    expect([...keys].sort()).toEqual(allCells(getFormat(json.format)).map(refKey).sort());
  });

  test('text is read as a sheet would be: 51.57 亿元 → 515700 万元; null → blank', () => {
    const figures = exampleFigures('haidong-2019');
    expect(figures.cells['t2_art20_9/r_central_proc:c_proc_amount']).toEqual({ value: 515700, raw: '51.57 亿元' });
    expect(figures.cells['t3_applications/r2_carryin:c_total']).toEqual({ value: null });
    expect(figures.cells['t2_art20_5/r_license:c_delta']).toEqual({ value: -3, raw: '-3' });
    expect(exampleFigures('huaian-2024').cells['t2_art20_8/r_fees:c_fee_amount'].value).toBe(96171.6);
  });

  test('sub-item labels with their group ordinal and shortened labels find their rows', () => {
    const refs = exampleEntries('huaian-2024').map((e) => e.ref);
    const rowOf = (i: number): string => refs[10 + 7 * i].row; // after 表二's 10 figures, 7 per 表三 row
    expect([rowOf(3), rowOf(4), rowOf(22)]).toEqual(['r3_2_partial', 'r3_3_1_secret', 'r3_6_3_other']);
  });

  test('the project copies equal shared/examples', () => {
    const shared = path.join(__dirname, '../../../shared/examples');
    for (const name of EXAMPLE_NAMES) {
      const file = `${name}.json`;
      expect(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')).toBe(fs.readFileSync(path.join(shared, file), 'utf8'));
    }
  });
});
