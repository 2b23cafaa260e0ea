/** What recognition reports instead of guessing: missing labels, extra rows, stray figures, no table. */
import { dataColumns, dataRows, getFormat, getTable, refKey } from '../../src/formats';
import type { RowDef } from '../../src/formats/types';
import { recognizeWorkbook } from '../../src/recognize';
import type { RecognitionIssue, RecognizedReport } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { address, issueCodes, mismatches, table, valueOf } from './helpers';
import { flatLabel, writeFlatT2, writeOfficialT3 } from './layouts';

const huaian = loadExample('huaian-2024');
const f2021 = getFormat('2021');
const t3 = getTable(f2021, 't3_applications');
const rowOf = (code: string): RowDef => t3.rows.filter((r) => r.code === code)[0];
/** The report's issues about 表三 (the sheets of these tests hold nothing else, so the other tables are missing). */
const t3Issues = (report: RecognizedReport): RecognitionIssue[] => report.issues.filter((i) => i.table === 't3_applications');

/**
 * A hand-made 2021 表三 (header in rows 1-3, labels in column A, figures B..H) whose rows are given
 * as [label, figures] pairs, so tests can drop, add or retype rows.
 */
function t3Sheet(name: string, rows: Array<[string, ReadonlyArray<number | null>]>) {
  const b = sheet(name);
  b.put(0, 1, t3.columns[0].label);
  b.row(1, 1, dataColumns(t3).map((c) => c.label));
  rows.forEach(([label, figures], i) => b.row(2 + i, 0, [label, ...figures]));
  return b;
}

function officialRows(except: string[] = []): Array<[string, Array<number | null>]> {
  return dataRows(t3)
    .filter((r) => except.indexOf(r.code) < 0)
    .map((r) => [flatLabel(t3, r), dataColumns(t3).map((c) => huaian.figures[refKey({ table: t3.id, row: r.code, column: c.code })] as number)]);
}

describe('missing rows', () => {
  it('are listed verbatim and reported with the sheet; the rows around them are read', () => {
    const grids = [t3Sheet('申请', officialRows(['r3_5_4_massive'])).build()];
    const result = recognizeWorkbook(grids);
    const report = result.reports[0];
    expect(table(report, 't3_applications').missing).toEqual(['（五）不予处理 4.无正当理由大量反复申请']);
    const issue = report.issues.filter((i) => i.code === 'missing-row')[0];
    expect(issue).toMatchObject({ severity: 'error', sheet: '申请', table: 't3_applications' });
    expect(issue.message).toBe('表三缺少行：（五）不予处理 4.无正当理由大量反复申请（工作表“申请”）');
    expect(issue.messageEn).toBe('Table 3 is missing the row: （五）不予处理 4.无正当理由大量反复申请 (sheet "申请")');
    // 2.重复申请 is sheet row 19 (header rows 1-2, 一 in row 3); 5.要求… moves up to row 21.
    expect(address(report, 't3_applications', 'r3_5_2_repeat', 'c_total')).toBe('申请!H19');
    expect(address(report, 't3_applications', 'r3_5_5_confirm', 'c_total')).toBe('申请!H21');
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
  });

  it('a mistyped row is missing, and its figures are reported as not read', () => {
    const rows = officialRows();
    rows[rows.length - 1] = ['四、结转下年继续办理', rows[rows.length - 1][1]];
    const result = recognizeWorkbook([t3Sheet('S', rows).build()]);
    const report = result.reports[0];
    expect(table(report, 't3_applications').missing).toEqual(['四、结转下年度继续办理']);
    const unread = report.issues.filter((i) => i.code === 'unrecognised-row');
    expect(unread.map((i) => [i.address, i.message])).toEqual([['S!A27', '表三中 S!A27 的行“四、结转下年继续办理”不是官方格式的行，其中的数字未读取']]);
  });

  it('a missing header column is reported by its label with its group', () => {
    const b = t3Sheet('S', officialRows());
    b.put(1, 2, '商业');
    const report = recognizeWorkbook([b.build()]).reports[0];
    expect(table(report, 't3_applications').missing).toEqual(['法人或其他组织 商业企业']);
    expect(report.issues.map((i) => i.message)).toContain('表三缺少列：法人或其他组织 商业企业（工作表“S”）');
  });
});

describe('rows that are not in the format', () => {
  it('a subtotal row （三）不予公开小计 is not read as another row, and is reported', () => {
    const rows = officialRows();
    const at = rows.findIndex(([l]) => l === flatLabel(t3, rowOf('r3_4_1_nothold')));
    rows.splice(at, 0, ['（三）不予公开小计', [176, 2, 0, 0, 0, 0, 178]]);
    const grids = [t3Sheet('S', rows).build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(table(report, 't3_applications').missing).toEqual([]);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    // （四）1 is pushed down to row 16; the subtotal in row 15 is not any official row.
    expect(address(report, 't3_applications', 'r3_3_8_query', 'c_total')).toBe('S!H14');
    expect(address(report, 't3_applications', 'r3_4_1_nothold', 'c_total')).toBe('S!H16');
    expect(t3Issues(report).map((i) => [i.code, i.address])).toEqual([['unrecognised-row', 'S!A15']]);
    expect(t3Issues(report)[0].message).toBe('表三中 S!A15 的行“（三）不予公开小计”不是官方格式的行，其中的数字未读取');
  });

  it('a row label carrying an escape sequence and a bell is quoted on one line without them, at most 40 characters', () => {
    const rows = officialRows();
    const at = rows.findIndex(([l]) => l === flatLabel(t3, rowOf('r3_4_1_nothold')));
    rows.splice(at, 0, [`\u001b[2J（三）不予公开小计\u0007\r\n${'x'.repeat(60)}`, [176, 2, 0, 0, 0, 0, 178]]);
    const report = recognizeWorkbook([t3Sheet('S', rows).build()]).reports[0];
    const issue = t3Issues(report).filter((i) => i.code === 'unrecognised-row')[0];
    expect(issue.message).toBe(`表三中 S!A15 的行“[2J（三）不予公开小计 ${'x'.repeat(27)}…”不是官方格式的行，其中的数字未读取`);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u001f\u007f-\u009f]/.test(issue.message + issue.messageEn)).toBe(false);
  });

  it('a group row carrying figures (a subtotal on （三）不予公开 itself) is reported, not read', () => {
    const rows = officialRows();
    const at = rows.findIndex(([l]) => l === flatLabel(t3, rowOf('r3_3_1_secret')));
    rows.splice(at, 0, [rowOf('r3_3_denied').label, [176, 2, 0, 0, 0, 0, 178]]);
    const grids = [t3Sheet('S', rows).build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    expect(t3Issues(report).map((i) => [i.code, i.address])).toEqual([['group-row-values', 'S!B7']]);
    expect(t3Issues(report)[0].message).toBe('表三的分组行“（三）不予公开”在官方格式中不填数字（只填其下各项），S!B7 等处的数字未读取');
  });

  it('a row label typed twice: the first is read, the second reported', () => {
    const rows = officialRows();
    rows.splice(5, 0, [flatLabel(t3, rowOf('r3_2_partial')), [1, 1, 1, 1, 1, 1, 6]]);
    const grids = [t3Sheet('S', rows).build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(address(report, 't3_applications', 'r3_2_partial', 'c_total')).toBe('S!H6');
    expect(t3Issues(report).map((i) => [i.code, i.address, i.severity])).toEqual([['duplicate-row', 'S!A8', 'error']]);
  });

  it('two official labels on one sheet row: neither is guessed', () => {
    const rows = officialRows();
    const b = t3Sheet('S', rows);
    b.put(4, 9, flatLabel(t3, rowOf('r3_2_partial')));
    const report = recognizeWorkbook([b.build()]).reports[0];
    expect(t3Issues(report).map((i) => i.code)).toEqual(['ambiguous-row', 'missing-row']);
    expect(table(report, 't3_applications').missing).toEqual(['（一）予以公开']);
  });

  it('a figure in a column with no official heading (an added 小计 column) is reported', () => {
    const b = t3Sheet('S', officialRows());
    b.put(1, 9, '法人小计').put(2, 9, 118);
    const report = recognizeWorkbook([b.build()]).reports[0];
    expect(t3Issues(report).map((i) => [i.code, i.address])).toEqual([['unlabelled-value', 'S!J3']]);
    expect(t3Issues(report)[0].message).toBe('表三行“一、本年新收政府信息公开申请数量”的 S!J3（118）不在任何官方列标题下，未读取');
  });
});

describe('label variants', () => {
  it('a changed unit in 本年收费金额（单位：元） is read, with a warning quoting both labels', () => {
    const b = sheet('表二');
    writeFlatT2(b, f2021, huaian.figures, 0);
    const grid = b.build();
    const cells = grid.cells.map((r) => r.map((c) => (c && c.value === '本年收费金额（单位：万元）' ? { value: '本年收费金额（单位：元）' } : c)));
    const grids = [{ ...grid, cells }];
    const report = recognizeWorkbook(grids).reports[0];
    expect(valueOf(grids, report, 't2_art20_8', 'r_fees', 'c_fee_amount')).toBe(96171.6);
    const variant = report.issues.filter((i) => i.code === 'label-variant');
    expect(variant.map((i) => i.address)).toEqual(['表二!B13']);
    expect(variant[0].message).toBe(
      '表二第二十条第（八）项中 表二!B13 的标签“本年收费金额（单位：元）”与官方标签“本年收费金额（单位：万元）”的括号内容不同，已按官方标签识别，请核对（特别是单位）',
    );
  });
});

describe('no table', () => {
  it('a sheet of prose and numbers: no report, one no-table error', () => {
    const b = sheet('说明').at('A1', '政府信息公开工作情况说明').at('A2', '本年度共收到申请').at('B2', 235).at('A3', '其他').at('B3', 3);
    const result = recognizeWorkbook([b.build(), sheet('Sheet2').build()]);
    expect(result.reports).toEqual([]);
    expect(result.issues).toEqual([
      {
        severity: 'error',
        code: 'no-table',
        message: '在工作表 说明、Sheet2 中未找到官方统计表（表二、表三、表四的行列标签均未找到）',
        messageEn: 'No official table found in sheet(s) 说明, Sheet2 (no row or column labels of tables 2, 3 or 4)',
      },
    ]);
  });

  it('an empty workbook', () => {
    expect(issueCodes(recognizeWorkbook([]))).toEqual(['no-table']);
  });

  it('a few stray labels are not a table', () => {
    const b = sheet('S').at('A1', '规章').at('C5', '自然人').at('D9', '结果维持').at('A12', '行政许可');
    expect(recognizeWorkbook([b.build()]).reports).toEqual([]);
  });

  it('a table with its header but without any row label is not a row-labelled table', () => {
    const b = sheet('S');
    writeOfficialT3(b, f2021, {}, 0);
    const cells = b.build().cells.map((r, i) => (i >= 3 ? r.map((c, j) => (j < 3 ? null : c)) : r));
    expect(recognizeWorkbook([{ ...b.build(), cells }]).reports).toEqual([]);
  });
});
