/** Sheets into reports: one report across sheets, or one per sheet when each holds a full set. */
import { allCells, getFormat } from '../../src/formats';
import type { Grid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import type { SheetBuilder } from './gridBuilder';
import { address, figureCount, issueCodes, valueOf } from './helpers';
import { writeFlatT2, writeFlatT3, writeFlatT4, writeOfficial } from './layouts';

const huaian = loadExample('huaian-2024');
const f2021 = getFormat('2021');

function build(name: string, write: (b: SheetBuilder) => void): Grid {
  const b = sheet(name);
  write(b);
  return b.build();
}

/** A department's full set on one sheet, with its own 填报单位 line. */
function department(name: string, unit: string): Grid {
  return build(name, (b) => writeOfficial(b, f2021, huaian.figures, { unit, year: 2024 }));
}

describe('grouping', () => {
  it('several sheets each with a full set: one report per sheet, each with its unit', () => {
    const grids = [department('财政局', '淮安市财政局'), department('教育局', '淮安市教育局'), department('公安局', '淮安市公安局')];
    const result = recognizeWorkbook(grids);
    expect(result.reports.map((r) => [r.sheets, r.unit, r.format])).toEqual([
      [['财政局'], '淮安市财政局', '2021'],
      [['教育局'], '淮安市教育局', '2021'],
      [['公安局'], '淮安市公安局', '2021'],
    ]);
    expect(issueCodes(result)).toEqual([]);
    expect(result.reports.map((r) => address(r, 't3_applications', 'r3_1_open', 'c_total'))).toEqual(['财政局!J25', '教育局!J25', '公安局!J25']);
    for (const r of result.reports) expect(figureCount(r)).toBe(allCells(f2021).length);
  });

  it('full sets plus the tables of one more unit spread over two sheets: that unit is one more report', () => {
    const t2 = build('住建局-表二', (b) => writeFlatT2(b.at('A1', '填报单位：淮安市住建局'), f2021, huaian.figures, 2));
    const t34 = build('住建局-表三四', (b) => {
      const r = writeFlatT3(b, f2021, huaian.figures, 0);
      writeFlatT4(b, f2021, huaian.figures, r + 2);
    });
    const grids = [department('财政局', '淮安市财政局'), t2, department('教育局', '淮安市教育局'), t34];
    const result = recognizeWorkbook(grids);
    expect(result.reports.map((r) => [r.sheets, r.unit])).toEqual([
      [['财政局'], '淮安市财政局'],
      [['住建局-表二', '住建局-表三四'], '淮安市住建局'],
      [['教育局'], '淮安市教育局'],
    ]);
    expect(issueCodes(result)).toEqual([]);
    const spread = result.reports[1];
    expect(address(spread, 't2_art20_1', 'r_rules', 'c_valid')).toBe("'住建局-表二'!D5");
    expect(address(spread, 't4_review_litigation', 'r_count', 'c_review_total')).toBe("'住建局-表三四'!E34");
    expect(valueOf(grids, spread, 't4_review_litigation', 'r_count', 'c_review_total')).toBe(351);
  });

  it('partial sheets that overlap (表三 on two sheets): one report each', () => {
    const a = build('A', (b) => writeFlatT3(b.at('A1', '填报单位：甲局'), f2021, huaian.figures, 1));
    const c = build('B', (b) => writeFlatT3(b.at('A1', '填报单位：乙局'), f2021, huaian.figures, 1));
    const result = recognizeWorkbook([a, c]);
    expect(result.reports.map((r) => [r.sheets, r.unit])).toEqual([
      [['A'], '甲局'],
      [['B'], '乙局'],
    ]);
  });

  it('the same table twice on one sheet: duplicate-table error, the first read', () => {
    const g = build('S', (b) => {
      const r = writeFlatT3(b, f2021, huaian.figures, 0);
      writeFlatT3(b, f2021, {}, r + 3);
    });
    const report = recognizeWorkbook([g]).reports[0];
    expect(address(report, 't3_applications', 'r1_new', 'c_total')).toBe('S!H4');
    const dup = report.issues.filter((i) => i.code === 'duplicate-table');
    expect(dup.map((i) => [i.severity, i.message])).toEqual([['error', '表三出现了不止一次：读取 S!A2 处的表，未读取 S!A33 处的表']]);
  });

  it('tables spread over sheets naming different units: one report, a unit-conflict warning', () => {
    const t2 = build('表二', (b) => writeFlatT2(b.at('A1', '填报单位：甲局'), f2021, huaian.figures, 2));
    const t3 = build('表三', (b) => writeFlatT3(b.at('A1', '填报单位：乙局'), f2021, huaian.figures, 2));
    const report = recognizeWorkbook([t2, t3]).reports[0];
    expect(report.unit).toBe('甲局');
    expect(report.issues.filter((i) => i.code === 'unit-conflict').map((i) => i.message)).toEqual([
      '工作表 表二、表三 写有不同的填报单位：甲局、乙局，采用“甲局”',
    ]);
  });
});
