/** Hand-made sheets: the tables typed the way departments type them, not our template. */
import { allCells, dataColumns, dataRows, getTable, refKey } from '../../src/formats';
import type { RowDef } from '../../src/formats/types';
import { handmadeSheets } from '../../src/examples/handmade';
import type { Grid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample } from './examples';
import { sheet } from './gridBuilder';
import { address, figureCount, issueCodes, mismatches, valueOf } from './helpers';
import { flatLabel, writeFlatT2, writeFlatT3, writeFlatT4, writeOfficial, writeOfficialT3 } from './layouts';

const huaian = loadExample('huaian-2024');
const haidong = loadExample('haidong-2019');

describe('tables on separate sheets, title rows, noisy labels', () => {
  const f = huaian.format;
  const s2 = sheet('主动公开').at('A1', '淮安市人民政府2024年政府信息公开工作年度报告').at('A2', '填报单位：淮安市人民政府办公室    填报人：张三    联系电话：0517-1234567');
  writeFlatT2(s2, f, huaian.figures, 3, 0, { halfWidth: true, wrap: true }, true);
  const s3 = sheet('依申请公开').at('B2', f.sectionHeadings[2]);
  // Blank column A, header starting in row 4, labels with half-width brackets, spaces, and "1、".
  writeFlatT3(s3, f, huaian.figures, 3, 1, { halfWidth: true, spaces: true, ideographicComma: true });
  const s4 = sheet('复议诉讼').at('A1', f.sectionHeadings[3]);
  writeFlatT4(s4, f, huaian.figures, 2, 0);
  const notes = sheet('说明').at('A1', '本工作簿由办公室汇总').at('A3', '其他').at('B3', 12);
  const grids = [notes.build(), s2.build(), s3.build(), s4.build()];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('makes one report of the three sheets, with unit and year from the title rows', () => {
    expect(result.reports).toHaveLength(1);
    expect(issueCodes(result)).toEqual([]);
    expect(report.sheets).toEqual(['主动公开', '依申请公开', '复议诉讼']);
    expect(report.unit).toBe('淮安市人民政府办公室');
    expect(report.year).toBe(2024);
    expect(report.format).toBe('2021');
  });

  it('locates every figure with its published value', () => {
    expect(figureCount(report)).toBe(allCells(f).length);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
  });

  it('gives concrete addresses on each sheet', () => {
    // 表二: caption row 4, header 5, rows 6-7, blank, caption (五) 9, header 10, 行政许可 11.
    expect(address(report, 't2_art20_1', 'r_rules', 'c_issued')).toBe('主动公开!B6');
    expect(address(report, 't2_art20_5', 'r_license', 'c_decisions')).toBe('主动公开!B11');
    expect(valueOf(grids, report, 't2_art20_5', 'r_license', 'c_decisions')).toBe(447228);
    // 表三: labels in column B, data C..I, first row 7.
    expect(address(report, 't3_applications', 'r1_new', 'c_natural')).toBe('依申请公开!C7');
    expect(address(report, 't3_applications', 'r3_3_1_secret', 'c_total')).toBe('依申请公开!I11');
    expect(valueOf(grids, report, 't3_applications', 'r3_3_1_secret', 'c_total')).toBe(2);
    // 表四: groups written once over unmerged cells; data in row 6.
    expect(address(report, 't4_review_litigation', 'r_count', 'c_lit_direct_upheld')).toBe('复议诉讼!F6');
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_lit_direct_upheld')).toBe(13);
    expect(address(report, 't4_review_litigation', 'r_count', 'c_lit_after_pending')).toBe('复议诉讼!N6');
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_lit_after_pending')).toBe(6);
  });
});

describe('group and item in separate unmerged cells, vertical group label split char by char', () => {
  const f = huaian.format;
  const t3 = getTable(f, 't3_applications');
  const b = sheet('表三');
  // Header: one row of leaves, groups above written once.
  b.at('C1', t3.columns[0].label);
  b.row(1, 2, dataColumns(t3).map((c) => c.label));
  let r = 2;
  const groupOf = (row: RowDef): RowDef | undefined => t3.rows.filter((x) => x.code === row.parent)[0];
  const results = t3.rows.filter((x) => x.code === 'r3_results')[0].label.replace('、', '');
  let resultIndex = 0;
  let lastGroup = '';
  for (const row of dataRows(t3)) {
    const group = groupOf(row);
    if (group && group.parent) {
      // Sub-item: the group label only on its first item's row, in column A; the item in column B.
      if (group.code !== lastGroup) b.put(r, 0, group.label);
      lastGroup = group.code;
      b.put(r, 1, row.label);
    } else b.put(r, group ? 1 : 0, row.label);
    // The vertical 三本年度办理结果 typed one character per row in a column left of everything would
    // shift the table; here it sits in column A of the rows that have no group label.
    if (group && !group.parent && resultIndex < results.length) b.put(r, 0, results.charAt(resultIndex++));
    dataColumns(t3).forEach((c, i) => b.put(r, 2 + i, huaian.figures[refKey({ table: t3.id, row: row.code, column: c.code })]));
    r++;
  }
  const grids: Grid[] = [b.build()];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('reads every row of 表三', () => {
    const t = report.tables.filter((x) => x.table === 't3_applications')[0];
    expect(t.missing).toEqual([]);
    expect(Object.keys(t.cells)).toHaveLength(25 * 7);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    expect(address(report, 't3_applications', 'r3_3_1_secret', 'c_natural')).toBe('表三!C7');
    expect(address(report, 't3_applications', 'r3_6_3_other', 'c_total')).toBe('表三!I25');
  });

  it('reports the other tables missing, and nothing else', () => {
    expect(issueCodes(result).sort()).toEqual(Array(5).fill('missing-table'));
    expect(report.issues.map((i) => i.message)).toContain('未找到表四（国办公开办函〔2021〕30号格式），已查看工作表 表三');
  });
});

describe('labels split over two merged/unmerged cells, first rows of 表三', () => {
  it('joins the label cells of a row when no single cell names a row', () => {
    const f = huaian.format;
    const t3 = getTable(f, 't3_applications');
    const b = sheet('S');
    writeOfficialT3(b, f, huaian.figures, 0, 0);
    // Retype 一、 as two unmerged cells: "一、本年新收政府信息" | "公开申请数量".
    const first = t3.rows[0].label;
    const grid = b.build();
    const cells = grid.cells.map((row) => row.slice());
    cells[3] = cells[3].slice();
    cells[3][0] = { value: first.slice(0, 10) };
    cells[3][1] = { value: first.slice(10) };
    const merges = grid.merges.filter((m) => !(m.top === 3 && m.left === 0));
    const grids = [{ ...grid, cells, merges }];
    const report = recognizeWorkbook(grids).reports[0];
    expect(address(report, 't3_applications', 'r1_new', 'c_total')).toBe('S!J4');
    expect(valueOf(grids, report, 't3_applications', 'r1_new', 'c_total')).toBe(3119);
    expect(report.tables[0].missing).toEqual([]);
  });
});

describe('表四 with flattened group-leaf headers in one row ("行政复议-结果维持")', () => {
  it('resolves every column from the text alone', () => {
    const b = sheet('复议诉讼').at('A1', haidong.format.sectionHeadings[3]);
    b.row(2, 0, haidong.json.table4_labels);
    b.row(3, 0, haidong.json.table4);
    const grids = [b.build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(Object.keys(report.tables[0].cells)).toHaveLength(15);
    expect(address(report, 't4_review_litigation', 'r_count', 'c_lit_direct_total')).toBe('复议诉讼!J4');
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_lit_direct_total')).toBe(54);
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_review_pending')).toBeUndefined();
  });
});

describe('the department-style sheets of src/examples/handmade.ts (used by the demo)', () => {
  const cases: Array<[string, Parameters<typeof handmadeSheets>[3]]> = [
    ['plain, one sheet', {}],
    ['half-width brackets and wrapped labels', { halfWidthBrackets: true, wrapLabels: true }],
    ['one sheet per section, left margin, no title', { sheetPerSection: true, leftMargin: 2, titleRows: 0 }],
  ];
  it.each(cases)('%s: every figure of both examples', (_name, style) => {
    for (const ex of [haidong, huaian]) {
      const plain = handmadeSheets(ex.format, ex.figures, { unit: '测试单位', year: ex.year }, style);
      const grids: Grid[] = plain.map((p) => ({
        sheet: p.name,
        merges: [],
        cells: p.rows.map((row) => row.map((v) => (v === null || v === undefined ? null : { value: v }))),
      }));
      const result = recognizeWorkbook(grids);
      expect(issueCodes(result)).toEqual([]);
      const report = result.reports[0];
      expect(report.format).toBe(ex.format.id);
      expect(figureCount(report)).toBe(allCells(ex.format).length);
      expect(mismatches(grids, report, ex.figures)).toEqual([]);
      if (style && style.titleRows === 0) expect(report.unit).toBeUndefined();
      else expect([report.unit, report.year]).toEqual(['测试单位', ex.year]);
    }
  });
});

describe('an export that unmerges every merged cell and fills it with the value (WPS, scripts)', () => {
  it('reads our template so flattened, with no issue', () => {
    const b = sheet('导出');
    writeOfficial(b, huaian.format, huaian.figures, { unit: '淮安市人民政府', year: 2024 });
    const g = b.build();
    const cells = g.cells.map((r) => r.slice());
    for (const m of g.merges) {
      const v = cells[m.top][m.left];
      for (let r = m.top; r <= m.bottom; r++) {
        while (cells[r].length <= m.right) cells[r].push(null);
        for (let c = m.left; c <= m.right; c++) cells[r][c] = v;
      }
    }
    const grids: Grid[] = [{ sheet: g.sheet, cells, merges: [] }];
    const result = recognizeWorkbook(grids);
    expect(issueCodes(result)).toEqual([]);
    const report = result.reports[0];
    expect(figureCount(report)).toBe(allCells(huaian.format).length);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    expect(address(report, 't2_art20_5', 'r_license', 'c_decisions')).toBe('导出!B10');
    expect(address(report, 't3_applications', 'r3_3_1_secret', 'c_natural')).toBe('导出!D27');
    expect(address(report, 't4_review_litigation', 'r_count', 'c_review_upheld')).toBe('导出!A53');
  });
});

describe('extra blank rows and columns', () => {
  it('inside 表三 (a blank column between 自然人 and 商业企业, blank rows between items) and between 表四’s header and data', () => {
    const f = huaian.format;
    const t3 = getTable(f, 't3_applications');
    const columns = dataColumns(t3);
    const colOf = (i: number): number => (i === 0 ? 1 : i + 2); // column C left blank
    const b = sheet('S');
    b.put(1, colOf(0), columns[0].label);
    columns.slice(1).forEach((c, i) => b.put(1, colOf(i + 1), c.label));
    let r = 3; // row 3 blank
    dataRows(t3).forEach((row, n) => {
      b.put(r, 0, flatLabel(t3, row));
      columns.forEach((c, i) => b.put(r, colOf(i), huaian.figures[refKey({ table: t3.id, row: row.code, column: c.code })]));
      r += n % 5 === 4 ? 2 : 1; // a blank row after every fifth item
    });
    writeFlatT4(b, f, {}, r + 2);
    // Move 表四's data one row down, leaving a blank row under its header.
    const t4Header = r + 2;
    const t4 = getTable(f, 't4_review_litigation');
    dataColumns(t4).forEach((c, i) => b.put(t4Header + 4, i, huaian.figures[refKey({ table: t4.id, row: 'r_count', column: c.code })]));
    const grids = [b.build()];
    const result = recognizeWorkbook(grids);
    const report = result.reports[0];
    expect(report.issues.filter((i) => i.code !== 'missing-table')).toEqual([]);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    expect(figureCount(report)).toBe(25 * 7 + 15);
    expect(address(report, 't3_applications', 'r3_1_open', 'c_commercial')).toBe('S!D6');
    expect(address(report, 't4_review_litigation', 'r_count', 'c_review_total')).toBe(`S!E${t4Header + 5}`);
  });
});

describe('Word paste noise', () => {
  it('NBSP, zero-width spaces, CR/LF, straight quotes and "1、" in labels', () => {
    const f = huaian.format;
    const t3 = getTable(f, 't3_applications');
    const b = sheet('S');
    b.row(0, 1, dataColumns(t3).map((c) => `\u00a0${c.label}\r\n`));
    dataRows(t3).forEach((row, i) => {
      const text = flatLabel(t3, row).replace(/“|”/g, '"').replace(/(\d)\./, '$1、').replace(/^(.)/, '$1\u200b');
      b.row(1 + i, 0, [`${text}\u00a0`, ...dataColumns(t3).map((c) => huaian.figures[refKey({ table: t3.id, row: row.code, column: c.code })])]);
    });
    const grids = [b.build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(report.tables[0].missing).toEqual([]);
    expect(mismatches(grids, report, huaian.figures)).toEqual([]);
    expect(address(report, 't3_applications', 'r3_3_3_security', 'c_total')).toBe('S!H8');
  });
});

describe('labels that are also column headings (其他, 总计) written without their numbers', () => {
  it('are read as rows after their group, never from the header', () => {
    const f = huaian.format;
    const t3 = getTable(f, 't3_applications');
    const b = sheet('S');
    b.row(0, 1, dataColumns(t3).map((c) => c.label));
    dataRows(t3).forEach((row, i) => {
      const label = row.code === 'r3_6_3_other' ? '其他' : row.code === 'r3_7_total' ? '总计' : flatLabel(t3, row);
      b.row(1 + i, 0, [label, ...dataColumns(t3).map((c) => huaian.figures[refKey({ table: t3.id, row: row.code, column: c.code })])]);
    });
    const grids = [b.build()];
    const report = recognizeWorkbook(grids).reports[0];
    expect(report.tables[0].missing).toEqual([]);
    expect(address(report, 't3_applications', 'r3_6_3_other', 'c_total')).toBe('S!H24');
    expect(address(report, 't3_applications', 'r3_7_total', 'c_total')).toBe('S!H25');
    expect(valueOf(grids, report, 't3_applications', 'r3_7_total', 'c_total')).toBe(3050);
    expect(report.issues.filter((i) => i.table === 't3_applications')).toEqual([]);
  });
});
