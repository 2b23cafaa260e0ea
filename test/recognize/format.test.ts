/** Telling 2019 from 2021: by the labels, the template marker, the year; mixed evidence is an error. */
import { getFormat } from '../../src/formats';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { address, issueCodes, table } from './helpers';
import { writeFlatT2, writeFlatT3, writeFlatT4, writeOfficialT3 } from './layouts';

const haidong = loadExample('haidong-2019');
const huaian = loadExample('huaian-2024');
const f2019 = getFormat('2019');
const f2021 = getFormat('2021');
const notMissing = (codes: string[]): string[] => codes.filter((c) => c !== 'missing-table');

describe('by the labels', () => {
  it('表二 with 本年新制作数量 … is 2019; with 本年制发件数 … is 2021', () => {
    const old = writeSheet('旧', (b) => writeFlatT2(b, f2019, haidong.figures, 0));
    const cur = writeSheet('新', (b) => writeFlatT2(b, f2021, huaian.figures, 0));
    const r19 = recognizeWorkbook([old]).reports[0];
    const r21 = recognizeWorkbook([cur]).reports[0];
    expect([r19.format, r19.formatEvidence]).toEqual(['2019', '规范性文件、本年新制作数量、本年新公开数量、对外公开总数量等']);
    expect([r21.format, r21.formatEvidence]).toEqual(['2021', '行政规范性文件、本年制发件数、本年废止件数、现行有效件数等']);
    expect(r19.tables.map((t) => t.table)).toEqual(['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8', 't2_art20_9']);
    expect(r21.tables.map((t) => t.table)).toEqual(['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8']);
  });

  it('表三 alone: （六）其他处理 without sub-rows is 2019, with its three sub-rows 2021', () => {
    const old = recognizeWorkbook([writeSheet('S', (b) => writeOfficialT3(b, f2019, haidong.figures, 0))]).reports[0];
    expect([old.format, old.formatEvidence]).toEqual(['2019', '（六）其他处理']);
    expect(address(old, 't3_applications', 'r3_6_other', 'c_total')).toBe('S!J24');
    const cur = recognizeWorkbook([writeSheet('S', (b) => writeOfficialT3(b, f2021, huaian.figures, 0))]).reports[0];
    expect(cur.format).toBe('2021');
    expect(cur.formatEvidence).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请、2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请、3.其他',
    );
    expect(address(cur, 't3_applications', 'r3_6_1_nocorrect', 'c_total')).toBe('S!J24');
    expect(notMissing(old.issues.map((i) => i.code))).toEqual([]);
    expect(notMissing(cur.issues.map((i) => i.code))).toEqual([]);
  });

  it('labels of both formats: a mixed-format error naming both sides, the side with more evidence used', () => {
    // 2021 表二 (一) whose second row keeps last year's label 规范性文件.
    const g = writeSheet('表二', (b) => writeFlatT2(b, f2021, huaian.figures, 0));
    const cells = g.cells.map((r) => r.map((c) => (c && c.value === '行政规范性文件' ? { value: '规范性文件' } : c)));
    const result = recognizeWorkbook([{ ...g, cells }]);
    const report = result.reports[0];
    expect(report.format).toBe('2021');
    const mixed = report.issues.filter((i) => i.code === 'mixed-format');
    expect(mixed.map((i) => [i.severity, i.message])).toEqual([
      [
        'error',
        '工作表 表二 同时有2019格式（规范性文件）和2021格式（本年制发件数、本年废止件数、现行有效件数、本年处理决定数量等）的标签，暂按2021格式识别，请统一为一种格式',
      ],
    ]);
    expect(table(report, 't2_art20_1').missing).toEqual(['行政规范性文件']);
  });
});

describe('by the template marker', () => {
  it('a marker that contradicts the labels is mixed evidence', () => {
    const g = writeSheet('S', (b) => writeFlatT2(b.marker({ product: 'nianbao', format: '2019', templateVersion: 1 }), f2021, huaian.figures, 0));
    const report = recognizeWorkbook([g]).reports[0];
    expect(report.format).toBe('2021');
    expect(report.issues.filter((i) => i.code === 'mixed-format')[0].message).toContain('2019格式（模板标记（2019格式））');
  });

  it('a marker agreeing with the labels adds to the evidence', () => {
    const g = writeSheet('S', (b) => writeFlatT2(b.marker({ product: 'nianbao', format: '2021', templateVersion: 1 }), f2021, huaian.figures, 0));
    const report = recognizeWorkbook([g]).reports[0];
    expect(report.format).toBe('2021');
    expect(issueCodes({ reports: [report], issues: [] }).filter((c) => c !== 'missing-table')).toEqual([]);
  });
});

describe('without evidence (表四 is the same in both formats)', () => {
  it('the report year decides, with a warning saying so', () => {
    const g = writeSheet('复议', (b) => writeFlatT4(b.at('A1', '某县2020年度政府信息公开工作年度报告'), f2021, huaian.figures, 2));
    const report = recognizeWorkbook([g]).reports[0];
    expect([report.format, report.year, report.unit, report.formatEvidence]).toEqual(['2019', 2020, '某县', '按报告年度2020年']);
    const assumed = report.issues.filter((i) => i.code === 'format-assumed');
    expect(assumed.map((i) => [i.severity, i.message])).toEqual([
      ['warning', '工作表 复议 的标签不能区分2019与2021格式，按报告年度2020年，按2019格式识别'],
    ]);
  });

  it('nothing at all: the format in force (2021), with a warning', () => {
    const report = recognizeWorkbook([writeSheet('复议', (b) => writeFlatT4(b, f2021, huaian.figures, 0))]).reports[0];
    expect(report.format).toBe('2021');
    expect(report.issues.filter((i) => i.code === 'format-assumed').map((i) => i.messageEn)).toEqual([
      'The labels of sheet(s) 复议 do not tell the 2019 format from the 2021 one; as the format in force, read as 2021',
    ]);
  });
});

describe('options.format', () => {
  it('forces the format; labels saying otherwise raise a warning', () => {
    const g = writeSheet('旧', (b) => {
      const r = writeFlatT2(b, f2019, haidong.figures, 0);
      writeFlatT3(b, f2019, haidong.figures, r + 1);
    });
    const result = recognizeWorkbook([g], { format: '2021' });
    const report = result.reports[0];
    expect([report.format, report.formatEvidence]).toEqual(['2021', '指定格式 2021']);
    expect(report.issues.filter((i) => i.code === 'format-forced').map((i) => i.severity)).toEqual(['warning']);
    // Read as 2021, 表三 lacks the （六） sub-rows and 表二 (一) is not there at all.
    expect(table(report, 't3_applications').missing).toEqual([
      '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '（六）其他处理 3.其他',
    ]);
    expect(report.tables.map((t) => t.table)).not.toContain('t2_art20_1');
  });

  it('forcing the format the labels show raises nothing', () => {
    const g = writeSheet('旧', (b) => writeFlatT2(b, f2019, haidong.figures, 0));
    expect(notMissing(issueCodes(recognizeWorkbook([g], { format: '2019' })))).toEqual([]);
  });
});

describe('year and format', () => {
  it('a 2024 report in the 2019 format: a warning', () => {
    const g = writeSheet('S', (b) => writeFlatT2(b.at('A1', 'XX局2024年政府信息公开工作年度报告'), f2019, haidong.figures, 2));
    const report = recognizeWorkbook([g]).reports[0];
    expect(report.issues.filter((i) => i.code === 'format-year-mismatch').map((i) => i.message)).toEqual([
      '2024年度的报告应使用国办公开办函〔2021〕30号格式（2021），工作表 S 使用的是2019格式',
    ]);
  });
});

function writeSheet(name: string, write: (b: ReturnType<typeof sheet>) => unknown) {
  const b = sheet(name);
  write(b);
  return b.build();
}
