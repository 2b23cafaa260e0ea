/**
 * The seed (海东市 2019 report, text extracted from its PDF) typed into cells the way a clerk pastes it:
 * one line per row, tab-separated cells, numbers becoming numbers. Its 表二 text is clean; its 表三 and
 * 表四 text is badly wrapped (labels over several lines, 表四's headers one character per line), so
 * those are also built from the labels of the example JSON (rows × 7 columns, "group-leaf" headers).
 */
import * as fs from 'fs';
import * as path from 'path';
import { allCells, refKey } from '../../src/formats';
import type { Grid } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { loadExample, SHARED } from './examples';
import type { Example } from './examples';
import { sheet } from './gridBuilder';
import { address, figureCount, issueCodes, mismatches, table, valueOf } from './helpers';

const SEED = fs.readFileSync(path.join(SHARED, 'seeds', '000_925aec2065b71465.txt'), 'utf8');
const haidong = loadExample('haidong-2019');
const huaian = loadExample('huaian-2024');

/** A pasted text cell as Excel stores it: plain numbers become numbers. */
function pasted(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
}

/** Lines of the seed between two headings (first inclusive, second exclusive), pasted into a sheet. */
function pasteSeed(name: string, from: string, to: string, startRow = 0): Grid {
  const lines = SEED.split('\n');
  const a = lines.findIndex((l) => l.indexOf(from) === 0);
  const b = lines.findIndex((l, i) => i > a && l.indexOf(to) === 0);
  const s = sheet(name);
  lines.slice(a, b).forEach((line, i) => s.row(startRow + i, 0, line.split('\t').map(pasted)));
  return s.build();
}

/** 表三 as rows × 7 columns from an example's JSON labels, with its one-row header. */
function t3FromJson(name: string, ex: Example, row = 0): Grid {
  const s = sheet(name).at('A1', ex.format.sectionHeadings[2]);
  s.row(row + 1, 1, ex.json.table3_columns);
  ex.json.table3.forEach((r, i) => s.row(row + 2 + i, 0, [ex.json.table3_row_labels[i], ...r.cells]));
  return s.build();
}

/** 表四 as one header row of "group-leaf" labels and one data row. */
function t4FromJson(name: string, ex: Example): Grid {
  return sheet(name).at('A1', ex.format.sectionHeadings[3]).row(1, 0, ex.json.table4_labels).row(2, 0, ex.json.table4).build();
}

describe('the seed text pasted as it is', () => {
  const grid = pasteSeed('海东', '海东市人民政府办公室', '五、存在的主要问题');
  const grids = [grid];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('is a 2019 report of 海东市 for 2019', () => {
    expect(result.reports).toHaveLength(1);
    expect(report.format).toBe('2019');
    expect(report.year).toBe(2019);
    expect(report.unit).toBe('海东市');
  });

  it('reads the whole of 表二 from the clean text', () => {
    for (const id of ['t2_art20_1', 't2_art20_5', 't2_art20_6', 't2_art20_8', 't2_art20_9'] as const) {
      expect(table(report, id).missing).toEqual([]);
    }
    expect(valueOf(grids, report, 't2_art20_1', 'r_rules', 'c_made')).toBe(103);
    expect(valueOf(grids, report, 't2_art20_5', 'r_other_services', 'c_decisions')).toBe(4570);
    expect(valueOf(grids, report, 't2_art20_6', 'r_coercion', 'c_delta')).toBe(-19);
    expect(valueOf(grids, report, 't2_art20_9', 'r_central_proc', 'c_proc_amount')).toBe('51.57 亿元');
  });

  it('says that (八)’s -18 lies under no column heading (the PDF lost the colspan), instead of reading it', () => {
    const at = address(report, 't2_art20_8', 'r_fees', 'c_delta') as string;
    expect(valueOf(grids, report, 't2_art20_8', 'r_fees', 'c_delta')).toBeUndefined();
    const stray = report.issues.filter((i) => i.code === 'unlabelled-value');
    expect(stray.map((i) => i.address)).toEqual([at.replace(/C(\d+)$/, 'D$1')]);
    expect(stray[0].message).toBe(`表二第二十条第（八）项行“行政事业性收费”的 ${stray[0].address}（-18）不在任何官方列标题下，未读取`);
  });

  it('finds 表三 from its intact and wrapped rows and names every row it could not read', () => {
    const t3 = table(report, 't3_applications');
    expect(valueOf(grids, report, 't3_applications', 'r1_new', 'c_total')).toBe(235);
    expect(valueOf(grids, report, 't3_applications', 'r3_1_open', 'c_total')).toBe(230);
    expect(valueOf(grids, report, 't3_applications', 'r3_1_open', 'c_natural')).toBe(132);
    // "二、上年结转政府信息公开申请数" / "量": the label wrapped onto a second row is joined again.
    expect(address(report, 't3_applications', 'r2_carryin', 'c_total')).toBe('海东!H60');
    expect(t3.missing).not.toContain('二、上年结转政府信息公开申请数量');
    expect(t3.missing).toContain('（三）不予公开 4.保护第三方合法权益');
    expect(report.issues.map((i) => i.message)).toContain('表三缺少行：（五）不予处理 4.无正当理由大量反复申请（工作表“海东”）');
  });

  it('reports 表四, whose headers are split one character per line, as missing', () => {
    expect(report.tables.map((t) => t.table)).not.toContain('t4_review_litigation');
    expect(report.issues.filter((i) => i.code === 'missing-table').map((i) => i.message)).toEqual([
      '未找到表四（国办公开办函〔2019〕60号格式），已查看工作表 海东',
    ]);
  });
});

describe('the seed rebuilt by a clerk: 表二 pasted from the text, 表三 and 表四 typed from the labels', () => {
  const t2 = pasteSeed('表二', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况');
  const t3 = t3FromJson('表三', haidong, 1);
  const t4 = t4FromJson('表四', haidong);
  const grids = [t2, t3, t4];
  const result = recognizeWorkbook(grids);
  const report = result.reports[0];

  it('is one complete 2019 report; the only issue is (八)’s misplaced -18', () => {
    expect(result.reports).toHaveLength(1);
    expect(report.format).toBe('2019');
    expect(issueCodes(result)).toEqual(['unlabelled-value']);
    expect(report.tables.every((t) => t.missing.length === 0)).toBe(true);
    expect(figureCount(report)).toBe(allCells(haidong.format).length);
  });

  it('locates the seed’s wrong cell (（一）予以公开/总计 = 230) and all 表三/表四 figures', () => {
    expect(address(report, 't3_applications', 'r3_1_open', 'c_total')).toBe('表三!H6');
    expect(valueOf(grids, report, 't3_applications', 'r3_1_open', 'c_total')).toBe(230);
    expect(address(report, 't3_applications', 'r3_2_partial', 'c_natural')).toBe('表三!B7');
    expect(address(report, 't3_applications', 'r3_3_4_thirdparty', 'c_commercial')).toBe('表三!C11');
    expect(valueOf(grids, report, 't3_applications', 'r3_3_4_thirdparty', 'c_commercial')).toBe(1);
    expect(address(report, 't3_applications', 'r3_6_other', 'c_total')).toBe('表三!H24');
    expect(address(report, 't3_applications', 'r4_carryout', 'c_total')).toBe('表三!H26');
    const figures: Record<string, unknown> = {};
    for (const key of Object.keys(haidong.figures)) if (key.indexOf('t2_art20_8/') !== 0) figures[key] = haidong.figures[key];
    figures[refKey({ table: 't2_art20_8', row: 'r_fees', column: 'c_prev_items' })] = 67;
    figures[refKey({ table: 't2_art20_8', row: 'r_fees', column: 'c_delta' })] = null;
    expect(mismatches(grids, report, figures)).toEqual([]);
  });
});

describe('淮安 2024 (2021 format) typed from the example JSON labels', () => {
  it('is a 2021 report told by the （六） sub-items alone', () => {
    const grids = [t3FromJson('表三', huaian), t4FromJson('表四', huaian)];
    const result = recognizeWorkbook(grids);
    const report = result.reports[0];
    expect(report.format).toBe('2021');
    expect(report.formatEvidence).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请、2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请、3.其他',
    );
    expect(table(report, 't3_applications').missing).toEqual([]);
    expect(valueOf(grids, report, 't3_applications', 'r3_6_3_other', 'c_natural')).toBe(huaian.figures['t3_applications/r3_6_3_other:c_natural']);
    expect(address(report, 't3_applications', 'r3_7_total', 'c_total')).toBe('表三!H26');
    expect(valueOf(grids, report, 't3_applications', 'r3_7_total', 'c_total')).toBe(3050);
    expect(valueOf(grids, report, 't4_review_litigation', 'r_count', 'c_review_total')).toBe(351);
    expect(issueCodes(result).sort()).toEqual(Array(4).fill('missing-table'));
  });
});
