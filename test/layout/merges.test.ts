/**
 * The template's merged ranges are the official spans of formats.md §2–§4, at concrete addresses.
 * The grid has 15 equal columns (see src/layout/geometry.ts): 表三's three row-label columns are
 * A | B:C | D:H and its figures I..O; 表四's 15 figures are A..O; 表二 is 信息内容 A:C + figures D:O.
 */
import { format2019, format2021, getTable } from '../../src/formats';
import type { FormatDef } from '../../src/formats';
import { buildLayout } from '../../src/layout';
import type { SheetLayout } from '../../src/layout';
import { areaOf, cellLabelled, cellsLabelled, rangeA1 } from './layoutQueries';

const layout2021 = buildLayout(format2021, { unit: '淮安市', year: 2024 });
const layout2019 = buildLayout(format2019, { unit: '海东市', year: 2019 });

function rowLabel(format: FormatDef, code: string): string {
  return getTable(format, 't3_applications').rows.filter((r) => r.code === code)[0].label;
}
function colLabel(format: FormatDef, table: 't3_applications' | 't4_review_litigation', code: string): string {
  return getTable(format, table).columns.filter((c) => c.code === code)[0].label;
}
function t3Area(layout: SheetLayout, format: FormatDef, code: string): string {
  return areaOf(cellLabelled(layout, rowLabel(format, code), 't3_applications'));
}
function t3Header(layout: SheetLayout, format: FormatDef, code: string): string {
  return areaOf(cellLabelled(layout, colLabel(format, 't3_applications', code), 't3_applications'));
}

describe('表三 merges (2021)', () => {
  const f = format2021;
  const l = layout2021;
  test('the 勾稽 note covers the three row-label columns and the three header rows', () => {
    expect(areaOf(cellLabelled(l, getTable(f, 't3_applications').balance!.note))).toBe('A23:H25');
  });
  test('column header spans: 申请人情况 over 7, 自然人/总计 down 2, 法人或其他组织 over 5', () => {
    expect(t3Header(l, f, 'c_applicant')).toBe('I23:O23');
    expect(t3Header(l, f, 'c_natural')).toBe('I24:I25');
    expect(t3Header(l, f, 'c_legal')).toBe('J24:N24');
    expect(t3Header(l, f, 'c_total')).toBe('O24:O25');
    expect(['c_commercial', 'c_research', 'c_social', 'c_legalsvc', 'c_other'].map((c) => t3Header(l, f, c))).toEqual(['J25', 'K25', 'L25', 'M25', 'N25']);
  });
  test('三、本年度办理结果 is a vertical cell of rowspan 22', () => {
    expect(t3Area(l, f, 'r3_results')).toBe('A28:A49');
  });
  test('group rows (三)(四)(五)(六) are vertical cells of rowspan 8, 3, 5, 3 in the 2nd label column', () => {
    expect(t3Area(l, f, 'r3_3_denied')).toBe('B30:C37');
    expect(t3Area(l, f, 'r3_4_unable')).toBe('B38:C40');
    expect(t3Area(l, f, 'r3_5_noprocess')).toBe('B41:C45');
    expect(t3Area(l, f, 'r3_6_other')).toBe('B46:C48');
  });
  test('(一)(二)(七) span the 2nd+3rd label columns; 一、二、四 span all three; sub-items sit in the 3rd', () => {
    expect(t3Area(l, f, 'r3_1_open')).toBe('B28:H28');
    expect(t3Area(l, f, 'r3_2_partial')).toBe('B29:H29');
    expect(t3Area(l, f, 'r3_7_total')).toBe('B49:H49');
    expect(t3Area(l, f, 'r1_new')).toBe('A26:H26');
    expect(t3Area(l, f, 'r2_carryin')).toBe('A27:H27');
    expect(t3Area(l, f, 'r4_carryout')).toBe('A50:H50');
    expect(t3Area(l, f, 'r3_3_1_secret')).toBe('D30:H30');
    expect(t3Area(l, f, 'r3_6_3_other')).toBe('D48:H48');
  });
});

describe('表三 merges (2019)', () => {
  const f = format2019;
  const l = layout2019;
  test('三、本年度办理结果 is a vertical cell of rowspan 20', () => {
    expect(t3Area(l, f, 'r3_results')).toBe('A32:A51');
  });
  test('the note and the header have the same spans as in 2021', () => {
    expect(areaOf(cellLabelled(l, getTable(f, 't3_applications').balance!.note))).toBe('A27:H29');
    expect(t3Header(l, f, 'c_applicant')).toBe('I27:O27');
    expect(t3Header(l, f, 'c_legal')).toBe('J28:N28');
  });
  test('(六)其他处理 is one data row spanning the 2nd+3rd label columns (no group)', () => {
    expect(t3Area(l, f, 'r3_6_other')).toBe('B50:H50');
    expect(t3Area(l, f, 'r3_3_denied')).toBe('B34:C41');
    expect(t3Area(l, f, 'r3_5_noprocess')).toBe('B45:C49');
    expect(t3Area(l, f, 'r3_7_total')).toBe('B51:H51');
  });
});

describe('表四 merges (both formats)', () => {
  test.each([
    ['2021', layout2021, 53],
    ['2019', layout2019, 55],
  ] as const)('%s: three header rows', (_id, l, top) => {
    const f = l.format === '2021' ? format2021 : format2019;
    const header = (code: string): string => areaOf(cellLabelled(l, colLabel(f, 't4_review_litigation', code), 't4_review_litigation'));
    expect(header('c_review')).toBe(`A${top}:E${top}`);
    expect(header('c_litigation')).toBe(`F${top}:O${top}`);
    expect(header('c_lit_direct')).toBe(`F${top + 1}:J${top + 1}`);
    expect(header('c_lit_after')).toBe(`K${top + 1}:O${top + 1}`);
    // 结果维持 three times: the 行政复议 one spans two rows, the litigation ones sit in the third row.
    expect(cellsLabelled(l, colLabel(f, 't4_review_litigation', 'c_review_upheld'), 't4_review_litigation').map(areaOf)).toEqual([
      `A${top + 1}:A${top + 2}`,
      `F${top + 2}`,
      `K${top + 2}`,
    ]);
    expect(cellsLabelled(l, '总计', 't4_review_litigation').map(areaOf)).toEqual([`E${top + 1}:E${top + 2}`, `J${top + 2}`, `O${top + 2}`]);
  });
});

describe('表二 merges', () => {
  test('2021: captions full width, 信息内容 A:C, one figure column spans the three of (一)', () => {
    const l = layout2021;
    expect(cellsLabelled(l, '信息内容').map(areaOf)).toEqual(['A8:C8', 'A12:C12', 'A15:C15', 'A19:C19']);
    for (const [caption, area] of [
      ['第二十条第（一）项', 'A7:O7'],
      ['第二十条第（五）项', 'A11:O11'],
      ['第二十条第（六）项', 'A14:O14'],
      ['第二十条第（八）项', 'A18:O18'],
    ]) {
      expect(areaOf(cellLabelled(l, caption))).toBe(area);
    }
    expect(['本年制发件数', '本年废止件数', '现行有效件数'].map((x) => areaOf(cellLabelled(l, x)))).toEqual(['D8:G8', 'H8:K8', 'L8:O8']);
    expect(cellsLabelled(l, '本年处理决定数量').map(areaOf)).toEqual(['D12:O12', 'D15:O15']);
    expect(areaOf(cellLabelled(l, '本年收费金额（单位：万元）'))).toBe('D19:O19');
  });
  test('2019: five sub-tables; two figure columns share the figure area half and half', () => {
    const l = layout2019;
    expect(cellsLabelled(l, '第二十条第（九）项').map(areaOf)).toEqual(['A22:O22']);
    expect(cellsLabelled(l, '上一年项目数量').map(areaOf)).toEqual(['D12:G12', 'D16:G16', 'D20:I20']);
    expect(cellsLabelled(l, '本年增/减').map(areaOf)).toEqual(['H12:K12', 'H16:K16', 'J20:O20']);
    expect(['采购项目数量', '采购总金额'].map((x) => areaOf(cellLabelled(l, x)))).toEqual(['D23:I23', 'J23:O23']);
  });
});

describe('merge list', () => {
  test.each([
    ['2021', layout2021],
    ['2019', layout2019],
  ] as const)('%s: merges never overlap and each heads a cell of the plan', (_id, l) => {
    for (let i = 0; i < l.merges.length; i++) {
      for (let j = i + 1; j < l.merges.length; j++) {
        const a = l.merges[i];
        const b = l.merges[j];
        const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
        if (overlap) throw new Error(`${rangeA1(a)} overlaps ${rangeA1(b)}`);
      }
    }
    const heads = l.cells.filter((c) => c.merge).map((c) => rangeA1(c.merge!));
    expect(heads.sort()).toEqual(l.merges.map(rangeA1).sort());
  });
});
