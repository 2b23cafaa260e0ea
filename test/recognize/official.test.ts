/** Our own template's layout: the official merged headers, vertical group cells, merged data cells. */
import { allCells } from '../../src/formats';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { address, figureCount, issueCodes, mismatches, table, valueOf } from './helpers';
import { writeOfficial, writeOfficialT4 } from './layouts';

describe('our template (official merges), 2021 format, 淮安 2024 figures', () => {
  const ex = loadExample('huaian-2024');
  const b = sheet('年报');
  writeOfficial(b, ex.format, ex.figures, { unit: '淮安市人民政府', year: 2024 });
  const grids = [b.build()];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('finds one 2021 report with unit and year, and no issue', () => {
    expect(result.reports).toHaveLength(1);
    expect(issueCodes(result)).toEqual([]);
    expect(report.format).toBe('2021');
    expect(report.formatEvidence).toBe('行政规范性文件、本年制发件数、本年废止件数、现行有效件数等');
    expect(report.unit).toBe('淮安市人民政府');
    expect(report.year).toBe(2024);
    expect(report.sheets).toEqual(['年报']);
  });

  it('locates every figure of the format, each holding the published value', () => {
    expect(figureCount(report)).toBe(allCells(ex.format).length);
    expect(report.tables.map((t) => t.missing)).toEqual([[], [], [], [], [], []]);
    expect(mismatches(grids, report, ex.figures)).toEqual([]);
  });

  it('gives concrete addresses', () => {
    expect(address(report, 't2_art20_1', 'r_normative', 'c_valid')).toBe('年报!D7');
    expect(address(report, 't2_art20_8', 'r_fees', 'c_fee_amount')).toBe('年报!B17');
    expect(valueOf(grids, report, 't2_art20_8', 'r_fees', 'c_fee_amount')).toBe(96171.6);
    expect(address(report, 't3_applications', 'r1_new', 'c_natural')).toBe('年报!D23');
    expect(address(report, 't3_applications', 'r3_1_open', 'c_total')).toBe('年报!J25');
    expect(valueOf(grids, report, 't3_applications', 'r3_1_open', 'c_total')).toBe(1362);
    expect(address(report, 't3_applications', 'r3_6_3_other', 'c_other')).toBe('年报!I45');
    expect(address(report, 't3_applications', 'r4_carryout', 'c_total')).toBe('年报!J47');
    expect(valueOf(grids, report, 't3_applications', 'r4_carryout', 'c_total')).toBe(103);
    expect(address(report, 't4_review_litigation', 'r_count', 'c_review_upheld')).toBe('年报!A53');
    expect(address(report, 't4_review_litigation', 'r_count', 'c_lit_after_total')).toBe('年报!O53');
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_review_total')).toBe(351);
  });
});

describe('our template, 2019 format, 海东 2019 figures', () => {
  const ex = loadExample('haidong-2019');
  const b = sheet('海东市2019');
  writeOfficial(b, ex.format, ex.figures, { unit: '海东市人民政府', year: 2019 });
  const grids = [b.build()];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('finds the 2019 format by its labels, every figure in place', () => {
    expect(issueCodes(result)).toEqual([]);
    expect(report.format).toBe('2019');
    expect(report.formatEvidence).toBe('规范性文件、本年新制作数量、本年新公开数量、对外公开总数量等');
    expect(report.tables.map((t) => t.table)).toEqual(['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8', 't2_art20_9', 't3_applications', 't4_review_litigation']);
    expect(figureCount(report)).toBe(allCells(ex.format).length);
    expect(mismatches(grids, report, ex.figures)).toEqual([]);
  });

  it('reads merged data cells at their top-left and 表三 with 23 rows', () => {
    expect(address(report, 't2_art20_8', 'r_fees', 'c_delta')).toBe('海东市2019!C18');
    expect(valueOf(grids, report, 't2_art20_8', 'r_fees', 'c_delta')).toBe(-18);
    expect(valueOf(grids, report, 't2_art20_9', 'r_central_proc', 'c_proc_amount')).toBe('51.57 亿元');
    expect(address(report, 't3_applications', 'r3_1_open', 'c_total')).toBe('海东市2019!J29');
    expect(valueOf(grids, report, 't3_applications', 'r3_1_open', 'c_total')).toBe(230);
    expect(address(report, 't3_applications', 'r3_6_other', 'c_natural')).toBe('海东市2019!D47');
    expect(Object.keys(table(report, 't3_applications').cells)).toHaveLength(23 * 7);
    expect(address(report, 't4_review_litigation', 'r_count', 'c_lit_after_total')).toBe('海东市2019!O55');
  });
});

describe('template marker', () => {
  const ex = loadExample('huaian-2024');
  it('decides the format of a renamed sheet whose labels do not (表四 alone)', () => {
    const b = sheet('改名后').marker({ product: 'nianbao', format: '2019', templateVersion: 1, unit: '某某县教育局', year: 2020 });
    writeOfficialT4(b, ex.format, ex.figures, 2, 1);
    const result = recognizeWorkbook([b.build()]);
    const report = result.reports[0];
    expect(report.format).toBe('2019');
    expect(report.formatEvidence).toBe('模板标记（2019格式）');
    expect(report.unit).toBe('某某县教育局');
    expect(report.year).toBe(2020);
    expect(address(report, 't4_review_litigation', 'r_count', 'c_review_upheld')).toBe('改名后!B6');
    // Only the tables missing from the report are reported; the format itself raises nothing.
    expect(issueCodes(result).filter((c) => c !== 'missing-table')).toEqual([]);
  });
});
